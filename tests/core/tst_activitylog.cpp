#include "MemorySecretStore.h"
#include "TestSupport.h"
#include "credentials/ActivityLog.h"

#include <QtTest/QtTest>

using namespace cc;

class TestActivityLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void appendAndReadBack()
    {
        ActivityLog log(m_dir.filePath(QStringLiteral("a.db")));
        const QDateTime t = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        QVERIFY(log.append({t, QStringLiteral("id-1"), QStringLiteral("Main"), ActivityLog::Action::Check,
                            ActivityLog::Outcome::Failed, QStringLiteral("HTTP 401")}));
        QVERIFY(log.append({t.addSecs(5), QStringLiteral("id-1"), QStringLiteral("Main"), ActivityLog::Action::TestSend,
                            ActivityLog::Outcome::Succeeded, QStringLiteral("batch 01FAKE")}));
        int skipped = -1;
        const auto entries = log.read(&skipped);
        QCOMPARE(skipped, 0);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).time, t);
        QCOMPARE(entries.at(0).action, ActivityLog::Action::Check);
        QCOMPARE(entries.at(0).outcome, ActivityLog::Outcome::Failed);
        QCOMPARE(entries.at(1).detail, QStringLiteral("batch 01FAKE"));
        QCOMPARE(entries.at(1).credentialName, QStringLiteral("Main"));
    }

    // An earlier version's JSON lines, as the migration reads them: a line a killed writer cut
    // short, and one that is not ours, are skipped.
    void legacyLinesCutShortAreSkipped()
    {
        const QString path = m_dir.filePath(QStringLiteral("cut.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"action\":\"create\",\"credential\":\"X\",\"credentialId\":\"x\",\"detail\":\"\","
                "\"outcome\":\"ok\",\"time\":\"2026-11-23T10:00:00.000Z\"}\n"
                "{\"action\":\"fly\",\"time\":\"2026-11-23T10:00:00.000Z\"}\n"
                "{\"time\":\"2026-11-23T10:00:00.000Z\",\"acti"); // a killed writer
        f.close();
        const auto entries = ActivityLog::readLegacy(path);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).credentialName, QStringLiteral("X"));
        QCOMPARE(entries.at(0).time, QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
    }

    void csvIsQuotedAndSafeForSpreadsheets()
    {
        const QVector<ActivityLog::Entry> entries{{QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC),
                                                   QStringLiteral("i"), QStringLiteral("=HYPERLINK(\"x\")"),
                                                   ActivityLog::Action::Check, ActivityLog::Outcome::Failed,
                                                   QStringLiteral("said \"no\", twice")}};
        const QByteArray csv = ActivityLog::toCsv(entries);
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.at(0).trimmed(), QByteArray("Time (UTC),API credentials,Action,Outcome,Detail"));
        QCOMPARE(lines.at(1).trimmed(), QByteArray("2026-01-02T03:04:05Z,\"'=HYPERLINK(\"\"x\"\")\",Check,Failed,"
                                                   "\"said \"\"no\"\", twice\""));
    }

    void repositoryRecordsCreateUpdateDelete()
    {
        CredentialStore store(m_dir.filePath(QStringLiteral("c.db")));
        QVERIFY(store.load().ok());
        MemorySecretStore secrets;
        CredentialRepository repo(&store, &secrets);
        ActivityLog log(&store.database());
        repo.setActivityLog(&log);
        Credential c = cctest::fakeCredential(Vendor::SinchSms, QStringLiteral("Logged"));
        const QString sentinel = QStringLiteral("SENTINEL-LOG");
        QVERIFY(cctest::waitFor([&](auto done) { repo.save(c, {{QStringLiteral("apiToken"), sentinel}}, done); }).ok);
        QVERIFY(cctest::waitFor([&](auto done) { repo.save(*store.find(c.id), {}, done); }).ok);
        secrets.setFailure(SecretError::NoKeychain);
        // Deleted all the same; its keychain entry is left behind, and the log says so.
        QVERIFY(!cctest::waitFor([&](auto done) { repo.remove(c.id, done); }).ok);
        QVERIFY(!store.find(c.id));
        QCOMPARE(repo.orphanedSecrets().size(), 1);
        secrets.setFailure(SecretError::None);
        QVERIFY(cctest::waitFor([&](auto done) { repo.removeOrphanedSecrets(repo.orphanedSecrets(), done); }).ok);
        QVERIFY(repo.orphanedSecrets().isEmpty());
        const auto entries = log.read();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).action, ActivityLog::Action::Create);
        QCOMPARE(entries.at(1).action, ActivityLog::Action::Update);
        QCOMPARE(entries.at(2).action, ActivityLog::Action::Delete);
        QCOMPARE(entries.at(2).outcome, ActivityLog::Outcome::Failed);
        QVERIFY(entries.at(2).detail.contains(QStringLiteral("keychain")));
        for (const QString &f : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile file(m_dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(sentinel.toUtf8()), qPrintable(f));
        }
    }
};

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
