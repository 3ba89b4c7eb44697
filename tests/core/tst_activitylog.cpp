#include "TestSupport.h"
#include "credentials/ActivityLog.h"
#include "credentials/MemorySecretStore.h"

#include <QtTest/QtTest>

using namespace cc;

class TestActivityLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void appendAndReadBack()
    {
        ActivityLog log(m_dir.filePath(QStringLiteral("a.jsonl")));
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

    void incompleteLastLineIsSkipped()
    {
        const QString path = m_dir.filePath(QStringLiteral("cut.jsonl"));
        ActivityLog log(path);
        QVERIFY(log.append({QDateTime::currentDateTimeUtc(), QStringLiteral("x"), QStringLiteral("X"),
                            ActivityLog::Action::Create, ActivityLog::Outcome::Succeeded, QString()}));
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"time\":\"2026-11-23T10:00:00.000Z\",\"acti"); // a killed writer
        f.close();
        int skipped = 0;
        QCOMPARE(log.read(&skipped).size(), 1);
        QCOMPARE(skipped, 1);
        // Appending after a cut line starts a new, whole line.
        QVERIFY(log.append({QDateTime::currentDateTimeUtc(), QStringLiteral("y"), QStringLiteral("Y"),
                            ActivityLog::Action::Delete, ActivityLog::Outcome::Succeeded, QString()}));
        QCOMPARE(log.read(&skipped).size(), 2);
        QCOMPARE(skipped, 1);
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
        CredentialStore store(m_dir.filePath(QStringLiteral("c.json")));
        MemorySecretStore secrets;
        CredentialRepository repo(&store, &secrets);
        ActivityLog log(m_dir.filePath(QStringLiteral("repo.jsonl")));
        repo.setActivityLog(&log);
        Credential c = cctest::fakeCredential(Vendor::SinchSms, QStringLiteral("Logged"));
        const QString sentinel = QStringLiteral("SENTINEL-LOG");
        QVERIFY(cctest::waitFor([&](auto done) { repo.save(c, {{QStringLiteral("apiToken"), sentinel}}, done); }).ok);
        QVERIFY(cctest::waitFor([&](auto done) { repo.save(*store.find(c.id), {}, done); }).ok);
        secrets.setFailure(SecretError::NoKeychain);
        QVERIFY(!cctest::waitFor([&](auto done) { repo.remove(c.id, done); }).ok);
        secrets.setFailure(SecretError::None);
        QVERIFY(cctest::waitFor([&](auto done) { repo.remove(c.id, done); }).ok);
        const auto entries = log.read();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).action, ActivityLog::Action::Create);
        QCOMPARE(entries.at(1).action, ActivityLog::Action::Update);
        QCOMPARE(entries.at(2).action, ActivityLog::Action::Delete);
        QCOMPARE(entries.at(2).outcome, ActivityLog::Outcome::Failed);
        QVERIFY(entries.at(2).detail.contains(QStringLiteral("keychain")));
        QCOMPARE(entries.at(3).outcome, ActivityLog::Outcome::Succeeded);
        QFile f(log.filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(sentinel.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
