#pragma once

#include "SecretStore.h"

#include <QHash>

namespace cc {

// For tests that are not about the keychain: keeps secrets in memory, answers asynchronously like
// the real one, and can be told to fail like it.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &value, Callback done) override;
    void remove(const QString &key, Callback done) override;

    // Every following call fails with this error until it is set back to None.
    void setFailure(SecretError error) { m_failure = error; }
    const QHash<QString, QString> &entries() const { return m_entries; }

private:
    void finish(SecretResult result, Callback done);

    QHash<QString, QString> m_entries;
    SecretError m_failure = SecretError::None;
};

} // namespace cc
