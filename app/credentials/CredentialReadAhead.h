#pragma once

#include "Credential.h"
#include "CredentialFileCodec.h"

#include <QObject>
#include <QString>
#include <QVector>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

#include <pthread.h>

namespace cc {

// Reads the credentials file on a worker thread while the application and its window are being
// set up, in two passes. The first (CredentialFileCodec::index) checks the file and finds each
// entry and its name, which is all the list needs to show itself sorted; the second builds the
// credentials. CredentialStore::load() takes the first pass and the store shows it until the second
// is done (see CredentialStore::load()). With 10,000 credentials the second pass is most of the
// reading's work: it waits until the window has painted (CredentialStore::continueLoading()).
//
// Only the direct reader runs there. A file it declines (damaged, newer, unreadable) or a missing
// one is left to load() on the caller's thread, which reads it again and words the problem in the
// user's language; nothing is decided here.
//
// Made on the main thread, before QApplication or after: main() makes it first thing, for the file
// CommandLine::windowStore() names, and hands it to cc::Console. Its worker, named "cc-read-ahead",
// starts on another core than the one making it (see startWorker()), so that it does not wait for
// the main thread, nor hold it up, while Qt starts.
class CredentialReadAhead
{
public:
    // The two passes' results, shared by the worker and the store that shows the first pass.
    class Passes
    {
    public:
        Passes() = default;
        ~Passes(); // unmaps the file
        Passes(const Passes &) = delete;
        Passes &operator=(const Passes &) = delete;

        // The first pass; its entries point into the mapped file, which stays mapped while this lives.
        const CredentialFileIndex &index() const { return m_index; }
        // Lets the second pass start: it waits for this, or for takeCredentials().
        void proceed();
        // Waits for the second pass, starting it if need be. The credentials when it took every
        // entry; nothing when it declined one (CredentialFileCodec::index does not judge what an
        // entry means), or when they were taken already.
        std::optional<QVector<Credential>> takeCredentials();
        // After the second pass: whether it read the names the first pass did, in the same order.
        bool isSameAsIndex() const;
        // Calls done on receiver's thread once the second pass is over: at once (queued) when it is.
        // whenRead(nullptr, {}) cancels it, and must come before receiver is destroyed.
        void whenRead(QObject *receiver, std::function<void()> done);

    private:
        friend class CredentialReadAhead;
        void setIndexed(bool indexed);
        bool waitForIndex();
        bool waitForGo();
        void abandon();
        std::optional<QVector<Credential>> build() const;
        void setRead(std::optional<QVector<Credential>> credentials);

        mutable std::mutex m_mutex;
        std::condition_variable m_changed;
        bool m_indexDone = false;
        bool m_indexed = false;
        bool m_go = false;        // the second pass may start
        bool m_abandoned = false; // the read-ahead is gone: its worker will not start it
        bool m_building = false;  // the second pass has started
        bool m_read = false;      // and is over
        bool m_sameAsIndex = false;
        CredentialFileIndex m_index;
        std::optional<QVector<Credential>> m_credentials;
        QObject *m_receiver = nullptr;
        std::function<void()> m_done;
        const char *m_map = nullptr;
        qint64 m_size = 0;
    };

    explicit CredentialReadAhead(const QString &filePath);
    ~CredentialReadAhead(); // waits for the worker
    CredentialReadAhead(const CredentialReadAhead &) = delete;
    CredentialReadAhead &operator=(const CredentialReadAhead &) = delete;

    QString filePath() const { return m_filePath; }
    // Waits for the first pass. Both passes when it took the file; nothing when it did not (the file
    // is then read again by the caller), or when they were taken already.
    std::shared_ptr<Passes> takePasses();
    // Waits for both passes: the credentials when the file was read whole; nothing otherwise, or
    // when they were already taken.
    std::optional<QVector<Credential>> take();

private:
    QString m_filePath;
    std::shared_ptr<Passes> m_passes;
    bool m_taken = false;
    pthread_t m_worker{};
    bool m_started = false;
};

} // namespace cc
