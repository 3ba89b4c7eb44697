#include "FakeSinchConversation.h"
#include "FakeVendorServer.h"
#include "OpenApiValidator.h"
#include "SecretForms.h"
#include "TestSupport.h"
#include "VendorFixtures.h"
#include "VendorOpsRig.h"
#include "net/HttpClient.h"
#include "services/VendorOperations.h"
#include "vendors/ConversationSetup.h"
#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QtTest/QtTest>

#include <memory>
#include <optional>

using namespace cc;
using namespace cctest;

namespace {

const QString kSmsPlan = QStringLiteral("/xms/v1/fake-service-0001");
const QString kProject = QStringLiteral("/v1/projects/fake-project-0001");
const QString kApp = QStringLiteral("/v1/projects/fake-project-0001/apps/FAKEAPP0001");

QJsonObject bodyOf(const RecordedRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

// Secrets with '/' and '+', so that their Base64, percent-encoded and JSON forms all differ from them.
const QString kHostileSmsToken = QStringLiteral("FAKE/SMS+TOKEN-0101");
const QString kHostileConvToken = QStringLiteral("RkFLRS1LRVktMDEwMjpGQUtFL1NFQ1JFVCswMTAy"); // the pair below
const QString kHostileConvPair = QStringLiteral("FAKE-KEY-0102:FAKE/SECRET+0102");
const QString kHostileSmsApiToken = QStringLiteral("FAKE/SMS-API+0103");
const QString kHostileInfobipKey = QStringLiteral("FAKE/INFOBIP+KEY-0104");

// An app whose name and SMS channel's state description are the vendor's echo of the request.
QByteArray echoingAppBody()
{
    return R"({"id":"FAKEAPP0001","display_name":"{{echo}}","channel_credentials":[{"channel":"SMS",)"
           R"("static_bearer":{"claimed_identity":"fake-plan-0001","token":"x"},)"
           R"("state":{"status":"FAILING","description":"{{echo}}"}}]})";
}

QByteArray appBody(const QJsonArray &credentials)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("FAKEAPP0001")},
                                     {QStringLiteral("display_name"), QStringLiteral("Fake app")},
                                     {QStringLiteral("channel_credentials"), credentials}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestVendorOperations : public QObject
{
    Q_OBJECT

    VendorOpsRig m_rig;
    std::unique_ptr<HttpClient> &m_client = m_rig.client;
    std::unique_ptr<VendorOperations> &m_ops = m_rig.ops;
    std::unique_ptr<FakeVendorServer> &m_server = m_rig.server;
    QHash<QString, OpenApiSpec> m_specs; // by file, loaded on first use

    Credential credential(Vendor vendor) const
    {
        Credential c = fakeCredential(vendor, QStringLiteral("Fake"));
        const QString url = m_server->url().toString();
        c.values.insert(vendor == infobip::vendor() ? QStringLiteral("baseUrl") : QStringLiteral("endpoint"), url);
        if (vendor == infobip::vendor()) {
            c.values.insert(QStringLiteral("validityPeriod"), 24);
            c.values.insert(QStringLiteral("callbackData"), QStringLiteral("console-test"));
        }
        return c;
    }

    static Secrets secrets(Vendor vendor)
    {
        if (vendor == sinchsms::vendor())
            return {{QStringLiteral("apiToken"), kFakeSmsToken}};
        if (vendor == sinchmms::vendor())
            return {{QStringLiteral("apiToken"), kFakeConvToken}, {QStringLiteral("smsApiToken"), kFakeSmsApiToken}};
        if (vendor == infobip::vendor())
            return {{QStringLiteral("apiKey"), kFakeInfobipKey}};
        return {};
    }

    // Starts an operation and waits (processing events) for its result.
    template <typename Start> OperationResult run(Start start) { return VendorOpsRig::run(start); }

    OperationResult setUp(const QUrl &webhookTarget, QList<SetupStep> *steps)
    {
        return run([&](VendorOperations::Done done) {
            m_ops->setUpChannel(
                credential(sinchmms::vendor()), secrets(sinchmms::vendor()), webhookTarget,
                [steps](const SetupStep &s) { *steps << s; }, done);
        });
    }

    // A media URL for the vendors that send MMS only (Sinch MMS); none for the others, which refuse one.
    static QUrl mediaFor(Vendor vendor)
    {
        return vendor == sinchmms::vendor() ? QUrl(QStringLiteral("https://media.example.com/a.png")) : QUrl();
    }

    OperationResult check(Vendor vendor)
    {
        return run([&](VendorOperations::Done done) { m_ops->check(credential(vendor), secrets(vendor), done); });
    }

private Q_SLOTS:
    void init() { m_rig.start(); }

    // Whatever went over the wire must be what the vendors' specs describe.
    void cleanup()
    {
        m_rig.verifyRequestsConform([this](const RecordedRequest &got) -> const OpenApiSpec * {
            const QString specFile = got.path.startsWith(QLatin1String("/xms/"))
                                         ? QStringLiteral("sinch/sinch-sms.patched.json")
                                     : got.path.startsWith(QLatin1String("/v1/projects/"))
                                         ? QStringLiteral("sinch/sinch-conversation.patched.json")
                                         : QStringLiteral("infobip/infobip-sms-openapi.json");
            OpenApiSpec &spec = m_specs[specFile];
            QString error;
            if (spec.root().isEmpty() && !spec.load(QStringLiteral(CC_API_SPECS_DIR "/") + specFile, &error))
                qWarning("%s: %s", qPrintable(specFile), qPrintable(error)); // then no operation is found
            return &spec;
        });
        m_rig.stop();
    }

    void checkReadsWithoutSending_data()
    {
        QTest::addColumn<int>("vendor");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("sinch sms") << sinchsms::vendor().index() << kSmsPlan + QStringLiteral("/batches")
                                   << QStringLiteral("page_size=1")
                                   << QByteArray(R"({"count":0,"page":0,"batches":[]})")
                                   << QByteArray("Bearer " + kFakeSmsToken.toUtf8());
        QTest::newRow("sinch mms") << sinchmms::vendor().index() << kApp << QString() << appBody(QJsonArray())
                                   << QByteArray("Basic " + kFakeConvToken.toUtf8());
        QTest::newRow("infobip") << infobip::vendor().index() << QStringLiteral("/sms/3/logs")
                                 << QStringLiteral("limit=1") << QByteArray(R"({"results":[]})")
                                 << QByteArray("App " + kFakeInfobipKey.toUtf8());
    }

    void checkReadsWithoutSending()
    {
        QFETCH(int, vendor);
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(QByteArray, answer);
        QFETCH(QByteArray, authorization);
        m_server->setResponse("GET", path, FakeResponse::json(200, answer));

        const OperationResult r = check(Vendor(vendor));
        QVERIFY2(r.ok, qPrintable(r.summary));
        QCOMPARE(r.httpStatus, 200);
        QVERIFY(!r.summary.isEmpty());
        QCOMPARE(m_server->requestCount(), 1);
        const RecordedRequest got = m_server->lastRequest();
        QCOMPARE(got.method, QByteArray("GET"));
        QCOMPARE(got.path, path);
        QCOMPARE(got.query, query);
        QCOMPARE(got.header("Authorization"), authorization);
        QCOMPARE(got.header("Accept"), QByteArray("application/json"));
        QVERIFY(got.body.isEmpty());
    }

    void errorsAreMapped_data()
    {
        QTest::addColumn<int>("vendor");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("vendorMessage");

        const QString sms = kSmsPlan + QStringLiteral("/batches");
        const QString logs = QStringLiteral("/sms/3/logs");
        const auto row = [](const char *name, Vendor v, const QString &path, int status, const char *body,
                            NetError::Kind kind, const char *message) {
            QTest::newRow(name) << v.index() << path << status << QByteArray(body) << int(kind)
                                << QString::fromUtf8(message);
        };
        row("sinch sms 401", sinchsms::vendor(), sms, 401, R"({"code":"unauthorized","text":"Invalid credentials"})",
            NetError::Kind::Unauthorized, "Invalid credentials");
        row("sinch sms 404", sinchsms::vendor(), sms, 404, "", NetError::Kind::NotFound, "");
        row("sinch sms 400", sinchsms::vendor(), sms, 400, R"({"code":"syntax_invalid_json","text":"Bad page size"})",
            NetError::Kind::BadRequest, "Bad page size");
        row("sinch sms 200 not json", sinchsms::vendor(), sms, 200, "<html/>", NetError::Kind::MalformedResponse, "");
        row("sinch mms 401", sinchmms::vendor(), kApp, 401,
            R"({"error":{"code":401,"message":"Request had invalid credentials.","status":"UNAUTHENTICATED"}})",
            NetError::Kind::Unauthorized, "Request had invalid credentials.");
        row("sinch mms 404", sinchmms::vendor(), kApp, 404,
            R"({"error":{"code":404,"message":"App not found","status":"NOT_FOUND"}})", NetError::Kind::NotFound,
            "App not found");
        row("sinch mms 400", sinchmms::vendor(), kApp, 400,
            R"({"error":{"code":400,"message":"Invalid app id","status":"INVALID_ARGUMENT"}})",
            NetError::Kind::BadRequest, "Invalid app id");
        row("infobip 401", infobip::vendor(), logs, 401,
            R"({"requestError":{"serviceException":{"messageId":"UNAUTHORIZED","text":"Invalid login details"}}})",
            NetError::Kind::Unauthorized, "Invalid login details");
        row("infobip 404", infobip::vendor(), logs, 404, "", NetError::Kind::NotFound, "");
        row("infobip 400", infobip::vendor(), logs, 400,
            R"({"errorCode":"E400","description":"Invalid limit","violations":[],"resources":[]})",
            NetError::Kind::BadRequest, "Invalid limit");
    }

    void errorsAreMapped()
    {
        QFETCH(int, vendor);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, vendorMessage);
        m_server->setResponse("GET", path, FakeResponse::json(status, body));

        const OperationResult r = check(Vendor(vendor));
        QVERIFY(!r.ok);
        QCOMPARE(int(r.error.kind), kind);
        QCOMPARE(r.httpStatus, status);
        QCOMPARE(r.error.vendorMessage, vendorMessage);
        QCOMPARE(r.summary, r.error.message());
        if (kind == int(NetError::Kind::BadRequest))
            QVERIFY(r.summary.contains(vendorMessage));
        // As the activity log keeps it: the check's code for the error, the vendor's words as they were.
        QCOMPARE(r.event.code, QStringLiteral("check.") + r.error.code());
        QCOMPARE(r.event.verbatim, vendorMessage);
        QCOMPARE(r.event.text(), r.summary);
    }

    void sinchSmsTestSendAndDeliveryReport()
    {
        m_server->setResponse("POST", kSmsPlan + QStringLiteral("/batches"),
                              FakeResponse::json(201, R"({"id":"01FAKEBATCH","to":["447700900123"],"body":"Hi"})"));
        m_server->setResponse(
            "GET", kSmsPlan + QStringLiteral("/batches/01FAKEBATCH/delivery_report"),
            FakeResponse::json(
                200,
                R"({"batch_id":"01FAKEBATCH","total_message_count":1,"statuses":[{"code":0,"status":"Delivered","count":1}]})"));
        const Credential c = credential(sinchsms::vendor());
        const auto s = secrets(sinchsms::vendor());

        const OperationResult sent = run([&](VendorOperations::Done done) {
            m_ops->testSend(c, s, {kUsNumber, kUkNumber, QStringLiteral("Hello from the console"), QUrl()}, done);
        });
        QVERIFY2(sent.ok, qPrintable(sent.summary));
        QCOMPARE(sent.messageId, QStringLiteral("01FAKEBATCH"));
        RecordedRequest got = m_server->lastRequest();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(bodyOf(got).value(QStringLiteral("from")).toString(), kUsNumber);
        QCOMPARE(bodyOf(got).value(QStringLiteral("to")).toArray(), QJsonArray{kUkNumber});
        QCOMPARE(bodyOf(got).value(QStringLiteral("body")).toString(), QStringLiteral("Hello from the console"));

        const OperationResult report =
            run([&](VendorOperations::Done done) { m_ops->deliveryReport(c, s, sent.messageId, done); });
        QVERIFY2(report.ok, qPrintable(report.summary));
        QCOMPARE(report.vendorState, QStringLiteral("Delivered 1"));
        QCOMPARE(m_server->lastRequest().method, QByteArray("GET"));
    }

    void sinchMmsTestSend()
    {
        m_server->setResponse(
            "POST", kProject + QStringLiteral("/messages:send"),
            FakeResponse::json(200, R"({"accepted_time":"2026-11-23T10:00:00Z","message_id":"01FAKEMSG"})"));
        const OperationResult r = run([&](VendorOperations::Done done) {
            m_ops->testSend(credential(sinchmms::vendor()), secrets(sinchmms::vendor()),
                            {QString(), kUsNumber, QString(), QUrl(QStringLiteral("https://media.example.com/a.png"))},
                            done);
        });
        QVERIFY2(r.ok, qPrintable(r.summary));
        QCOMPARE(r.messageId, QStringLiteral("01FAKEMSG"));
        const QJsonObject body = bodyOf(m_server->lastRequest());
        QCOMPARE(body.value(QStringLiteral("app_id")).toString(), QStringLiteral("FAKEAPP0001"));
        QCOMPARE(body.value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("media_message"))
                     .toObject()
                     .value(QStringLiteral("url")),
                 QJsonValue(QStringLiteral("https://media.example.com/a.png")));
        QCOMPARE(m_server->lastRequest().header("Authorization"), QByteArray("Basic " + kFakeConvToken.toUtf8()));
    }

    void infobipTestSendAndLog()
    {
        m_server->setResponse(
            "POST", QStringLiteral("/sms/3/messages"),
            FakeResponse::json(
                200,
                R"({"bulkId":"b","messages":[{"messageId":"fake-msg-1","status":{"groupName":"PENDING","name":"PENDING_ACCEPTED"}}]})"));
        m_server->setResponse(
            "GET", QStringLiteral("/sms/3/logs"),
            FakeResponse::json(
                200,
                R"({"results":[{"messageId":"fake-msg-1","status":{"groupName":"DELIVERED","name":"DELIVERED_TO_HANDSET","description":"Message delivered to handset"}}]})"));
        const Credential c = credential(infobip::vendor());
        const auto s = secrets(infobip::vendor());
        const OperationResult sent = run([&](VendorOperations::Done done) {
            m_ops->testSend(c, s, {QStringLiteral("FakeSender"), kUkNumber, QStringLiteral("Hi"), QUrl()}, done);
        });
        QVERIFY2(sent.ok, qPrintable(sent.summary));
        QCOMPARE(sent.messageId, QStringLiteral("fake-msg-1"));
        QCOMPARE(sent.vendorState, QStringLiteral("PENDING_ACCEPTED"));
        const QJsonObject message =
            bodyOf(m_server->lastRequest()).value(QStringLiteral("messages")).toArray().first().toObject();
        QCOMPARE(message.value(QStringLiteral("destinations")).toArray().first().toObject().value(QStringLiteral("to")),
                 QJsonValue(QStringLiteral("447700900123")));
        const QJsonObject validity =
            message.value(QStringLiteral("options")).toObject().value(QStringLiteral("validityPeriod")).toObject();
        QCOMPARE(validity.value(QStringLiteral("amount")).toInt(), 24 * 60);
        QCOMPARE(message.value(QStringLiteral("webhooks")).toObject().value(QStringLiteral("callbackData")),
                 QJsonValue(QStringLiteral("console-test")));

        const OperationResult log =
            run([&](VendorOperations::Done done) { m_ops->deliveryReport(c, s, sent.messageId, done); });
        QVERIFY2(log.ok, qPrintable(log.summary));
        QCOMPARE(log.vendorState, QStringLiteral("DELIVERED_TO_HANDSET"));
        QCOMPARE(m_server->lastRequest().query, QStringLiteral("messageId=fake-msg-1&limit=1"));
    }

    void infobipRejectedIsNotOk()
    {
        m_server->setResponse(
            "POST", QStringLiteral("/sms/3/messages"),
            FakeResponse::json(
                200,
                R"({"messages":[{"messageId":"m","status":{"groupName":"REJECTED","name":"REJECTED_DESTINATION","description":"Invalid destination"}}]})"));
        const OperationResult r = run([&](VendorOperations::Done done) {
            m_ops->testSend(credential(infobip::vendor()), secrets(infobip::vendor()),
                            {QString(), kUkNumber, QStringLiteral("Hi"), QUrl()}, done);
        });
        QVERIFY(!r.ok);
        QVERIFY(r.summary.contains(QStringLiteral("Invalid destination")));
    }

    void setUpChannelKeepsOtherChannels()
    {
        QJsonArray after = fakeChannelCredentials();
        QJsonObject sms = after.at(1).toObject();
        sms.insert(QStringLiteral("state"), QJsonObject{{QStringLiteral("status"), QStringLiteral("ACTIVE")}});
        after[1] = sms;
        m_server->queueResponse("GET", kApp, FakeResponse::json(200, appBody(fakeChannelCredentials())));
        m_server->queueResponse("GET", kApp, FakeResponse::json(200, appBody(after)));
        m_server->setResponse("PATCH", kApp, FakeResponse::json(200, appBody(after)));
        m_server->setResponse("GET", kApp + QStringLiteral("/webhooks"), FakeResponse::json(200, "{}"));
        m_server->setResponse("POST", kProject + QStringLiteral("/webhooks"),
                              FakeResponse::json(200,
                                                 "{\"id\":\"FAKEHOOK\",\"app_id\":\"FAKEAPP0001\",\"target\":\"https://"
                                                 "hooks.example.com/in\",\"triggers\":[\"MESSAGE_INBOUND\"]}"));

        QList<SetupStep> steps;
        const OperationResult r = setUp(QUrl(QStringLiteral("https://hooks.example.com/in")), &steps);
        QVERIFY2(r.ok, qPrintable(r.summary));
        QCOMPARE(r.vendorState, QStringLiteral("ACTIVE"));
        const QString callback = QStringLiteral(
            "https://xms-adapter.us1.conversation-api.int.prod.sinch.com/adapter/v1/FAKEAPP0001/callback");
        QVERIFY2(r.summary.contains(callback), qPrintable(r.summary));
        QCOMPARE(r.callbackUrl, callback);
        QVERIFY(!r.webhookReused);
        QCOMPARE(steps.size(), 5);
        QCOMPARE(steps.at(0).kind, sinchmms::ConversationSetup::ReadApp);
        QCOMPARE(steps.at(1).kind, sinchmms::ConversationSetup::ListWebhooks);
        QCOMPARE(steps.at(2).kind, sinchmms::ConversationSetup::UpdateChannels);
        QCOMPARE(steps.at(3).kind, sinchmms::ConversationSetup::CreateWebhook);
        QCOMPARE(steps.at(4).kind, sinchmms::ConversationSetup::ReadBack);
        for (const SetupStep &s : steps)
            QVERIFY2(s.ok && !s.summary.isEmpty(), qPrintable(s.summary));

        QList<RecordedRequest> got = m_server->requests();
        QCOMPARE(got.size(), 5);
        QCOMPARE(got.at(1).method, QByteArray("GET"));
        QCOMPARE(got.at(1).path, kApp + QStringLiteral("/webhooks"));
        got.removeAt(1); // the rest as before the webhooks were listed
        QCOMPARE(got.at(1).method, QByteArray("PATCH"));
        QCOMPARE(got.at(1).query, QStringLiteral("update_mask=channel_credentials"));
        const QJsonArray channels = bodyOf(got.at(1)).value(QStringLiteral("channel_credentials")).toArray();
        QCOMPARE(channels.size(), 3);
        QCOMPARE(channels.at(0).toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("WHATSAPP"));
        QCOMPARE(
            channels.at(0).toObject().value(QStringLiteral("static_bearer")).toObject().value(QStringLiteral("token")),
            QJsonValue(kFakeWhatsAppToken));
        const QJsonObject bearer = channels.at(1).toObject().value(QStringLiteral("static_bearer")).toObject();
        QCOMPARE(bearer.value(QStringLiteral("claimed_identity")).toString(), QStringLiteral("fake-plan-0001"));
        QCOMPARE(bearer.value(QStringLiteral("token")).toString(), kFakeSmsApiToken);
        QCOMPARE(channels.at(2).toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("MMS"));
        QCOMPARE(got.at(2).method, QByteArray("POST"));
        QCOMPARE(bodyOf(got.at(2)).value(QStringLiteral("triggers")).toArray(),
                 QJsonArray{QStringLiteral("MESSAGE_INBOUND")});
        QCOMPARE(got.at(3).method, QByteArray("GET"));
    }

    void setUpStopsAtTheFirstFailure()
    {
        m_server->setResponse("GET", kApp, FakeResponse::json(200, appBody(QJsonArray())));
        m_server->setResponse(
            "PATCH", kApp,
            FakeResponse::json(
                400, R"({"error":{"code":400,"message":"Invalid service plan","status":"INVALID_ARGUMENT"}})"));
        QList<SetupStep> steps;
        const OperationResult r = setUp(QUrl(), &steps);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind, NetError::Kind::BadRequest);
        QCOMPARE(r.error.vendorMessage, QStringLiteral("Invalid service plan"));
        QCOMPARE(steps.size(), 2);
        QVERIFY(steps.at(0).ok);
        QVERIFY(!steps.at(1).ok);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void setUpReportsAFailingChannel()
    {
        m_server->setResponse("GET", kApp, FakeResponse::json(200, appBody(fakeChannelCredentials()))); // SMS FAILING
        m_server->setResponse("PATCH", kApp, FakeResponse::json(200, appBody(fakeChannelCredentials())));
        QList<SetupStep> steps;
        const OperationResult r = setUp(QUrl(), &steps);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind, NetError::Kind::None);
        QCOMPARE(r.refusal, OperationResult::Refusal::UnexpectedResult); // Sinch said yes, the channel fails
        QCOMPARE(r.vendorState, QStringLiteral("FAILING"));
        QVERIFY(r.summary.contains(QStringLiteral("Invalid token")));
        QCOMPARE(steps.size(), 3); // no webhook asked for
        QVERIFY(!steps.last().ok);
    }

    void setUpNeverSendsBackAHiddenSecret()
    {
        // An app whose WhatsApp token comes back masked: an update would overwrite the real one.
        QJsonArray credentials = fakeChannelCredentials();
        QJsonObject whatsapp = credentials.at(0).toObject();
        QJsonObject bearer = whatsapp.value(QStringLiteral("static_bearer")).toObject();
        bearer.insert(QStringLiteral("token"), QStringLiteral("********"));
        whatsapp.insert(QStringLiteral("static_bearer"), bearer);
        credentials[0] = whatsapp;
        m_server->setResponse("GET", kApp, FakeResponse::json(200, appBody(credentials)));
        m_server->setResponse("PATCH", kApp, FakeResponse::json(200, appBody(credentials)));
        QList<SetupStep> steps;
        const OperationResult r = setUp(QUrl(), &steps);
        QVERIFY(!r.ok);
        QCOMPARE(r.refusal, OperationResult::Refusal::UnexpectedResult);
        QVERIFY2(r.summary.contains(QStringLiteral("WHATSAPP")), qPrintable(r.summary));
        QCOMPARE(steps.size(), 2);
        QVERIFY(!steps.at(1).ok);
        for (const RecordedRequest &request : m_server->requests())
            QVERIFY(request.method != "PATCH");
    }

    // Against Sinch's rules as the fake keeps them: a second set-up with the same webhook target
    // finds the webhook the first made and creates none.
    void setUpTwiceMakesOneWebhook()
    {
        FakeSinchConversation sinch(m_server.get(), QStringLiteral("fake-project-0001"), QStringLiteral("FAKEAPP0001"));
        const QUrl target(QStringLiteral("https://hooks.example.com/in"));
        QList<SetupStep> first;
        const OperationResult r1 = setUp(target, &first);
        QVERIFY2(r1.ok, qPrintable(r1.summary));
        QVERIFY(!r1.webhookReused);
        QCOMPARE(sinch.webhooks().size(), 1);
        QCOMPARE(first.at(3).kind, sinchmms::ConversationSetup::CreateWebhook);
        QVERIFY(first.at(3).summary.startsWith(QStringLiteral("Created a webhook")));

        m_server->clearRecords();
        QList<SetupStep> second;
        const OperationResult r2 = setUp(QUrl(QStringLiteral("https://HOOKS.example.com:443/in/")), &second);
        QVERIFY2(r2.ok, qPrintable(r2.summary));
        QVERIFY(r2.webhookReused);
        QCOMPARE(sinch.webhooks().size(), 1);
        QCOMPARE(r2.messageId, sinch.webhooks().first().toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(second.size(), 5);
        QCOMPARE(second.at(3).kind, sinchmms::ConversationSetup::CreateWebhook);
        QVERIFY(second.at(3).ok);
        QVERIFY2(second.at(3).summary.startsWith(QStringLiteral("Already set up")), qPrintable(second.at(3).summary));
        for (const RecordedRequest &r : m_server->requests())
            QVERIFY2(r.method != "POST", qPrintable(r.path));

        // Another target is another webhook.
        QList<SetupStep> third;
        QVERIFY(setUp(QUrl(QStringLiteral("https://hooks.example.com/other")), &third).ok);
        QCOMPARE(sinch.webhooks().size(), 2);
    }

    // Sinch allows 5 webhooks per app: a full app is seen before anything changes.
    void aFullAppIsSaidBeforeAnythingChanges()
    {
        FakeSinchConversation sinch(m_server.get(), QStringLiteral("fake-project-0001"), QStringLiteral("FAKEAPP0001"));
        for (int i = 0; i < FakeSinchConversation::kWebhookLimit; ++i)
            sinch.addWebhook(QStringLiteral("https://hooks.example.com/%1").arg(i),
                             {QStringLiteral("MESSAGE_DELIVERY")});
        const QJsonArray before = sinch.channelCredentials;
        QList<SetupStep> steps;
        const OperationResult r = setUp(QUrl(QStringLiteral("https://hooks.example.com/in")), &steps);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind, NetError::Kind::None);
        QCOMPARE(r.refusal, OperationResult::Refusal::VendorLimit);
        QVERIFY2(r.summary.contains(QStringLiteral("Sinch allows 5 per app")), qPrintable(r.summary));
        QVERIFY(r.summary.contains(QStringLiteral("Nothing was changed")));
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.last().kind, sinchmms::ConversationSetup::ListWebhooks);
        QVERIFY(!steps.last().ok);
        for (const RecordedRequest &request : m_server->requests())
            QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(sinch.channelCredentials, before);
        QCOMPARE(sinch.webhooks().size(), FakeSinchConversation::kWebhookLimit);

        // A full app that already has the webhook is fine: nothing to create.
        m_server->clearRecords();
        QList<SetupStep> again;
        QVERIFY(!setUp(QUrl(QStringLiteral("https://hooks.example.com/0")), &again).ok); // there, but other triggers
        sinch.addWebhook(QStringLiteral("https://hooks.example.com/in"), {QStringLiteral("MESSAGE_INBOUND")});
        const OperationResult reused = setUp(QUrl(QStringLiteral("https://hooks.example.com/in")), &again);
        QVERIFY2(reused.ok, qPrintable(reused.summary));
        QVERIFY(reused.webhookReused);
    }

    // The list had room, yet Sinch refuses the new webhook for its limit (another process was quicker).
    void aRefusalForTheLimitNamesIt()
    {
        FakeSinchConversation sinch(m_server.get(), QStringLiteral("fake-project-0001"), QStringLiteral("FAKEAPP0001"));
        m_server->queueResponse(
            "POST", kProject + QStringLiteral("/webhooks"),
            FakeResponse::json(
                400,
                R"({"error":{"code":400,"message":"Maximum number of webhooks per app (5) reached","status":"INVALID_ARGUMENT"}})"));
        QList<SetupStep> steps;
        const OperationResult r = setUp(QUrl(QStringLiteral("https://hooks.example.com/in")), &steps);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind, NetError::Kind::BadRequest);
        QVERIFY2(r.summary.contains(QStringLiteral("limit of 5 webhooks")), qPrintable(r.summary));
        QVERIFY(r.summary.contains(QStringLiteral("Maximum number of webhooks per app (5) reached")));
        QVERIFY(r.summary.contains(QStringLiteral("the SMS channel is already set")));
        QCOMPARE(steps.last().kind, sinchmms::ConversationSetup::CreateWebhook);
        QCOMPARE(steps.last().summary, r.summary);
        QVERIFY(sinch.webhooks().isEmpty());

        // Any other refusal is said as the vendor's own.
        m_server->queueResponse(
            "POST", kProject + QStringLiteral("/webhooks"),
            FakeResponse::json(
                400, R"({"error":{"code":400,"message":"Invalid argument: target","status":"INVALID_ARGUMENT"}})"));
        const OperationResult other = setUp(QUrl(QStringLiteral("https://hooks.example.com/in")), &steps);
        QVERIFY(!other.ok);
        QVERIFY(!other.summary.contains(QStringLiteral("limit")));
        QVERIFY(other.summary.contains(QStringLiteral("Invalid argument: target")));
    }

    // Sinch answered the update with success, yet the app has no SMS channel: not what was asked.
    void anUpdateThatDidNotTakeIsSaid()
    {
        FakeSinchConversation sinch(m_server.get(), QStringLiteral("fake-project-0001"), QStringLiteral("FAKEAPP0001"));
        sinch.ignoreUpdates = true;
        QList<SetupStep> steps;
        const OperationResult r = setUp(QUrl(), &steps);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind, NetError::Kind::None);
        QCOMPARE(r.refusal, OperationResult::Refusal::UnexpectedResult);
        QVERIFY2(r.summary.contains(QStringLiteral("no SMS channel")), qPrintable(r.summary));
        QCOMPARE(steps.last().kind, sinchmms::ConversationSetup::ReadBack);
        QVERIFY(!steps.last().ok);
    }

    void maskedSecretsStopTheUpdate()
    {
        FakeSinchConversation sinch(m_server.get(), QStringLiteral("fake-project-0001"), QStringLiteral("FAKEAPP0001"));
        sinch.maskSecretsOnRead = true;
        const QJsonArray before = sinch.channelCredentials;
        QList<SetupStep> steps;
        const OperationResult r = setUp(QUrl(QStringLiteral("https://hooks.example.com/in")), &steps);
        QVERIFY(!r.ok);
        QCOMPARE(r.refusal, OperationResult::Refusal::UnexpectedResult);
        QVERIFY2(r.summary.contains(QStringLiteral("WHATSAPP, MMS")), qPrintable(r.summary));
        QCOMPARE(sinch.channelCredentials, before);
        QCOMPARE(m_server->requestCount(), 1); // the app was read; nothing else
    }

    void callbackUrlFollowsTheRegion_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("callback");
        QTest::newRow("eu") << QStringLiteral("eu")
                            << QStringLiteral("https://xms-adapter.eu1.conversation-api.int.prod.sinch.com/adapter/v1/"
                                              "FAKEAPP0001/callback");
        QTest::newRow("br: none documented") << QStringLiteral("br") << QString();
    }

    void callbackUrlFollowsTheRegion()
    {
        QFETCH(QString, region);
        QFETCH(QString, callback);
        FakeSinchConversation sinch(m_server.get(), QStringLiteral("fake-project-0001"), QStringLiteral("FAKEAPP0001"));
        Credential c = credential(sinchmms::vendor());
        c.values.insert(QStringLiteral("region"), region);
        const OperationResult r = run([&](VendorOperations::Done done) {
            m_ops->setUpChannel(c, secrets(sinchmms::vendor()), QUrl(), {}, done);
        });
        QVERIFY2(r.ok, qPrintable(r.summary));
        QCOMPARE(r.callbackUrl, callback);
        if (callback.isEmpty()) {
            QVERIFY2(r.summary.contains(QStringLiteral("gives no SMS callback address for region br")),
                     qPrintable(r.summary));
            QVERIFY(!r.summary.contains(QStringLiteral("adapter")));
        } else {
            QVERIFY(r.summary.contains(callback));
        }
    }

    // The sender of an MMS goes where Sinch reads it: channel_properties.MMS_SENDER.
    void mmsSenderReachesSinch()
    {
        FakeSinchConversation sinch(m_server.get(), QStringLiteral("fake-project-0001"), QStringLiteral("FAKEAPP0001"));
        const auto send = [&](const QString &from) {
            return run([&](VendorOperations::Done done) {
                m_ops->testSend(credential(sinchmms::vendor()), secrets(sinchmms::vendor()),
                                {from, kUsNumber, QString(), QUrl(QStringLiteral("https://media.example.com/a.png"))},
                                done);
            });
        };
        const OperationResult sent = send(QStringLiteral("+1 202-555-0100"));
        QVERIFY2(sent.ok, qPrintable(sent.summary));
        QCOMPARE(sinch.lastMmsSender(), QStringLiteral("+12025550100"));

        // Without a sender the app's default is used; this app has none, and Sinch says so.
        const OperationResult noDefault = send(QString());
        QVERIFY(!noDefault.ok);
        QCOMPARE(noDefault.error.kind, NetError::Kind::BadRequest);
        QVERIFY2(noDefault.summary.contains(QStringLiteral("MMS_SENDER is required")), qPrintable(noDefault.summary));
        sinch.mmsDefaultSender = QStringLiteral("12345");
        QVERIFY(send(QString()).ok);
        QVERIFY(!sinch.lastSend().contains(QStringLiteral("channel_properties")));

        // A name is no MMS sender: refused before anything is sent.
        m_server->clearRecords();
        const OperationResult named = send(QStringLiteral("Acme"));
        QVERIFY(!named.ok);
        QCOMPARE(named.error.kind, NetError::Kind::None);
        QVERIFY2(named.summary.startsWith(QStringLiteral("Sender: ")), qPrintable(named.summary));
        QCOMPARE(m_server->requestCount(), 0);
    }

    // A Sinch MMS token that is not the Base64 of "key id:key secret" is refused before any request,
    // with what it must be, for every operation: not "rejected credentials" after a round trip.
    void aMalformedTokenSendsNothing_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("says");
        QTest::newRow("the pair itself") << QStringLiteral("FAKE-KEY:FAKE-SECRET")
                                         << QStringLiteral("looks like the key ID and key secret");
        QTest::newRow("random text") << QStringLiteral("FAKE-TOKEN-0001") << QStringLiteral("is not Base64");
        QTest::newRow("Base64 without a colon")
            << QString::fromLatin1(QByteArray("FAKEKEYSECRET").toBase64()) << QStringLiteral("does not decode to");
    }

    void aMalformedTokenSendsNothing()
    {
        QFETCH(QString, token);
        QFETCH(QString, says);
        Secrets bad = secrets(sinchmms::vendor());
        bad.insert(QStringLiteral("apiToken"), token);
        const Credential c = credential(sinchmms::vendor());
        QList<OperationResult> results;
        results << run([&](VendorOperations::Done done) { m_ops->check(c, bad, done); });
        results << run([&](VendorOperations::Done done) {
            m_ops->testSend(
                c, bad, {QString(), kUsNumber, QString(), QUrl(QStringLiteral("https://m.example.com/a.png"))}, done);
        });
        results << run([&](VendorOperations::Done done) { m_ops->setUpChannel(c, bad, QUrl(), {}, done); });
        for (const OperationResult &r : std::as_const(results)) {
            QVERIFY(!r.ok);
            QCOMPARE(r.error.kind, NetError::Kind::None);
            QCOMPARE(r.refusal, OperationResult::Refusal::Input);
            QVERIFY2(r.summary.contains(says), qPrintable(r.summary));
            QVERIFY2(r.summary.contains(QStringLiteral("Base64 of “key ID:key secret”")), qPrintable(r.summary));
        }
        QCOMPARE(m_server->requestCount(), 0);
    }

    // A hostile vendor writes the request's secrets back in every form: no text the operation
    // produces (result, steps, log line) holds any of them.
    void hostileEchoesLeaveNoSecret_data()
    {
        QTest::addColumn<int>("vendor");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QList<QByteArray>>("routes"); // method, path, status, body template: four per route

        const QByteArray sinchError = R"({"code":"syntax_invalid_parameter_format","text":"{{echo}}"})";
        const QByteArray convError = R"({"error":{"code":400,"message":"{{echo}}","status":"INVALID_ARGUMENT"}})";
        const QByteArray infobipError =
            R"({"requestError":{"serviceException":{"messageId":"BAD_REQUEST","text":"{{echo}}"}}})";
        const QByteArray sms = (kSmsPlan + QStringLiteral("/batches")).toUtf8();
        const QByteArray send = (kProject + QStringLiteral("/messages:send")).toUtf8();
        const QByteArray app = kApp.toUtf8();
        const auto row = [](const char *name, Vendor vendor, const char *operation, const QList<QByteArray> &routes) {
            QTest::newRow(name) << vendor.index() << QString::fromLatin1(operation) << routes;
        };
        row("sinch sms check, 400", sinchsms::vendor(), "check", {"GET", sms, "400", sinchError});
        row("sinch sms send, 400", sinchsms::vendor(), "send", {"POST", sms, "400", sinchError});
        row("sinch mms check, 400", sinchmms::vendor(), "check", {"GET", app, "400", convError});
        row("sinch mms check, 401", sinchmms::vendor(), "check", {"GET", app, "401", convError});
        row("sinch mms send, 400", sinchmms::vendor(), "send", {"POST", send, "400", convError});
        row("sinch mms set-up, update refused", sinchmms::vendor(), "setup",
            {"GET", app, "200", echoingAppBody(), "PATCH", app, "400", convError});
        row("sinch mms set-up, channel failing", sinchmms::vendor(), "setup",
            {"GET", app, "200", echoingAppBody(), "PATCH", app, "200", echoingAppBody()});
        row("sinch mms set-up, webhook refused", sinchmms::vendor(), "setup+webhook",
            {"GET", app, "200", echoingAppBody(), "GET", app + "/webhooks", "200", "{}", "PATCH", app, "200",
             echoingAppBody(), "POST", (kProject + QStringLiteral("/webhooks")).toUtf8(), "400", convError});
        row("sinch mms set-up, webhooks unreadable", sinchmms::vendor(), "setup+webhook",
            {"GET", app, "200", echoingAppBody(), "GET", app + "/webhooks", "403", convError});
        row("infobip check, 400", infobip::vendor(), "check", {"GET", "/sms/3/logs", "400", infobipError});
        row("infobip send, 400", infobip::vendor(), "send", {"POST", "/sms/3/messages", "400", infobipError});
        row("infobip send, 200 rejected", infobip::vendor(), "send",
            {"POST", "/sms/3/messages", "200",
             R"({"bulkId":"b","messages":[{"messageId":"fake-msg-1","status":{"groupName":"REJECTED",)"
             R"("name":"REJECTED_SOURCE","description":"{{echo}}"}}]})"});
    }

    void hostileEchoesLeaveNoSecret()
    {
        QFETCH(int, vendor);
        QFETCH(QString, operation);
        QFETCH(QList<QByteArray>, routes);
        for (qsizetype i = 0; i + 3 < routes.size(); i += 4)
            m_server->setResponse(routes.at(i), QString::fromUtf8(routes.at(i + 1)),
                                  FakeResponse::echoing(routes.at(i + 2).toInt(), routes.at(i + 3)));
        QStringList log;
        connect(m_client.get(), &HttpClient::logLine, this, [&log](const QString &line) { log << line; });

        Secrets hostile;
        QStringList secrets; // every form the requests carried each in, the Basic pair's parts too
        if (Vendor(vendor) == sinchsms::vendor()) {
            hostile = {{QStringLiteral("apiToken"), kHostileSmsToken}};
            secrets = {kHostileSmsToken};
        } else if (Vendor(vendor) == sinchmms::vendor()) {
            hostile = {{QStringLiteral("apiToken"), kHostileConvToken},
                       {QStringLiteral("smsApiToken"), kHostileSmsApiToken}};
            secrets = {kHostileConvToken, kHostileConvPair, kHostileConvPair.section(QLatin1Char(':'), 0, 0),
                       kHostileConvPair.section(QLatin1Char(':'), 1), kHostileSmsApiToken};
        } else if (Vendor(vendor) == infobip::vendor()) {
            hostile = {{QStringLiteral("apiKey"), kHostileInfobipKey}};
            secrets = {kHostileInfobipKey};
        }
        const Credential c = credential(Vendor(vendor));
        QList<SetupStep> steps;
        const OperationResult r = run([&](VendorOperations::Done done) {
            if (operation == QLatin1String("check"))
                m_ops->check(c, hostile, done);
            else if (operation == QLatin1String("send"))
                m_ops->testSend(c, hostile, {QString(), kUsNumber, QStringLiteral("Hi"), mediaFor(Vendor(vendor))},
                                done);
            else
                m_ops->setUpChannel(
                    c, hostile,
                    operation.endsWith(QLatin1String("webhook")) ? QUrl(QStringLiteral("https://hooks.example.com/in"))
                                                                 : QUrl(),
                    [&steps](const SetupStep &s) { steps << s; }, done);
        });
        QVERIFY(!r.ok);
        QVERIFY(m_server->requestCount() >= 1);

        // What the activity log keeps of it too: the event's arguments, the vendor's words, its sentence.
        QStringList texts{r.summary,
                          r.vendorState,
                          r.messageId,
                          r.error.vendorMessage,
                          r.error.detail,
                          r.error.message(),
                          QString::fromUtf8(QJsonDocument(r.event.toJson()).toJson()),
                          r.event.text()};
        for (const SetupStep &s : std::as_const(steps))
            texts << s.summary << s.error.vendorMessage << s.error.detail << s.error.message();
        texts << log;
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY(!r.event.isEmpty());
        QCOMPARE(r.summary, r.event.text());
        // The echo did reach the texts, masked: the check is not vacuous.
        QVERIFY2(all.contains(Redactor::mask()), qPrintable(all));
        const QByteArray leak = leakIn(all, secrets);
        QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("%1 in:\n%2").arg(QString::fromUtf8(leak), all)));
    }

    // A test send whose connection drops after the vendor got it is not sent again, for any vendor.
    void sendsHappenOnce_data()
    {
        QTest::addColumn<int>("vendor");
        QTest::addColumn<QString>("path");
        QTest::newRow("sinch sms") << sinchsms::vendor().index() << kSmsPlan + QStringLiteral("/batches");
        QTest::newRow("sinch mms") << sinchmms::vendor().index() << kProject + QStringLiteral("/messages:send");
        QTest::newRow("infobip") << infobip::vendor().index() << QStringLiteral("/sms/3/messages");
    }

    void sendsHappenOnce()
    {
        QFETCH(int, vendor);
        QFETCH(QString, path);
        m_server->setResponse("POST", path, FakeResponse::reset()); // reads it all, then drops the connection
        const OperationResult r = run([&](VendorOperations::Done done) {
            m_ops->testSend(credential(Vendor(vendor)), secrets(Vendor(vendor)),
                            {QString(), kUsNumber, QStringLiteral("Hi"), mediaFor(Vendor(vendor))}, done);
        });
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind, NetError::Kind::MaybeSent);
        QCOMPARE(r.summary, r.error.message());
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->lastRequest().method, QByteArray("POST"));
        QCOMPARE(m_server->lastRequest().path, path);
    }

    // A check only reads: Qt may send it again after a dropped connection, and it then works.
    void aCheckSurvivesOneDroppedConnection()
    {
        const QString path = kSmsPlan + QStringLiteral("/batches");
        m_server->queueResponse("GET", path, FakeResponse::reset());
        m_server->setResponse("GET", path, FakeResponse::json(200, R"({"count":0,"page":0,"batches":[]})"));
        const OperationResult r = check(sinchsms::vendor());
        QVERIFY2(r.ok, qPrintable(r.summary));
        QCOMPARE(m_server->requestCount(), 2);
    }

    void cancelEndsAHangingCall()
    {
        m_server->setResponse("GET", kSmsPlan + QStringLiteral("/batches"), FakeResponse::hang());
        std::optional<OperationResult> result;
        VendorTask *task = m_ops->check(credential(sinchsms::vendor()), secrets(sinchsms::vendor()),
                                        [&result](const OperationResult &r) { result = r; });
        QTRY_COMPARE(m_server->requestCount(), 1);
        QVERIFY(!result.has_value());
        task->cancel();
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error.kind, NetError::Kind::Cancelled);
        QVERIFY(!result->ok);
    }

    void missingSecretSendsNothing()
    {
        const OperationResult r = run([&](VendorOperations::Done done) {
            m_ops->check(credential(sinchmms::vendor()), {{QStringLiteral("apiToken"), kFakeConvToken}}, done);
        });
        QVERIFY(!r.ok);
        QVERIFY2(r.summary.contains(QStringLiteral("SMS API Token")), qPrintable(r.summary));
        QCOMPARE(r.refusal, OperationResult::Refusal::SecretMissing);
        QVERIFY(!r.keychainError);
        QCOMPARE(m_server->requestCount(), 0);

        // A field that is not a secret is not a missing secret.
        Credential noPlan = credential(sinchmms::vendor());
        noPlan.values.remove(QStringLiteral("servicePlanId"));
        const OperationResult field =
            run([&](VendorOperations::Done done) { m_ops->check(noPlan, secrets(sinchmms::vendor()), done); });
        QVERIFY(!field.ok);
        QCOMPARE(field.refusal, OperationResult::Refusal::Input);
        QCOMPARE(m_server->requestCount(), 0);
    }

    // A test message with what the vendor cannot send (a media URL where it sends no MMS, a sender
    // where it takes none) is refused whole, naming the vendor: never sent without that part.
    void whatTheVendorCannotSendIsRefused_data()
    {
        QTest::addColumn<int>("vendor");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QUrl>("media");
        QTest::addColumn<QString>("says");
        const QUrl media(QStringLiteral("https://media.example.com/a.png"));
        QTest::newRow("sinch sms, a media URL")
            << sinchsms::vendor().index() << QString() << media << QStringLiteral("Sinch cannot send MMS");
        QTest::newRow("infobip, a media URL")
            << infobip::vendor().index() << QString() << media << QStringLiteral("Infobip cannot send MMS");
    }

    void whatTheVendorCannotSendIsRefused()
    {
        QFETCH(int, vendor);
        QFETCH(QString, from);
        QFETCH(QUrl, media);
        QFETCH(QString, says);
        m_server->setDefaultResponse(FakeResponse::json(200, "{}"));
        const OperationResult r = run([&](VendorOperations::Done done) {
            m_ops->testSend(credential(Vendor(vendor)), secrets(Vendor(vendor)),
                            {from, kUsNumber, QStringLiteral("Hi"), media}, done);
        });
        QVERIFY(!r.ok);
        QVERIFY2(r.summary.startsWith(says), qPrintable(r.summary));
        QVERIFY2(r.summary.contains(QStringLiteral("Nothing was sent")), qPrintable(r.summary));
        QCOMPARE(r.error.kind, NetError::Kind::None);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void plainHttpElsewhereIsRefused()
    {
        Credential c = credential(infobip::vendor());
        c.values.insert(QStringLiteral("baseUrl"), QStringLiteral("http://fake.api.infobip.example"));
        const OperationResult r =
            run([&](VendorOperations::Done done) { m_ops->check(c, secrets(infobip::vendor()), done); });
        QVERIFY(!r.ok);
        QVERIFY(!r.summary.isEmpty());
        QCOMPARE(m_server->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestVendorOperations)
#include "tst_vendoroperations.moc"
