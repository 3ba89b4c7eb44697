#include "FakeVendorServer.h"
#include "MemorySecretStore.h"
#include "TestSupport.h"
#include "net/HttpClient.h"
#include "services/ActivityLog.h"
#include "services/CredentialActions.h"
#include "services/CredentialRepository.h"
#include "services/SecretRotation.h"
#include "vendors/Custom.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

#include <QNetworkAccessManager>
#include <QtTest/QtTest>

using namespace cc;
using cctest::FakeResponse;
using cctest::FakeVendorServer;
using cctest::waitFor;

namespace {

const QString kApp = QStringLiteral("/v1/projects/fake-project-0001/apps/FAKEAPP0001");
// Sinch MMS API tokens: the Base64 of "key id:key secret".
const QString kOldToken = QString::fromLatin1(QByteArray("FAKE-OLD-KEY:FAKE-OLD-SECRET").toBase64());
const QString kNewKeyId = QStringLiteral("FAKE-NEW-KEY-SENTINEL-4d1a");
const QString kNewKeySecret = QStringLiteral("FAKE/NEW+SECRET-SENTINEL-4d1a");
const QString kNewToken = QString::fromLatin1((kNewKeyId + QLatin1Char(':') + kNewKeySecret).toUtf8().toBase64());
const QString kSmsApiToken = QStringLiteral("FAKE-SMS-API-TOKEN-0001");
const QString kOtherToken = QStringLiteral("FAKE-TOKEN-OTHER-0001");

QByteArray appBody()
{
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("FAKEAPP0001")},
                                     {QStringLiteral("display_name"), QStringLiteral("Fake app")},
                                     {QStringLiteral("channel_credentials"), QJsonArray()}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

// Replace secret…: the new value is checked with the (fake) vendor first and written only when it
// passes; a refusal, a keychain that fails the write, a vendor that echoes the new value back leave
// the keychain, the database, the list and every text as they were. The keychain is the in-memory
// one, which fails on demand; tst_cli replaces secrets in the real keychain.
class TestRotation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeVendorServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<HttpClient> m_client;
    std::unique_ptr<VendorOperations> m_operations;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CredentialRepository> m_repo;
    std::unique_ptr<ActivityLog> m_log;
    std::unique_ptr<CredentialActions> m_actions;
    std::unique_ptr<SecretRotation> m_rotation;
    Credential m_mms;   // the one whose token is replaced: two secrets
    Credential m_other; // another credential, which nothing may touch

    SecretRotation::Result replace(const QString &field, const QString &value)
    {
        std::optional<SecretRotation::Result> result;
        m_rotation->replace(m_mms.id, field, value, [&result](const SecretRotation::Result &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(SecretRotation::Result());
    }
    // Every byte the database holds (its file and its write-ahead log).
    QByteArray databaseBytes() const { return cctest::bytesOfFilesIn(m_dir.path()); }
    // What another process opening the database now would find.
    QVector<Credential> stored() const { return cctest::storedIn(m_store->filePath()); }
    // No form of the new value anywhere: the result, the log (its rows and its CSV), the database.
    void verifyNewValueNowhere(const SecretRotation::Result &r)
    {
        const QByteArray csv = ActivityLog::toCsv(m_log->read());
        QStringList texts{r.summary, QString::fromUtf8(QJsonDocument(r.event.toJson()).toJson()), r.check.summary,
                          QString::fromUtf8(csv)};
        for (const ActivityLog::Entry &e : m_log->read())
            texts << e.text() << QString::fromUtf8(QJsonDocument(e.event.toJson()).toJson());
        const QByteArray bytes = databaseBytes();
        for (const QString &secret : {kNewToken, kNewKeyId, kNewKeySecret}) {
            for (const QString &text : std::as_const(texts))
                QVERIFY2(!text.contains(secret), qPrintable(text));
            QVERIFY(!bytes.contains(secret.toUtf8()));
        }
    }
    ActivityLog::Entry lastEntry() const
    {
        const QVector<ActivityLog::Entry> entries = m_log->read();
        return entries.isEmpty() ? ActivityLog::Entry() : entries.last();
    }

private Q_SLOTS:
    void init()
    {
        m_rotation.reset();
        m_actions.reset();
        m_repo.reset();
        m_log.reset();
        m_store.reset();
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(name));
        m_server = std::make_unique<FakeVendorServer>();
        QVERIFY(m_server->isListening());
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<HttpClient>(m_manager.get());
        m_client->setTransferTimeout(10000);
        m_operations = std::make_unique<VendorOperations>(m_client.get());
        m_store = std::make_unique<CredentialStore>(m_dir.filePath(QStringLiteral("c.db")));
        QVERIFY(m_store->load().ok());
        m_secrets = std::make_unique<MemorySecretStore>();
        m_repo = std::make_unique<CredentialRepository>(m_store.get(), m_secrets.get());
        m_log = std::make_unique<ActivityLog>(&m_store->database());
        m_repo->setActivityLog(m_log.get());
        m_actions = std::make_unique<CredentialActions>(m_repo.get(), m_operations.get());
        m_rotation = std::make_unique<SecretRotation>(m_repo.get(), m_actions.get());

        Credential mms = cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("Rotated MMS"));
        mms.values.insert(QStringLiteral("endpoint"), m_server->url().toString());
        QVERIFY(waitFor([&](auto done) {
                    m_repo->save(
                        mms, {{QStringLiteral("apiToken"), kOldToken}, {QStringLiteral("smsApiToken"), kSmsApiToken}},
                        done);
                }).ok);
        Credential other = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Untouched SMS"));
        other.values.insert(QStringLiteral("endpoint"), m_server->url().toString());
        QVERIFY(waitFor([&](auto done) { m_repo->save(other, {{QStringLiteral("apiToken"), kOtherToken}}, done); }).ok);
        m_mms = *m_store->find(mms.id);
        m_other = *m_store->find(other.id);
        QVERIFY(m_mms.secretsSetAt.isValid());
    }

    // The vendor refuses the new token, quoting it back in every form in its error: the old one
    // stays in the keychain, nothing else changes, the log says why, and the new one is nowhere.
    void aRefusedValueChangesNothing()
    {
        m_server->setResponse(
            "GET", kApp,
            FakeResponse::echoing(401, R"({"error":{"code":401,"message":"Bad token {{echo}}","status":"DENIED"}})"));
        const QHash<QString, QString> keychainBefore = m_secrets->entries();
        const QVector<Credential> listBefore = m_store->credentials();
        const QVector<Credential> storedBefore = stored();
        const int logBefore = int(m_log->read().size());

        const SecretRotation::Result r = replace(QStringLiteral("apiToken"), kNewToken);
        QVERIFY(!r.ok);
        QVERIFY(r.checked);
        QCOMPARE(r.check.httpStatus, 401);
        QCOMPARE(m_server->requestCount(), 1);
        // The check was made with the new value (and the other secret, from the keychain).
        QVERIFY2(m_server->lastRequest().header("Authorization").contains(kNewToken.toUtf8()) ||
                     m_server->lastRequest()
                         .header("Authorization")
                         .contains((kNewKeyId + QLatin1Char(':') + kNewKeySecret).toUtf8().toBase64()),
                 m_server->lastRequest().header("Authorization").constData());
        QCOMPARE(m_secrets->entries(), keychainBefore);
        QCOMPARE(m_store->credentials(), listBefore);
        QCOMPARE(stored(), storedBefore);
        QCOMPARE(m_log->read().size(), logBefore + 1); // the attempt, and no check of its own
        const ActivityLog::Entry e = lastEntry();
        QCOMPARE(e.action, ActivityLog::Action::ReplaceSecret);
        QCOMPARE(e.outcome, ActivityLog::Outcome::Failed);
        QCOMPARE(e.event.code, QStringLiteral("credential.secret-not-replaced"));
        QCOMPARE(e.event.args.value(QStringLiteral("field")).toString(), QStringLiteral("apiToken"));
        QVERIFY2(e.text().contains(QStringLiteral("old value is kept")), qPrintable(e.text()));
        QVERIFY2(e.text().contains(QStringLiteral("401")), qPrintable(e.text()));
        QCOMPARE(r.summary, e.text());
        verifyNewValueNowhere(r);
    }

    // The vendor accepts it: that secret alone changes, in the keychain and in when it was set.
    void anAcceptedValueReplacesOnlyThatSecret()
    {
        m_server->setResponse("GET", kApp, FakeResponse::json(200, appBody()));
        const QDateTime setBefore = m_mms.secretsSetAt;
        QTest::qWait(5); // so that the new time differs
        const SecretRotation::Result r = replace(QStringLiteral("apiToken"), kNewToken);
        QVERIFY2(r.ok && !r.unchecked, qPrintable(r.summary));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_secrets->entries().value(SecretStore::keyFor(m_mms.id, QStringLiteral("apiToken"))), kNewToken);
        QCOMPARE(m_secrets->entries().value(SecretStore::keyFor(m_mms.id, QStringLiteral("smsApiToken"))),
                 kSmsApiToken);
        QCOMPARE(m_secrets->entries().value(SecretStore::keyFor(m_other.id, QStringLiteral("apiToken"))), kOtherToken);
        QCOMPARE(m_secrets->entries().size(), 3);

        const Credential after = *m_store->find(m_mms.id);
        QCOMPARE(after.values, m_mms.values);
        QCOMPARE(after.secretsSet, m_mms.secretsSet);
        QCOMPARE(after.created, m_mms.created);
        QVERIFY(after.secretsSetAt > setBefore);
        QCOMPARE(*m_store->find(m_other.id), m_other);
        // The check that accepted the new value is the credential's last check now.
        QCOMPARE(after.lastCheck.state, CheckStatus::State::Ok);
        QVERIFY(after.lastCheck.at >= after.secretsSetAt.addSecs(-1));
        QCOMPARE(m_store->find(m_other.id)->lastCheck, m_other.lastCheck);
        const QVector<Credential> reread = stored();
        QCOMPARE(reread.size(), 2);
        QCOMPARE(reread.at(0).secretsSetAt, after.secretsSetAt); // saved, not only shown
        QCOMPARE(reread.at(1), m_other);

        const ActivityLog::Entry e = lastEntry();
        QCOMPARE(e.action, ActivityLog::Action::ReplaceSecret);
        QCOMPARE(e.outcome, ActivityLog::Outcome::Succeeded);
        QCOMPARE(e.event.code, QStringLiteral("credential.secret-replaced"));
        QCOMPARE(e.credentialId, m_mms.id);
        QCOMPARE(e.text(), QStringLiteral("The secret “API Token” was replaced: the vendor accepted the new value."));
        verifyNewValueNowhere(r);
    }

    // The vendor accepts it, then the keychain refuses the write: the old value stays, the row is as
    // it was, and the message says both.
    void aKeychainFailureAfterThePassingCheckKeepsTheOldValue()
    {
        m_server->setResponse("GET", kApp, FakeResponse::json(200, appBody()));
        const QHash<QString, QString> keychainBefore = m_secrets->entries();
        const QVector<Credential> storedBefore = stored();
        m_secrets->failOnce(1, SecretError::Locked); // the read of the other secret passes, the write fails
        const SecretRotation::Result r = replace(QStringLiteral("apiToken"), kNewToken);
        QVERIFY(!r.ok);
        QVERIFY(r.checked && r.check.ok);
        QCOMPARE(r.secretError, SecretError::Locked);
        QVERIFY2(r.summary.contains(QStringLiteral("old value is kept")), qPrintable(r.summary));
        QVERIFY2(r.summary.contains(QStringLiteral("locked")), qPrintable(r.summary));
        QCOMPARE(m_secrets->entries(), keychainBefore);
        QCOMPARE(stored(), storedBefore);
        QCOMPARE(*m_store->find(m_mms.id), m_mms);
        QCOMPARE(lastEntry().outcome, ActivityLog::Outcome::Failed);
        QCOMPARE(lastEntry().event.code, QStringLiteral("credential.secret-not-replaced"));
        verifyNewValueNowhere(r);
    }

    // The other secrets cannot be read: nothing is asked of the vendor, nothing changes.
    void aKeychainThatCannotReadTheOthersAsksNothing()
    {
        m_secrets->setFailure(SecretError::NoKeychain);
        const QVector<Credential> storedBefore = stored();
        const SecretRotation::Result r = replace(QStringLiteral("apiToken"), kNewToken);
        m_secrets->setFailure(SecretError::None);
        QVERIFY(!r.ok);
        QVERIFY(!r.checked);
        QCOMPARE(r.secretError, SecretError::NoKeychain);
        QCOMPARE(m_server->requestCount(), 0);
        QCOMPARE(stored(), storedBefore);
        QCOMPARE(m_secrets->entries().value(SecretStore::keyFor(m_mms.id, QStringLiteral("apiToken"))), kOldToken);
    }

    // An empty value, a field that is no secret, a token of the wrong form: refused before any request.
    void whatCannotBeASecretIsRefusedBeforeAnyRequest()
    {
        const QVector<Credential> storedBefore = stored();
        const SecretRotation::Result empty = replace(QStringLiteral("apiToken"), QStringLiteral("  "));
        QVERIFY(!empty.ok && empty.refused);
        QVERIFY2(empty.summary.contains(QStringLiteral("is empty")), qPrintable(empty.summary));
        const SecretRotation::Result notSecret = replace(QStringLiteral("projectId"), QStringLiteral("fake-2"));
        QVERIFY(!notSecret.ok && notSecret.refused);
        const SecretRotation::Result wrongForm = replace(QStringLiteral("apiToken"), QStringLiteral("FAKE-ID:SECRET"));
        QVERIFY(!wrongForm.ok && !wrongForm.check.ok);
        QCOMPARE(m_server->requestCount(), 0);
        QCOMPARE(stored(), storedBefore);
        QCOMPARE(m_secrets->entries().value(SecretStore::keyFor(m_mms.id, QStringLiteral("apiToken"))), kOldToken);
        QCOMPARE(lastEntry().event.code, QStringLiteral("credential.secret-not-replaced"));
    }

    // A Custom provider has no read-only call: its API key is replaced without a check, and the
    // console says so (never "the vendor accepted"), asks nothing of the provider and leaves the last
    // check as it was. A secret its authentication does not use (Basic's password with an API key) is
    // refused: nothing would ever read it.
    void aProviderWithoutACheckIsReplacedAndSaysItWasNotChecked()
    {
        Credential custom = cctest::fakeCredential(custom::vendor(), QStringLiteral("Rotated custom"));
        custom.values.insert(QStringLiteral("providerUrl"), m_server->url(QStringLiteral("/send")).toString());
        custom.values.insert(QStringLiteral("authType"), QStringLiteral("api-key"));
        QVERIFY(waitFor([&](auto done) {
                    m_repo->save(custom, {{QStringLiteral("apiToken"), QStringLiteral("FAKE-OLD-API-KEY")}}, done);
                }).ok);
        m_mms = *m_store->find(custom.id);
        const QString entry = SecretStore::keyFor(custom.id, QStringLiteral("apiToken"));

        const SecretRotation::Result r = replace(QStringLiteral("apiToken"), QStringLiteral("FAKE-NEW-API-KEY"));
        QVERIFY2(r.ok && r.unchecked, qPrintable(r.summary));
        QVERIFY2(r.summary.contains(QStringLiteral("without a check")) &&
                     !r.summary.contains(QStringLiteral("accepted")),
                 qPrintable(r.summary));
        QCOMPARE(m_server->requestCount(), 0);
        QCOMPARE(m_secrets->entries().value(entry), QStringLiteral("FAKE-NEW-API-KEY"));
        QCOMPARE(m_store->find(custom.id)->lastCheck.state, CheckStatus::State::NotChecked);
        QCOMPARE(lastEntry().event.code, QStringLiteral("credential.secret-replaced-unchecked"));

        const SecretRotation::Result unused = replace(QStringLiteral("basicPassword"), QStringLiteral("FAKE-PASSWORD"));
        QVERIFY(!unused.ok && unused.refused);
        QVERIFY2(unused.summary.contains(QStringLiteral("is not used")), qPrintable(unused.summary));
        QVERIFY(!m_secrets->entries().contains(SecretStore::keyFor(custom.id, QStringLiteral("basicPassword"))));
        QCOMPARE(m_server->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRotation)

#include "tst_rotation.moc"
