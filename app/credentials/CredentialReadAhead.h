#pragma once

#include "Credential.h"

#include <QString>
#include <QVector>

#include <future>
#include <optional>

namespace cc {

// Reads the credentials file on a worker thread while the application and its window are being
// set up; CredentialStore::load() then takes what it read. With 10,000 credentials that is most of
// the start-up's work, done on the second core.
//
// Only the direct reader runs there. A file it declines (damaged, newer, unreadable) or a missing
// one is left to load() on the caller's thread, which reads it again and words the problem in the
// user's language; nothing is decided here.
//
// Made on the main thread, before QApplication, at the top of main().
class CredentialReadAhead
{
public:
    explicit CredentialReadAhead(const QString &filePath);
    ~CredentialReadAhead(); // waits for the worker
    CredentialReadAhead(const CredentialReadAhead &) = delete;
    CredentialReadAhead &operator=(const CredentialReadAhead &) = delete;

    QString filePath() const { return m_filePath; }
    // Waits for the worker. The credentials when the file was read whole; nothing otherwise, or
    // when it was already taken.
    std::optional<QVector<Credential>> take();

private:
    QString m_filePath;
    std::future<std::optional<QVector<Credential>>> m_result;
};

} // namespace cc
