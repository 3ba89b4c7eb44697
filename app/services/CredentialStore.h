#pragma once

#include "ActivityLog.h"
#include "domain/Credential.h"

#include <QCoreApplication>
#include <QSet>
#include <QVector>

#include <functional>
#include <memory>
#include <vector>

class QSqlError;
class QSqlQuery;

namespace cc {

class Database;

// The non-secret part of every credential: held here for the list, kept in the SQLite database
// (see Database). Every change is written in one transaction before the list held here follows it,
// so the list never shows what is not saved.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(cc::CredentialStore)

public:
    // The version of the JSON credentials file of earlier versions, which load() migrates.
    static constexpr int kLegacySchemaVersion = 1;

    enum class LoadStatus {
        Loaded,       // the database was read
        NoFile,       // first run: nothing stored yet
        Migrated,     // the credentials file of an earlier version was moved into a new database
        Unreadable,   // it cannot be opened or read, or it is no regular file
        Corrupt,      // not our database, or damaged
        Truncated,    // an earlier version's file that ends early (nothing migrated)
        NewerVersion, // written by a newer version: read-only
    };

    struct LoadResult
    {
        LoadStatus status = LoadStatus::NoFile;
        QString message;    // translated, names the file and what to do; also a notice when ok()
        QString backupPath; // where a copy of a damaged database was put aside
        // The store can be changed (a notice may still be in message: a migration, skipped entries).
        bool ok() const
        {
            return status == LoadStatus::Loaded || status == LoadStatus::NoFile || status == LoadStatus::Migrated;
        }
    };

    // An empty path keeps everything in memory (for tests and benchmarks). legacyPath names the JSON
    // file of earlier versions that load() migrates when the database does not exist yet; by default
    // credentials.json beside the database.
    explicit CredentialStore(QString databasePath = QString(), QString legacyPath = QString());
    ~CredentialStore();
    CredentialStore(const CredentialStore &) = delete;
    CredentialStore &operator=(const CredentialStore &) = delete;

    // <AppDataLocation>/channel-console.db
    static QString defaultPath();
    QString filePath() const;
    QString legacyPath() const { return m_legacyPath; }
    Database &database() { return *m_db; }

    // Opens the database (migrating an earlier version's file into a new one) and reads every
    // credential. On failure the file is left as it is, a copy is put aside (one per damaged file,
    // not one per start), and the store is read-only until startAfresh(); what could be read is shown.
    LoadResult load();

    // The list's view of the store, which does not settle it: after load() the store holds only what
    // the list shows before a row is opened (ids, names, vendors, times, check states), and reads a
    // row's fields when at() first asks for it. Everything else settles it first: every credential
    // read whole, which the window asks for after its first paint.
    // The rows come in name order (nameKeyLess() of their names' keys), each read by SQLite from an
    // index; load() reads the first page of them and their count, and the rest when asked for.
    int count() const { return m_lazy ? m_lightCount : int(m_credentials.size()); }
    QString nameAt(int row) const { return m_lazy ? light(row).name : m_credentials.at(row).name(); }
    // Whether the rows are still in name order, as read: until one is added, renamed or replaced.
    bool rowsInNameOrder() const { return m_nameOrder; }
    // Null for a row that does not read (the settle then drops it).
    const Credential *at(int row) const;
    CredentialSortKeys sortKeysAt(int row) const;
    bool isSettled() const { return !m_lazy; }
    void settle() const;
    // Called with true before a settle changes which rows the store holds (another process changed
    // the database meanwhile, or a row does not read), with false after.
    void setSettleObserver(std::function<void(bool before)> observer) { m_settleObserver = std::move(observer); }
    // What the settle found: a problem, or a notice (rows that do not read), or nothing.
    LoadResult lateLoadResult() const { return m_lateResult; }

    // After a failed load, on the user's word: a new, empty database in place of the damaged one
    // (whose copy stays). False with *error when even that fails.
    bool startAfresh(QString *error);
    bool isReadOnly() const { return m_readOnly; }

    const QVector<Credential> &credentials() const
    {
        settle();
        return m_credentials;
    }
    const Credential *find(const QString &id) const;
    // Those of ids that are stored, in the order of ids. Valid until the list changes.
    QVector<const Credential *> findAll(const QStringList &ids) const;
    int indexOf(const QString &id) const;
    // Case-insensitive, ignoring surrounding blanks. The database has the last word: a name taken by
    // another process meanwhile fails the change that would repeat it.
    bool isNameTaken(const QString &name, const QString &exceptId = QString()) const;
    static QString nameKey(QStringView name)
    {
        QString key;
        appendNameSortKey(key, name);
        return key;
    }

    // Changes written in one transaction each; the list held here does not change (see the cache
    // operations below, which the repository calls after, with the signals a view needs).
    enum class Write { Insert, Update };
    // secretEntries: the keychain entries the change is about to write, added to the index.
    bool persist(const Credential &credential, Write mode, const QStringList &secretEntries, QString *error);
    // With the activity entries that record them, in the same transaction (an import is one).
    bool persistAll(const QVector<Credential> &added, QString *error, const QVector<ActivityLog::Entry> &activity = {});
    bool persistRemoval(const QSet<QString> &ids, QString *error);
    // Why the last persist(), persistAll() or persistRemoval() that failed did, as the activity log
    // keeps it ("storage.name-taken", "storage.full", ...: see ActivityEvent): what its *error said.
    const ActivityEvent &writeFailure() const { return m_writeFailure; }
    bool persistChecks(const QVector<std::pair<QString, CheckStatus>> &checks, QString *error);
    // The keychain entries of the credential with this id that are gone from the keychain.
    bool forgetSecretEntries(const QString &id, const QStringList &fields, QString *error);
    // Keychain entries the index lists and no credential owns (left by an interrupted change).
    QVector<std::pair<QString, QString>> orphanedSecretEntries() const;
    // The check outcomes of one credential, newest first.
    QVector<CheckStatus> checkHistory(const QString &id) const;

    // The list as stored now, for a view that follows another process's changes; false when it
    // cannot be read.
    bool readStored(QVector<Credential> *out) const;

    // Persists and takes in: for fixtures, tools and tests. -1 / false with *error on failure.
    int upsert(const Credential &credential, QString *error = nullptr);
    bool setCredentials(const QVector<Credential> &credentials, QString *error = nullptr);

    // The list held here only (what the database already has).
    int cacheUpsert(const Credential &credential);
    void cacheInsert(int index, const Credential &credential)
    {
        settle();
        m_credentials.insert(index, credential);
        m_nameOrder = false;
    }
    void cacheRemoveAt(int index)
    {
        settle();
        m_credentials.removeAt(index);
    }
    void cacheReplace(QVector<Credential> credentials)
    {
        settle();
        m_credentials = std::move(credentials);
        m_nameOrder = false;
    }

    // Parses the JSON credentials file of an earlier version; for the migration and the fuzzers.
    static LoadResult parseLegacy(const QByteArray &data, const QString &path, QVector<Credential> *out);

private:
    // What the list shows of a row before it is opened: its name; its sort keys once the list
    // sorts on them (read for every row at once, see lightSortKeys()).
    struct Light
    {
        qint64 seq = 0; // the row in the database
        QString name;
    };
    // The light row at row, the rest of them read first when it is past the first page.
    const Light &light(int row) const
    {
        if (row >= m_light.size())
            readLightNames();
        return m_light.at(row);
    }
    void readLightNames() const;
    void readLightSortKeys() const;

    LoadResult migrateLegacy();
    LoadResult readLight();
    struct Rows
    {
        QVector<Credential> credentials;
        QVector<qint64> seqs; // of each credential
        int skipped = 0;      // rows that do not read
        QString firstWhy;     // why the first of them does not
        bool ran = false;     // the query ran (it may still have stopped part-way)
    };
    bool readRows(Rows *rows, QSqlError *failure) const;
    // Every row, whole, into m_credentials; their seq into *seqs.
    LoadResult readAll(QVector<qint64> *seqs = nullptr);
    LoadResult damaged(LoadResult result);
    bool refuseReadOnly(QString *error);
    // Notes why a write failed: the store's own reason, else the database's.
    void noteWriteFailure(ActivityEvent own = {});
    void ensureOpen() const;
    QString keepCopy(const QString &path) const;

    std::unique_ptr<Database> m_db;
    QString m_legacyPath;
    // Changed by settle(), which takes in what the list already shows: logically const.
    mutable QVector<Credential> m_credentials;
    mutable QVector<Light> m_light; // the first page of rows, then all of them once one past it is asked for
    mutable int m_lightCount = 0;   // how many rows the first read found
    mutable bool m_nameOrder = false;
    mutable QVector<CredentialSortKeys> m_lightKeys;           // by row, once asked for
    mutable std::vector<std::unique_ptr<Credential>> m_opened; // by row, while lazy
    // at()'s statement, prepared once while lazy: the first paint opens ~30 rows, and preparing the
    // statement again for each was half of what opening one cost. Dropped with m_opened, before the
    // connection closes.
    mutable std::unique_ptr<QSqlQuery> m_rowQuery;
    mutable bool m_lazy = false;
    mutable LoadResult m_lateResult{LoadStatus::Loaded, {}, {}};
    std::function<void(bool before)> m_settleObserver;
    mutable bool m_readOnly = false;
    QString m_backupPath;
    ActivityEvent m_writeFailure;
};

} // namespace cc
