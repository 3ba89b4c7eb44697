#include "ConsoleProcess.h"
#include "FakeSinchConversation.h"
#include "FakeVendorServer.h"
#include "MemorySecretStore.h"
#include "OpenApiValidator.h"
#include "TestSupport.h"
#include "VendorFixtures.h"
#include "VendorOpsRig.h"
#include "net/HttpClient.h"
#include "services/ActivityLog.h"
#include "services/CheckAllRunner.h"
#include "services/CredentialActions.h"
#include "services/CredentialRepository.h"
#include "services/CredentialStore.h"
#include "services/RegionProbe.h"
#include "services/VendorOperations.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchRcs.h"

#include <QJsonDocument>
#include <QtTest/QtTest>

#include <memory>
#include <optional>

using namespace cc;
using namespace cctest;

Q_DECLARE_METATYPE(cctest::FakeResponse)

namespace {

const QString kTokenPath = QStringLiteral("/oauth2/token");
const QString kApp = QStringLiteral("/v1/projects/fake-project-0001/apps/FAKEAPP0001");
const QString kSend = QStringLiteral("/v1/projects/fake-project-0001/messages:send");
const QByteArray kAppBody = R"({"id":"FAKEAPP0001","display_name":"Fake app","channel_credentials":[]})";
const QByteArray kSent = R"({"accepted_time":"2026-11-23T10:00:00Z","message_id":"01FAKEOAUTH001"})";
// "FAKE-KEY:FAKE-SECRET" (kFakeConvToken) without its Base64 padding, as an operator may paste it.
const QString kUnpaddedToken = QStringLiteral("RkFLRS1LRVk6RkFLRS1TRUNSRVQ");
// A key whose secret has '/' and '+': its Base64, percent-encoded and JSON forms all differ.
const QString kHostileToken = QStringLiteral("RkFLRS1LRVktMDEwMjpGQUtFL1NFQ1JFVCswMTAy");
const QString kHostileSecret = QStringLiteral("FAKE/SECRET+0102");

QByteArray tokenAnswer(const QByteArray &token, int expiresIn)
{
    return R"({"access_token":")" + token + R"(","expires_in":)" + QByteArray::number(expiresIn) +
           R"(,"scope":"","token_type":"bearer"})";
}

} // namespace

// OAuth 2.0 for the vendors sent through a Sinch Conversation app (Sinch MMS, Sinch RCS): with
// "Authentication: OAuth 2.0" the console gets a token from Sinch's token endpoint (client
// credentials, HTTP Basic with the access key read from the API token), keeps it in memory, shares
// one token request among every operation that needs it, renews it shortly before it expires, and on
// a 401 to it fetches a new one once. With Basic nothing of that happens. Against a fake Sinch: the
// token endpoint and the Conversation API on one loopback server.
class TestSinchOAuth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    qint64 m_nowMs = 1'800'000'000'000;
    VendorOpsRig m_rig;
    VendorOperations *m_ops = nullptr;
    FakeVendorServer *m_server = nullptr;
    OpenApiSpec m_spec;

    Credential credential(Vendor vendor, const QString &auth = QStringLiteral("oauth2"),
                          const QString &name = QStringLiteral("Conversation app")) const
    {
        Credential c = fakeCredential(vendor, name);
        c.values.insert(QStringLiteral("endpoint"), m_server->url().toString());
        c.values.insert(QStringLiteral("authentication"), auth);
        c.values.insert(QStringLiteral("tokenEndpoint"), m_server->url(kTokenPath).toString());
        return c;
    }
    Credential mms(const QString &auth = QStringLiteral("oauth2")) const
    {
        return credential(sinchmms::vendor(), auth);
    }
    static Secrets secrets(const QString &apiToken = kFakeConvToken)
    {
        return {{QStringLiteral("apiToken"), apiToken}, {QStringLiteral("smsApiToken"), kFakeSmsApiToken}};
    }
    QList<RecordedRequest> requestsTo(const QString &path) const
    {
        QList<RecordedRequest> out;
        for (const RecordedRequest &r : m_server->requests()) {
            if (r.path == path)
                out << r;
        }
        return out;
    }
    OperationResult check(const Credential &c, const Secrets &s = secrets())
    {
        return VendorOpsRig::run([&](auto done) { m_ops->check(c, s, done); });
    }
    OperationResult send(const Credential &c, const Secrets &s = secrets())
    {
        return VendorOpsRig::run([&](auto done) {
            m_ops->testSend(c, s,
                            TestMessage{QString(), kUsNumber, QStringLiteral("Hi"),
                                        QUrl(QStringLiteral("https://media.example.com/fake.png"))},
                            done);
        });
    }
    // Every text of an outcome: none may hold a secret.
    static QString everything(const OperationResult &r)
    {
        return r.summary + r.answer + r.error.vendorMessage + r.error.detail + r.messageId + r.vendorState +
               QString::fromUtf8(QJsonDocument(r.event.toJson()).toJson());
    }
    static void noSecretIn(const OperationResult &r, const QStringList &secrets)
    {
        const QString all = everything(r);
        for (const QString &secret : secrets)
            QVERIFY2(!all.contains(secret), qPrintable(secret + QStringLiteral(" in ") + all));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_spec.load(QStringLiteral(CC_API_SPECS_DIR "/sinch/sinch-conversation.patched.json"), &error),
                 qPrintable(error));
    }

    void init()
    {
        m_rig.start();
        m_ops = m_rig.ops.get();
        m_server = m_rig.server.get();
        m_ops->setClock([this] { return m_nowMs; });
        m_server->setResponse("GET", kApp, FakeResponse::json(200, kAppBody));
        m_server->setResponse("POST", kSend, FakeResponse::json(200, kSent));
    }

    // Every request to the API is what the Conversation API spec describes (its security: Basic or
    // oAuth2's bearer token); every token request is the spec's clientCredentials flow, RFC 6749's way.
    void cleanup()
    {
        for (const RecordedRequest &got : requestsTo(kTokenPath)) {
            QCOMPARE(got.method, QByteArray("POST"));
            QCOMPARE(got.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
            QCOMPARE(got.body, QByteArray("grant_type=client_credentials"));
            QVERIFY(got.header("Authorization").startsWith("Basic "));
        }
        m_rig.verifyRequestsConform([this](const RecordedRequest &got) -> const OpenApiSpec * {
            return got.path == kTokenPath ? nullptr : &m_spec;
        });
        m_rig.stop();
    }

    // The spec's clientCredentials flow names the token URL the console uses when none is set.
    void theDefaultTokenUrlIsTheSpecs()
    {
        QFile file(QStringLiteral(CC_API_SPECS_DIR "/sinch/sinch-conversation.patched.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject flow = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(QStringLiteral("components"))
                                     .toObject()
                                     .value(QStringLiteral("securitySchemes"))
                                     .toObject()
                                     .value(QStringLiteral("oAuth2"))
                                     .toObject()
                                     .value(QStringLiteral("flows"))
                                     .toObject()
                                     .value(QStringLiteral("clientCredentials"))
                                     .toObject();
        QCOMPARE(flow.value(QStringLiteral("tokenUrl")).toString(), sinchmms::kSinchTokenUrl);
        Credential c = mms();
        c.values.remove(QStringLiteral("tokenEndpoint"));
        const sinchmms::Account a = sinchmms::accountFrom(c, secrets());
        QCOMPARE(a.tokenUrl, QUrl(sinchmms::kSinchTokenUrl));
        QVERIFY(a.oauth);
        // A credential made before the choice existed (or imported from the platform) uses Basic.
        c.values.remove(QStringLiteral("authentication"));
        QVERIFY(!sinchmms::accountFrom(c, secrets()).oauth);
    }

    void basicAsksForNoToken_data()
    {
        QTest::addColumn<int>("vendor");
        QTest::newRow("Sinch MMS") << sinchmms::vendor().index();
        QTest::newRow("Sinch RCS") << sinchrcs::vendor().index();
    }
    void basicAsksForNoToken()
    {
        QFETCH(int, vendor);
        const OperationResult r = check(credential(Vendor(vendor), QStringLiteral("basic")));
        QVERIFY2(r.ok, qPrintable(r.summary));
        QCOMPARE(requestsTo(kTokenPath).size(), 0);
        QCOMPARE(requestsTo(kApp).constFirst().header("Authorization"), "Basic " + kFakeConvToken.toUtf8());
    }

    // The token request carries the access key decoded from the API token and encoded anew (here from
    // a token pasted without its padding); the API's requests carry only the bearer token.
    void theTokenIsFetchedAsSinchDocuments_data() { basicAsksForNoToken_data(); }
    void theTokenIsFetchedAsSinchDocuments()
    {
        QFETCH(int, vendor);
        m_server->setResponse("POST", kTokenPath, FakeResponse::json(200, tokenAnswer("fake-token-0101", 3599)));
        const Credential c = credential(Vendor(vendor));
        OperationResult r = check(c, secrets(kUnpaddedToken));
        QVERIFY2(r.ok, qPrintable(r.summary));
        r = send(c, secrets(kUnpaddedToken));
        QVERIFY2(r.ok, qPrintable(r.summary));
        QCOMPARE(r.messageId, QStringLiteral("01FAKEOAUTH001"));

        const QList<RecordedRequest> tokens = requestsTo(kTokenPath);
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(tokens.constFirst().header("Authorization"),
                 QByteArray("Basic ") + QByteArray("FAKE-KEY:FAKE-SECRET").toBase64());
        for (const QString &path : {kApp, kSend}) {
            const QList<RecordedRequest> api = requestsTo(path);
            QCOMPARE(api.size(), 1);
            QCOMPARE(api.constFirst().header("Authorization"), QByteArray("Bearer fake-token-0101"));
            int authorizations = 0;
            for (const FakeHeader &h : api.constFirst().headers)
                authorizations += h.first.compare("Authorization", Qt::CaseInsensitive) == 0 ? 1 : 0;
            QCOMPARE(authorizations, 1); // never Basic beside the token
        }
        noSecretIn(r, {QStringLiteral("fake-token-0101"), kUnpaddedToken, QStringLiteral("FAKE-SECRET")});
    }

    // A token whose answer gives no usable lifetime (none, zero, negative, not a number) serves the
    // operations waiting for it and is not kept: the next operation asks again.
    void aTokenWithoutALifetimeIsNotKept_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("no expires_in") << QByteArray(R"({"access_token":"fake-token-0901"})");
        QTest::newRow("zero") << QByteArray(R"({"access_token":"fake-token-0901","expires_in":0})");
        QTest::newRow("negative") << QByteArray(R"({"access_token":"fake-token-0901","expires_in":-60})");
        QTest::newRow("not a number") << QByteArray(R"({"access_token":"fake-token-0901","expires_in":"soon"})");
    }
    void aTokenWithoutALifetimeIsNotKept()
    {
        QFETCH(QByteArray, answer);
        m_server->setResponse("POST", kTokenPath, FakeResponse::json(200, answer));
        const Credential c = mms();
        QVERIFY(check(c).ok);
        QVERIFY(check(c).ok);
        QCOMPARE(requestsTo(kTokenPath).size(), 2);
        QCOMPARE(requestsTo(kApp).constLast().header("Authorization"), QByteArray("Bearer fake-token-0901"));
    }

    // Kept in memory and reused until shortly before it expires (a tenth of its life, at most 30 s).
    void theTokenIsReusedUntilShortlyBeforeItExpires()
    {
        int issued = 0;
        m_server->setHandler("POST", kTokenPath, [&issued](const RecordedRequest &) {
            return FakeResponse::json(200, tokenAnswer("fake-token-02" + QByteArray::number(++issued), 3600));
        });
        const Credential c = mms();
        QVERIFY(check(c).ok);
        QVERIFY(send(c).ok);
        m_nowMs += 3500 * 1000LL; // 100 s before it ends: still good
        QVERIFY(check(c).ok);
        QCOMPARE(issued, 1);
        m_nowMs += 75 * 1000LL; // 25 s before it ends: renewed first
        QVERIFY(check(c).ok);
        QCOMPARE(issued, 2);
        QCOMPARE(requestsTo(kApp).constLast().header("Authorization"), QByteArray("Bearer fake-token-022"));
    }

    // Check all over five credentials of one project (MMS and RCS, one access key) asks for one token,
    // while its answer is slow; a credential with another access key has its own.
    void checkAllAsksForOneToken()
    {
        int issued = 0;
        m_server->setHandler("POST", kTokenPath, [&issued](const RecordedRequest &) {
            ++issued;
            return FakeResponse::json(200, tokenAnswer("fake-token-0301", 3600)).withDelay(200);
        });
        CredentialStore store(m_dir.filePath(QStringLiteral("check-all.db")));
        QVERIFY(store.load().ok());
        MemorySecretStore keychain;
        ActivityLog log(&store.database());
        CredentialRepository repository(&store, &keychain);
        repository.setActivityLog(&log);
        CredentialActions actions(&repository, m_ops);
        QStringList ids;
        for (int i = 0; i < 5; ++i) {
            const Credential c = credential(i % 2 ? sinchrcs::vendor() : sinchmms::vendor(), QStringLiteral("oauth2"),
                                            QStringLiteral("App %1").arg(i));
            QVERIFY(waitFor([&](auto done) { repository.save(c, secrets(), done); }).ok);
            ids << c.id;
        }
        std::optional<CheckAllRunner::Summary> summary;
        CheckAllRunner checkAll(&actions, ids, CheckAllRunner::kConcurrency);
        connect(&checkAll, &CheckAllRunner::finished, [&summary](const CheckAllRunner::Summary &s) { summary = s; });
        checkAll.start();
        QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 20000);
        QCOMPARE(summary->ok, 5);
        QCOMPARE(issued, 1);
        QCOMPARE(requestsTo(kApp).size(), 5);
        for (const RecordedRequest &r : requestsTo(kApp))
            QCOMPARE(r.header("Authorization"), QByteArray("Bearer fake-token-0301"));

        const Credential other = credential(sinchmms::vendor(), QStringLiteral("oauth2"), QStringLiteral("Other"));
        QVERIFY(check(other, secrets(kHostileToken)).ok);
        QCOMPARE(issued, 2);
        QCOMPARE(requestsTo(kTokenPath).constLast().header("Authorization"),
                 QByteArray("Basic ") + kHostileToken.toUtf8());
    }

    // A refused token: worded as the token's failure, nothing sent to the API, no secret shown (the
    // endpoint echoes the request), not kept (the next operation asks again).
    void aRefusedTokenSendsNothing()
    {
        m_server->setResponse("POST", kTokenPath,
                              FakeResponse::echoing(401, R"({"error":"invalid_client","error_description":"{{echo}} )"
                                                         R"({{authorization}}"})"));
        const Credential c = mms();
        for (const OperationResult &r : {check(c, secrets(kHostileToken)), send(c, secrets(kHostileToken))}) {
            QVERIFY(!r.ok);
            QCOMPARE(r.error.kind, NetError::Kind::Unauthorized);
            QCOMPARE(r.event.code, QStringLiteral("token.unauthorized"));
            QVERIFY2(r.summary.contains(QLatin1String("token")), qPrintable(r.summary));
            noSecretIn(r,
                       {kHostileToken, kHostileSecret, QString::fromLatin1(QUrl::toPercentEncoding(kHostileSecret))});
        }
        QCOMPARE(requestsTo(kTokenPath).size(), 2);
        QCOMPARE(requestsTo(kApp).size() + requestsTo(kSend).size(), 0);
    }

    // What a token endpoint may answer besides a token: each worded, nothing sent to the API.
    void tokenEndpointFaults_data()
    {
        QTest::addColumn<FakeResponse>("answer");
        QTest::addColumn<int>("kind");
        QTest::newRow("no access_token") << FakeResponse::json(200, R"({"token_type":"bearer"})")
                                         << int(NetError::Kind::MalformedResponse);
        QTest::newRow("not JSON") << FakeResponse::malformedJson() << int(NetError::Kind::MalformedResponse);
        QTest::newRow("server error") << FakeResponse::json(503, R"({"error":"temporarily_unavailable"})")
                                      << int(NetError::Kind::Unavailable);
        QTest::newRow("reset") << FakeResponse::reset() << int(NetError::Kind::ConnectionFailed);
    }
    void tokenEndpointFaults()
    {
        QFETCH(FakeResponse, answer);
        QFETCH(int, kind);
        m_server->setResponse("POST", kTokenPath, answer);
        const OperationResult r = check(mms());
        QVERIFY(!r.ok);
        QCOMPARE(int(r.error.kind), kind);
        QVERIFY(r.event.code.startsWith(QLatin1String("token.")));
        QVERIFY(!r.summary.isEmpty());
        QCOMPARE(requestsTo(kApp).size(), 0);
    }

    // A 401 to a cached token: one new token and the request once more; refused again, reported.
    void a401RefreshesTheTokenOnce()
    {
        int issued = 0;
        m_server->setHandler("POST", kTokenPath, [&issued](const RecordedRequest &) {
            return FakeResponse::json(200, tokenAnswer("fake-token-04" + QByteArray::number(++issued), 3600));
        });
        const Credential c = mms();
        QVERIFY(check(c).ok);
        m_server->queueResponse("GET", kApp, FakeResponse::json(401, R"({"error":{"code":401,"message":"expired"}})"));
        OperationResult r = check(c);
        QVERIFY2(r.ok, qPrintable(r.summary));
        QCOMPARE(issued, 2);
        QList<RecordedRequest> reads = requestsTo(kApp);
        QCOMPARE(reads.size(), 3);
        QCOMPARE(reads.at(1).header("Authorization"), QByteArray("Bearer fake-token-041"));
        QCOMPARE(reads.at(2).header("Authorization"), QByteArray("Bearer fake-token-042"));

        m_server->setResponse("GET", kApp,
                              FakeResponse::json(401, R"({"error":{"code":401,"message":"not allowed"}})"));
        r = check(c);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind, NetError::Kind::Unauthorized);
        QCOMPARE(r.error.vendorMessage, QStringLiteral("not allowed"));
        QCOMPARE(issued, 3);
        QCOMPARE(requestsTo(kApp).size(), 5); // once, and once more: never a third time
    }

    // A vendor echoing the request in its error never shows the bearer token.
    void anEchoingVendorNeverShowsTheToken()
    {
        m_server->setResponse("POST", kTokenPath, FakeResponse::json(200, tokenAnswer("fake-token-0501", 3600)));
        m_server->setResponse(
            "POST", kSend,
            FakeResponse::echoing(400, R"({"error":{"code":400,"message":"{{authorization}} {{echo}}"}})"));
        const OperationResult r = send(mms());
        QVERIFY(!r.ok);
        noSecretIn(r, {QStringLiteral("fake-token-0501"), kFakeConvToken, QStringLiteral("FAKE-SECRET")});
    }

    // Every step of the channel set-up carries the token (one token for all of them).
    void theSetUpCarriesTheToken()
    {
        FakeSinchConversation sinch(m_server, QStringLiteral("fake-project-0001"), QStringLiteral("FAKEAPP0001"));
        m_server->setResponse("POST", kTokenPath, FakeResponse::json(200, tokenAnswer("fake-token-0601", 3600)));
        QList<SetupStep> steps;
        const OperationResult r = VendorOpsRig::run([&](auto done) {
            m_ops->setUpChannel(
                mms(), secrets(), QUrl(QStringLiteral("https://hooks.example.com/in")),
                [&steps](const SetupStep &s) { steps << s; }, done);
        });
        QVERIFY2(r.ok, qPrintable(r.summary));
        QCOMPARE(steps.size(), 5);
        QCOMPARE(sinch.webhooks().size(), 1);
        QCOMPARE(requestsTo(kTokenPath).size(), 1);
        int api = 0;
        for (const RecordedRequest &got : m_server->requests()) {
            if (got.path == kTokenPath)
                continue;
            ++api;
            QCOMPARE(got.header("Authorization"), QByteArray("Bearer fake-token-0601"));
        }
        QCOMPARE(api, 5);
        // A refused token ends the set-up before its first step, changing nothing.
        m_server->clearRecords();
        m_rig.ops = std::make_unique<VendorOperations>(m_rig.client.get());
        m_ops = m_rig.ops.get();
        m_server->setResponse("POST", kTokenPath, FakeResponse::json(400, R"({"error":"invalid_client"})"));
        const OperationResult refused = VendorOpsRig::run([&](auto done) {
            m_ops->setUpChannel(
                mms(), secrets(), QUrl(), [](const SetupStep &) {}, done);
        });
        QVERIFY(!refused.ok);
        QCOMPARE(refused.event.code, QStringLiteral("token.bad-request"));
        QCOMPARE(m_server->requestCount(), 1);
    }

    // The token endpoint passes the network policy as the API's does: plain http only on loopback.
    void anUnsafeTokenEndpointIsRefusedBeforeAnyRequest()
    {
        Credential c = mms();
        c.values.insert(QStringLiteral("tokenEndpoint"), QStringLiteral("http://auth.example.com/oauth2/token"));
        const OperationResult r = check(c);
        QVERIFY(!r.ok);
        QCOMPARE(r.event.code, QStringLiteral("refused.address"));
        QCOMPARE(m_server->requestCount(), 0);
        // With Basic the field is not used, so not checked.
        c.values.insert(QStringLiteral("authentication"), QStringLiteral("basic"));
        QVERIFY(check(c).ok);
    }

    // Finding the region probes every region at once with one token (the token endpoint is global).
    void regionProbesShareOneToken()
    {
        m_server->setResponse("POST", kTokenPath, FakeResponse::json(200, tokenAnswer("fake-token-0701", 3600)));
        m_server->setResponse("GET", QStringLiteral("/eu") + kApp, FakeResponse::json(200, kAppBody));
        m_server->setResponse("GET", QStringLiteral("/us") + kApp,
                              FakeResponse::json(404, R"({"error":{"code":404,"message":"no such app"}})"));
        m_server->setResponse("GET", QStringLiteral("/br") + kApp,
                              FakeResponse::json(404, R"({"error":{"code":404,"message":"no such app"}})"));
        Credential c = mms();
        c.values.insert(QStringLiteral("endpoint"), QString(m_server->url().toString() + QStringLiteral("/{region}")));
        RegionProbe probe(m_ops);
        QSignalSpy finished(&probe, &RegionProbe::finished);
        probe.start(c, secrets());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(probe.acceptedRegion(), QStringLiteral("eu"));
        QCOMPARE(requestsTo(kTokenPath).size(), 1);
        int probes = 0;
        for (const RecordedRequest &got : m_server->requests()) {
            if (got.path != kTokenPath) {
                ++probes;
                QCOMPARE(got.header("Authorization"), QByteArray("Bearer fake-token-0701"));
            }
        }
        QCOMPARE(probes, 3);
        m_server->clearRecords(); // the regions' paths are not the spec's
    }

    // The command line: check, send and set-up of an OAuth 2.0 credential share one token request
    // each run (a process keeps tokens in memory only); nothing it prints holds the token.
    void commandLine()
    {
        FakeSinchConversation sinch(m_server, QStringLiteral("fake-project-0001"), QStringLiteral("FAKEAPP0001"));
        sinch.mmsDefaultSender = QStringLiteral("12345");
        m_server->setResponse("POST", kTokenPath, FakeResponse::json(200, tokenAnswer("fake-token-0801", 3600)));
        const QString path = m_dir.filePath(QStringLiteral("cli.db"));
        {
            CredentialStore store(path);
            QVERIFY(store.load().ok());
            Credential c = mms();
            c.values.insert(kNameKey, QStringLiteral("MMS app"));
            QString error;
            QVERIFY2(store.setCredentials({c}, &error), qPrintable(error));
        }
        const QByteArray input = "apiToken=" + kFakeConvToken.toUtf8() + "\nsmsApiToken=FAKE-SMS-API-TOKEN\n";
        const QStringList common{QStringLiteral("--secrets-stdin"), QStringLiteral("--store"), path,
                                 QStringLiteral("--language"), QStringLiteral("en")};
        const QList<QStringList> commands{
            QStringList{QStringLiteral("check"), QStringLiteral("MMS app"), QStringLiteral("--json")},
            QStringList{QStringLiteral("send"), QStringLiteral("MMS app"), QStringLiteral("--to"), kUsNumber,
                        QStringLiteral("--media-url"), QStringLiteral("https://media.example.com/fake.png")},
            QStringList{QStringLiteral("setup-channel"), QStringLiteral("MMS app")},
        };
        int tokens = 0;
        for (const QStringList &command : commands) {
            const ConsoleRun run = runConsole(QStringLiteral(CC_CONSOLE), command + common, input);
            QVERIFY2(run.code == 0,
                     qPrintable(command.constFirst() + QLatin1String(": ") + QString::fromUtf8(run.err)));
            QVERIFY(!QByteArray(run.out + run.err).contains("fake-token-0801"));
            QCOMPARE(requestsTo(kTokenPath).size(), ++tokens);
        }
        for (const RecordedRequest &got : m_server->requests()) {
            if (got.path != kTokenPath)
                QCOMPARE(got.header("Authorization"), QByteArray("Bearer fake-token-0801"));
        }
    }
};

QTEST_MAIN(TestSinchOAuth)
#include "tst_sinchoauth.moc"
