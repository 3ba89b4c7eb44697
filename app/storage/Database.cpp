#include "Database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <iterator>

namespace cc {

namespace {

// SQLite's primary result codes that get words of their own (the driver reports extended codes).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteNotADatabase = 26;

const char *const kSchemaV1[] = {
    // seq keeps the order credentials were added in; name_key (the trimmed, case-folded name) makes
    // a name unique across processes, which a check in memory cannot.
    "CREATE TABLE credentials (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, vendor TEXT NOT NULL, "
    "name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, fields TEXT NOT NULL, secrets TEXT NOT NULL, created INTEGER "
    "NOT NULL, "
    "modified INTEGER NOT NULL, check_state TEXT NOT NULL DEFAULT 'not-checked', check_at INTEGER, "
    "check_detail TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE check_history (seq INTEGER PRIMARY KEY, credential_id TEXT NOT NULL, at INTEGER NOT NULL, "
    "state TEXT NOT NULL, detail TEXT NOT NULL)",
    "CREATE INDEX check_history_by_credential ON check_history (credential_id, at)",
    "CREATE TABLE activity (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, credential_id TEXT NOT NULL, "
    "credential_name TEXT NOT NULL, action TEXT NOT NULL, outcome TEXT NOT NULL, detail TEXT NOT NULL)",
    // Every keychain entry the console may have written, by credential and field: written in the same
    // transaction as the change that asks for the entry, removed once the entry is gone. An entry
    // listed here that no credential owns was left by an interrupted change.
    "CREATE TABLE keychain_entries (credential_id TEXT NOT NULL, field TEXT NOT NULL, "
    "PRIMARY KEY (credential_id, field)) WITHOUT ROWID",
};

// Each later version's steps, in order: a new database runs version 1 and then every step; an
// older one runs the steps past its version, all in one transaction with the new user_version.
struct Migration
{
    int version;
    const char *sql;
};
constexpr Migration kMigrations[] = {
    // 2: the list's first reads (each row's place and name, then the columns it sorts by) read this
    // index, a fifth of the table, instead of every row's fields.
    {2, "CREATE INDEX credentials_list ON credentials (seq, name, vendor, created, modified, check_state, check_at)"},
    // 3: the activity log keeps what happened as a code and its arguments (JSON), worded in the
    // language in use when it is shown; detail keeps only words that are not ours (a vendor's). The
    // rows written before are "legacy": their detail, a sentence in the language of the day, is shown
    // as it is.
    {3, "ALTER TABLE activity ADD COLUMN code TEXT NOT NULL DEFAULT 'legacy'"},
    {3, "ALTER TABLE activity ADD COLUMN args TEXT NOT NULL DEFAULT '{}'"},
    // 4: when a credential's secrets were last set (ms since the epoch; null while none is). The rows
    // written before count from their last change, the latest their secrets can have been set.
    {4, "ALTER TABLE credentials ADD COLUMN secrets_set_at INTEGER"},
    {4, "UPDATE credentials SET secrets_set_at = modified WHERE secrets <> ''"},
    // 5: the list reads its rows in name order (name_key's bytes, SQLite's binary collation), so that it
    // shows them without sorting 10,000 names first: version 2's index, by name_key instead of seq.
    {5, "DROP INDEX credentials_list"},
    {5, "CREATE INDEX credentials_by_name ON credentials (name_key, name, vendor, created, modified, check_state, "
        "check_at)"},
};
static_assert(kMigrations[std::size(kMigrations) - 1].version == Database::kSchemaVersion,
              "the last migration makes the current schema version");

int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

Database::Failure failureOf(int nativeCode)
{
    switch (nativeCode & 0xff) {
    case kSqliteFull:
        return Database::Failure::Full;
    case kSqliteBusy:
    case kSqliteLocked:
        return Database::Failure::Busy;
    case kSqliteReadOnly:
        return Database::Failure::NotWritable;
    default:
        return Database::Failure::Other;
    }
}

struct FailureName
{
    Database::Failure failure;
    const char *name;
};
constexpr FailureName kFailureNames[] = {
    {Database::Failure::NotOpen, "not-open"},
    {Database::Failure::OpenedReadOnly, "opened-read-only"},
    {Database::Failure::Full, "full"},
    {Database::Failure::Busy, "busy"},
    {Database::Failure::NotWritable, "read-only"},
    {Database::Failure::Other, "failed"},
};

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
{
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("channel-console-%1").arg(counter.fetchAndAddRelaxed(1));
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/channel-console.db");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
}

Database::OpenResult Database::open(bool create)
{
    close();
    m_readOnly = false;
    const QString file = QDir::toNativeSeparators(m_path);
    const QFileInfo info(m_path);
    const bool inMemory = m_path.isEmpty();
    if (inMemory) {
        // Nothing to check on a disk.
    } else if (info.exists() && !info.isFile())
        return {Status::NotRegular, tr("%1 is not a regular file, so it cannot hold the credentials. Name a file, "
                                       "or a path where one can be created.")
                                        .arg(file)};
    const bool existed = !inMemory && info.exists() && info.size() > 0;
    if (inMemory) {
        // Nothing to create on a disk.
    } else if (!existed) {
        if (!create)
            return {Status::Unreadable, tr("There is no credentials database %1.").arg(file)};
        const QDir folder = info.absoluteDir();
        if (!folder.exists()) {
            if (!QDir().mkpath(folder.absolutePath()))
                return {Status::Unreadable,
                        tr("Cannot create the folder %1 for the credentials database. Check its permissions.")
                            .arg(QDir::toNativeSeparators(folder.absolutePath()))};
            QFile::setPermissions(folder.absolutePath(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        // Made here, 0600, so that SQLite (and its -wal and -shm files, which take the same mode)
        // never makes it readable by others.
        // NewOnly: another process making it at the same moment keeps what it wrote.
        QFile blank(m_path);
        if (!blank.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
            !QFileInfo::exists(m_path))
            return {Status::Unreadable, tr("Cannot create the credentials database %1: %2. Check the folder's "
                                           "permissions and free space.")
                                            .arg(file, blank.errorString())};
    } else if (!hasSqliteHeader(m_path)) {
        QFile probe(m_path);
        if (!probe.open(QIODevice::ReadOnly))
            return {Status::Unreadable, tr("The credentials database %1 cannot be read: %2. Check its permissions.")
                                            .arg(file, probe.errorString())};
        return {Status::Damaged, tr("The credentials database %1 is damaged: it is not a SQLite database.").arg(file)};
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(inMemory ? QStringLiteral(":memory:") : m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!db.open()) {
            const QString why = db.lastError().text().trimmed();
            db = QSqlDatabase();
            close();
            return {Status::Unreadable, tr("The credentials database %1 cannot be opened: %2.").arg(file, why)};
        }
    }
    m_open = true;
    QSqlQuery q(connection());
    const auto pragma = [&q](const char *sql) -> QVariant {
        if (!q.exec(QString::fromLatin1(sql)) || !q.next())
            return {};
        return q.value(0);
    };
    // One statement, so one snapshot: read one by one, another process's schema could commit between
    // them, and an application id read before it beside a version read after it is no database of ours.
    QVariant appId, version, objects;
    if (q.exec(QStringLiteral("SELECT a.application_id, v.user_version, (SELECT count(*) FROM sqlite_master) "
                              "FROM pragma_application_id() a, pragma_user_version() v")) &&
        q.next()) {
        appId = q.value(0);
        version = q.value(1);
        objects = q.value(2);
    }
    if (!appId.isValid() || !version.isValid()) {
        const int code = primaryCode(q.lastError());
        close();
        if (code == kSqliteCorrupt || code == kSqliteNotADatabase)
            return {Status::Damaged,
                    tr("The credentials database %1 is damaged: %2.").arg(file, q.lastError().driverText().trimmed())};
        return {Status::Unreadable,
                tr("The credentials database %1 cannot be read: %2.").arg(file, q.lastError().text().trimmed())};
    }
    const bool blank = appId.toInt() == 0 && version.toInt() == 0 && objects.toInt() == 0;
    if (!blank && appId.toInt() != kApplicationId) {
        close();
        return {Status::Damaged,
                tr("The file %1 is a database, but not a Channel Console credentials database.").arg(file)};
    }
    if (version.toInt() > kSchemaVersion) {
        m_readOnly = true;
        m_dataVersion = dataVersion();
        return {Status::NewerVersion, tr("The credentials database %1 was written by a newer version of Channel "
                                         "Console (schema %2; this version knows up to %3). It is opened read-only: "
                                         "update Channel Console to change it.")
                                          .arg(file)
                                          .arg(version.toInt())
                                          .arg(kSchemaVersion)};
    }
    // WAL: readers never wait for the writer, and a commit appends to the log. FULL: a commit is on
    // the disk before it returns, so that a power cut cannot take back a change the operator saw.
    pragma("PRAGMA journal_mode=WAL");
    pragma("PRAGMA synchronous=FULL");
    q.finish();
    QString error;
    if (blank && !createSchema(&error)) {
        close();
        return {Status::Unreadable, tr("Cannot create the credentials database %1: %2").arg(file, error)};
    }
    if (!blank && version.toInt() < kSchemaVersion && !migrate(version.toInt(), &error)) {
        close();
        return {Status::Unreadable, tr("Cannot bring the credentials database %1 up to date: %2").arg(file, error)};
    }
    m_dataVersion = dataVersion();
    return {blank ? Status::Created : Status::Opened, {}};
}

bool Database::createSchema(QString *error)
{
    return transact(
        [](QSqlQuery &q, QString *why) {
            // Another process may have made it while this one waited for the lock.
            if (!run(q, QStringLiteral("PRAGMA user_version"), {}, why) || !q.next())
                return false;
            if (q.value(0).toInt() != 0)
                return true;
            for (const char *sql : kSchemaV1) {
                if (!run(q, QString::fromLatin1(sql), {}, why))
                    return false;
            }
            return run(q, QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId), {}, why) &&
                   runMigrations(q, 1, why);
        },
        error);
}

bool Database::migrate(int from, QString *error)
{
    if (from < 1) {
        *error = tr("its schema version %1 is unknown.").arg(from);
        return false;
    }
    return transact(
        [](QSqlQuery &q, QString *why) {
            // Another process may have brought it up to date while this one waited for the lock.
            if (!run(q, QStringLiteral("PRAGMA user_version"), {}, why) || !q.next())
                return false;
            return runMigrations(q, q.value(0).toInt(), why);
        },
        error);
}

bool Database::runMigrations(QSqlQuery &query, int from, QString *error)
{
    for (const Migration &step : kMigrations) {
        if (step.version > from && !run(query, QString::fromLatin1(step.sql), {}, error))
            return false;
    }
    return run(query, QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion), {}, error);
}

bool Database::run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    bool ok = query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    ok = ok && query.exec();
    if (!ok && error) {
        const QSqlError e = query.lastError();
        *error = primaryCode(e) == kSqliteFull ? tr("the disk is full.")
                                               : tr("the database refused a change (%1).").arg(e.text().trimmed());
    }
    return ok;
}

bool Database::transact(const Work &work, QString *error)
{
    QString why;
    m_failure = Failure::None;
    m_failureWords.clear();
    if (!m_open || m_readOnly) {
        m_failure = m_readOnly ? Failure::OpenedReadOnly : Failure::NotOpen;
        *error = failureText(m_failure, m_path, QString());
        return false;
    }
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        noteFailure(q.lastError());
        *error = describeFailure(q.lastError().text(), primaryCode(q.lastError()));
        return false;
    }
    bool ok = work(q, &why);
    QSqlError failure = q.lastError();
    q.finish();
    if (ok) {
        QSqlQuery commit(db);
        ok = commit.exec(QStringLiteral("COMMIT"));
        if (!ok) {
            failure = commit.lastError();
            why.clear();
        }
    }
    if (!ok) {
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        noteFailure(failure); // none when the work refused the change for reasons of its own
        *error = why.isEmpty() ? describeFailure(failure.text(), primaryCode(failure))
                               : tr("The change was not saved to %1: %2").arg(QDir::toNativeSeparators(m_path), why);
    }
    return ok;
}

void Database::noteFailure(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return;
    m_failure = failureOf(primaryCode(error));
    m_failureWords = error.text().trimmed();
}

QString Database::describeFailure(const QString &driverText, int nativeCode) const
{
    return failureText(failureOf(nativeCode), m_path, driverText);
}

QString Database::failureName(Failure failure)
{
    for (const FailureName &f : kFailureNames) {
        if (f.failure == failure)
            return QString::fromLatin1(f.name);
    }
    return QString();
}

Database::Failure Database::failureNamed(const QString &name)
{
    for (const FailureName &f : kFailureNames) {
        if (name == QLatin1String(f.name))
            return f.failure;
    }
    return Failure::None;
}

QString Database::failureText(Failure failure, const QString &path, const QString &words)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (failure) {
    case Failure::None:
        return QString();
    case Failure::NotOpen:
        return tr("The credentials database %1 is not open.").arg(file);
    case Failure::OpenedReadOnly:
        return tr("The credentials database %1 is open read-only.").arg(file);
    case Failure::Full:
        return tr("The change was not saved: the disk that holds %1 is full. Free some space and try again; "
                  "everything saved before is unchanged.")
            .arg(file);
    case Failure::Busy:
        return tr("The change was not saved: another Channel Console kept %1 busy for more than %n seconds. "
                  "Try again.",
                  nullptr, kBusyTimeoutMs / 1000)
            .arg(file);
    case Failure::NotWritable:
        return tr("The change was not saved: %1 cannot be written. Check its permissions.").arg(file);
    case Failure::Other:
        break;
    }
    return tr("The change was not saved to %1: %2. Everything saved before is unchanged.").arg(file, words.trimmed());
}

bool Database::isConstraintViolation(const QSqlError &error)
{
    return primaryCode(error) == kSqliteConstraint;
}

qint64 Database::dataVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool Database::changedElsewhere()
{
    if (!m_open)
        return false;
    const qint64 now = dataVersion();
    if (now == m_dataVersion)
        return false;
    m_dataVersion = now;
    return true;
}

} // namespace cc
