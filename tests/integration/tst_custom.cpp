#include "FakeVendorServer.h"
#include "OpenApiValidator.h"
#include "TestSupport.h"
#include "net/HttpClient.h"
#include "services/VendorOperations.h"
#include "vendors/Custom.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <memory>
#include <optional>

using namespace cc;
using namespace cctest;

namespace {

const QString kPath = QStringLiteral("/v1/messages");
const QString kTokenPath = QStringLiteral("/oauth2/token");
// Secrets with '/' and '+', so that their Base64, percent-encoded and JSON forms differ from them.
const QString kApiToken = QStringLiteral("FAKE/CUSTOM+KEY-0201");
const QString kPassword = QStringLiteral("FAKE/PASS+WORD-0202");
const QString kBearer = QStringLiteral("FAKE/BEARER+0203");
const QString kClientSecret = QStringLiteral("FAKE/CLIENT+SECRET-0204");
const QString kMacSecret = QStringLiteral("FAKE/MAC+SECRET-0205");
const QString kTo = QStringLiteral("+15550100001");

QByteArray tokenAnswer(const QByteArray &token, int expiresIn)
{
    return R"({"access_token": ")" + token + R"(", "token_type": "Bearer", "expires_in": )" +
           QByteArray::number(expiresIn) + '}';
}

} // namespace

class TestCustom : public QObject
{
    Q_OBJECT

    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<HttpClient> m_client;
    std::unique_ptr<VendorOperations> m_ops;
    std::unique_ptr<FakeVendorServer> m_server;
    qint64 m_nowMs = 1'800'000'000'000;
    OpenApiSpec m_spec;

    Credential credential(const QString &auth) const
    {
        Credential c = fakeCredential(custom::vendor(), QStringLiteral("Fake custom"));
        c.values.insert(QStringLiteral("providerUrl"), m_server->url(kPath).toString());
        c.values.insert(QStringLiteral("authType"), auth);
        c.values.insert(QStringLiteral("basicUser"), QStringLiteral("fake-user"));
        c.values.insert(QStringLiteral("oauthUrl"), m_server->url(kTokenPath).toString());
        c.values.insert(QStringLiteral("oauthBody"),
                        QStringLiteral(R"({"grant_type": "client_credentials", "client_id": "fake-client", )"
                                       R"("client_secret": "{{clientSecret}}"})"));
        c.values.insert(QStringLiteral("headers"), QStringLiteral("X-Tenant: fake-tenant"));
        return c;
    }

    static Secrets secrets()
    {
        return {{QStringLiteral("apiToken"), kApiToken},
                {QStringLiteral("basicPassword"), kPassword},
                {QStringLiteral("bearerToken"), kBearer},
                {QStringLiteral("oauthClientSecret"), kClientSecret},
                {QStringLiteral("macSecret"), kMacSecret}};
    }

    static TestMessage message(const QString &text = QStringLiteral("Hello from the console"))
    {
        return {QStringLiteral("Console"), kTo, text, QUrl()};
    }

    template <typename Start> OperationResult run(Start start)
    {
        std::optional<OperationResult> result;
        start([&result](const OperationResult &r) { result = r; });
        [&] { QTRY_VERIFY2_WITH_TIMEOUT(result.has_value(), "the operation never finished", 20000); }();
        return result.value_or(OperationResult());
    }

    OperationResult send(const Credential &c, const TestMessage &m = message(), const Secrets &s = secrets())
    {
        return run([&](VendorOperations::Done done) { m_ops->testSend(c, s, m, done); });
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

    // No secret in any form in any text of the outcome.
    static void noSecretIn(const OperationResult &r)
    {
        const QString all = r.summary + r.answer + r.error.detail + r.error.vendorMessage + r.messageId +
                            QString::fromUtf8(QJsonDocument(r.event.toJson()).toJson());
        for (const QString &secret : secrets()) {
            for (const QString &form : secretForms(secret))
                QVERIFY2(!all.contains(form), qPrintable(form + QStringLiteral(" in: ") + all));
        }
    }

    static QStringList secretForms(const QString &secret)
    {
        return {secret, QString::fromLatin1(secret.toUtf8().toBase64()),
                QString::fromLatin1(QUrl::toPercentEncoding(secret)),
                QString(secret).replace(u'/', QLatin1String("\\/"))};
    }

    void newClient()
    {
        m_ops.reset();
        m_client.reset();
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<HttpClient>(m_manager.get());
        m_client->setTransferTimeout(10000);
        m_ops = std::make_unique<VendorOperations>(m_client.get());
        m_ops->setClock([this] { return m_nowMs; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_spec.load(QStringLiteral(CC_API_SPECS_DIR "/custom/custom-sms.openapi.json"), &error),
                 qPrintable(error));
    }

    void init()
    {
        newClient();
        m_server = std::make_unique<FakeVendorServer>();
        QVERIFY(m_server->isListening());
    }

    void eachAuthTypeSendsItsHeaders_data()
    {
        QTest::addColumn<QString>("auth");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("api key") << QStringLiteral("api-key") << QByteArray("X-API-Key") << kApiToken.toUtf8();
        QTest::newRow("basic") << QStringLiteral("basic") << QByteArray("Authorization")
                               << QByteArray("Basic " + QByteArray("fake-user:" + kPassword.toUtf8()).toBase64());
        QTest::newRow("bearer") << QStringLiteral("bearer") << QByteArray("Authorization")
                                << QByteArray("Bearer " + kBearer.toUtf8());
        QTest::newRow("none") << QStringLiteral("none") << QByteArray("Authorization") << QByteArray();
    }

    void eachAuthTypeSendsItsHeaders()
    {
        QFETCH(QString, auth);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        m_server->setResponse("POST", kPath, FakeResponse::json(202, R"({"messageId": "fake-msg-0001"})"));
        const OperationResult r = send(credential(auth), message(QStringLiteral("Say \"hi\"\n\\ now")));
        QVERIFY2(r.ok, qPrintable(r.summary));
        QCOMPARE(r.messageId, QStringLiteral("fake-msg-0001"));
        QCOMPARE(r.httpStatus, 202);
        QCOMPARE(r.event.code, QStringLiteral("send.custom-accepted"));
        QVERIFY2(r.summary.contains(QLatin1String("Fake SMS Provider accepted")), qPrintable(r.summary));
        QCOMPARE(r.answer, QStringLiteral(R"({"messageId": "fake-msg-0001"})"));
        QCOMPARE(m_server->requestCount(), 1);
        const RecordedRequest got = m_server->lastRequest();
        QCOMPARE(got.header(header), value);
        if (auth != QLatin1String("api-key"))
            QVERIFY(!got.hasHeader("X-API-Key"));
        QCOMPARE(got.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(got.header("X-Tenant"), QByteArray("fake-tenant"));
        const QJsonObject body = QJsonDocument::fromJson(got.body).object();
        QCOMPARE(body.value(QStringLiteral("to")).toString(), kTo);
        QCOMPARE(body.value(QStringLiteral("from")).toString(), QStringLiteral("Console"));
        QCOMPARE(body.value(QStringLiteral("text")).toString(), QStringLiteral("Say \"hi\"\n\\ now"));
        // What the console promises to send (tests/data/api-specs/custom).
        HttpRequest asSent;
        asSent.method = got.method;
        asSent.url = m_server->url(got.path);
        asSent.headers = got.headers;
        asSent.body = got.body;
        const QStringList problems = m_spec.checkRequest(asSent, m_spec.findOperation("POST", kPath));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
    }

    // The preview is the request that goes out: same method, URL, headers and body, secrets masked.
    void thePreviewIsWhatGoesOut()
    {
        for (const QString &auth : {QStringLiteral("api-key"), QStringLiteral("basic"), QStringLiteral("bearer"),
                                    QStringLiteral("oauth2"), QStringLiteral("mac"), QStringLiteral("none")}) {
            m_server->clearRecords();
            m_server->setResponse("POST", kTokenPath, FakeResponse::json(200, tokenAnswer("fake-token-0301", 3600)));
            m_server->setResponse("POST", kPath, FakeResponse::json(200, "{}"));
            const Credential c = credential(auth);
            const TestMessage m = message(QStringLiteral("Quote \" and \u00e9"));
            const VendorOperations::Preview preview = m_ops->previewTestSend(c, secrets(), m);
            QVERIFY2(preview.refusal.isEmpty(), qPrintable(preview.refusal.text()));
            QVERIFY2(
                preview.text.startsWith(QStringLiteral("POST ") + m_server->url(kPath).toString() + QLatin1Char('\n')),
                qPrintable(preview.text));
            for (const QString &secret : secrets())
                QVERIFY2(!preview.text.contains(secret), qPrintable(auth + QLatin1String(": ") + preview.text));
            QVERIFY(preview.text.contains(QLatin1String("Content-Type: application/json; charset=utf-8")));
            QVERIFY(preview.text.contains(QLatin1String("X-Tenant: fake-tenant")));
            QVERIFY(preview.text.contains(QLatin1String("User-Agent: channel-console/")));
            if (auth != QLatin1String("none"))
                QVERIFY2(preview.text.contains(Redactor::mask()), qPrintable(preview.text));
            QVERIFY2(send(c, m).ok, qPrintable(auth));
            const RecordedRequest got = requestsTo(kPath).constLast();
            QVERIFY2(preview.text.endsWith(QStringLiteral("\n\n") + QString::fromUtf8(got.body)),
                     qPrintable(preview.text));
            for (const FakeHeader &h : got.headers) {
                if (h.first == "Authorization" || h.first == "X-API-Key" || h.first == "Content-Type" ||
                    h.first == "X-Tenant" || h.first == "Accept")
                    QVERIFY2(preview.text.contains(QString::fromLatin1(h.first) + QStringLiteral(": ")),
                             h.first.constData());
            }
        }
    }

    void refusedBeforeAnythingIsSent()
    {
        Credential c = credential(QStringLiteral("bearer"));
        OperationResult r = send(c, message(), {{QStringLiteral("apiToken"), kApiToken}}); // no bearer token
        QVERIFY(!r.ok);
        QCOMPARE(r.refusal, OperationResult::Refusal::SecretMissing);
        c = credential(QStringLiteral("api-key"));
        c.values.insert(QStringLiteral("payload"), QStringLiteral(R"({"to": {{toNumber}}})"));
        r = send(c);
        QCOMPARE(r.event.code, QStringLiteral("refused.custom-template"));
        QVERIFY2(r.summary.contains(QLatin1String("Provider Payload")), qPrintable(r.summary));
        c.values.insert(QStringLiteral("payload"),
                        schemaFor(custom::vendor()).field(QStringLiteral("payload"))->defaultValue);
        c.values.insert(QStringLiteral("providerUrl"), QStringLiteral("http://sms.example.com/v1"));
        r = send(c);
        QCOMPARE(r.event.code, QStringLiteral("refused.address"));
        QCOMPARE(m_server->requestCount(), 0);
    }

    // Custom providers have no read-only call: Check says so and sends nothing; with OAuth 2.0 it
    // fetches a token.
    void checkIsHonest()
    {
        OperationResult r =
            run([&](auto done) { m_ops->check(credential(QStringLiteral("api-key")), secrets(), done); });
        QVERIFY(r.ok);
        QCOMPARE(r.event.code, QStringLiteral("check.custom-settings"));
        QVERIFY2(r.summary.contains(QLatin1String("nothing can be checked")), qPrintable(r.summary));
        QCOMPARE(m_server->requestCount(), 0);

        m_server->setResponse("POST", kTokenPath, FakeResponse::json(200, tokenAnswer("fake-token-0401", 3600)));
        r = run([&](auto done) { m_ops->check(credential(QStringLiteral("oauth2")), secrets(), done); });
        QVERIFY2(r.ok, qPrintable(r.summary));
        QCOMPARE(r.event.code, QStringLiteral("check.custom-token"));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->lastRequest().path, kTokenPath);
        const QJsonObject body = QJsonDocument::fromJson(m_server->lastRequest().body).object();
        QCOMPARE(body.value(QStringLiteral("client_secret")).toString(), kClientSecret);
        QCOMPARE(body.value(QStringLiteral("client_id")).toString(), QStringLiteral("fake-client"));

        m_server->setResponse("POST", kTokenPath, FakeResponse::json(401, R"({"error": "invalid_client"})"));
        r = run([&](auto done) { m_ops->check(credential(QStringLiteral("oauth2")), secrets(), done); });
        QVERIFY(!r.ok);
        QCOMPARE(r.event.code, QStringLiteral("token.unauthorized"));
        QVERIFY2(r.summary.contains(QLatin1String("token")), qPrintable(r.summary));
    }

    // One token for many sends, kept until it expires, then fetched again.
    void tokenIsCachedUntilItExpires()
    {
        m_server->setResponse("POST", kTokenPath, FakeResponse::json(200, tokenAnswer("fake-token-0501", 3600)));
        m_server->setResponse("POST", kPath, FakeResponse::json(200, "{}"));
        const Credential c = credential(QStringLiteral("oauth2"));
        QVERIFY(send(c).ok);
        QVERIFY(send(c).ok);
        QCOMPARE(requestsTo(kTokenPath).size(), 1);
        QCOMPARE(requestsTo(kPath).size(), 2);
        QCOMPARE(requestsTo(kPath).constLast().header("Authorization"), QByteArray("Bearer fake-token-0501"));
        // Nearly an hour later (within the last tenth of its life, at most 30 s): renewed first.
        m_nowMs += (3600 - 29) * 1000LL;
        m_server->setResponse("POST", kTokenPath, FakeResponse::json(200, tokenAnswer("fake-token-0502", 3600)));
        const OperationResult r = send(c);
        QVERIFY(r.ok);
        QCOMPARE(requestsTo(kTokenPath).size(), 2);
        QCOMPARE(requestsTo(kPath).constLast().header("Authorization"), QByteArray("Bearer fake-token-0502"));
        noSecretIn(r);
        QVERIFY(!r.summary.contains(QLatin1String("fake-token-0502")));
        // Another credential (another grant): its own token.
        Credential other = c;
        other.id = QStringLiteral("00000000-0000-4000-8000-000000000777");
        QVERIFY(send(other).ok);
        QCOMPARE(requestsTo(kTokenPath).size(), 3);
    }

    void oneTokenRequestForConcurrentSends()
    {
        m_server->setResponse("POST", kTokenPath,
                              FakeResponse::json(200, tokenAnswer("fake-token-0601", 3600)).withDelay(150));
        m_server->setResponse("POST", kPath, FakeResponse::json(200, "{}"));
        const Credential c = credential(QStringLiteral("oauth2"));
        constexpr int kSends = 6;
        QList<OperationResult> results;
        for (int i = 0; i < kSends; ++i)
            m_ops->testSend(c, secrets(), message(), [&results](const OperationResult &r) { results << r; });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), kSends, 20000);
        for (const OperationResult &r : results)
            QVERIFY2(r.ok, qPrintable(r.summary));
        QCOMPARE(requestsTo(kTokenPath).size(), 1);
        QCOMPARE(requestsTo(kPath).size(), kSends);
    }

    void aRefusedTokenSendsNothing()
    {
        m_server->setResponse(
            "POST", kTokenPath,
            FakeResponse::echoing(401, R"({"error": "invalid_client", "error_description": "{{echo}}"})"));
        const OperationResult r = send(credential(QStringLiteral("oauth2")));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind, NetError::Kind::Unauthorized);
        QCOMPARE(r.httpStatus, 401);
        QCOMPARE(r.event.code, QStringLiteral("token.unauthorized"));
        QCOMPARE(requestsTo(kPath).size(), 0);
        noSecretIn(r);
        // Not kept: the next send asks again.
        m_server->setResponse("POST", kTokenPath, FakeResponse::json(200, tokenAnswer("fake-token-0701", 3600)));
        m_server->setResponse("POST", kPath, FakeResponse::json(200, "{}"));
        QVERIFY(send(credential(QStringLiteral("oauth2"))).ok);
        QCOMPARE(requestsTo(kTokenPath).size(), 2);
    }

    // A 401 to a cached token: one new token, the send once more (it was not accepted), then the
    // failure if it is refused again.
    void a401RefreshesTheTokenOnce()
    {
        int tokens = 0;
        m_server->setHandler("POST", kTokenPath, [&tokens](const RecordedRequest &) {
            return FakeResponse::json(200, tokenAnswer("fake-token-08" + QByteArray::number(++tokens), 3600));
        });
        m_server->setResponse("POST", kPath, FakeResponse::json(200, "{}"));
        const Credential c = credential(QStringLiteral("oauth2"));
        QVERIFY(send(c).ok);
        m_server->queueResponse("POST", kPath, FakeResponse::json(401, R"({"message": "token revoked"})"));
        OperationResult r = send(c);
        QVERIFY2(r.ok, qPrintable(r.summary));
        QCOMPARE(tokens, 2);
        const QList<RecordedRequest> sends = requestsTo(kPath);
        QCOMPARE(sends.size(), 3);
        QCOMPARE(sends.at(1).header("Authorization"), QByteArray("Bearer fake-token-081"));
        QCOMPARE(sends.at(2).header("Authorization"), QByteArray("Bearer fake-token-082"));
        QCOMPARE(sends.at(2).body, sends.at(1).body);

        m_server->setResponse("POST", kPath, FakeResponse::json(401, R"({"message": "not allowed"})"));
        r = send(c);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind, NetError::Kind::Unauthorized);
        QCOMPARE(r.error.vendorMessage, QStringLiteral("not allowed"));
        QCOMPARE(tokens, 3);
        QCOMPARE(requestsTo(kPath).size(), 5); // once, and once more: never a third time
    }

    // The signature as documented, recomputed here from what the server received.
    void macSignsTheDocumentedString()
    {
        m_server->setResponse("POST", kPath, FakeResponse::json(200, "{}"));
        for (const auto &[format, algorithm] : {std::pair{"hmac-sha-256", QCryptographicHash::Sha256},
                                                std::pair{"hmac-sha-512", QCryptographicHash::Sha512},
                                                std::pair{"hmac-sha-1", QCryptographicHash::Sha1}}) {
            Credential c = credential(QStringLiteral("mac"));
            c.values.insert(QStringLiteral("macHashFormat"), QString::fromLatin1(format));
            const OperationResult r = send(c);
            QVERIFY2(r.ok, qPrintable(r.summary));
            const RecordedRequest got = m_server->lastRequest();
            static const QRegularExpression header(QStringLiteral(
                R"re(^MAC id="fake-app-0001", ts="(\d+)", nonce="([0-9a-f]+)", bodyhash="([^"]+)", mac="([^"]+)"$)re"));
            const QRegularExpressionMatch m = header.match(QString::fromLatin1(got.header("Authorization")));
            QVERIFY2(m.hasMatch(), got.header("Authorization").constData());
            const QByteArray bodyHash = QCryptographicHash::hash(got.body, algorithm).toBase64();
            QCOMPARE(m.captured(3).toLatin1(), bodyHash);
            const QByteArray normalized = m.captured(1).toLatin1() + '\n' + m.captured(2).toLatin1() + "\nPOST\n" +
                                          kPath.toLatin1() + "\n127.0.0.1\n" + QByteArray::number(m_server->port()) +
                                          '\n' + bodyHash + "\n\n";
            QCOMPARE(m.captured(4).toLatin1(),
                     QMessageAuthenticationCode::hash(normalized, kMacSecret.toUtf8(), algorithm).toBase64());
            noSecretIn(r);
        }
    }

    void faultsAreWordedAndNothingLeaks_data()
    {
        QTest::addColumn<QString>("auth");
        QTest::addColumn<FakeResponse>("answer");
        QTest::addColumn<int>("kind");
        for (const char *auth : {"api-key", "basic", "bearer", "oauth2", "mac"}) {
            QTest::addRow("%s echo 400", auth)
                << QString::fromLatin1(auth) << FakeResponse::echoing(400, R"({"message": "{{echo}}"})")
                << int(NetError::Kind::BadRequest);
            QTest::addRow("%s echo 200", auth)
                << QString::fromLatin1(auth) << FakeResponse::echoing(200, R"({"id": "{{echo}}"})")
                << int(NetError::Kind::None);
        }
        QTest::newRow("500") << QStringLiteral("api-key") << FakeResponse::json(503, R"({"error": "down"})")
                             << int(NetError::Kind::Unavailable);
        QTest::newRow("429") << QStringLiteral("api-key") << FakeResponse::rateLimited(7)
                             << int(NetError::Kind::RateLimited);
        QTest::newRow("404") << QStringLiteral("api-key") << FakeResponse::text(404, "no such route")
                             << int(NetError::Kind::NotFound);
        QTest::newRow("oversized") << QStringLiteral("api-key") << FakeResponse::oversized()
                                   << int(NetError::Kind::TooLarge);
        QTest::newRow("reset") << QStringLiteral("api-key") << FakeResponse::reset() << int(NetError::Kind::MaybeSent);
        QTest::newRow("redirect") << QStringLiteral("bearer")
                                  << FakeResponse::redirect(302, QUrl(QStringLiteral("http://localhost:1/x")))
                                  << int(NetError::Kind::RedirectRefused);
    }

    void faultsAreWordedAndNothingLeaks()
    {
        QFETCH(QString, auth);
        QFETCH(FakeResponse, answer);
        QFETCH(int, kind);
        m_server->setResponse("POST", kTokenPath, FakeResponse::json(200, tokenAnswer("fake-token-0901", 3600)));
        m_server->setResponse("POST", kPath, answer);
        QStringList logLines;
        connect(m_client.get(), &HttpClient::logLine, this, [&logLines](const QString &l) { logLines << l; });
        const OperationResult r = send(credential(auth));
        QCOMPARE(int(r.error.kind), kind);
        QCOMPARE(r.ok, kind == int(NetError::Kind::None));
        QVERIFY(!r.summary.isEmpty());
        noSecretIn(r);
        QVERIFY(!QString(r.summary + r.answer).contains(QLatin1String("fake-token-0901")));
        for (const QString &line : logLines) {
            for (const QString &secret : secrets())
                QVERIFY2(!line.contains(secret), qPrintable(line));
        }
        // Sent once: a paid message is never sent again by itself.
        QCOMPARE(requestsTo(kPath).size(), 1);
    }

    // A 2xx whose body is not JSON (or is malformed) is still the provider's "accepted": shown as it came.
    void anyTwoHundredIsAccepted()
    {
        m_server->setResponse("POST", kPath, FakeResponse::malformedJson());
        OperationResult r = send(credential(QStringLiteral("api-key")));
        QVERIFY(r.ok);
        QVERIFY(r.messageId.isEmpty());
        QVERIFY(!r.answer.isEmpty());
        m_server->setResponse("POST", kPath, FakeResponse::text(200, "OK queued"));
        r = send(credential(QStringLiteral("api-key")));
        QVERIFY(r.ok);
        QCOMPARE(r.answer, QStringLiteral("OK queued"));
    }

    // Mutual TLS against a server that demands a client certificate.
    void mutualTls()
    {
        LoopbackCertificate serverCertificate;
        QVERIFY2(serverCertificate.isValid(), qPrintable(serverCertificate.error()));
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("client.pem"));
        const QString key = dir.filePath(QStringLiteral("client.key"));
        const QString passphrase = QStringLiteral("fake-passphrase-0001");
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=channel-console-test-client"), QStringLiteral("-passout"),
                       QStringLiteral("pass:") + passphrase});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);

        QSslConfiguration tls = serverCertificate.serverConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        QFile clientCert(cert);
        QVERIFY(clientCert.open(QIODevice::ReadOnly));
        tls.setCaCertificates(QSslCertificate::fromDevice(&clientCert));
        m_server = std::make_unique<FakeVendorServer>(tls);
        QVERIFY(m_server->isListening());
        DefaultTrust trust(serverCertificate.certificate());
        m_server->setResponse("POST", kPath, FakeResponse::json(200, R"({"id": "fake-mtls-0001"})"));

        // Without a client certificate the server refuses the handshake: nothing is accepted.
        OperationResult r = send(credential(QStringLiteral("none")));
        QVERIFY2(!r.ok, qPrintable(r.summary));
        QCOMPARE(requestsTo(kPath).size(), 0);
        // (Under TLS 1.3 the server refuses after the client's side of the handshake is over: the client
        // may have written its request, so it says "maybe sent"; a new client keeps no such connection.)
        newClient();

        Credential c = credential(QStringLiteral("none")); // mTLS alone
        c.values.insert(QStringLiteral("mtls"), QStringLiteral("on"));
        c.values.insert(QStringLiteral("clientCertificate"), cert);
        c.values.insert(QStringLiteral("clientKey"), key);
        Secrets s = secrets();
        s.insert(QStringLiteral("clientKeyPassphrase"), passphrase);
        r = send(c, message(), s);
        QVERIFY2(r.ok, qPrintable(r.summary + QLatin1Char(' ') + r.error.detail));
        QCOMPARE(r.messageId, QStringLiteral("fake-mtls-0001"));
        QCOMPARE(requestsTo(kPath).size(), 1);
        noSecretIn(r);
        QVERIFY(!r.summary.contains(passphrase));

        // A wrong passphrase, a missing file: refused before anything is sent, naming the file.
        s.insert(QStringLiteral("clientKeyPassphrase"), QStringLiteral("wrong"));
        r = send(c, message(), s);
        QCOMPARE(r.event.code, QStringLiteral("refused.custom-key"));
        QVERIFY2(r.summary.contains(key), qPrintable(r.summary));
        c.values.insert(QStringLiteral("clientCertificate"), dir.filePath(QStringLiteral("missing.pem")));
        r = send(c, message(), s);
        QCOMPARE(r.event.code, QStringLiteral("refused.custom-certificate"));
        QCOMPARE(requestsTo(kPath).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCustom)
#include "tst_custom.moc"
