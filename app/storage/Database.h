#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QSqlError;
class QSqlQuery;

namespace cc {

// The console's one SQLite database, through Qt SQL (QSQLITE): the credentials' non-secret fields,
// the history of check outcomes, the activity log, and the index of the keychain entries the
// console may have written (names, never values). WAL; a versioned schema with migrations
// (PRAGMA user_version); every change one IMMEDIATE transaction, so that a full disk, a crash or a
// second process can fail a change but never lose an earlier one. The folder is made 0700 and the
// file 0600.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(cc::Database)

public:
    static constexpr int kSchemaVersion = 5;
    // PRAGMA application_id: "CCdb". A SQLite file of another program is not taken for ours.
    static constexpr int kApplicationId = 0x43436462;
    // A second process holding the write lock is waited for this long before a change fails.
    static constexpr int kBusyTimeoutMs = 5000;

    enum class Status {
        Opened,       // an existing database of ours
        Created,      // a new, empty one
        NotRegular,   // the path names a directory, a device, a pipe...
        Unreadable,   // cannot be opened or created (permissions, no space)
        Damaged,      // not a SQLite database of ours, or it fails its integrity check
        NewerVersion, // a newer schema than this version knows: opened read-only
    };

    struct OpenResult
    {
        Status status = Status::Created;
        QString message; // translated; names the file and what to do
        bool ok() const { return status == Status::Opened || status == Status::Created; }
    };

    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // <AppDataLocation>/channel-console.db
    static QString defaultPath();
    QString path() const { return m_path; }
    // The Qt SQL connection's name: unique to this object.
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;

    // Opens the file, or creates it when there is none (unless create is false), and brings its
    // schema up to date. A file that is not ours or not whole is left untouched.
    OpenResult open(bool create = true);
    bool isOpen() const { return m_open; }
    // Opened over a newer schema: read, never written.
    bool isReadOnly() const { return m_readOnly; }
    void close();

    // Runs work in one IMMEDIATE transaction and commits it; on any failure (work returns false, a
    // statement fails, the disk is full, another process holds the lock too long) everything is
    // rolled back and *error says what failed, translated.
    using Work = std::function<bool(QSqlQuery &query, QString *error)>;
    bool transact(const Work &work, QString *error);
    // Prepares and runs one statement with positional values; false with a translated *error.
    static bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);

    // True when another connection (another process, or another object over the same file) has
    // committed a change since the last call. Cheap enough to ask a few times a second.
    bool changedElsewhere();

    // A null QString binds as SQL NULL; text columns hold an empty text instead.
    static QString text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }
    // Whether a statement failed on a UNIQUE or NOT NULL rule.
    static bool isConstraintViolation(const QSqlError &error);

    // A translated sentence for a failed statement or commit: a full disk and a busy database in
    // their own words, anything else with SQLite's text.
    QString describeFailure(const QString &driverText, int nativeCode) const;

    // Why the last transact() failed, for the activity log, which keeps the kind and SQLite's own
    // words and says it in the language in use when it is shown (failureText()).
    enum class Failure { None, NotOpen, OpenedReadOnly, Full, Busy, NotWritable, Other };
    Failure lastFailure() const { return m_failure; }
    QString lastFailureWords() const { return m_failureWords; } // SQLite's, for Other
    static QString failureName(Failure failure);                // stable: "full", "busy", ...
    static Failure failureNamed(const QString &name);
    // The sentence for a failure of the database at path (words: SQLite's, for Other).
    static QString failureText(Failure failure, const QString &path, const QString &words);

private:
    bool createSchema(QString *error);
    bool migrate(int from, QString *error);
    // The steps past version `from`, then the current user_version, inside a transaction.
    static bool runMigrations(QSqlQuery &query, int from, QString *error);
    qint64 dataVersion() const;
    void noteFailure(const QSqlError &error);

    QString m_path;
    QString m_connectionName;
    bool m_open = false;
    bool m_readOnly = false;
    qint64 m_dataVersion = -1;
    Failure m_failure = Failure::None;
    QString m_failureWords;
};

} // namespace cc
