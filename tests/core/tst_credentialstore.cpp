#include "TestSupport.h"
#include "services/ActivityLog.h"
#include "services/CredentialStore.h"
#include "storage/Database.h"
#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest/QtTest>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace cc;

class TestCredentialStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("channel-console.db")); }
    QString legacyPath() const { return m_dir.filePath(QStringLiteral("credentials.json")); }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void writeAll(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }
    QStringList backups() const
    {
        return QDir(m_dir.path()).entryList({QStringLiteral("channel-console.db.damaged-*")}, QDir::Files);
    }
    // Runs SQL on the store's own connection, as if the file had been changed under it.
    static bool exec(CredentialStore &store, const QString &sql)
    {
        QSqlQuery q(store.database().connection());
        return q.exec(sql);
    }
    // A database file made by a store holding these credentials, closed again.
    void makeDatabase(const QVector<Credential> &list)
    {
        CredentialStore store(path());
        QVERIFY(store.load().ok());
        QString error;
        QVERIFY2(store.setCredentials(list, &error), qPrintable(error));
    }
    // The list's index as schema versions 2 to 4 had it: by seq.
    static bool asSchema4Index(CredentialStore &store)
    {
        return exec(store, QStringLiteral("DROP INDEX credentials_by_name")) &&
               exec(store, QStringLiteral("CREATE INDEX credentials_list ON credentials (seq, name, vendor, created, "
                                          "modified, check_state, check_at)"));
    }
    // The activity table as schema versions 1 and 2 had it (each entry's detail a sentence in the
    // language of the day), holding these rows: time, credential, action, outcome, detail.
    static bool makeOldActivity(CredentialStore &store, const QList<QStringList> &rows)
    {
        if (!exec(store, QStringLiteral("DROP TABLE activity")) ||
            !exec(store, QStringLiteral("CREATE TABLE activity (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, "
                                        "credential_id TEXT NOT NULL, credential_name TEXT NOT NULL, action TEXT NOT "
                                        "NULL, outcome TEXT NOT NULL, detail TEXT NOT NULL)")))
            return false;
        for (const QStringList &r : rows) {
            QSqlQuery q(store.database().connection());
            q.prepare(QStringLiteral("INSERT INTO activity (at, credential_id, credential_name, action, outcome, "
                                     "detail) VALUES (?, ?, ?, ?, ?, ?)"));
            for (const QVariant &v :
                 {QVariant(QDateTime::fromString(r.at(0), Qt::ISODate).toMSecsSinceEpoch()), QVariant(r.at(1)),
                  QVariant(r.at(1)), QVariant(r.at(2)), QVariant(r.at(3)), QVariant(r.at(4))})
                q.addBindValue(v);
            if (!q.exec())
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void init()
    {
        QDir dir(m_dir.path());
        for (const QString &f : dir.entryList(QDir::Files | QDir::System))
            QFile::remove(m_dir.filePath(f));
        for (const QString &d : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QDir(m_dir.filePath(d)).removeRecursively();
    }

    void noFileIsAFreshStartInPrivateFiles()
    {
        const QString nested = m_dir.filePath(QStringLiteral("data/channel-console/channel-console.db"));
        CredentialStore store(nested);
        const auto r = store.load();
        QCOMPARE(r.status, CredentialStore::LoadStatus::NoFile);
        QVERIFY(r.ok());
        QVERIFY(r.message.isEmpty());
        QVERIFY(store.credentials().isEmpty());
        QVERIFY(!store.isReadOnly());
        // Only the owner may read the folder and the file.
        QCOMPARE(QFileInfo(nested).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
                 QFileDevice::Permissions());
        struct stat st;
        QVERIFY(stat(QFile::encodeName(QFileInfo(nested).absolutePath()).constData(), &st) == 0);
        QCOMPARE(int(st.st_mode & 0777), 0700);
        QVERIFY(stat(QFile::encodeName(nested).constData(), &st) == 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }

    void roundTripKeepsEveryNonSecretFieldAndTimestamps()
    {
        CredentialStore store(path());
        QVERIFY(store.load().ok());
        Credential a = cctest::fakeCredential(infobip::vendor(), QStringLiteral("Infobip EU"));
        a.values.insert(QStringLiteral("optOutKeywords"), QStringLiteral("STOP, ARRET"));
        a.values.insert(QStringLiteral("validityPeriod"), 12);
        a.secretsSet << QStringLiteral("apiKey");
        a.lastCheck = {CheckStatus::State::Failing, QDateTime::currentDateTimeUtc(), QStringLiteral("HTTP 401")};
        Credential b = cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("MMS"));
        QString error;
        QCOMPARE(store.upsert(a, &error), 0);
        QCOMPARE(store.upsert(b, &error), 1);

        CredentialStore again(path());
        QVERIFY(again.load().ok());
        QCOMPARE(again.credentials().size(), 2);
        QCOMPARE(again.credentials().at(0), a);
        QCOMPARE(again.credentials().at(1), b);
        QCOMPARE(again.credentials().at(0).values.value(QStringLiteral("validityPeriod")).toInt(), 12);
    }

    void secretValuesNeverReachTheFile()
    {
        CredentialStore store(path());
        QVERIFY(store.load().ok());
        Credential c = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Leaky"));
        // Even if a caller wrongly puts a secret among the values, the database does not get it.
        c.values.insert(QStringLiteral("apiToken"), QStringLiteral("SENTINEL-not-a-token"));
        QVERIFY(store.upsert(c) >= 0);
        for (const QString &f : QDir(m_dir.path()).entryList(QDir::Files))
            QVERIFY2(!readAll(m_dir.filePath(f)).contains("SENTINEL-not-a-token"), qPrintable(f));
    }

    void nameUniquenessIsCaseInsensitiveAcrossProcesses()
    {
        CredentialStore store(path());
        QVERIFY(store.load().ok());
        // Another process, opened before the name was taken: its list does not know it.
        CredentialStore other(path());
        QVERIFY(other.load().ok());
        other.settle();
        const Credential c = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Main Sinch"));
        QVERIFY(store.upsert(c) >= 0);
        QVERIFY(store.isNameTaken(QStringLiteral("  main SINCH ")));
        QVERIFY(!store.isNameTaken(QStringLiteral("main sinch"), c.id));
        QVERIFY(!store.isNameTaken(QStringLiteral("Other")));

        // The database itself refuses it there.
        QVERIFY(!other.isNameTaken(QStringLiteral("Main Sinch")));
        QString error;
        const Credential twin = cctest::fakeCredential(infobip::vendor(), QStringLiteral("main sinch "));
        QVERIFY(other.upsert(twin, &error) < 0);
        QVERIFY2(error.contains(QStringLiteral("already used")), qPrintable(error));
        QVERIFY(!other.persistAll({twin}, &error));
        QVERIFY2(error.contains(QStringLiteral("already used")), qPrintable(error));
    }

    void theLegacyFileIsMigratedOnceAndKept()
    {
        Credential a = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Sinch US"));
        a.secretsSet << QStringLiteral("apiToken");
        a.lastCheck = {CheckStatus::State::Ok, QDateTime::currentDateTimeUtc(), QStringLiteral("HTTP 200")};
        const Credential b = cctest::fakeCredential(infobip::vendor(), QStringLiteral("Infobip main"));
        const QByteArray legacy = cctest::legacyFile({a, b});
        writeAll(legacyPath(), legacy);
        const QByteArray log = "{\"action\":\"create\",\"credential\":\"Sinch US\",\"credentialId\":\"" +
                               a.id.toUtf8() +
                               "\",\"detail\":\"\",\"outcome\":\"ok\",\"time\":\"2026-11-20T10:00:00.000Z\"}\n"
                               "{\"action\":\"check\",\"credential\":\"Sinch US\",\"cut\n";
        writeAll(m_dir.filePath(QStringLiteral("activity.jsonl")), log);

        {
            CredentialStore store(path());
            const auto r = store.load();
            QCOMPARE(r.status, CredentialStore::LoadStatus::Migrated);
            QVERIFY(r.ok());
            QVERIFY2(r.message.contains(QDir::toNativeSeparators(legacyPath())), qPrintable(r.message));
            QCOMPARE(store.credentials().size(), 2);
            Credential migrated = a; // its secrets count from its last change
            migrated.secretsSetAt = a.modified;
            QCOMPARE(store.credentials().at(0), b); // in name order, as a later start reads them
            QCOMPARE(store.credentials().at(1), migrated);
            // The secret it had is in the keychain index, owned.
            QVERIFY(store.orphanedSecretEntries().isEmpty());
            ActivityLog activity(&store.database());
            const auto entries = activity.read();
            QCOMPARE(entries.size(), 1); // the cut-off line stays behind
            QCOMPARE(entries.at(0).credentialName, QStringLiteral("Sinch US"));
        }
        // The old files stay as they were; the next start reads the database and says nothing.
        QCOMPARE(readAll(legacyPath()), legacy);
        QCOMPARE(readAll(m_dir.filePath(QStringLiteral("activity.jsonl"))), log);
        CredentialStore again(path());
        const auto r = again.load();
        QCOMPARE(r.status, CredentialStore::LoadStatus::Loaded);
        QVERIFY(r.message.isEmpty());
        QCOMPARE(again.credentials().size(), 2);
    }

    void damagedLegacyFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        const QByteArray valid =
            cctest::legacyFile({cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("One"))});
        QTest::newRow("truncated") << valid.left(valid.size() / 2) << int(CredentialStore::LoadStatus::Truncated)
                                   << QStringLiteral("truncated");
        QTest::newRow("empty") << QByteArray() << int(CredentialStore::LoadStatus::Truncated)
                               << QStringLiteral("truncated");
        QTest::newRow("garbage") << QByteArray("{\"format\": nonsense }") << int(CredentialStore::LoadStatus::Corrupt)
                                 << QStringLiteral("not valid JSON");
        QTest::newRow("not ours") << QByteArray("{\"hello\": 1}") << int(CredentialStore::LoadStatus::Corrupt)
                                  << QStringLiteral("not a Channel Console credentials file");
        QByteArray newer = valid;
        newer.replace("\"schemaVersion\": 1", "\"schemaVersion\": 7");
        QTest::newRow("newer") << newer << int(CredentialStore::LoadStatus::NewerVersion)
                               << QStringLiteral("newer version");
        QByteArray badVendor = valid;
        badVendor.replace("\"vendor\": \"sinch\"", "\"vendor\": \"pigeon\"");
        QTest::newRow("unknown vendor") << badVendor << int(CredentialStore::LoadStatus::Corrupt)
                                        << QStringLiteral("unknown SMS vendor \"pigeon\"");
        QByteArray secretInFile = valid;
        secretInFile.replace("\"name\": \"One\"", "\"name\": \"One\", \"apiToken\": \"x\"");
        QTest::newRow("secret in file") << secretInFile << int(CredentialStore::LoadStatus::Corrupt)
                                        << QStringLiteral("secrets belong in the keychain");
        const Credential one = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("One"));
        QTest::newRow("an id twice") << cctest::legacyFile({one, one}) << int(CredentialStore::LoadStatus::Corrupt)
                                     << QStringLiteral("appears twice");
        QByteArray numberName = valid;
        numberName.replace("\"name\": \"One\"", "\"name\": 12345");
        QTest::newRow("a number for a name")
            << numberName << int(CredentialStore::LoadStatus::Corrupt) << QStringLiteral("has no name");
    }

    void damagedLegacyFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, status);
        QFETCH(QString, says);
        writeAll(legacyPath(), content);

        CredentialStore store(path());
        const auto r = store.load();
        QCOMPARE(int(r.status), status);
        QVERIFY(!r.ok());
        QVERIFY2(r.message.contains(QDir::toNativeSeparators(legacyPath())), qPrintable(r.message));
        QVERIFY2(r.message.contains(says), qPrintable(r.message));
        // Nothing is made and nothing is changed: the next start tries again.
        QCOMPARE(readAll(legacyPath()), content);
        QVERIFY(!QFile::exists(path()));
        QVERIFY(store.isReadOnly());
        QString error;
        QVERIFY(store.upsert(cctest::fakeCredential(infobip::vendor(), QStringLiteral("New")), &error) < 0);
        QVERIFY(!QFile::exists(path()));

        // Only on the user's word: a new database; the old file stays.
        QVERIFY2(store.startAfresh(&error), qPrintable(error));
        QVERIFY(store.upsert(cctest::fakeCredential(infobip::vendor(), QStringLiteral("New")), &error) >= 0);
        CredentialStore reread(path());
        QVERIFY(reread.load().ok());
        QCOMPARE(reread.credentials().size(), 1);
        QCOMPARE(readAll(legacyPath()), content);
    }

    void damagedDatabases_data()
    {
        QTest::addColumn<int>("damage");
        QTest::addColumn<QString>("says");
        QTest::newRow("garbage") << 0 << QStringLiteral("not a SQLite database");
        QTest::newRow("another program's database") << 1 << QStringLiteral("not a Channel Console");
        QTest::newRow("cut in half") << 2 << QStringLiteral("damaged");
        QTest::newRow("pages overwritten") << 3 << QStringLiteral("damaged");
    }

    void damagedDatabases()
    {
        QFETCH(int, damage);
        QFETCH(QString, says);
        QVector<Credential> many;
        for (int i = 0; i < 300; ++i)
            many << cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Sinch %1").arg(i));
        makeDatabase(many);
        QByteArray content = readAll(path());
        QVERIFY(content.size() > 8192);
        switch (damage) {
        case 0:
            content = QByteArray(4096, 'x');
            break;
        case 1: {
            const QString name = QStringLiteral("other");
            {
                QFile::remove(path());
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path());
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
            content = readAll(path());
            break;
        }
        case 2:
            content.truncate(content.size() / 2);
            break;
        case 3:
            for (qsizetype i = 4096; i < content.size(); ++i)
                content[i] = char(i * 7);
            break;
        }
        writeAll(path(), content);

        for (int start = 0; start < 3; ++start) {
            CredentialStore store(path());
            const auto r = store.load();
            QCOMPARE(r.status, CredentialStore::LoadStatus::Corrupt);
            QVERIFY(!r.ok());
            QVERIFY2(r.message.contains(QDir::toNativeSeparators(path())), qPrintable(r.message));
            QVERIFY2(r.message.contains(says, Qt::CaseInsensitive), qPrintable(r.message));
            // The file is left as it is, with one copy aside, however often it is opened.
            QCOMPARE(readAll(path()), content);
            QCOMPARE(backups().size(), 1);
            QCOMPARE(readAll(r.backupPath), content);
            QVERIFY(store.isReadOnly());
            QString error;
            QVERIFY(store.upsert(cctest::fakeCredential(infobip::vendor(), QStringLiteral("New")), &error) < 0);
            QVERIFY2(error.contains(QDir::toNativeSeparators(path())), qPrintable(error));
            QCOMPARE(readAll(path()), content);
        }
        // Only on the user's word: a new database; the copy stays.
        CredentialStore store(path());
        const auto r = store.load();
        QString error;
        QVERIFY2(store.startAfresh(&error), qPrintable(error));
        QVERIFY(store.upsert(cctest::fakeCredential(infobip::vendor(), QStringLiteral("New")), &error) >= 0);
        CredentialStore reread(path());
        QVERIFY(reread.load().ok());
        QCOMPARE(reread.credentials().size(), 1);
        QCOMPARE(backups().size(), 1);
        QCOMPARE(readAll(r.backupPath), content);
    }

    void aRowThatDoesNotReadLeavesTheOthersUsable()
    {
        makeDatabase({cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("A good one")),
                      cctest::fakeCredential(infobip::vendor(), QStringLiteral("Bad one")),
                      cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("Good two"))});
        {
            CredentialStore store(path());
            QVERIFY(store.load().ok());
            QVERIFY(
                exec(store, QStringLiteral("UPDATE credentials SET vendor = 'pigeon' WHERE fields LIKE '%Bad one%'")));
        }
        CredentialStore store(path());
        QVERIFY(store.load().ok());
        QCOMPARE(store.count(), 3); // the list's first read: names only, in name order
        QVERIFY(store.at(0) && !store.at(1) && store.at(2));
        QCOMPARE(store.nameAt(1), QStringLiteral("Bad one"));
        store.settle();
        const auto r = store.lateLoadResult();
        QVERIFY(r.ok());
        QVERIFY2(r.message.contains(QStringLiteral("pigeon")), qPrintable(r.message));
        QCOMPARE(store.credentials().size(), 2);
        QVERIFY(!store.isReadOnly());
        QString error;
        QVERIFY2(store.upsert(cctest::fakeCredential(infobip::vendor(), QStringLiteral("New")), &error) >= 0,
                 qPrintable(error));
        // The row it could not read is still there for a later version.
        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM credentials")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
    }

    void anOlderSchemaIsBroughtUpToDateKeepingEveryRow()
    {
        makeDatabase({cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("One")),
                      cctest::fakeCredential(infobip::vendor(), QStringLiteral("Two"))});
        {
            // What version 1 wrote: no index for the list's first read, the activity log in sentences.
            CredentialStore store(path());
            QVERIFY(store.load().ok());
            QVERIFY(exec(store, QStringLiteral("DROP INDEX credentials_by_name")));
            QVERIFY(makeOldActivity(store, {}));
            QVERIFY(exec(store, QStringLiteral("ALTER TABLE credentials DROP COLUMN secrets_set_at")));
            QVERIFY(exec(store, QStringLiteral("PRAGMA user_version = 1")));
        }
        CredentialStore store(path());
        QVERIFY(store.load().ok());
        QVERIFY(!store.isReadOnly());
        store.settle();
        QCOMPARE(store.credentials().size(), 2);
        QCOMPARE(store.credentials().at(1).name(), QStringLiteral("Two"));
        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::kSchemaVersion);
        // The list's first reads take the index, in name order: not every row's fields, no sort.
        for (const char *columns : {"seq, name", "vendor, created, modified, check_state, check_at"}) {
            QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT %1 FROM credentials ORDER BY name_key")
                               .arg(QLatin1String(columns))));
            QStringList plan;
            while (q.next())
                plan << q.value(3).toString();
            QCOMPARE(plan, QStringList{QStringLiteral("SCAN credentials USING COVERING INDEX credentials_by_name")});
        }
    }

    // Version 3 keeps the activity log as codes worded when shown. What version 2 wrote stays, each
    // entry shown as it was written (in whatever language that was), and the log goes on after it.
    void anOlderActivityLogKeepsEveryEntryAsItWasWritten()
    {
        makeDatabase({cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("One"))});
        const QString french = QStringLiteral(u"HTTP 401 : Le fournisseur a refusé les informations "
                                              u"d’identification (HTTP 401).");
        {
            CredentialStore store(path());
            QVERIFY(store.load().ok());
            QVERIFY(makeOldActivity(
                store, {{QStringLiteral("2026-11-20T10:00:00Z"), QStringLiteral("One"), QStringLiteral("create"),
                         QStringLiteral("ok"), QStringLiteral("")},
                        {QStringLiteral("2026-11-20T10:05:00Z"), QStringLiteral("One"), QStringLiteral("check"),
                         QStringLiteral("failed"), french},
                        {QStringLiteral("2026-11-20T10:06:00Z"), QStringLiteral("One"), QStringLiteral("export"),
                         QStringLiteral("ok"), QStringLiteral("=cmd|' /C calc'!A0")}}));
            QVERIFY(asSchema4Index(store));
            QVERIFY(exec(store, QStringLiteral("ALTER TABLE credentials DROP COLUMN secrets_set_at")));
            QVERIFY(exec(store, QStringLiteral("PRAGMA user_version = 2")));
        }
        CredentialStore store(path());
        QVERIFY(store.load().ok());
        QVERIFY(!store.isReadOnly());
        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::kSchemaVersion);
        ActivityLog log(&store.database());
        QVERIFY(log.append({QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC), QStringLiteral("One"),
                            QStringLiteral("One"), ActivityLog::Action::Check, ActivityLog::Outcome::Succeeded,
                            ActivityEvent::of("check.ok", {{"vendor", QStringLiteral("Sinch SMS")}})}));
        int skipped = -1;
        const QVector<ActivityLog::Entry> entries = log.read(&skipped);
        QCOMPARE(skipped, 0);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).time, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        QCOMPARE(entries.at(0).action, ActivityLog::Action::Create);
        QCOMPARE(entries.at(0).event, ActivityEvent::legacy(QString()));
        QCOMPARE(entries.at(1).outcome, ActivityLog::Outcome::Failed);
        QCOMPARE(entries.at(1).event.code, QStringLiteral("legacy"));
        QCOMPARE(entries.at(1).text(), french); // not translated: nobody knows what it said but its words
        QCOMPARE(entries.at(3).event.code, QStringLiteral("check.ok"));
        QCOMPARE(entries.at(3).text(),
                 QStringLiteral("The credentials work: Sinch SMS accepted them. Nothing was sent."));
        const QList<QByteArray> csv = ActivityLog::toCsv(entries).split('\n');
        QVERIFY2(csv.at(2).trimmed().endsWith(QString(QLatin1Char(',') + french + QStringLiteral(",legacy")).toUtf8()),
                 csv.at(2).constData());
        QVERIFY2(csv.at(3).contains(",\"'=cmd|' /C calc'!A0\",legacy"), csv.at(3).constData()); // still made safe
    }

    // Schema 3 as it was: no secrets_set_at column. Its credentials with secrets count from their last
    // change, those without have no secret age; the next change sets it.
    void makeSchema3(const QVector<Credential> &list)
    {
        makeDatabase(list);
        CredentialStore store(path());
        QVERIFY(store.load().ok());
        QVERIFY(asSchema4Index(store));
        QVERIFY(exec(store, QStringLiteral("ALTER TABLE credentials DROP COLUMN secrets_set_at")));
        QVERIFY(exec(store, QStringLiteral("PRAGMA user_version = 3")));
    }
    static int versionOf(const QString &file, bool *hasColumn)
    {
        int version = -1;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(file);
            if (raw.open()) {
                QSqlQuery q(raw);
                if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                    version = q.value(0).toInt();
                *hasColumn = q.exec(QStringLiteral("SELECT secrets_set_at FROM credentials"));
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return version;
    }

    void schema3GetsTheSecretsAgeFromTheLastChange()
    {
        Credential withSecrets = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("With secrets"));
        withSecrets.secretsSet = QStringList{QStringLiteral("apiToken")};
        withSecrets.modified = QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC);
        withSecrets.created = withSecrets.modified.addDays(-30);
        const Credential without = cctest::fakeCredential(infobip::vendor(), QStringLiteral("Without"));
        makeSchema3({withSecrets, without});
        bool hasColumn = true;
        QCOMPARE(versionOf(path(), &hasColumn), 3);
        QVERIFY(!hasColumn);

        CredentialStore store(path());
        QVERIFY(store.load().ok());
        QVERIFY(!store.isReadOnly());
        QCOMPARE(store.credentials().size(), 2);
        QCOMPARE(store.credentials().at(0).secretsSetAt, withSecrets.modified);
        QCOMPARE(store.credentials().at(0).values, withSecrets.values);
        QVERIFY(!store.credentials().at(1).secretsSetAt.isValid());
        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::kSchemaVersion);
        q.finish();
        // Kept from now on, as any other column.
        Credential set = store.credentials().at(1);
        set.secretsSet = QStringList{QStringLiteral("apiKey")};
        set.secretsSetAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
        QString error;
        QVERIFY2(store.persist(set, CredentialStore::Write::Update, {}, &error), qPrintable(error));
        CredentialStore reread(path());
        QVERIFY(reread.load().ok());
        QCOMPARE(reread.credentials().at(1).secretsSetAt, set.secretsSetAt);
    }

    // A disk that fills during the steps to schema 4 and 5 (no file may grow past 64 KiB: RLIMIT_FSIZE, with
    // SIGXFSZ ignored, so a write fails as on a full disk): the database stays at schema 3 with every
    // row, saying so; with room again, the step is taken.
    void aFullDiskDuringTheMigrationLosesNothing()
    {
        QVector<Credential> many;
        for (int i = 0; i < 400; ++i) {
            Credential c =
                cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Kept %1").arg(i, 3, 10, QLatin1Char('0')));
            c.secretsSet = QStringList{QStringLiteral("apiToken")};
            many << c;
        }
        makeSchema3(many);
        const QByteArray before = readAll(path());
        QVERIFY(before.size() > 64 * 1024);

        struct rlimit saved
        {
        };
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previous = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = saved;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        CredentialStore::LoadResult failed;
        {
            CredentialStore store(path());
            failed = store.load();
        }
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
        std::signal(SIGXFSZ, previous);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.message.contains(QStringLiteral("up to date")), qPrintable(failed.message));
        bool hasColumn = true;
        QCOMPARE(versionOf(path(), &hasColumn), 3);
        QVERIFY(!hasColumn);

        CredentialStore store(path());
        QVERIFY(store.load().ok());
        QCOMPARE(store.credentials().size(), many.size());
        for (int i = 0; i < many.size(); ++i) {
            QCOMPARE(store.credentials().at(i).name(), many.at(i).name());
            QCOMPARE(store.credentials().at(i).secretsSetAt, store.credentials().at(i).modified);
        }
        QCOMPARE(versionOf(path(), &hasColumn), Database::kSchemaVersion);
        QVERIFY(hasColumn);
    }

    void aNewerSchemaIsReadOnly()
    {
        makeDatabase({cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("One"))});
        {
            CredentialStore store(path());
            QVERIFY(store.load().ok());
            QVERIFY(exec(store, QStringLiteral("PRAGMA user_version = 99")));
        }
        CredentialStore store(path());
        const auto r = store.load();
        QCOMPARE(r.status, CredentialStore::LoadStatus::NewerVersion);
        QVERIFY2(r.message.contains(QStringLiteral("newer version")), qPrintable(r.message));
        QCOMPARE(store.credentials().size(), 1); // shown, for export
        QVERIFY(store.isReadOnly());
        QString error;
        QVERIFY(store.upsert(cctest::fakeCredential(infobip::vendor(), QStringLiteral("New")), &error) < 0);
    }

    void onlyARegularFileOrANewPath_data()
    {
        QTest::addColumn<QString>("where");
        QTest::newRow("a folder") << QStringLiteral("folder");
        QTest::newRow("a pipe") << QStringLiteral("fifo");
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero");
    }

    void onlyARegularFileOrANewPath()
    {
        QFETCH(QString, where);
        QString target = where;
        if (where == QLatin1String("folder")) {
            target = m_dir.filePath(where);
            QVERIFY(QDir().mkpath(target));
        } else if (where == QLatin1String("fifo")) {
            target = m_dir.filePath(where);
            QCOMPARE(mkfifo(QFile::encodeName(target).constData(), 0600), 0);
        }
        CredentialStore store(target);
        const auto r = store.load(); // returns at once: a pipe is never opened, /dev/zero never read
        QCOMPARE(r.status, CredentialStore::LoadStatus::Unreadable);
        QVERIFY2(r.message.contains(QStringLiteral("not a regular file")), qPrintable(r.message));
        QVERIFY(store.isReadOnly());
    }

    // A full disk, injected by the database's own page limit: the change fails with words that say
    // so, and every change before it stays.
    // Two processes starting on a database neither has made yet: one creates it while the other looks
    // at it. The other must find a new database or ours, never "not a Channel Console database"
    // (which keeps a damaged copy and opens read-only): what it reads of the file is one snapshot.
    // Two threads, each with its own connection, open new files at the same moment, many times.
    void twoOpeningANewDatabaseAtOnceBothFindIt()
    {
        for (int round = 0; round < 150; ++round) {
            const QString file = m_dir.filePath(QStringLiteral("race-%1.db").arg(round));
            QSemaphore ready, go;
            QVector<Database::Status> seen(2, Database::Status::NotRegular);
            QVector<QString> messages(2);
            std::vector<std::unique_ptr<QThread>> threads;
            for (int i = 0; i < 2; ++i) {
                threads.emplace_back(QThread::create([&, i] {
                    Database db(file);
                    ready.release();
                    go.acquire();
                    const Database::OpenResult r = db.open();
                    seen[i] = r.status;
                    messages[i] = r.message;
                }));
                threads.back()->start();
            }
            ready.acquire(2);
            go.release(2);
            for (auto &t : threads)
                QVERIFY(t->wait(30000));
            for (int i = 0; i < 2; ++i) {
                QVERIFY2(seen[i] == Database::Status::Created || seen[i] == Database::Status::Opened,
                         qPrintable(QStringLiteral("round %1: %2").arg(round).arg(messages[i])));
            }
            QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("race-*.damaged-*")}).isEmpty());
        }
    }

    void aFullDiskFailsAChangeAndLosesNothing()
    {
        CredentialStore store(path());
        QVERIFY(store.load().ok());
        QVector<Credential> before;
        for (int i = 0; i < 20; ++i)
            before << cctest::fakeCredential(infobip::vendor(),
                                             QStringLiteral("Kept %1").arg(i, 2, 10, QLatin1Char('0')));
        QString error;
        QVERIFY2(store.persistAll(before, &error), qPrintable(error));
        for (const Credential &c : std::as_const(before))
            store.cacheUpsert(c);
        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        q.finish();
        QVERIFY(exec(store, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

        // An import of many: all or nothing.
        QVector<Credential> added;
        for (int i = 0; i < 200; ++i) {
            Credential c = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Lost %1").arg(i));
            c.values.insert(QStringLiteral("optInMessage"), QString(400, QLatin1Char('x')));
            added << c;
        }
        QVERIFY(!store.persistAll(added, &error));
        QVERIFY2(error.contains(QStringLiteral("full")), qPrintable(error));
        // An edit of one, with a long text.
        Credential edited = before.at(3);
        edited.values.insert(QStringLiteral("optOutMessage"), QString(20000, QLatin1Char('y')));
        QVERIFY(!store.persist(edited, CredentialStore::Write::Update, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("full")), qPrintable(error));

        CredentialStore reread(path());
        QVERIFY(reread.load().ok());
        QCOMPARE(reread.credentials(), before);
    }

    void anotherProcessesChangesAreSeen()
    {
        CredentialStore window(path());
        QVERIFY(window.load().ok());
        QVERIFY(!window.database().changedElsewhere());
        CredentialStore command(path());
        QVERIFY(command.load().ok());
        const Credential c = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("From the command line"));
        QVERIFY(command.upsert(c) >= 0);
        QVERIFY(window.database().changedElsewhere());
        QVERIFY(!window.database().changedElsewhere()); // once
        QVector<Credential> fresh;
        QVERIFY(window.readStored(&fresh));
        QCOMPARE(fresh, QVector<Credential>{c});
        // Its own changes are not news to it.
        QVERIFY(window.upsert(cctest::fakeCredential(infobip::vendor(), QStringLiteral("Own"))) >= 0);
        QVERIFY(!window.database().changedElsewhere());
    }

    void checkOutcomesKeepAHistory()
    {
        CredentialStore store(path());
        QVERIFY(store.load().ok());
        const Credential c = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Checked"));
        QVERIFY(store.upsert(c) >= 0);
        QVector<std::pair<QString, CheckStatus>> checks;
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 60; ++i)
            checks.append({c.id, CheckStatus{i % 2 ? CheckStatus::State::Ok : CheckStatus::State::Failing,
                                             t0.addSecs(i), QStringLiteral("HTTP %1").arg(i)}});
        QString error;
        QVERIFY2(store.persistChecks(checks, &error), qPrintable(error));
        const QVector<CheckStatus> history = store.checkHistory(c.id);
        QCOMPARE(history.size(), 50); // the newest fifty
        QCOMPARE(history.first(), checks.last().second);
        CredentialStore reread(path());
        QVERIFY(reread.load().ok());
        QCOMPARE(reread.credentials().at(0).lastCheck, checks.last().second);
    }

    void keychainEntriesNoCredentialOwnsAreListed()
    {
        CredentialStore store(path());
        QVERIFY(store.load().ok());
        Credential c = cctest::fakeCredential(infobip::vendor(), QStringLiteral("Owner"));
        c.secretsSet << QStringLiteral("apiKey");
        QString error;
        QVERIFY(store.persist(c, CredentialStore::Write::Insert, {QStringLiteral("apiKey")}, &error));
        QVERIFY(store.orphanedSecretEntries().isEmpty());
        QVERIFY(store.persistRemoval({c.id}, &error));
        const auto orphans = store.orphanedSecretEntries();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.at(0).first, c.id);
        QCOMPARE(orphans.at(0).second, QStringLiteral("apiKey"));
        QVERIFY(store.forgetSecretEntries(c.id, {QStringLiteral("apiKey")}, &error));
        QVERIFY(store.orphanedSecretEntries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
