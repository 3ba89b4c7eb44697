#include "TestSupport.h"
#include "credentials/CredentialTransfer.h"
#include "credentials/MemorySecretStore.h"

#include <QtTest/QtTest>

using namespace cc;
using Status = CredentialTransfer::Item::Status;

class TestTransfer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void roundTripWithoutSecrets()
    {
        CredentialStore source(m_dir.filePath(QStringLiteral("a.json")));
        MemorySecretStore secrets;
        CredentialRepository repo(&source, &secrets);
        Credential infobip = cctest::fakeCredential(Vendor::Infobip, QStringLiteral("Infobip"));
        infobip.values.insert(QStringLiteral("validityPeriod"), 6);
        infobip.values.insert(QStringLiteral("optOutKeywords"), QStringLiteral("STOP, ARRET"));
        const QString sentinel = QStringLiteral("SENTINEL-EXPORT");
        QVERIFY(cctest::waitFor([&](auto done) {
                    repo.save(infobip, {{QStringLiteral("apiKey"), sentinel}}, done);
                }).ok);
        const Credential mms = cctest::fakeCredential(Vendor::SinchMms, QStringLiteral("MMS"));
        QVERIFY(cctest::waitFor([&](auto done) {
                    repo.save(mms, {{QStringLiteral("apiToken"), sentinel}, {QStringLiteral("smsApiToken"), sentinel}},
                              done);
                }).ok);

        const QByteArray file = CredentialTransfer::exportJson(source.credentials());
        QVERIFY(!file.contains(sentinel.toUtf8()));
        QVERIFY(!file.contains("apiKey"));
        QVERIFY(!file.contains(infobip.id.toUtf8())); // ids are this installation's own

        CredentialStore target(m_dir.filePath(QStringLiteral("b.json")));
        const auto plan = CredentialTransfer::plan(file, target, CredentialTransfer::ClashPolicy::Rename);
        QVERIFY(plan.error.isEmpty());
        QCOMPARE(plan.items.size(), 2);
        QCOMPARE(plan.items.at(0).status, Status::Imported);
        const Credential imported = plan.items.at(0).credential;
        QCOMPARE(imported.vendor, Vendor::Infobip);
        QCOMPARE(imported.values.value(QStringLiteral("validityPeriod")).toInt(), 6);
        QCOMPARE(imported.text(QStringLiteral("optOutKeywords")), QStringLiteral("STOP, ARRET"));
        QVERIFY(imported.secretsSet.isEmpty());
        QCOMPARE(plan.items.at(0).secretsNeeded, QStringList{QStringLiteral("API key")});
        QCOMPARE(plan.items.at(1).secretsNeeded,
                 (QStringList{QStringLiteral("API Token"), QStringLiteral("SMS API Token")}));
        QCOMPARE(plan.summary(), QStringLiteral("Imported: 2, renamed: 0, skipped: 0, rejected: 0."));
    }

    void clashesAndRejections()
    {
        CredentialStore store(m_dir.filePath(QStringLiteral("c.json")));
        store.upsert(cctest::fakeCredential(Vendor::SinchSms, QStringLiteral("Existing")));
        const QByteArray file =
            "{\"format\": \"channel-console/export\", \"version\": 1, \"credentials\": [ {\"vendor\": \"sinch\", "
            "\"fields\": {\"name\": \"existing \", \"serviceId\": \"fake-1\", \"region\": \"eu\"}}, {\"vendor\": "
            "\"pigeon\", \"fields\": {\"name\": \"Bird\"}}, {\"vendor\": \"infobip\", \"fields\": {\"name\": \"Plain "
            "http\", \"baseUrl\": \"http://fake.api.infobip.example\"}}, {\"vendor\": \"infobip\", \"fields\": "
            "{\"name\": \"Keyed\", \"baseUrl\": \"https://fake.api.infobip.example\", \"apiKey\": "
            "\"SENTINEL-IN-FILE\"}} ]}";
        auto plan = CredentialTransfer::plan(file, store, CredentialTransfer::ClashPolicy::Rename);
        QCOMPARE(plan.items.size(), 4);
        QCOMPARE(plan.items.at(0).status, Status::Renamed);
        QCOMPARE(plan.items.at(0).finalName, QStringLiteral("existing (imported 2)"));
        QVERIFY(plan.items.at(0).reason.contains(QStringLiteral("already exist")));
        QCOMPARE(plan.items.at(1).status, Status::Rejected);
        QVERIFY(plan.items.at(1).reason.contains(QStringLiteral("pigeon")));
        QCOMPARE(plan.items.at(2).status, Status::Rejected);
        QVERIFY2(plan.items.at(2).reason.contains(QStringLiteral("API base URL")), qPrintable(plan.items.at(2).reason));
        QCOMPARE(plan.items.at(3).status, Status::Imported);
        QVERIFY(plan.items.at(3).reason.contains(QStringLiteral("API key")));
        QVERIFY(!plan.items.at(3).credential.values.contains(QStringLiteral("apiKey")));
        QCOMPARE(plan.toImport().size(), 2);

        plan = CredentialTransfer::plan(file, store, CredentialTransfer::ClashPolicy::Skip);
        QCOMPARE(plan.items.at(0).status, Status::Skipped);
        QCOMPARE(plan.toImport().size(), 1);
    }

    void unusableFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("{nope") << QStringLiteral("not valid JSON");
        QTest::newRow("not ours") << QByteArray("{\"a\": 1}") << QStringLiteral("not a Channel Console export");
        QTest::newRow("newer") << QByteArray("{\"format\": \"channel-console/export\", \"version\": 9}")
                               << QStringLiteral("newer version");
    }

    void unusableFiles()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, says);
        CredentialStore store(m_dir.filePath(QStringLiteral("d.json")));
        const auto plan = CredentialTransfer::plan(data, store, CredentialTransfer::ClashPolicy::Rename);
        QVERIFY2(plan.error.contains(says), qPrintable(plan.error));
        QVERIFY(plan.items.isEmpty());
    }

    void singleCredentialObject()
    {
        CredentialStore store(m_dir.filePath(QStringLiteral("e.json")));
        const auto plan = CredentialTransfer::plan("{\"vendor\": \"sinch-mms\", \"fields\": {\"name\": \"One\", "
                                                   "\"projectId\": \"p\", \"appId\": \"a\", \"servicePlanId\": \"s\"}}",
                                                   store, CredentialTransfer::ClashPolicy::Rename);
        QCOMPARE(plan.items.size(), 1);
        QCOMPARE(plan.items.at(0).status, Status::Imported);
        QCOMPARE(plan.items.at(0).credential.text(QStringLiteral("region")), QStringLiteral("us"));
    }
};

QTEST_GUILESS_MAIN(TestTransfer)
#include "tst_transfer.moc"
