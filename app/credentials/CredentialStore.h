#pragma once

#include "Credential.h"
#include "CredentialFileCodec.h"

#include <QCoreApplication>
#include <QVector>

#include <functional>
#include <memory>

namespace cc {

class CredentialReadAhead;

// The non-secret part of every credential, in one JSON file written atomically.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(cc::CredentialStore)

public:
    static constexpr int kSchemaVersion = 1;

    enum class LoadStatus {
        Loaded,       // the file was read
        NoFile,       // first run: nothing stored yet
        Unreadable,   // the file exists but cannot be opened
        Corrupt,      // not JSON, or not our format
        Truncated,    // JSON that ends early
        NewerVersion, // written by a newer version of the console
    };

    struct LoadResult
    {
        LoadStatus status = LoadStatus::NoFile;
        QString message;    // translated, names the file and what to do
        QString backupPath; // where a copy of a damaged file was put aside
        bool ok() const { return status == LoadStatus::Loaded || status == LoadStatus::NoFile; }
    };

    explicit CredentialStore(QString filePath);
    ~CredentialStore();
    CredentialStore(const CredentialStore &) = delete;
    CredentialStore &operator=(const CredentialStore &) = delete;

    // <AppDataLocation>/credentials.json
    static QString defaultPath();
    QString filePath() const { return m_filePath; }

    // Reads the file, or takes what readAhead read of it. On failure the file is left as it is, a
    // copy is put aside, the store is empty and read-only until startAfresh().
    //
    // With a read-ahead, load() takes its first pass and returns at once: the store is then not yet
    // settled. Until it is, count(), nameAt() and at() answer from that pass (at() reads the one
    // entry it is asked for), which is what the list needs to show itself; everything else, and the
    // read-ahead's end in the event loop, settles it first: it takes the credentials the second pass
    // built. When that pass declined an entry (its id or vendor, which the first pass does not
    // judge), the file is read again here as without a read-ahead; the settle observer is told
    // before and after such a change, and the result is in lateLoadResult().
    LoadResult load(CredentialReadAhead *readAhead = nullptr);
    bool isSettled() const { return !m_pending; }
    // Lets the read-ahead's second pass start. Until then it waits, so that it does not slow the
    // window's first paint down; a settle starts it too.
    void continueLoading();
    void settle() const;
    // Calls done on receiver's thread when settle() would no longer wait, unless the link it returns
    // is gone by then: keep it no longer than receiver. Null when the store is settled.
    [[nodiscard]] std::shared_ptr<void> whenSettleable(QObject *receiver, std::function<void()> done);
    // Called with true before a settle changes what the store holds, with false after.
    void setSettleObserver(std::function<void(bool before)> observer) { m_settleObserver = std::move(observer); }
    // What the settle that changed the store found: a problem with the file, or Loaded.
    LoadResult lateLoadResult() const { return m_lateResult; }

    // The list's view of the store, which does not settle it. Sorting 10,000 rows asks for the count
    // ~270,000 times.
    int count() const { return m_pending ? m_pendingCount : int(m_credentials.size()); }
    QString nameAt(int row) const;
    const Credential *at(int row) const;
    // What the list sorts the credential at row on, besides its name; while the store shows the first
    // pass, read from where it found them in the entry, without reading the entry whole.
    CredentialSortKeys sortKeysAt(int row) const;
    // The names' places in the list's order (see cc::nameRanks), by row, as the read-ahead worked
    // them out: while the store shows its first pass; else empty.
    QVector<int> nameRanks() const;
    // After a failed load, on the user's word: save over the damaged file from now on. Its copy stays.
    void startAfresh()
    {
        settle();
        m_readOnly = false;
    }
    bool isReadOnly() const
    {
        settle();
        return m_readOnly;
    }

    // Atomic: a reader, or a crash at any moment, sees the old file or the new one.
    bool save(QString *error);

    const QVector<Credential> &credentials() const
    {
        settle();
        return m_credentials;
    }
    const Credential *find(const QString &id) const;
    // Those of ids that are stored, in the order of ids, found in one pass over the list (a find()
    // for each of thousands of ids would be quadratic). Valid until the list changes.
    QVector<const Credential *> findAll(const QStringList &ids) const;
    int indexOf(const QString &id) const;
    // Case-insensitive, ignoring surrounding blanks.
    bool isNameTaken(const QString &name, const QString &exceptId = QString()) const;
    // Replaces the credential with the same id in place, or appends it. Returns its index.
    int upsert(const Credential &credential);
    void insert(int index, const Credential &credential)
    {
        settle();
        m_credentials.insert(index, credential);
    }
    void removeAt(int index)
    {
        settle();
        m_credentials.removeAt(index);
    }
    void setCredentials(QVector<Credential> credentials)
    {
        settle();
        m_credentials = std::move(credentials);
    }

    // The file's content as it would be saved.
    QByteArray serialize() const;
    // Parses a file's content; used by load() and by tests and fuzzers. Reads it directly
    // (CredentialFileCodec) and, when that declines, through parseDocument().
    static LoadResult parse(const QByteArray &data, const QString &path, QVector<Credential> *out);
    // Only the direct reader: true when it took the whole file. Safe on any thread.
    static bool readDirectly(QByteArrayView data, QVector<Credential> *out);
    // Only the direct reader's first pass (CredentialFileCodec::index). Safe on any thread.
    static bool indexDirectly(QByteArrayView data, CredentialFileIndex *out);
    // Reads it through QJsonDocument: slower, takes any JSON, and names what is wrong with a file.
    static LoadResult parseDocument(const QByteArray &data, const QString &path, QVector<Credential> *out);

private:
    struct Pending;
    LoadResult readFile();

    QString m_filePath;
    // Changed by settle(), which takes in what the store already shows: logically const.
    mutable QVector<Credential> m_credentials;
    mutable std::unique_ptr<Pending> m_pending;
    int m_pendingCount = 0; // rows of the pending load
    mutable bool m_readOnly = false;
    mutable LoadResult m_lateResult{LoadStatus::Loaded, {}, {}};
    std::function<void(bool before)> m_settleObserver;
};

} // namespace cc
