#include "FakeVendorServer.h"
#include "SecretForms.h"
#include "TestSupport.h"
#include "VendorFixtures.h"
#include "net/HttpClient.h"
#include "services/VendorOperations.h"
#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest/QtTest>

#include <memory>
#include <optional>

using namespace cc;
using cctest::FakeResponse;
using cctest::FakeVendorServer;

namespace {

const QString kToken = QStringLiteral("FAKE-TOKEN-0001");

// Counts what reaches the network layer, to prove that a refused request never got there.
class CountingManager : public QNetworkAccessManager
{
public:
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

struct Outcome
{
    HttpResponse response;
    NetError error;
    int calls = 0;
};

HttpRequest bearerGet(const QUrl &url)
{
    HttpRequest r;
    r.url = url;
    r.headers = {{"Authorization", "Bearer " + kToken.toUtf8()}, {"Accept", "application/json"}};
    r.secrets = {kToken};
    return r;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<CountingManager> m_manager;
    std::unique_ptr<HttpClient> m_client;
    std::unique_ptr<FakeVendorServer> m_server;
    QStringList m_log;

    // Sends and waits for the callback; fails the test when it never comes.
    std::shared_ptr<Outcome> sendAndWait(const HttpRequest &request, int timeoutMs = 20000)
    {
        auto outcome = std::make_shared<Outcome>();
        m_client->send(request, [outcome](const HttpResponse &response, const NetError &error) {
            outcome->response = response;
            outcome->error = error;
            ++outcome->calls;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome->calls > 0, timeoutMs); }();
        return outcome;
    }

private Q_SLOTS:
    void init()
    {
        m_manager = std::make_unique<CountingManager>();
        m_client = std::make_unique<HttpClient>(m_manager.get());
        m_server = std::make_unique<FakeVendorServer>();
        QVERIFY(m_server->isListening());
        m_log.clear();
        connect(m_client.get(), &HttpClient::logLine, this, [this](const QString &line) { m_log << line; });
    }

    void cleanup()
    {
        m_client.reset();
        m_manager.reset();
        m_server.reset();
    }

    void methodsHeadersAndBodyReachTheServerVerbatim_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("GET") << QByteArray("GET") << QByteArray();
        QTest::newRow("POST") << QByteArray("POST") << QByteArray(R"({"to":["+447700900123"],"body":"Hi €"})");
        QTest::newRow("PATCH") << QByteArray("PATCH") << QByteArray(R"({"callbackUrl":null})");
        QTest::newRow("PUT") << QByteArray("PUT") << QByteArray(R"({"name":"x"})");
        QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray();
        QTest::newRow("DELETE with body") << QByteArray("DELETE") << QByteArray(R"({"ids":[1]})");
    }

    void methodsHeadersAndBodyReachTheServerVerbatim()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        m_server->setResponse(method, QStringLiteral("/v1/things"), FakeResponse::json(200, R"({"ok":true})"));
        HttpRequest request = bearerGet(m_server->url(QStringLiteral("/v1/things?page=2&size=10")));
        request.method = method;
        request.body = body;
        request.headers.append(RawHeader("Content-Type", "application/json; charset=utf-8"));
        request.headers.append(RawHeader("X-Fake-Header", "Value With Spaces"));

        const auto outcome = sendAndWait(request);
        QCOMPARE(outcome->error.kind, NetError::Kind::None);
        QVERIFY(outcome->error.message().isEmpty());
        QCOMPARE(outcome->response.status, 200);
        QCOMPARE(outcome->response.body, QByteArray(R"({"ok":true})"));
        QCOMPARE(outcome->response.header("content-type"), QByteArray("application/json"));

        QCOMPARE(m_server->requestCount(), 1);
        const cctest::RecordedRequest got = m_server->lastRequest();
        QCOMPARE(got.method, method);
        QCOMPARE(got.path, QStringLiteral("/v1/things"));
        QCOMPARE(got.query, QStringLiteral("page=2&size=10"));
        QCOMPARE(got.body, body);
        QCOMPARE(got.header("Authorization"), QByteArray("Bearer FAKE-TOKEN-0001"));
        QCOMPARE(got.header("Accept"), QByteArray("application/json"));
        QCOMPARE(got.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(got.header("X-Fake-Header"), QByteArray("Value With Spaces"));
        QCOMPARE(outcome->calls, 1);
    }

    // Every request names the console and its version, whoever built it; a request without a body
    // announces none (Qt would send "Content-Length: 0" with a GET given an empty body).
    void everyRequestNamesTheConsole_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("sendsOnce");
        QTest::newRow("GET") << QByteArray("GET") << QByteArray() << false;
        QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray() << false;
        QTest::newRow("HEAD") << QByteArray("HEAD") << QByteArray() << false;
        QTest::newRow("POST") << QByteArray("POST") << QByteArray(R"({"a":1})") << false;
        QTest::newRow("POST, sent once") << QByteArray("POST") << QByteArray(R"({"a":1})") << true;
        QTest::newRow("PATCH") << QByteArray("PATCH") << QByteArray(R"({"b":2})") << false;
        QTest::newRow("DELETE with body") << QByteArray("DELETE") << QByteArray(R"({"ids":[1]})") << false;
        // A builder that asks for a User-Agent of its own does not get it: the console names itself once.
        QTest::newRow("GET naming another agent") << QByteArray("GET") << QByteArray("X-Other-Agent") << false;
    }

    void everyRequestNamesTheConsole()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        QFETCH(bool, sendsOnce);
        m_server->setDefaultResponse(FakeResponse::json(200, "{}"));
        HttpRequest request = bearerGet(m_server->url(QStringLiteral("/agent")));
        request.method = method;
        if (body == "X-Other-Agent")
            request.headers.append(RawHeader("User-Agent", "Mozilla/5.0 (pretending)"));
        else
            request.body = body;
        request.sendsOnce = sendsOnce;
        QCOMPARE(sendAndWait(request)->error.kind, NetError::Kind::None);
        QCOMPARE(m_server->requestCount(), 1);
        const cctest::RecordedRequest got = m_server->lastRequest();
        const QByteArray agent = got.header("User-Agent");
        QVERIFY2(agent.startsWith("channel-console/" CC_VERSION " (Qt "), agent.constData());
        QCOMPARE(agent, HttpClient::userAgent());
        int agents = 0;
        for (const cctest::FakeHeader &h : got.headers)
            agents += h.first.compare("User-Agent", Qt::CaseInsensitive) == 0 ? 1 : 0;
        QCOMPARE(agents, 1);
        if (request.body.isEmpty()) {
            QVERIFY2(!got.hasHeader("Content-Length"), got.header("Content-Length").constData());
            QVERIFY(!got.hasHeader("Content-Type"));
            QVERIFY(!got.hasHeader("Transfer-Encoding"));
        } else {
            QCOMPARE(got.header("Content-Length"), QByteArray::number(request.body.size()));
            QCOMPARE(got.body, request.body);
        }
    }

    void theConsolesNameIsPlainAscii()
    {
        const QByteArray agent = HttpClient::userAgent();
        QVERIFY2(agent.startsWith("channel-console/" CC_VERSION " (Qt " QT_VERSION_STR "; "), agent.constData());
        QVERIFY(agent.endsWith(')'));
        for (const char c : agent)
            QVERIFY2(c >= 0x20 && c < 0x7f, agent.constData());
    }

    // What each vendor's check and test send put on the wire, as the vendor's server receives it: the
    // console's name, no body and no Content-Length on a read, the exact length on a send.
    void everyVendorsCheckAndSendNameTheConsole_data()
    {
        QTest::addColumn<int>("vendor");
        QTest::addColumn<bool>("send");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("answer");
        const QByteArray app = R"({"id":"FAKEAPP0001","display_name":"Fake app","channel_credentials":[]})";
        const QString sms = QStringLiteral("/xms/v1/fake-service-0001/batches");
        const QString project = QStringLiteral("/v1/projects/fake-project-0001");
        QTest::newRow("sinch sms check") << sinchsms::vendor().index() << false << QByteArray("GET") << sms
                                         << QByteArray(R"({"count":0,"page":0,"batches":[]})");
        QTest::newRow("sinch sms send") << sinchsms::vendor().index() << true << QByteArray("POST") << sms
                                        << QByteArray(R"({"id":"01FAKEBATCH","to":["12025550143"],"body":"Hi"})");
        QTest::newRow("sinch mms check") << sinchmms::vendor().index() << false << QByteArray("GET")
                                         << project + QStringLiteral("/apps/FAKEAPP0001") << app;
        QTest::newRow("sinch mms send") << sinchmms::vendor().index() << true << QByteArray("POST")
                                        << project + QStringLiteral("/messages:send")
                                        << QByteArray(R"({"accepted_time":"2026-11-23T10:00:00Z","message_id":"m1"})");
        QTest::newRow("infobip check") << infobip::vendor().index() << false << QByteArray("GET")
                                       << QStringLiteral("/sms/3/logs") << QByteArray(R"({"results":[]})");
        QTest::newRow("infobip send")
            << infobip::vendor().index() << true << QByteArray("POST") << QStringLiteral("/sms/3/messages")
            << QByteArray(R"({"bulkId":"b","messages":[{"messageId":"m1","status":{"groupName":"PENDING"}}]})");
    }

    void everyVendorsCheckAndSendNameTheConsole()
    {
        QFETCH(int, vendor);
        QFETCH(bool, send);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, answer);
        m_server->setResponse(method, path, FakeResponse::json(200, answer));
        Credential c = cctest::fakeCredential(Vendor(vendor), QStringLiteral("Fake"));
        c.values.insert(Vendor(vendor) == infobip::vendor() ? QStringLiteral("baseUrl") : QStringLiteral("endpoint"),
                        m_server->url().toString());
        const Secrets secrets{{QStringLiteral("apiToken"),
                               Vendor(vendor) == sinchmms::vendor() ? cctest::kFakeConvToken : cctest::kFakeSmsToken},
                              {QStringLiteral("smsApiToken"), cctest::kFakeSmsApiToken},
                              {QStringLiteral("apiKey"), cctest::kFakeInfobipKey}};
        VendorOperations operations(m_client.get());
        std::optional<OperationResult> result;
        const auto done = [&result](const OperationResult &r) { result = r; };
        if (send) {
            TestMessage message;
            message.to = cctest::kUsNumber;
            message.text = QStringLiteral("Hi");
            if (Vendor(vendor) == sinchmms::vendor())
                message.mediaUrl = QUrl(QStringLiteral("https://media.example.com/fake.png"));
            operations.testSend(c, secrets, message, done);
        } else {
            operations.check(c, secrets, done);
        }
        QTRY_VERIFY(result.has_value());
        QVERIFY2(result->ok, qPrintable(result->summary));
        QCOMPARE(m_server->requestCount(), 1);
        const cctest::RecordedRequest got = m_server->lastRequest();
        QCOMPARE(got.method, method);
        QCOMPARE(got.header("User-Agent"), HttpClient::userAgent());
        QVERIFY(got.header("User-Agent").startsWith("channel-console/" CC_VERSION " "));
        QVERIFY(!got.header("Authorization").isEmpty());
        if (send) {
            QVERIFY(!got.body.isEmpty());
            QCOMPARE(got.header("Content-Length"), QByteArray::number(got.body.size()));
            QCOMPARE(got.header("Content-Type"), QByteArray("application/json"));
        } else {
            QVERIFY(got.body.isEmpty());
            QVERIFY2(!got.hasHeader("Content-Length"), got.header("Content-Length").constData());
            QVERIFY(!got.hasHeader("Content-Type"));
        }
    }

    void errorStatusesKeepTheBody_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<NetError::Kind>("kind");
        QTest::newRow("400") << 400 << NetError::Kind::BadRequest;
        QTest::newRow("401") << 401 << NetError::Kind::Unauthorized;
        QTest::newRow("403") << 403 << NetError::Kind::Forbidden;
        QTest::newRow("404") << 404 << NetError::Kind::NotFound;
        QTest::newRow("409") << 409 << NetError::Kind::OtherHttp;
        QTest::newRow("500") << 500 << NetError::Kind::Unavailable;
        QTest::newRow("503") << 503 << NetError::Kind::Unavailable;
    }

    void errorStatusesKeepTheBody()
    {
        QFETCH(int, status);
        QFETCH(NetError::Kind, kind);
        const QByteArray body = R"({"requestError":{"serviceException":{"text":"Fake vendor says no"}}})";
        m_server->setDefaultResponse(FakeResponse::json(status, body));
        const auto outcome = sendAndWait(bearerGet(m_server->url(QStringLiteral("/any"))));
        QCOMPARE(outcome->error.kind, kind);
        QCOMPARE(outcome->error.httpStatus, status);
        QCOMPARE(outcome->response.status, status);
        QCOMPARE(outcome->response.body, body);
        QVERIFY(!outcome->error.message().isEmpty());
        QVERIFY2(m_log.value(0).contains(QString::number(status)), qPrintable(m_log.value(0)));
    }

    void rateLimitedSaysHowLongToWait()
    {
        m_server->setDefaultResponse(FakeResponse::rateLimited(7));
        const auto outcome = sendAndWait(bearerGet(m_server->url(QStringLiteral("/batches"))));
        QCOMPARE(outcome->error.kind, NetError::Kind::RateLimited);
        QCOMPARE(outcome->error.retryAfterSeconds, 7);
        QVERIFY2(outcome->error.message().contains(QLatin1String("7")), qPrintable(outcome->error.message()));
        QCOMPARE(outcome->response.header("Retry-After"), QByteArray("7"));
    }

    void faults_data()
    {
        QTest::addColumn<FakeResponse>("script");
        QTest::addColumn<NetError::Kind>("kind");
        QTest::newRow("hang past the timeout") << FakeResponse::hang() << NetError::Kind::Timeout;
        QTest::newRow("slow past the timeout")
            << FakeResponse::json(200, "{}").withDelay(5000) << NetError::Kind::Timeout;
        // Never silent for long, so only the whole-answer deadline stops it.
        QTest::newRow("trickle past the timeout")
            << FakeResponse::trickle(QByteArray(100, ' ') + "{}", 20) << NetError::Kind::Timeout;
        QTest::newRow("reset") << FakeResponse::reset() << NetError::Kind::ConnectionFailed;
        QTest::newRow("closed without answer") << FakeResponse::raw(QByteArray()) << NetError::Kind::ConnectionFailed;
        QTest::newRow("answer cut short") << FakeResponse::raw("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"id\":")
                                          << NetError::Kind::ConnectionFailed;
        QTest::newRow("oversized, announced") << FakeResponse::oversized() << NetError::Kind::TooLarge;
        QTest::newRow("oversized, streamed")
            << FakeResponse::oversized(10 * 1024 * 1024, false) << NetError::Kind::TooLarge;
        QTest::newRow("redirect 302 to another host") << FakeResponse() << NetError::Kind::RedirectRefused;
    }

    void faults()
    {
        QFETCH(FakeResponse, script);
        QFETCH(NetError::Kind, kind);
        FakeVendorServer other;
        if (kind == NetError::Kind::RedirectRefused)
            script = FakeResponse::redirect(302, QUrl(QStringLiteral("http://localhost:%1/x").arg(other.port())));
        m_server->setDefaultResponse(script);
        m_client->setTransferTimeout(300);

        const auto outcome = sendAndWait(bearerGet(m_server->url(QStringLiteral("/status"))));
        QCOMPARE(outcome->error.kind, kind);
        QVERIFY(!outcome->error.message().isEmpty());
        QVERIFY(!outcome->error.code().isEmpty());
        // Qt re-sends once on a connection dropped before any answer, so at least one.
        QVERIFY(m_server->requestCount() >= 1);
        QCOMPARE(outcome->calls, 1);
        QCOMPARE(other.requestCount(), 0);
        QCOMPARE(m_log.size(), 1);
        QVERIFY2(m_log.constFirst().contains(outcome->error.code()), qPrintable(m_log.constFirst()));
    }

    void malformedJsonIsHandedOverUntouched()
    {
        // Parsing is the vendor's job (it reports MalformedResponse); the client passes the body on.
        m_server->setDefaultResponse(FakeResponse::malformedJson());
        const auto outcome = sendAndWait(bearerGet(m_server->url(QStringLiteral("/batches"))));
        QCOMPARE(outcome->error.kind, NetError::Kind::None);
        QCOMPARE(outcome->response.body, FakeResponse::malformedJson().body);
    }

    void bodyCapIsConfigurable()
    {
        m_client->setMaxBodyBytes(1000);
        m_server->setResponse("GET", QStringLiteral("/small"), FakeResponse::json(200, QByteArray(1000, 'a')));
        m_server->setResponse("GET", QStringLiteral("/big"), FakeResponse::json(200, QByteArray(1001, 'a')));
        QCOMPARE(sendAndWait(bearerGet(m_server->url(QStringLiteral("/small"))))->error.kind, NetError::Kind::None);
        const auto big = sendAndWait(bearerGet(m_server->url(QStringLiteral("/big"))));
        QCOMPARE(big->error.kind, NetError::Kind::TooLarge);
        QVERIFY(big->response.body.isEmpty());
    }

    void redirectsAreNeverFollowed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("sameServer");
        for (int status : {301, 302, 303, 307, 308}) {
            QTest::addRow("%d to another host", status) << status << false;
            QTest::addRow("%d to the same server", status) << status << true;
        }
    }

    void redirectsAreNeverFollowed()
    {
        QFETCH(int, status);
        QFETCH(bool, sameServer);
        FakeVendorServer other;
        other.setDefaultResponse(FakeResponse::json(200, R"({"stolen":true})"));
        const QUrl target = sameServer ? m_server->url(QStringLiteral("/elsewhere"))
                                       : QUrl(QStringLiteral("http://localhost:%1/collect").arg(other.port()));
        m_server->setResponse("POST", QStringLiteral("/batches"), FakeResponse::redirect(status, target));
        HttpRequest request = bearerGet(m_server->url(QStringLiteral("/batches")));
        request.method = "POST";
        request.body = R"({"to":["+447700900123"]})";

        const auto outcome = sendAndWait(request);
        QCOMPARE(outcome->error.kind, NetError::Kind::RedirectRefused);
        QCOMPARE(outcome->error.httpStatus, status);
        QVERIFY(!outcome->error.message().isEmpty());
        QVERIFY(outcome->error.detail.contains(target.path()));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(other.requestCount(), 0);
        QCOMPARE(other.connectionCount(), 0);
        for (const cctest::RecordedRequest &r : m_server->requests())
            QVERIFY(r.path != QLatin1String("/elsewhere"));
    }

    void insecureUrlsAreRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("http to a named host") << QStringLiteral("http://example.invalid/api");
        QTest::newRow("http to a private address") << QStringLiteral("http://192.168.1.10/api");
        QTest::newRow("http to a public address") << QStringLiteral("http://203.0.113.5/api");
        QTest::newRow("http to a look-alike host") << QStringLiteral("http://127.0.0.1.example.invalid/api");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.invalid/file");
        QTest::newRow("file") << QStringLiteral("file:///etc/hostname");
        QTest::newRow("data") << QStringLiteral("data:text/plain,hello");
    }

    void insecureUrlsAreRefusedBeforeSending()
    {
        QFETCH(QString, url);
        bool returned = false;
        auto outcome = std::make_shared<Outcome>();
        m_client->send(bearerGet(QUrl(url)), [outcome, &returned](const HttpResponse &r, const NetError &e) {
            QVERIFY2(returned, "the callback ran inside send()");
            outcome->response = r;
            outcome->error = e;
            ++outcome->calls;
        });
        returned = true;
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->error.kind, NetError::Kind::InsecureRefused);
        QVERIFY(!outcome->error.message().isEmpty());
        QCOMPARE(m_manager->created, 0);
        QCOMPARE(m_server->connectionCount(), 0);
        QCOMPARE(m_log.size(), 1);
        QVERIFY2(m_log.constFirst().contains(QLatin1String("insecure-refused")), qPrintable(m_log.constFirst()));
    }

    void loopbackHttpIsAllowed_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1");
        QTest::newRow("localhost") << QStringLiteral("localhost");
    }

    void loopbackHttpIsAllowed()
    {
        QFETCH(QString, host);
        m_server->setDefaultResponse(FakeResponse::json(200, "{}"));
        const auto outcome =
            sendAndWait(bearerGet(QUrl(QStringLiteral("http://%1:%2/ok").arg(host).arg(m_server->port()))));
        QCOMPARE(outcome->error.kind, NetError::Kind::None);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void httpsToAPlainServerFails()
    {
        m_server->setDefaultResponse(FakeResponse::json(200, "{}"));
        QUrl url = m_server->url(QStringLiteral("/secure"));
        url.setScheme(QStringLiteral("https"));
        const auto outcome = sendAndWait(bearerGet(url));
        QVERIFY2(outcome->error.kind == NetError::Kind::TlsFailure ||
                     outcome->error.kind == NetError::Kind::ConnectionFailed,
                 qPrintable(outcome->error.code()));
        QCOMPARE(outcome->response.status, 0);
        QCOMPARE(m_server->requestCount(), 0); // nothing readable ever reached it
    }

    // What every vendor call is: https, to a server whose certificate the system trusts (here, told to).
    void httpsToATrustedServerWorks()
    {
        const cctest::LoopbackCertificate certificate;
        QVERIFY2(certificate.isValid(), qPrintable(certificate.error()));
        FakeVendorServer tlsServer(certificate.serverConfiguration());
        QVERIFY(tlsServer.isListening());
        tlsServer.setDefaultResponse(FakeResponse::json(200, R"({"ok":true})"));
        std::shared_ptr<Outcome> outcome;
        {
            const cctest::DefaultTrust trust(certificate.certificate());
            outcome = sendAndWait(bearerGet(tlsServer.url(QStringLiteral("/secure"))));
        }
        QCOMPARE(outcome->error.kind, NetError::Kind::None);
        QCOMPARE(outcome->response.body, QByteArray(R"({"ok":true})"));
        QCOMPARE(tlsServer.requestCount(), 1);
        QCOMPARE(tlsServer.lastRequest().header("Authorization"), "Bearer " + kToken.toUtf8());
    }

    // A self-signed certificate nobody trusts ends the request before a byte of it is sent.
    void httpsToAnUntrustedServerIsRefused()
    {
        const cctest::LoopbackCertificate certificate;
        QVERIFY2(certificate.isValid(), qPrintable(certificate.error()));
        FakeVendorServer tlsServer(certificate.serverConfiguration());
        tlsServer.setDefaultResponse(FakeResponse::json(200, "{}"));
        const auto outcome = sendAndWait(bearerGet(tlsServer.url(QStringLiteral("/secure"))));
        QCOMPARE(outcome->error.kind, NetError::Kind::TlsFailure);
        QVERIFY2(!outcome->error.detail.contains(kToken), qPrintable(outcome->error.detail));
        QCOMPARE(tlsServer.requestCount(), 0);
    }

    void connectionRefusedFails()
    {
        const QUrl url = m_server->url(QStringLiteral("/gone"));
        m_server.reset(); // nobody listens on that port any more
        const auto outcome = sendAndWait(bearerGet(url));
        QCOMPARE(outcome->error.kind, NetError::Kind::ConnectionFailed);
        m_server = std::make_unique<FakeVendorServer>();
    }

    void cancelEndsTheCallOnce()
    {
        m_server->setDefaultResponse(FakeResponse::hang());
        auto outcome = std::make_shared<Outcome>();
        QPointer<HttpCall> call = m_client->send(bearerGet(m_server->url(QStringLiteral("/hang"))),
                                                 [outcome](const HttpResponse &, const NetError &e) {
                                                     outcome->error = e;
                                                     ++outcome->calls;
                                                 });
        QTRY_COMPARE(m_server->requestCount(), 1);
        QVERIFY(call);
        call->cancel();
        QCOMPARE(outcome->calls, 0); // never inside cancel()
        call->cancel();
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->error.kind, NetError::Kind::Cancelled);
        QVERIFY(!outcome->error.message().isEmpty());
        QTRY_VERIFY(call.isNull());            // deleted itself
        QTRY_COMPARE(m_server->inFlight(), 0); // the connection was dropped
        QTest::qWait(50);
        QCOMPARE(outcome->calls, 1);
    }

    void cancelBeforeAnythingHappened()
    {
        m_server->setDefaultResponse(FakeResponse::json(200, "{}"));
        auto outcome = std::make_shared<Outcome>();
        HttpCall *call = m_client->send(bearerGet(m_server->url(QStringLiteral("/x"))),
                                        [outcome](const HttpResponse &, const NetError &e) {
                                            outcome->error = e;
                                            ++outcome->calls;
                                        });
        call->cancel();
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->error.kind, NetError::Kind::Cancelled);
    }

    void aCallOutlivesItsClient()
    {
        m_server->setDefaultResponse(FakeResponse::json(200, R"({"late":true})").withDelay(100));
        auto outcome = std::make_shared<Outcome>();
        m_client->send(bearerGet(m_server->url(QStringLiteral("/x"))),
                       [outcome](const HttpResponse &r, const NetError &e) {
                           outcome->response = r;
                           outcome->error = e;
                           ++outcome->calls;
                       });
        m_client.reset();
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->error.kind, NetError::Kind::None);
        QCOMPARE(outcome->response.body, QByteArray(R"({"late":true})"));
    }

    void aCallEndsWhenItsManagerGoes()
    {
        m_server->setDefaultResponse(FakeResponse::hang());
        auto outcome = std::make_shared<Outcome>();
        m_client->send(bearerGet(m_server->url(QStringLiteral("/x"))),
                       [outcome](const HttpResponse &, const NetError &e) {
                           outcome->error = e;
                           ++outcome->calls;
                       });
        QTRY_COMPARE(m_server->requestCount(), 1);
        m_client.reset();
        m_manager.reset();
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->error.kind, NetError::Kind::Cancelled);
    }

    void aGoneContextGetsNoCallback()
    {
        m_server->setDefaultResponse(FakeResponse::hang());
        int calls = 0;
        auto context = std::make_unique<QObject>();
        QPointer<HttpCall> call = m_client->send(bearerGet(m_server->url(QStringLiteral("/x"))), context.get(),
                                                 [&calls](const HttpResponse &, const NetError &) { ++calls; });
        QTRY_COMPARE(m_server->requestCount(), 1);
        context.reset();
        QTRY_VERIFY(call.isNull());
        QTRY_COMPARE(m_server->inFlight(), 0);
        QCOMPARE(calls, 0);
    }

    // The line is built only for a listener; without one the call still answers.
    void theLogLineIsForListenersOnly()
    {
        QVERIFY(m_client->hasLogListener());
        m_client->disconnect(this);
        QVERIFY(!m_client->hasLogListener());
        m_server->setDefaultResponse(FakeResponse::json(200, R"({"ok":true})"));
        const auto outcome = sendAndWait(bearerGet(m_server->url(QStringLiteral("/x"))));
        QCOMPARE(outcome->calls, 1);
        QCOMPARE(outcome->error.kind, NetError::Kind::None);
        QVERIFY(m_log.isEmpty());
    }

    void secretsNeverReachTheLog()
    {
        const QString key = QStringLiteral("FAKE-KEY-0002-abcdef");
        m_server->setDefaultResponse(FakeResponse::json(401, R"({"error":"bad token FAKE-TOKEN-0001"})"));
        HttpRequest request =
            bearerGet(m_server->url(QStringLiteral("/v1/x?apikey=%1&user=fake&access_token=OTHER-0003").arg(key)));
        request.method = "POST";
        request.body = QStringLiteral(R"({"token":"%1"})").arg(kToken).toUtf8();
        request.headers.append(RawHeader("X-Api-Key", key.toUtf8()));
        request.secrets << key;
        const auto outcome = sendAndWait(request);
        QCOMPARE(outcome->error.kind, NetError::Kind::Unauthorized);
        QCOMPARE(m_log.size(), 1);
        const QString line = m_log.constFirst();
        for (const QString &secret : {kToken, key, QStringLiteral("OTHER-0003")})
            QVERIFY2(!line.contains(secret), qPrintable(line));
        QVERIFY2(!line.contains(QString::fromLatin1(kToken.toUtf8().toBase64())), qPrintable(line));
        QVERIFY2(line.startsWith(QLatin1String("POST http://127.0.0.1:")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("/v1/x?apikey=%1&user=fake&access_token=%1").arg(Redactor::mask())),
                 qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("401")), qPrintable(line));
        QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\\(\\d+ ms\\)"))), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("Authorization")), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("bad token")), qPrintable(line)); // no bodies
    }

    // A hostile vendor writes the request's secrets back: nothing the client hands over holds one.
    void answersAreRedactedBeforeAnyoneSeesThem_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<int>("status");
        QTest::newRow("bearer, 400") << QByteArray("Bearer FAKE/TOKEN+0001")
                                     << QStringList{QStringLiteral("FAKE/TOKEN+0001")} << 400;
        QTest::newRow("app, 200") << QByteArray("App FAKE-INFOBIP-KEY-0003")
                                  << QStringList{QStringLiteral("FAKE-INFOBIP-KEY-0003")} << 200;
        // "fake-key-id:FAKE/KEY-SECRET+0005": the pair and each part are secrets too.
        QTest::newRow("basic, 401") << QByteArray("Basic ZmFrZS1rZXktaWQ6RkFLRS9LRVktU0VDUkVUKzAwMDU=")
                                    << QStringList{QStringLiteral("ZmFrZS1rZXktaWQ6RkFLRS9LRVktU0VDUkVUKzAwMDU="),
                                                   QStringLiteral("fake-key-id:FAKE/KEY-SECRET+0005"),
                                                   QStringLiteral("fake-key-id"),
                                                   QStringLiteral("FAKE/KEY-SECRET+0005")}
                                    << 401;
    }

    void answersAreRedactedBeforeAnyoneSeesThem()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QStringList, secrets);
        QFETCH(int, status);
        m_server->setDefaultResponse(
            FakeResponse::echoing(status, R"({"error":"{{echo}}"})").withHeader("X-Echo", "{{authorization}}"));
        HttpRequest request;
        request.method = "POST";
        request.url = m_server->url(QStringLiteral("/v1/echo"));
        request.headers = {{"Authorization", authorization}, {"Content-Type", "application/json"}};
        request.body = R"({"to":"+12025550100"})";
        request.secrets = {secrets.constFirst()}; // the rest the client derives from the Authorization value
        const auto outcome = sendAndWait(request);
        QCOMPARE(outcome->response.status, status);
        QVERIFY2(m_server->lastRequest().header("Authorization") == authorization, "the real value went out");
        // The echo really came back, masked.
        QVERIFY2(outcome->response.body.contains(Redactor::mask().toUtf8()), outcome->response.body.constData());
        QCOMPARE(outcome->response.header("X-Echo"), Redactor::mask().toUtf8());

        QByteArrayList texts{outcome->response.body, outcome->error.detail.toUtf8(), outcome->error.message().toUtf8()};
        for (const RawHeader &h : outcome->response.headers)
            texts << h.second;
        texts << m_log.join(QLatin1Char('\n')).toUtf8();
        for (const QByteArray &text : std::as_const(texts)) {
            const QByteArray leak = cctest::leakIn(text, secrets);
            QVERIFY2(leak.isEmpty(),
                     qPrintable(QStringLiteral("%1 in %2").arg(QString::fromUtf8(leak), QString::fromUtf8(text))));
        }
    }

    void transportErrorsAreRedactedToo()
    {
        m_server->setDefaultResponse(FakeResponse::raw("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"));
        const auto outcome = sendAndWait(bearerGet(m_server->url(QStringLiteral("/x/%1").arg(kToken))));
        QCOMPARE(outcome->error.kind, NetError::Kind::ConnectionFailed);
        QVERIFY2(!outcome->error.detail.contains(kToken), qPrintable(outcome->error.detail));
        QVERIFY2(!m_log.join(QLatin1Char('\n')).contains(kToken), qPrintable(m_log.join(QLatin1Char('\n'))));
    }

    // What Qt 6.4 does when a connection drops after a POST went out, before any answer: it sends
    // the POST again (a second message the customer pays for). Documents why sendsOnce exists.
    void withoutSendsOnceQtSendsTwice()
    {
        m_server->setDefaultResponse(FakeResponse::reset());
        HttpRequest request = bearerGet(m_server->url(QStringLiteral("/send")));
        request.method = "POST";
        request.body = R"({"to":"+12025550100"})";
        const auto outcome = sendAndWait(request);
        QCOMPARE(outcome->error.kind, NetError::Kind::ConnectionFailed);
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(m_server->requests().at(1).body, request.body);
    }

    void aSendGoesOutOnce_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("http") << false;
        QTest::newRow("https") << true;
    }

    void aSendGoesOutOnce()
    {
        QFETCH(bool, tls);
        const cctest::LoopbackCertificate certificate;
        QVERIFY2(certificate.isValid(), qPrintable(certificate.error()));
        std::unique_ptr<FakeVendorServer> tlsServer;
        if (tls)
            tlsServer = std::make_unique<FakeVendorServer>(certificate.serverConfiguration());
        FakeVendorServer *server = tls ? tlsServer.get() : m_server.get();
        server->setDefaultResponse(FakeResponse::reset()); // reads the whole request, then drops the connection
        HttpRequest request = bearerGet(server->url(QStringLiteral("/send")));
        request.method = "POST";
        request.body = R"({"to":"+12025550100","text":"once"})";
        request.sendsOnce = true;
        const cctest::DefaultTrust trust(certificate.certificate());
        const auto outcome = sendAndWait(request);
        QCOMPARE(outcome->error.kind, NetError::Kind::MaybeSent);
        QCOMPARE(outcome->error.code(), QStringLiteral("maybe-sent"));
        QVERIFY(outcome->error.message().contains(QLatin1String("may or may not have been sent")));
        QCOMPARE(server->requestCount(), 1);
        QCOMPARE(server->lastRequest().body, request.body);
        QCOMPARE(outcome->calls, 1);
        QCOMPARE(m_log.size(), 1);
        QVERIFY2(m_log.constFirst().contains(QLatin1String("maybe-sent")), qPrintable(m_log.constFirst()));
        QVERIFY2(m_log.constFirst().contains(QLatin1String("not sent again")), qPrintable(m_log.constFirst()));
    }

    // A send ended while its body device is in use: by cancel(), its manager going, or the deadline.
    void aSendEndsCleanlyWhileInFlight_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<NetError::Kind>("kind");
        QTest::newRow("cancel") << QStringLiteral("cancel") << NetError::Kind::Cancelled;
        QTest::newRow("manager gone") << QStringLiteral("manager") << NetError::Kind::Cancelled;
        QTest::newRow("deadline") << QStringLiteral("deadline") << NetError::Kind::Timeout;
    }

    void aSendEndsCleanlyWhileInFlight()
    {
        QFETCH(QString, how);
        QFETCH(NetError::Kind, kind);
        m_server->setDefaultResponse(FakeResponse::hang());
        m_client->setTransferTimeout(how == QLatin1String("deadline") ? 300 : 20000);
        HttpRequest request = bearerGet(m_server->url(QStringLiteral("/send")));
        request.method = "POST";
        request.body = QByteArray(64 * 1024, 'x'); // more than one read of the device
        request.sendsOnce = true;
        auto outcome = std::make_shared<Outcome>();
        QPointer<HttpCall> call = m_client->send(request, [outcome](const HttpResponse &, const NetError &e) {
            outcome->error = e;
            ++outcome->calls;
        });
        QTRY_COMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->lastRequest().body.size(), request.body.size());
        if (how == QLatin1String("cancel")) {
            call->cancel();
        } else if (how == QLatin1String("manager")) {
            m_client.reset();
            m_manager.reset();
        }
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->error.kind, kind);
        QTRY_VERIFY(call.isNull());
        QCOMPARE(m_server->requestCount(), 1);
    }

    void aSendThatIsAnsweredIsUnchanged()
    {
        m_server->setResponse("POST", QStringLiteral("/send"), FakeResponse::json(201, R"({"id":"fake-1"})"));
        HttpRequest request = bearerGet(m_server->url(QStringLiteral("/send")));
        request.method = "POST";
        request.headers.append(RawHeader("Content-Type", "application/json"));
        request.body = R"({"to":"+12025550100","text":"Hi €"})";
        request.sendsOnce = true;
        const auto outcome = sendAndWait(request);
        QCOMPARE(outcome->error.kind, NetError::Kind::None);
        QCOMPARE(outcome->response.status, 201);
        QCOMPARE(outcome->response.body, QByteArray(R"({"id":"fake-1"})"));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->lastRequest().body, request.body);
        QCOMPARE(m_server->lastRequest().header("Content-Length"), QByteArray::number(request.body.size()));
        QCOMPARE(m_server->lastRequest().header("Content-Type"), QByteArray("application/json"));
    }

    // A read (a check) may be re-sent: one dropped connection goes unnoticed, two fail it.
    void aCheckMayBeRetried()
    {
        const QString path = QStringLiteral("/check");
        m_server->queueResponse("GET", path, FakeResponse::reset());
        m_server->setResponse("GET", path, FakeResponse::json(200, R"({"ok":true})"));
        auto outcome = sendAndWait(bearerGet(m_server->url(path)));
        QCOMPARE(outcome->error.kind, NetError::Kind::None);
        QCOMPARE(m_server->requestCount(), 2);

        m_server->clearRecords();
        m_server->setResponse("GET", path, FakeResponse::reset());
        outcome = sendAndWait(bearerGet(m_server->url(path)));
        QCOMPARE(outcome->error.kind, NetError::Kind::ConnectionFailed);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void keepAliveReusesTheConnection()
    {
        m_server->setDefaultResponse(FakeResponse::json(200, "{}"));
        QSignalSpy received(m_server.get(), &FakeVendorServer::requestReceived);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(sendAndWait(bearerGet(m_server->url(QStringLiteral("/ping"))))->error.kind, NetError::Kind::None);
        QCOMPARE(m_server->requestCount(), 3);
        QCOMPARE(m_server->connectionCount(), 1);
        QCOMPARE(received.count(), 3);
        QCOMPARE(received.at(2).at(0).value<cctest::RecordedRequest>().path, QStringLiteral("/ping"));
    }

    void serverCountsRequestsInFlight()
    {
        // Latency keeps all four open at once; the fake must see them together.
        m_server->setDefaultResponse(FakeResponse::json(200, "{}").withDelay(500));
        auto done = std::make_shared<int>(0);
        for (int i = 0; i < 4; ++i)
            m_client->send(bearerGet(m_server->url(QStringLiteral("/slow/%1").arg(i))),
                           [done](const HttpResponse &, const NetError &e) {
                               QCOMPARE(e.kind, NetError::Kind::None);
                               ++*done;
                           });
        QTRY_COMPARE(*done, 4);
        QCOMPARE(m_server->maxInFlight(), 4);
        QCOMPARE(m_server->inFlight(), 0);
    }

    void queuedAnswersComeFirst()
    {
        m_server->setResponse("GET", QStringLiteral("/r"), FakeResponse::json(200, "{}"));
        m_server->queueResponse("GET", QStringLiteral("/r"), FakeResponse::rateLimited(1));
        const QUrl url = m_server->url(QStringLiteral("/r"));
        QCOMPARE(sendAndWait(bearerGet(url))->error.kind, NetError::Kind::RateLimited);
        QCOMPARE(sendAndWait(bearerGet(url))->error.kind, NetError::Kind::None);
        QCOMPARE(sendAndWait(bearerGet(url))->error.kind, NetError::Kind::None);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
