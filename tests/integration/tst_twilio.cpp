#include "ConsoleProcess.h"
#include "FakeVendorServer.h"
#include "OpenApiValidator.h"
#include "SecretForms.h"
#include "TestSupport.h"
#include "VendorFixtures.h"
#include "VendorOpsRig.h"
#include "domain/CredentialValidator.h"
#include "net/HttpClient.h"
#include "services/CredentialStore.h"
#include "services/VendorOperations.h"
#include "vendors/Twilio.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QUrlQuery>
#include <QtTest/QtTest>

#include <memory>
#include <optional>

using namespace cc;
using namespace cctest;

namespace {

const QString kAccount = QStringLiteral("/2010-04-01/Accounts/ACfa4e0000000000000000000000000001");
const QString kAccountJson = kAccount + QStringLiteral(".json");
const QString kMessages = kAccount + QStringLiteral("/Messages.json");
const QString kMessageJson = kAccount + QStringLiteral("/Messages/SMfa4e0000000000000000000000000001.json");

// A token with '/' and '+', so that its Base64, percent-encoded and JSON forms all differ from it.
const QString kHostileToken = QStringLiteral("fake/token+twilio-0101");

QByteArray accountBody(const char *status = "active")
{
    const QJsonObject o{{QStringLiteral("sid"), kFakeAccountSid},
                        {QStringLiteral("friendly_name"), QStringLiteral("Fake")},
                        {QStringLiteral("status"), QString::fromLatin1(status)},
                        {QStringLiteral("type"), QStringLiteral("Trial")}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A Message resource; errorCode 0 and an empty errorMessage are Twilio's nulls.
QByteArray messageBody(const char *status, int errorCode = 0, const char *errorMessage = "")
{
    const QJsonObject o{
        {QStringLiteral("sid"), kFakeMessageSid},
        {QStringLiteral("status"), QString::fromLatin1(status)},
        {QStringLiteral("messaging_service_sid"), kFakeServiceSid},
        {QStringLiteral("error_code"), errorCode ? QJsonValue(errorCode) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("error_message"), *errorMessage ? QJsonValue(QString::fromUtf8(errorMessage)) : QJsonValue()}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Twilio's error body.
QByteArray errorBody(int code, const char *message, int status)
{
    const QJsonObject o{
        {QStringLiteral("code"), code},
        {QStringLiteral("message"), QString::fromUtf8(message)},
        {QStringLiteral("more_info"), QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)},
        {QStringLiteral("status"), status}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The fields of a form-encoded body, decoded ("+" is a space there).
QMultiHash<QString, QString> formOf(const RecordedRequest &r)
{
    QMultiHash<QString, QString> fields;
    for (const QByteArray &pair : r.body.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        fields.insert(QUrl::fromPercentEncoding(name.replace('+', ' ')),
                      QUrl::fromPercentEncoding(value.replace('+', ' ')));
    }
    return fields;
}

} // namespace

// Twilio through the operations every vendor goes through: check, test send with its status, the
// rules of its form, Twilio's own answers and faults, against a fake Twilio on 127.0.0.1 whose every
// request is checked against Twilio's OpenAPI.
class TestTwilio : public QObject
{
    Q_OBJECT

    VendorOpsRig m_rig;
    std::unique_ptr<HttpClient> &m_client = m_rig.client;
    std::unique_ptr<VendorOperations> &m_ops = m_rig.ops;
    std::unique_ptr<FakeVendorServer> &m_server = m_rig.server;
    OpenApiSpec m_spec;
    QTemporaryDir m_dir;

    using Run = ConsoleRun;
    // The real binary, as a script runs it, on a store of this test's.
    Run console(QStringList arguments, const QByteArray &input = QByteArray())
    {
        arguments << QStringLiteral("--store") << m_dir.filePath(QStringLiteral("twilio.db"))
                  << QStringLiteral("--language") << QStringLiteral("en");
        return runConsole(QStringLiteral(CC_CONSOLE), arguments, input);
    }
    QString fileWith(const QString &name, const QJsonObject &fields)
    {
        QFile f(m_dir.filePath(name));
        [&] { QVERIFY(f.open(QIODevice::WriteOnly)); }();
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("vendor"), QStringLiteral("twilio")},
                                          {QStringLiteral("fields"), fields}})
                    .toJson());
        return f.fileName();
    }

    Credential credential() const
    {
        Credential c = fakeCredential(twilio::vendor(), QStringLiteral("Fake Twilio"));
        c.values.insert(QStringLiteral("endpoint"), m_server->url().toString());
        return c;
    }
    static Secrets secrets(const QString &token = kFakeTwilioToken) { return {{QStringLiteral("authToken"), token}}; }

    template <typename Start> OperationResult run(Start start) { return VendorOpsRig::run(start); }
    OperationResult check(const Credential &c, const Secrets &s = secrets())
    {
        return run([&](VendorOperations::Done done) { m_ops->check(c, s, done); });
    }
    OperationResult send(const TestMessage &message, const Credential &c, const Secrets &s = secrets())
    {
        return run([&](VendorOperations::Done done) { m_ops->testSend(c, s, message, done); });
    }
    OperationResult report(const QString &sid)
    {
        return run([&](VendorOperations::Done done) { m_ops->deliveryReport(credential(), secrets(), sid, done); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_spec.load(QStringLiteral(CC_API_SPECS_DIR "/twilio/twilio_api_v2010.json"), &error),
                 qPrintable(error));
    }

    void init() { m_rig.start(); }

    // Whatever went over the wire must be what Twilio's OpenAPI describes.
    void cleanup()
    {
        m_rig.verifyRequestsConform([this](const RecordedRequest &) -> const OpenApiSpec * { return &m_spec; });
        m_rig.stop();
    }

    // The region choice is Twilio's edge and region; the default is api.twilio.com (US1).
    void regionsAreTwiliosEdges_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("host");
        QTest::newRow("default") << QString() << QStringLiteral("https://api.twilio.com");
        QTest::newRow("us1") << QStringLiteral("us1") << QStringLiteral("https://api.twilio.com");
        QTest::newRow("dublin") << QStringLiteral("dublin.ie1") << QStringLiteral("https://api.dublin.ie1.twilio.com");
        QTest::newRow("sydney") << QStringLiteral("sydney.au1") << QStringLiteral("https://api.sydney.au1.twilio.com");
        QTest::newRow("tokyo") << QStringLiteral("tokyo.jp1") << QStringLiteral("https://api.tokyo.jp1.twilio.com");
    }

    void regionsAreTwiliosEdges()
    {
        QFETCH(QString, region);
        QFETCH(QString, host);
        Credential c = fakeCredential(twilio::vendor(), QStringLiteral("Edge"));
        if (!region.isEmpty())
            c.values.insert(QStringLiteral("region"), region);
        QCOMPARE(twilio::adapter().baseUrl(c, secrets()), QUrl(host));
        const HttpRequest r = twilio::adapter().check(c, secrets()).request;
        QCOMPARE(r.url.toString(), host + kAccountJson);
        // Every choice of the form is one of these, and the form starts at the default.
        const FieldSpec *field = twilio::adapter().schema().field(QStringLiteral("region"));
        QVERIFY(field);
        QCOMPARE(field->defaultValue.toString(), QStringLiteral("us1"));
        if (!region.isEmpty())
            QVERIFY(field->choiceLabel(region) != region);
    }

    void checkReadsTheAccountWithBasicAuth()
    {
        m_server->setResponse("GET", kAccountJson, FakeResponse::json(200, accountBody()));
        const OperationResult r = check(credential());
        QVERIFY2(r.ok, qPrintable(r.summary));
        QCOMPARE(r.event.code, QStringLiteral("check.ok"));
        QCOMPARE(m_server->requestCount(), 1);
        const RecordedRequest got = m_server->lastRequest();
        QCOMPARE(got.method, QByteArray("GET"));
        QCOMPARE(got.path, kAccountJson);
        QCOMPARE(got.header("Authorization"),
                 "Basic " + QByteArray("ACfa4e0000000000000000000000000001:" + kFakeTwilioToken.toUtf8()).toBase64());
        QVERIFY(got.body.isEmpty());
    }

    // The credentials work, but Twilio can refuse to send for a suspended or closed account: said so.
    void aSuspendedAccountIsSaid()
    {
        m_server->setResponse("GET", kAccountJson, FakeResponse::json(200, accountBody("suspended")));
        const OperationResult r = check(credential());
        QVERIFY(!r.ok);
        QCOMPARE(r.event.code, QStringLiteral("check.twilio-inactive"));
        QVERIFY2(r.summary.contains(QStringLiteral("suspended")), qPrintable(r.summary));
    }

    void sendGoesFromTheMessagingServiceThenItsStatus()
    {
        m_server->setResponse("POST", kMessages, FakeResponse::json(201, messageBody("accepted")));
        m_server->setResponse("GET", kMessageJson, FakeResponse::json(200, messageBody("delivered")));
        const OperationResult sent =
            send({QString(), kUsNumber, QStringLiteral("Hello & welcome: 100% + more"), QUrl()}, credential());
        QVERIFY2(sent.ok, qPrintable(sent.summary));
        QCOMPARE(sent.messageId, kFakeMessageSid);
        QCOMPARE(sent.vendorState, QStringLiteral("accepted"));
        QCOMPARE(sent.event.code, QStringLiteral("send.twilio-accepted"));
        QVERIFY2(sent.summary.contains(kFakeMessageSid) && sent.summary.contains(QStringLiteral("accepted")),
                 qPrintable(sent.summary));

        const RecordedRequest got = m_server->lastRequest();
        QCOMPARE(got.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        // A "+" of a number is %2B in a form, never a "+" (which Twilio would read as a space).
        QVERIFY2(got.body.contains("To=%2B12025550143"), got.body.constData());
        const QMultiHash<QString, QString> form = formOf(got);
        QCOMPARE(form.value(QStringLiteral("To")), kUsNumber);
        QCOMPARE(form.value(QStringLiteral("MessagingServiceSid")), kFakeServiceSid);
        QCOMPARE(form.value(QStringLiteral("Body")), QStringLiteral("Hello & welcome: 100% + more"));
        QVERIFY(!form.contains(QStringLiteral("From")));
        QVERIFY(!form.contains(QStringLiteral("MediaUrl")));

        const OperationResult status = report(sent.messageId);
        QVERIFY2(status.ok, qPrintable(status.summary));
        QCOMPARE(status.vendorState, QStringLiteral("delivered"));
        QCOMPARE(status.event.code, QStringLiteral("report.twilio"));
        QCOMPARE(status.summary, QStringLiteral("Message %1: delivered.").arg(kFakeMessageSid));
        QCOMPARE(m_server->lastRequest().path, kMessageJson);
    }

    // The status of an undelivered message carries Twilio's error code and text.
    void anUndeliveredStatusSaysTwiliosError()
    {
        m_server->setResponse("GET", kMessageJson,
                              FakeResponse::json(200, messageBody("undelivered", 30003, "Unreachable handset")));
        const OperationResult r = report(kFakeMessageSid);
        QVERIFY(r.ok); // the report was read: its words say the message did not arrive
        QCOMPARE(r.event.code, QStringLiteral("report.twilio-error"));
        QCOMPARE(r.event.verbatim, QStringLiteral("Unreachable handset (30003)"));
        QVERIFY2(r.summary.contains(QStringLiteral("undelivered")), qPrintable(r.summary));
    }

    void aTypedSenderReplacesTheMessagingService()
    {
        m_server->setResponse("POST", kMessages, FakeResponse::json(201, messageBody("queued")));
        const OperationResult r =
            send({QStringLiteral("+15550100001"), kUkNumber, QStringLiteral("Hi"), QUrl()}, credential());
        QVERIFY2(r.ok, qPrintable(r.summary));
        const QMultiHash<QString, QString> form = formOf(m_server->lastRequest());
        QCOMPARE(form.value(QStringLiteral("From")), QStringLiteral("+15550100001"));
        QVERIFY(!form.contains(QStringLiteral("MessagingServiceSid")));
    }

    // MMS: the media URL goes as MediaUrl; the text is optional with it.
    void mmsWithAndWithoutText()
    {
        QVERIFY(twilio::adapter().capabilities().media);
        QVERIFY(!twilio::adapter().capabilities().mediaRequired);
        m_server->setResponse("POST", kMessages, FakeResponse::json(201, messageBody("queued")));
        const QUrl media(QStringLiteral("https://media.example.com/fake image.png?size=large&v=1"));
        OperationResult r = send({QString(), kUsNumber, QString(), media}, credential());
        QVERIFY2(r.ok, qPrintable(r.summary));
        QMultiHash<QString, QString> form = formOf(m_server->lastRequest());
        QCOMPARE(QUrl(form.value(QStringLiteral("MediaUrl"))), media);
        QVERIFY(!form.contains(QStringLiteral("Body")));

        r = send({QString(), kUsNumber, QStringLiteral("Look"), media}, credential());
        QVERIFY2(r.ok, qPrintable(r.summary));
        form = formOf(m_server->lastRequest());
        QCOMPARE(form.value(QStringLiteral("Body")), QStringLiteral("Look"));
        QVERIFY(form.contains(QStringLiteral("MediaUrl")));

        // Neither text nor media: nothing to send.
        m_server->clearRecords();
        r = send({QString(), kUsNumber, QString(), QUrl()}, credential());
        QVERIFY(!r.ok);
        QCOMPARE(r.event.code, QStringLiteral("refused.no-text"));
        QCOMPARE(m_server->requestCount(), 0);
    }

    // A message Twilio answers as failed at once is not a success.
    void aFailedSendIsNotOk()
    {
        m_server->setResponse("POST", kMessages,
                              FakeResponse::json(201, messageBody("failed", 30007, "Message filtered")));
        const OperationResult r = send({QString(), kUsNumber, QStringLiteral("Hi"), QUrl()}, credential());
        QVERIFY(!r.ok);
        QCOMPARE(r.event.code, QStringLiteral("send.twilio-failed"));
        QCOMPARE(r.summary, QStringLiteral("Twilio did not send the test message (status failed): Message filtered "
                                           "(30007)"));
    }

    // Twilio's error bodies become the vendor's words, with the code and where Twilio explains it.
    void errorsAreTwiliosWords_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("vendorMessage");
        QTest::newRow("401 wrong token") << "check" << 401 << errorBody(20003, "Authenticate", 401)
                                         << int(NetError::Kind::Unauthorized)
                                         << QStringLiteral(
                                                "Authenticate (20003, https://www.twilio.com/docs/errors/20003)");
        QTest::newRow("404 wrong account SID")
            << "check" << 404
            << errorBody(20404, "The requested resource /2010-04-01/Accounts/ACfa4e.json was not found", 404)
            << int(NetError::Kind::NotFound)
            << QStringLiteral("The requested resource /2010-04-01/Accounts/ACfa4e.json was not found (20404, "
                              "https://www.twilio.com/docs/errors/20404)");
        QTest::newRow("400 invalid To") << "send" << 400
                                        << errorBody(21211, "Invalid 'To' Phone Number: +1202555XXXX", 400)
                                        << int(NetError::Kind::BadRequest)
                                        << QStringLiteral("Invalid 'To' Phone Number: +1202555XXXX (21211, "
                                                          "https://www.twilio.com/docs/errors/21211)");
        QTest::newRow("429 too many requests")
            << "send" << 429 << errorBody(20429, "Too Many Requests", 429) << int(NetError::Kind::RateLimited)
            << QStringLiteral("Too Many Requests (20429, https://www.twilio.com/docs/errors/20429)");
        QTest::newRow("503 without a body")
            << "check" << 503 << QByteArray() << int(NetError::Kind::Unavailable) << QString();
    }

    void errorsAreTwiliosWords()
    {
        QFETCH(QString, operation);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, vendorMessage);
        const bool isSend = operation == QLatin1String("send");
        m_server->setResponse(isSend ? "POST" : "GET", isSend ? kMessages : kAccountJson,
                              FakeResponse::json(status, body).withHeader("Retry-After", "1"));
        const OperationResult r =
            isSend ? send({QString(), kUsNumber, QStringLiteral("Hi"), QUrl()}, credential()) : check(credential());
        QVERIFY(!r.ok);
        QCOMPARE(int(r.error.kind), kind);
        QCOMPARE(r.httpStatus, status);
        QCOMPARE(r.error.vendorMessage, vendorMessage);
        QCOMPARE(r.event.code, operation + QLatin1Char('.') + r.error.code());
        QCOMPARE(r.event.verbatim, vendorMessage);
        QCOMPARE(r.summary, r.event.text());
        if (!vendorMessage.isEmpty() && kind == int(NetError::Kind::BadRequest))
            QVERIFY2(r.summary.contains(QStringLiteral("21211")), qPrintable(r.summary));
        QCOMPARE(m_server->requestCount(), 1); // a send is never sent again by itself
    }

    void malformedAnswersAreSaid_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("check: not JSON") << "check" << QByteArray("<html>Twilio</html>");
        QTest::newRow("check: no sid") << "check" << QByteArray("{\"status\":\"active\"}");
        QTest::newRow("check: a list") << "check" << QByteArray("[]");
        QTest::newRow("send: cut short") << "send" << QByteArray("{\"sid\":\"SMfa4e");
        QTest::newRow("send: no sid") << "send" << QByteArray("{\"status\":\"queued\"}");
        QTest::newRow("send: no status") << "send" << QByteArray("{\"sid\":\"SMfa4e0000000000000000000000000001\"}");
        QTest::newRow("send: sid is a number") << "send" << QByteArray("{\"sid\":12,\"status\":\"queued\"}");
        QTest::newRow("report: null") << "report" << QByteArray("null");
    }

    void malformedAnswersAreSaid()
    {
        QFETCH(QString, operation);
        QFETCH(QByteArray, body);
        m_server->setResponse("GET", kAccountJson, FakeResponse::json(200, body));
        m_server->setResponse("POST", kMessages, FakeResponse::json(201, body));
        m_server->setResponse("GET", kMessageJson, FakeResponse::json(200, body));
        const OperationResult r = operation == QLatin1String("check") ? check(credential())
                                  : operation == QLatin1String("send")
                                      ? send({QString(), kUsNumber, QStringLiteral("Hi"), QUrl()}, credential())
                                      : report(kFakeMessageSid);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind, NetError::Kind::MalformedResponse);
        QCOMPARE(r.event.code, operation + QStringLiteral(".malformed-response"));
        QVERIFY(!r.summary.isEmpty());
    }

    // A send whose connection drops after Twilio read it is not sent again.
    void aDroppedSendIsNotSentAgain()
    {
        m_server->setResponse("POST", kMessages, FakeResponse::reset());
        const OperationResult r = send({QString(), kUsNumber, QStringLiteral("Hi"), QUrl()}, credential());
        QCOMPARE(r.error.kind, NetError::Kind::MaybeSent);
        QCOMPARE(m_server->requestCount(), 1);
    }

    // The SIDs have Twilio's shapes: checked in the form, on import and before every request, with a
    // message that says what is wrong and shows an example.
    void sidShapesAreCheckedBeforeAnyRequest_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("says");
        QTest::newRow("account SID of a service")
            << QStringLiteral("accountSid") << QStringLiteral("MGfa4e0000000000000000000000000001")
            << QStringLiteral("Account SID: this does not start with AC. It is AC followed by 32 hexadecimal "
                              "characters (0–9, a–f), for example AC0123456789abcdef0123456789abcdef.");
        QTest::newRow("account SID cut short")
            << QStringLiteral("accountSid") << QStringLiteral("ACfa4e00000000000000000000000001")
            << QStringLiteral("Account SID: AC must be followed by exactly 32 hexadecimal characters");
        QTest::newRow("account SID with a letter o")
            << QStringLiteral("accountSid") << QStringLiteral("ACfa4e000000000000000000000000000o")
            << QStringLiteral("Account SID: only hexadecimal characters (0–9, a–f) may follow AC");
        QTest::newRow("message SID of an account")
            << QStringLiteral("messagingServiceSid") << QStringLiteral("ACfa4e0000000000000000000000000001")
            << QStringLiteral("Message SID: this does not start with MG");
        QTest::newRow("message SID too long")
            << QStringLiteral("messagingServiceSid") << QStringLiteral("MGfa4e00000000000000000000000000010")
            << QStringLiteral("For example: MG0123456789abcdef0123456789abcdef.");
    }

    void sidShapesAreCheckedBeforeAnyRequest()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, says);
        m_server->setDefaultResponse(FakeResponse::json(200, accountBody()));
        Credential c = credential();
        c.values.insert(key, value);

        // The form and the import: CredentialValidator, on the field.
        CredentialValidator::Input input;
        input.schema = &c.schema();
        input.values = c.values;
        input.secretsGiven = {QStringLiteral("authToken")};
        const QVector<ValidationIssue> issues = CredentialValidator::validate(input);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().fieldKey, key);
        QVERIFY2(issues.first().message.contains(says), qPrintable(issues.first().message));

        // Every operation: refused before any request, worded the same.
        const QList<OperationResult> results{
            check(c), send({QString(), kUsNumber, QStringLiteral("Hi"), QUrl()}, c),
            run([&](VendorOperations::Done done) { m_ops->deliveryReport(c, secrets(), kFakeMessageSid, done); })};
        for (const OperationResult &r : results) {
            QVERIFY(!r.ok);
            QCOMPARE(r.refusal, OperationResult::Refusal::Input);
            QCOMPARE(r.event.code, QStringLiteral("refused.id-form"));
            QCOMPARE(r.summary, issues.first().message);
        }
        QCOMPARE(m_server->requestCount(), 0);

        // Well-formed ones pass: upper-case hexadecimal too, as Twilio's pattern allows.
        c.values.insert(key, value.left(2) == QLatin1String("MG") && key == QLatin1String("accountSid")
                                 ? QStringLiteral("ACFA4E0000000000000000000000000001")
                                 : cctest::fakeFields(twilio::vendor()).value(key).toString());
        input.values = c.values;
        QVERIFY(CredentialValidator::validate(input).isEmpty());
    }

    void missingFieldsAreSaid()
    {
        Credential c = credential();
        c.values.remove(QStringLiteral("messagingServiceSid"));
        OperationResult r = check(c);
        QCOMPARE(r.event.code, QStringLiteral("refused.field-empty"));
        QVERIFY2(r.summary.contains(QStringLiteral("“Message SID”")), qPrintable(r.summary));
        r = check(credential(), Secrets());
        QCOMPARE(r.refusal, OperationResult::Refusal::SecretMissing);
        QVERIFY2(r.summary.contains(QStringLiteral("“Auth Token”")), qPrintable(r.summary));
        QCOMPARE(m_server->requestCount(), 0);
    }

    // The command line with a Twilio credential: import with its Auth Token on standard input, check,
    // send (SMS, MMS, from a sender), export; the token never printed; Twilio's refusals as exit codes.
    void commandLine()
    {
        const QByteArray token = "fake-token-twilio-cli";
        QJsonObject fields{{QStringLiteral("name"), QStringLiteral("Scripted Twilio")},
                           {QStringLiteral("accountSid"), kFakeAccountSid},
                           {QStringLiteral("messagingServiceSid"), kFakeServiceSid},
                           {QStringLiteral("region"), QStringLiteral("dublin.ie1")},
                           {QStringLiteral("endpoint"), m_server->url().toString()}};
        Run r = console({QStringLiteral("import"), fileWith(QStringLiteral("twilio.json"), fields),
                         QStringLiteral("--secrets-stdin")},
                        "authToken=" + token + "\n");
        QVERIFY2(r.code == 0, r.err.constData());

        m_server->setResponse("GET", kAccountJson, FakeResponse::json(200, accountBody()));
        r = console({QStringLiteral("check"), QStringLiteral("Scripted Twilio"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, QByteArray(r.err + r.out).constData());
        QCOMPARE(m_server->lastRequest().header("Authorization"),
                 "Basic " + QByteArray(kFakeAccountSid.toUtf8() + ':' + token).toBase64());

        m_server->setResponse("POST", kMessages, FakeResponse::json(201, messageBody("queued")));
        r = console({QStringLiteral("send"), QStringLiteral("Scripted Twilio"), QStringLiteral("--to"),
                     QStringLiteral("+1 202-555-0143"), QStringLiteral("--text"), QStringLiteral("Hello"),
                     QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("messageId")).toString(),
                 kFakeMessageSid);
        QCOMPARE(formOf(m_server->lastRequest()).value(QStringLiteral("MessagingServiceSid")), kFakeServiceSid);

        r = console({QStringLiteral("send"), QStringLiteral("Scripted Twilio"), QStringLiteral("--to"), kUsNumber,
                     QStringLiteral("--media-url"), QStringLiteral("https://media.example.com/a.png"),
                     QStringLiteral("--from"), QStringLiteral("+15550100001")});
        QVERIFY2(r.code == 0, r.err.constData());
        QMultiHash<QString, QString> form = formOf(m_server->lastRequest());
        QCOMPARE(form.value(QStringLiteral("MediaUrl")), QStringLiteral("https://media.example.com/a.png"));
        QCOMPARE(form.value(QStringLiteral("From")), QStringLiteral("+15550100001"));
        QVERIFY(!form.contains(QStringLiteral("Body")));

        m_server->setResponse("GET", kAccountJson, FakeResponse::json(401, errorBody(20003, "Authenticate", 401)));
        r = console({QStringLiteral("check"), QStringLiteral("Scripted Twilio")});
        QCOMPARE(r.code, 10);
        QVERIFY2(r.err.contains("rejected the credentials"), r.err.constData());
        m_server->setResponse("POST", kMessages,
                              FakeResponse::json(400, errorBody(21211, "Invalid 'To' Phone Number", 400)));
        r = console({QStringLiteral("send"), QStringLiteral("Scripted Twilio"), QStringLiteral("--to"), kUsNumber,
                     QStringLiteral("--text"), QStringLiteral("Hi"), QStringLiteral("--json")});
        QCOMPARE(r.code, 12);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("httpStatus")).toInt(), 400);
        QVERIFY2(r.out.contains("Invalid 'To' Phone Number (21211, https://www.twilio.com/docs/errors/21211)"),
                 r.out.constData());
        QVERIFY(!r.out.contains(token) && !r.err.contains(token));

        r = console({QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("Scripted Twilio")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains(kFakeAccountSid.toUtf8()) && r.out.contains("dublin.ie1"));
        QVERIFY(!r.out.contains(token));

        // An import with a SID of the wrong shape is refused whole, saying what is wrong.
        fields.insert(QStringLiteral("name"), QStringLiteral("Wrong SID"));
        fields.insert(QStringLiteral("messagingServiceSid"), kFakeAccountSid);
        r = console({QStringLiteral("import"), fileWith(QStringLiteral("wrong.json"), fields),
                     QStringLiteral("--secrets-stdin")},
                    "authToken=" + token + "\n");
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains("Entry 1 (\"Wrong SID\") is refused: Message SID: this does not start with MG"),
                 r.err.constData());
        const QJsonArray listed =
            QJsonDocument::fromJson(console({QStringLiteral("list"), QStringLiteral("--json")}).out).array();
        QCOMPARE(listed.size(), 1);
    }

    // A hostile Twilio writes the request's secrets back in every form (the real account answer even
    // carries "auth_token"): no text of the operation, its log line or its activity event holds any.
    void hostileEchoesLeaveNoSecret_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        const QByteArray error =
            "{\"code\":20003,\"message\":\"{{echo}}\",\"more_info\":\"{{authorization}}\",\"status\":401}";
        QTest::newRow("check 401") << "check" << 401 << error;
        QTest::newRow("check 200 with auth_token")
            << "check" << 200
            << QByteArray("{\"sid\":\"ACfa4e0000000000000000000000000001\",\"status\":\"suspended {{echo}}\","
                          "\"auth_token\":\"{{echo}}\",\"friendly_name\":\"{{echo}}\"}");
        QTest::newRow("send 400") << "send" << 400 << error;
        QTest::newRow("send 201 failed")
            << "send" << 201
            << QByteArray("{\"sid\":\"SMfa4e0000000000000000000000000001\",\"status\":\"failed\",\"error_code\":30007,"
                          "\"error_message\":\"{{echo}}\"}");
        QTest::newRow("report 200")
            << "report" << 200
            << QByteArray("{\"sid\":\"SMfa4e0000000000000000000000000001\",\"status\":\"undelivered {{echo}}\","
                          "\"error_code\":30003,\"error_message\":\"{{echo}}\"}");
        QTest::newRow("report 404") << "report" << 404 << error;
    }

    void hostileEchoesLeaveNoSecret()
    {
        QFETCH(QString, operation);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        m_server->setDefaultResponse(FakeResponse::echoing(status, body));
        QStringList log;
        connect(m_client.get(), &HttpClient::logLine, this, [&log](const QString &line) { log << line; });
        const Secrets hostile = secrets(kHostileToken);
        const Credential c = credential();
        const OperationResult r =
            operation == QLatin1String("check") ? check(c, hostile)
            : operation == QLatin1String("send")
                ? send({QString(), kUsNumber, QStringLiteral("Hi"), QUrl()}, c, hostile)
                : run([&](VendorOperations::Done done) { m_ops->deliveryReport(c, hostile, kFakeMessageSid, done); });
        QVERIFY(m_server->requestCount() >= 1);
        const QString pair = kFakeAccountSid + QLatin1Char(':') + kHostileToken;
        const QStringList texts{r.summary,
                                r.vendorState,
                                r.messageId,
                                r.error.vendorMessage,
                                r.error.detail,
                                r.error.message(),
                                QString::fromUtf8(QJsonDocument(r.event.toJson()).toJson()),
                                r.event.text(),
                                log.join(QLatin1Char('\n'))};
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY(!r.event.isEmpty());
        QVERIFY2(all.contains(Redactor::mask()), qPrintable(all)); // the echo reached the texts, masked
        const QByteArray leak = leakIn(all, {kHostileToken, pair});
        QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("%1 in:\n%2").arg(QString::fromUtf8(leak), all)));
    }
};

QTEST_GUILESS_MAIN(TestTwilio)
#include "tst_twilio.moc"
