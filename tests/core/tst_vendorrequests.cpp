#include "VendorFixtures.h"

#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

#include <QJsonDocument>
#include <QtTest/QtTest>

using namespace cc;
using namespace cctest;

Q_DECLARE_METATYPE(cc::HttpRequest)
Q_DECLARE_METATYPE(cc::HttpResponse)

namespace {

// Marks a body field that must not be there.
const QString kAbsent = QStringLiteral("<absent>");

// The value at a JSON pointer such as "/messages/0/destinations/0/to"; undefined when missing.
QJsonValue at(const QJsonValue &root, const QString &pointer)
{
    QJsonValue v = root;
    const QStringList parts = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (v.isArray()) {
            bool isIndex = false;
            const int i = p.toInt(&isIndex);
            if (!isIndex || i < 0 || i >= v.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            v = v.toArray().at(i);
        } else if (v.isObject()) {
            v = v.toObject().value(p);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return v;
}

HttpResponse response(int status, const char *body)
{
    HttpResponse r;
    r.status = status;
    r.body = QByteArray(body);
    return r;
}

// What every parser gives back, for one table: the error, and the id or status it found.
struct Parsed
{
    NetError error;
    QString value;
};

Parsed parse(const QString &parser, const HttpResponse &r)
{
    if (parser == QLatin1String("sinchsms.check"))
        return {sinchsms::parseCheckResponse(r), QString()};
    if (parser == QLatin1String("sinchsms.send")) {
        const auto s = sinchsms::parseSendResponse(r);
        return {s.error, s.batchId};
    }
    if (parser == QLatin1String("sinchsms.report")) {
        const auto d = sinchsms::parseDeliveryReport(r);
        QStringList parts;
        for (const auto &s : d.statuses)
            parts << QStringLiteral("%1:%2x%3").arg(s.status).arg(s.code).arg(s.count);
        return {d.error, d.error.ok() ? QStringLiteral("%1 %2 ").arg(d.batchId).arg(d.totalMessageCount) +
                                            parts.join(QLatin1Char(','))
                                      : QString()};
    }
    if (parser == QLatin1String("conv.app")) {
        const auto a = sinchmms::parseApp(r);
        return {a.error, a.id};
    }
    if (parser == QLatin1String("conv.send")) {
        const auto s = sinchmms::parseSendResponse(r);
        return {s.error, s.id};
    }
    if (parser == QLatin1String("conv.webhook")) {
        const auto s = sinchmms::parseWebhookResponse(r);
        return {s.error, s.id};
    }
    if (parser == QLatin1String("conv.webhooks")) {
        const auto l = sinchmms::parseWebhookList(r);
        QStringList hooks;
        for (const auto &w : l.webhooks)
            hooks << QStringLiteral("%1>%2[%3]%4").arg(w.id, w.target, w.triggers.join(QLatin1Char(',')), w.targetType);
        return {l.error, hooks.join(QLatin1Char(' '))};
    }
    if (parser == QLatin1String("infobip.check"))
        return {infobip::parseCheckResponse(r), QString()};
    if (parser == QLatin1String("infobip.send") || parser == QLatin1String("infobip.log")) {
        const auto s =
            parser == QLatin1String("infobip.send") ? infobip::parseSendResponse(r) : infobip::parseMessageLog(r);
        return {s.error,
                s.error.ok() ? s.messageId + QLatin1Char(' ') + s.group + QLatin1Char(' ') + s.name : QString()};
    }
    qFatal("unknown parser");
}

} // namespace

class TestVendorRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requests_data()
    {
        QTest::addColumn<HttpRequest>("request");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QJsonObject>("fields"); // JSON pointer -> expected value, or kAbsent

        const QString smsPlan = QStringLiteral("/xms/v1/fake-service-0001");
        const QByteArray smsAuth = "Bearer FAKE-TOKEN-0001";
        const QByteArray convAuth = "Basic " + kFakeConvToken.toUtf8();
        const QString conv = QStringLiteral("https://us.conversation.api.sinch.com");
        const QString project = QStringLiteral("/v1/projects/fake-project-0001");
        const QByteArray ibAuth = "App " + kFakeInfobipKey.toUtf8();
        const QString ib = QStringLiteral("https://fake.api.infobip.example");
        const QUrl media(QStringLiteral("https://media.example.com/fake-image.png"));

        // Sinch SMS
        QTest::newRow("sinch sms check: list one batch, no body")
            << sinchsms::checkRequest(fakeSinchSms()) << QByteArray("GET")
            << QStringLiteral("https://eu.sms.api.sinch.com") << smsPlan + QStringLiteral("/batches")
            << QStringLiteral("page_size=1") << smsAuth << kFakeSmsToken << QJsonObject();
        for (const char *region : {"us", "au", "br", "ca"}) {
            const QString r = QString::fromLatin1(region);
            QTest::addRow("sinch sms host for region %s", region)
                << sinchsms::checkRequest(fakeSinchSms(QString(), r)) << QByteArray("GET")
                << QStringLiteral("https://%1.sms.api.sinch.com").arg(r) << smsPlan + QStringLiteral("/batches")
                << QStringLiteral("page_size=1") << smsAuth << kFakeSmsToken << QJsonObject();
        }
        QTest::newRow("sinch sms endpoint override with a path prefix")
            << sinchsms::checkRequest(fakeSinchSms(QStringLiteral("http://127.0.0.1:8089/fake/"))) << QByteArray("GET")
            << QStringLiteral("http://127.0.0.1:8089") << QStringLiteral("/fake") + smsPlan + QStringLiteral("/batches")
            << QStringLiteral("page_size=1") << smsAuth << kFakeSmsToken << QJsonObject();
        QTest::newRow("sinch sms send") << sinchsms::sendTextRequest(fakeSinchSms(), kUsNumber, {kUkNumber},
                                                                     QStringLiteral("Hi ✓"))
                                        << QByteArray("POST") << QStringLiteral("https://eu.sms.api.sinch.com")
                                        << smsPlan + QStringLiteral("/batches") << QString() << smsAuth << kFakeSmsToken
                                        << QJsonObject{{QStringLiteral("/from"), kUsNumber},
                                                       {QStringLiteral("/to/0"), kUkNumber},
                                                       {QStringLiteral("/to/1"), kAbsent},
                                                       {QStringLiteral("/body"), QStringLiteral("Hi ✓")}};
        QTest::newRow("sinch sms send without sender leaves from out")
            << sinchsms::sendTextRequest(fakeSinchSms(), QStringLiteral("  "), {kUkNumber, kUsNumber},
                                         QStringLiteral("Hi"))
            << QByteArray("POST") << QStringLiteral("https://eu.sms.api.sinch.com")
            << smsPlan + QStringLiteral("/batches") << QString() << smsAuth << kFakeSmsToken
            << QJsonObject{{QStringLiteral("/from"), kAbsent}, {QStringLiteral("/to/1"), kUsNumber}};
        QTest::newRow("sinch sms delivery report")
            << sinchsms::deliveryReportRequest(fakeSinchSms(), QStringLiteral("01FAKEBATCH")) << QByteArray("GET")
            << QStringLiteral("https://eu.sms.api.sinch.com")
            << smsPlan + QStringLiteral("/batches/01FAKEBATCH/delivery_report") << QString() << smsAuth << kFakeSmsToken
            << QJsonObject();
        sinchsms::Account odd = fakeSinchSms();
        odd.servicePlanId = QStringLiteral("a/b c");
        QTest::newRow("sinch sms ids cannot change the path")
            << sinchsms::checkRequest(odd) << QByteArray("GET") << QStringLiteral("https://eu.sms.api.sinch.com")
            << QStringLiteral("/xms/v1/a%2Fb%20c/batches") << QStringLiteral("page_size=1") << smsAuth << kFakeSmsToken
            << QJsonObject();

        // Sinch Conversation API (MMS)
        QTest::newRow("conversation get app") << sinchmms::getAppRequest(fakeSinchMms()) << QByteArray("GET") << conv
                                              << project + QStringLiteral("/apps/FAKEAPP0001") << QString() << convAuth
                                              << kFakeConvToken << QJsonObject();
        QTest::newRow("conversation host for region eu")
            << sinchmms::getAppRequest(fakeSinchMms(QString(), QStringLiteral("eu"))) << QByteArray("GET")
            << QStringLiteral("https://eu.conversation.api.sinch.com") << project + QStringLiteral("/apps/FAKEAPP0001")
            << QString() << convAuth << kFakeConvToken << QJsonObject();
        QTest::newRow("conversation host for region br")
            << sinchmms::getAppRequest(fakeSinchMms(QString(), QStringLiteral("br"))) << QByteArray("GET")
            << QStringLiteral("https://br.conversation.api.sinch.com") << project + QStringLiteral("/apps/FAKEAPP0001")
            << QString() << convAuth << kFakeConvToken << QJsonObject();
        QTest::newRow("conversation send media only")
            << sinchmms::sendMmsRequest(fakeSinchMms(), kUsNumber, media, QString()) << QByteArray("POST") << conv
            << project + QStringLiteral("/messages:send") << QString() << convAuth << kFakeConvToken
            << QJsonObject{
                   {QStringLiteral("/app_id"), QStringLiteral("FAKEAPP0001")},
                   {QStringLiteral("/recipient/identified_by/channel_identities/0/channel"), QStringLiteral("MMS")},
                   {QStringLiteral("/recipient/identified_by/channel_identities/0/identity"), kUsNumber},
                   {QStringLiteral("/recipient/contact_id"), kAbsent},
                   {QStringLiteral("/message/media_message/url"), media.toString()},
                   {QStringLiteral("/message/text_message"), kAbsent},
                   {QStringLiteral("/message/card_message"), kAbsent},
                   {QStringLiteral("/channel_priority_order/0"), QStringLiteral("MMS")},
                   {QStringLiteral("/channel_properties"), kAbsent}, // the app's default MMS sender
                   {QStringLiteral("/project_id"), kAbsent}};
        QTest::newRow("conversation send from a sender: MMS_SENDER")
            << sinchmms::sendMmsRequest(fakeSinchMms(), kUsNumber, media, QString(), QStringLiteral("+12025550100"))
            << QByteArray("POST") << conv << project + QStringLiteral("/messages:send") << QString() << convAuth
            << kFakeConvToken
            << QJsonObject{{QStringLiteral("/channel_properties/MMS_SENDER"), QStringLiteral("+12025550100")},
                           {QStringLiteral("/channel_properties/SMS_SENDER"), kAbsent},
                           {QStringLiteral("/channel_priority_order/0"), QStringLiteral("MMS")}};
        QTest::newRow("conversation send media with text as a card")
            << sinchmms::sendMmsRequest(fakeSinchMms(), kUsNumber, media, QStringLiteral("Look")) << QByteArray("POST")
            << conv << project + QStringLiteral("/messages:send") << QString() << convAuth << kFakeConvToken
            << QJsonObject{{QStringLiteral("/message/card_message/title"), QStringLiteral("Look")},
                           {QStringLiteral("/message/card_message/media_message/url"), media.toString()},
                           {QStringLiteral("/message/media_message"), kAbsent},
                           {QStringLiteral("/message/text_message"), kAbsent}};
        QTest::newRow("conversation patch keeps other channels, replaces SMS in place")
            << sinchmms::updateSmsChannelRequest(fakeSinchMms(), fakeChannelCredentials()) << QByteArray("PATCH")
            << conv << project + QStringLiteral("/apps/FAKEAPP0001")
            << QStringLiteral("update_mask=channel_credentials") << convAuth << kFakeWhatsAppToken
            << QJsonObject{{QStringLiteral("/channel_credentials/0/channel"), QStringLiteral("WHATSAPP")},
                           {QStringLiteral("/channel_credentials/0/static_bearer/token"), kFakeWhatsAppToken},
                           {QStringLiteral("/channel_credentials/0/state"), kAbsent},
                           {QStringLiteral("/channel_credentials/1/channel"), QStringLiteral("SMS")},
                           {QStringLiteral("/channel_credentials/1/static_bearer/claimed_identity"),
                            QStringLiteral("fake-plan-0001")},
                           {QStringLiteral("/channel_credentials/1/static_bearer/token"), kFakeSmsApiToken},
                           {QStringLiteral("/channel_credentials/1/state"), kAbsent},
                           {QStringLiteral("/channel_credentials/2/channel"), QStringLiteral("MMS")},
                           {QStringLiteral("/channel_credentials/2/mms_credentials/basic_auth/password"),
                            QStringLiteral("FAKE-PASSWORD-0006")},
                           {QStringLiteral("/channel_credentials/2/channel_known_id"), kAbsent},
                           {QStringLiteral("/channel_credentials/3"), kAbsent}};
        QTest::newRow("conversation patch adds SMS to an app without it")
            << sinchmms::updateSmsChannelRequest(fakeSinchMms(), QJsonArray()) << QByteArray("PATCH") << conv
            << project + QStringLiteral("/apps/FAKEAPP0001") << QStringLiteral("update_mask=channel_credentials")
            << convAuth << kFakeSmsApiToken
            << QJsonObject{{QStringLiteral("/channel_credentials/0/channel"), QStringLiteral("SMS")},
                           {QStringLiteral("/channel_credentials/0/static_bearer/token"), kFakeSmsApiToken},
                           {QStringLiteral("/channel_credentials/1"), kAbsent}};
        QTest::newRow("conversation create webhook")
            << sinchmms::createWebhookRequest(fakeSinchMms(), QUrl(QStringLiteral("https://hooks.example.com/in")))
            << QByteArray("POST") << conv << project + QStringLiteral("/webhooks") << QString() << convAuth
            << kFakeConvToken
            << QJsonObject{{QStringLiteral("/app_id"), QStringLiteral("FAKEAPP0001")},
                           {QStringLiteral("/target"), QStringLiteral("https://hooks.example.com/in")},
                           {QStringLiteral("/target_type"), QStringLiteral("HTTP")},
                           {QStringLiteral("/triggers/0"), QStringLiteral("MESSAGE_INBOUND")},
                           {QStringLiteral("/triggers/1"), kAbsent}};
        QTest::newRow("conversation list the app's webhooks")
            << sinchmms::listWebhooksRequest(fakeSinchMms()) << QByteArray("GET") << conv
            << project + QStringLiteral("/apps/FAKEAPP0001/webhooks") << QString() << convAuth << kFakeConvToken
            << QJsonObject();

        // Infobip
        QTest::newRow("infobip check reads one log entry")
            << infobip::checkRequest(fakeInfobip()) << QByteArray("GET") << ib << QStringLiteral("/sms/3/logs")
            << QStringLiteral("limit=1") << ibAuth << kFakeInfobipKey << QJsonObject();
        QTest::newRow("infobip base url without scheme or with a trailing slash")
            << infobip::checkRequest(fakeInfobip(QStringLiteral("fake.api.infobip.example/"))) << QByteArray("GET")
            << ib << QStringLiteral("/sms/3/logs") << QStringLiteral("limit=1") << ibAuth << kFakeInfobipKey
            << QJsonObject();
        QTest::newRow("infobip send with every option")
            << infobip::sendTextRequest(fakeInfobip(), QStringLiteral("FakeSender"), kUkNumber, QStringLiteral("Hi"))
            << QByteArray("POST") << ib << QStringLiteral("/sms/3/messages") << QString() << ibAuth << kFakeInfobipKey
            << QJsonObject{{QStringLiteral("/messages/0/sender"), QStringLiteral("FakeSender")},
                           {QStringLiteral("/messages/0/destinations/0/to"), QStringLiteral("447700900123")},
                           {QStringLiteral("/messages/0/content/text"), QStringLiteral("Hi")},
                           {QStringLiteral("/messages/0/options/validityPeriod/amount"), 2880},
                           {QStringLiteral("/messages/0/options/validityPeriod/timeUnit"), QStringLiteral("MINUTES")},
                           {QStringLiteral("/messages/0/options/regional/indiaDlt/principalEntityId"),
                            QStringLiteral("FAKE-PE-0001")},
                           {QStringLiteral("/messages/0/options/regional/indiaDlt/contentTemplateId"),
                            QStringLiteral("FAKE-TPL-0001")},
                           {QStringLiteral("/messages/0/webhooks/callbackData"), QStringLiteral("console-test")}};
        infobip::Account bare = fakeInfobip();
        bare.validityHours = 0;
        bare.callbackData.clear();
        bare.principalEntityId.clear();
        QTest::newRow("infobip send leaves unset options out")
            << infobip::sendTextRequest(bare, QString(), kUkNumber, QStringLiteral("Hi")) << QByteArray("POST") << ib
            << QStringLiteral("/sms/3/messages") << QString() << ibAuth << kFakeInfobipKey
            << QJsonObject{{QStringLiteral("/messages/0/sender"), kAbsent},
                           {QStringLiteral("/messages/0/options"), kAbsent},
                           {QStringLiteral("/messages/0/webhooks"), kAbsent}};
        QTest::newRow("infobip message log")
            << infobip::messageLogRequest(fakeInfobip(), QStringLiteral("fake-msg-1")) << QByteArray("GET") << ib
            << QStringLiteral("/sms/3/logs") << QStringLiteral("messageId=fake-msg-1&limit=1") << ibAuth
            << kFakeInfobipKey << QJsonObject();
    }

    void requests()
    {
        QFETCH(HttpRequest, request);
        QFETCH(QByteArray, method);
        QFETCH(QString, origin);
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(QByteArray, authorization);
        QFETCH(QString, secret);
        QFETCH(QJsonObject, fields);

        QCOMPARE(request.method, method);
        QCOMPARE(request.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString(), origin);
        QCOMPARE(request.url.path(QUrl::FullyEncoded), path);
        QCOMPARE(request.url.query(QUrl::FullyEncoded), query);
        QCOMPARE(request.header("Authorization"), authorization);
        QCOMPARE(request.header("Accept"), QByteArray("application/json"));
        QVERIFY2(request.secrets.contains(secret), "the credential is not marked for redaction");

        const bool hasBody = method != "GET";
        QCOMPARE(request.header("Content-Type"), hasBody ? QByteArray("application/json") : QByteArray());
        QCOMPARE(request.body.isEmpty(), !hasBody);
        if (!hasBody)
            return;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        QVERIFY(doc.isObject());
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QJsonValue actual = at(doc.object(), it.key());
            if (it.value() == QJsonValue(kAbsent))
                QVERIFY2(actual.isUndefined(), qPrintable(it.key() + QStringLiteral(" should be absent")));
            else
                QVERIFY2(
                    actual == it.value(),
                    qPrintable(it.key() + QStringLiteral(" is ") +
                               QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact))));
        }
    }

    void parsers_data()
    {
        QTest::addColumn<QString>("parser");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("vendorMessage");
        QTest::addColumn<QString>("value");

        const int ok = int(NetError::Kind::None);
        const int malformed = int(NetError::Kind::MalformedResponse);
        const int bad = int(NetError::Kind::BadRequest);
        const int unauthorized = int(NetError::Kind::Unauthorized);
        const int notFound = int(NetError::Kind::NotFound);
        const int forbidden = int(NetError::Kind::Forbidden);
        const int unavailable = int(NetError::Kind::Unavailable);
        const QByteArray sinchBad =
            R"({"code":"syntax_invalid_parameter_format","text":"The format of parameter 'to[0]' is invalid"})";
        const QByteArray convBad =
            R"({"error":{"code":400,"message":"Invalid argument: recipient","status":"INVALID_ARGUMENT","details":[]}})";
        const QByteArray ibV2 =
            R"({"requestError":{"serviceException":{"messageId":"UNAUTHORIZED","text":"Invalid login details"}}})";
        const QByteArray ibV3 =
            R"({"errorCode":"E400","description":"Request cannot be processed.","action":"Check the syntax","violations":[{"property":"messages[0].destinations","violation":"must not be empty"}],"resources":[]})";

        auto row = [](const char *name, const char *parser, int status, const QByteArray &body, int kind,
                      const QString &vendorMessage, const QString &value) {
            QTest::newRow(name) << QString::fromLatin1(parser) << status << body << kind << vendorMessage << value;
        };

        row("sinch sms check ok", "sinchsms.check", 200, R"({"count":0,"page":0,"batches":[],"page_size":1})", ok, {},
            {});
        row("sinch sms check 401 with vendor text", "sinchsms.check", 401,
            R"({"code":"unauthorized","text":"Invalid token"})", unauthorized, QStringLiteral("Invalid token"), {});
        row("sinch sms check 404 empty body", "sinchsms.check", 404, "", notFound, {}, {});
        row("sinch sms check 200 html page", "sinchsms.check", 200, "<html>captive portal</html>", malformed, {}, {});
        row("sinch sms check 200 other json", "sinchsms.check", 200, R"({"hello":"world"})", malformed, {}, {});
        row("sinch sms send created", "sinchsms.send", 201, R"({"id":"01FAKEBATCH","to":["447700900123"],"body":"Hi"})",
            ok, {}, QStringLiteral("01FAKEBATCH"));
        row("sinch sms send 400 with vendor text", "sinchsms.send", 400, sinchBad, bad,
            QStringLiteral("The format of parameter 'to[0]' is invalid"), {});
        row("sinch sms send 403 code only", "sinchsms.send", 403, R"({"code":"missing_callback_url"})", forbidden,
            QStringLiteral("missing_callback_url"), {});
        row("sinch sms send 201 without id", "sinchsms.send", 201, R"({"to":["1"]})", malformed, {}, {});
        row("sinch sms send 201 json array", "sinchsms.send", 201, "[]", malformed, {}, {});
        row("sinch sms report", "sinchsms.report", 200,
            R"({"type":"delivery_report_sms","batch_id":"01FAKEBATCH","total_message_count":3,"statuses":[{"code":0,"status":"Delivered","count":2},{"code":401,"status":"Dispatched","count":1}]})",
            ok, {}, QStringLiteral("01FAKEBATCH 3 Delivered:0x2,Dispatched:401x1"));
        row("sinch sms report count as string (spec)", "sinchsms.report", 200,
            R"({"batch_id":"B2","total_message_count":"20","statuses":[]})", ok, {}, QStringLiteral("B2 20 "));
        row("sinch sms report 404", "sinchsms.report", 404, "", notFound, {}, {});
        row("sinch sms report without statuses", "sinchsms.report", 200, R"({"batch_id":"B"})", malformed, {}, {});
        row("sinch sms report status without name", "sinchsms.report", 200,
            R"({"batch_id":"B","statuses":[{"code":0,"count":1}]})", malformed, {}, {});

        row("conversation app", "conv.app", 200,
            R"({"id":"FAKEAPP0001","display_name":"Fake","channel_credentials":[]})", ok, {},
            QStringLiteral("FAKEAPP0001"));
        row("conversation app without channels", "conv.app", 200, R"({"id":"FAKEAPP0001"})", ok, {},
            QStringLiteral("FAKEAPP0001"));
        row("conversation app 401", "conv.app", 401,
            R"({"error":{"code":401,"message":"Request had invalid credentials.","status":"UNAUTHENTICATED"}})",
            unauthorized, QStringLiteral("Request had invalid credentials."), {});
        row("conversation app 404 status only", "conv.app", 404,
            R"({"error":{"code":404,"message":"","status":"NOT_FOUND"}})", notFound, QStringLiteral("NOT_FOUND"), {});
        row("conversation app runtimeError at top level", "conv.app", 500,
            R"({"code":500,"message":"Internal error","status":"INTERNAL"})", unavailable,
            QStringLiteral("Internal error"), {});
        row("conversation app without id", "conv.app", 200, R"({"channel_credentials":[]})", malformed, {}, {});
        row("conversation app with bad channels", "conv.app", 200, R"({"id":"A","channel_credentials":{}})", malformed,
            {}, {});
        row("conversation app truncated json", "conv.app", 200, R"({"id":"A",)", malformed, {}, {});
        row("conversation send", "conv.send", 200,
            R"({"accepted_time":"2026-11-23T10:00:00Z","message_id":"01FAKEMESSAGE"})", ok, {},
            QStringLiteral("01FAKEMESSAGE"));
        row("conversation send 400", "conv.send", 400, convBad, bad, QStringLiteral("Invalid argument: recipient"), {});
        row("conversation send 200 without id", "conv.send", 200, R"({"accepted_time":"x"})", malformed, {}, {});
        row("conversation webhook", "conv.webhook", 200,
            R"({"id":"FAKEHOOK","app_id":"FAKEAPP0001","target":"https://x","triggers":["MESSAGE_INBOUND"]})", ok, {},
            QStringLiteral("FAKEHOOK"));
        row("conversation webhook 400", "conv.webhook", 400, convBad, bad,
            QStringLiteral("Invalid argument: recipient"), {});
        row("conversation webhooks", "conv.webhooks", 200,
            R"({"webhooks":[{"id":"H1","app_id":"A","target":"https://a.example.com/in","target_type":"HTTP",)"
            R"("triggers":["MESSAGE_INBOUND","MESSAGE_DELIVERY"]},{"id":"H2","target":"https://b.example.com/x"}]})",
            ok, {},
            QStringLiteral(
                "H1>https://a.example.com/in[MESSAGE_INBOUND,MESSAGE_DELIVERY]HTTP H2>https://b.example.com/x[]"));
        row("conversation webhooks: none, empty list left out", "conv.webhooks", 200, "{}", ok, {}, QString());
        row("conversation webhooks: not a list", "conv.webhooks", 200, R"({"webhooks":{}})", malformed, {}, {});
        row("conversation webhooks: one without target", "conv.webhooks", 200, R"({"webhooks":[{"id":"H1"}]})",
            malformed, {}, {});
        row("conversation webhooks: an entry that is no object", "conv.webhooks", 200, R"({"webhooks":["H1"]})",
            malformed, {}, {});
        row("conversation webhooks 403", "conv.webhooks", 403,
            R"({"error":{"code":403,"message":"Forbidden","status":"PERMISSION_DENIED"}})", forbidden,
            QStringLiteral("Forbidden"), {});

        row("infobip check ok", "infobip.check", 200, R"({"results":[]})", ok, {}, {});
        row("infobip check 401 v2 body", "infobip.check", 401, ibV2, unauthorized,
            QStringLiteral("Invalid login details"), {});
        row("infobip check 401 v3 body", "infobip.check", 401,
            R"({"errorCode":"E401","description":"The request lacks valid authentication credentials.","violations":[],"resources":[]})",
            unauthorized, QStringLiteral("The request lacks valid authentication credentials."), {});
        row("infobip check 200 not json", "infobip.check", 200, "OK", malformed, {}, {});
        row("infobip send", "infobip.send", 200,
            R"({"bulkId":"fake-bulk","messages":[{"messageId":"fake-msg-1","status":{"groupId":1,"groupName":"PENDING","id":26,"name":"PENDING_ACCEPTED","description":"Message sent to next instance"},"destination":"447700900123"}]})",
            ok, {}, QStringLiteral("fake-msg-1 PENDING PENDING_ACCEPTED"));
        row("infobip send 400 v3 with violation", "infobip.send", 400, ibV3, bad,
            QStringLiteral("Request cannot be processed. (messages[0].destinations: must not be empty)"), {});
        row("infobip send 400 v2", "infobip.send", 400,
            R"({"requestError":{"serviceException":{"messageId":"BAD_REQUEST","text":"Bad request"}}})", bad,
            QStringLiteral("Bad request"), {});
        row("infobip send 200 without messages", "infobip.send", 200, R"({"bulkId":"b"})", malformed, {}, {});
        row("infobip send 200 message without id", "infobip.send", 200, R"({"messages":[{"status":{}}]})", malformed,
            {}, {});
        row("infobip log without entry yet", "infobip.log", 200, R"({"results":[]})", ok, {}, QStringLiteral("  "));
        row("infobip log 200 without results", "infobip.log", 200, R"({"cursor":{}})", malformed, {}, {});
        row("infobip log", "infobip.log", 200,
            R"({"results":[{"messageId":"fake-msg-1","status":{"groupName":"DELIVERED","name":"DELIVERED_TO_HANDSET"}}]})",
            ok, {}, QStringLiteral("fake-msg-1 DELIVERED DELIVERED_TO_HANDSET"));
    }

    void parsers()
    {
        QFETCH(QString, parser);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, vendorMessage);
        QFETCH(QString, value);

        const Parsed p = parse(parser, response(status, body.constData()));
        QCOMPARE(int(p.error.kind), kind);
        QCOMPARE(p.error.vendorMessage, vendorMessage);
        QCOMPARE(p.value, value);
        if (kind != int(NetError::Kind::None)) {
            QVERIFY(!p.error.message().isEmpty());
            if (kind != int(NetError::Kind::MalformedResponse))
                QCOMPARE(p.error.httpStatus, status);
        }
        // The vendor's text reaches the user's message when there is one.
        if (!vendorMessage.isEmpty() && kind == int(NetError::Kind::BadRequest))
            QVERIFY(p.error.message().contains(vendorMessage));
    }

    void retryAfterIsKept()
    {
        HttpResponse r = response(429, R"({"code":"too_many_requests","text":"Slow down"})");
        r.headers.append(RawHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("7")));
        const NetError e = sinchsms::parseCheckResponse(r);
        QCOMPARE(e.kind, NetError::Kind::RateLimited);
        QCOMPARE(e.retryAfterSeconds, 7);
        QCOMPARE(e.vendorMessage, QStringLiteral("Slow down"));
    }

    void smsChannelState_data()
    {
        QTest::addColumn<QByteArray>("credentials");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QString>("description");

        using S = sinchmms::SmsChannel::State;
        QTest::newRow("no SMS channel") << QByteArray(R"([{"channel":"WHATSAPP"}])") << int(S::Missing) << QString()
                                        << QString();
        QTest::newRow("active")
            << QByteArray(
                   R"([{"channel":"SMS","static_bearer":{"claimed_identity":"p1","token":"t"},"state":{"status":"ACTIVE"}}])")
            << int(S::Active) << QStringLiteral("p1") << QString();
        QTest::newRow("pending") << QByteArray(R"([{"channel":"SMS","state":{"status":"PENDING"}}])") << int(S::Pending)
                                 << QString() << QString();
        QTest::newRow("failing with Sinch's reason")
            << QByteArray(R"([{"channel":"SMS","state":{"status":"FAILING","description":"Bad token"}}])")
            << int(S::Failing) << QString() << QStringLiteral("Bad token");
        QTest::newRow("channel_integration_state shape")
            << QByteArray(R"([{"channel":"SMS","channel_integration_state":{"state":"ACTIVE"}}])") << int(S::Active)
            << QString() << QString();
        QTest::newRow("no state reported")
            << QByteArray(R"([{"channel":"SMS"}])") << int(S::Unknown) << QString() << QString();
    }

    void smsChannelState()
    {
        QFETCH(QByteArray, credentials);
        QFETCH(int, state);
        QFETCH(QString, identity);
        QFETCH(QString, description);
        const QByteArray body = R"({"id":"FAKEAPP0001","channel_credentials":)" + credentials + "}";
        const sinchmms::AppInfo app = sinchmms::parseApp(response(200, body.constData()));
        QVERIFY(app.error.ok());
        QCOMPARE(int(app.sms.state), state);
        QCOMPARE(app.sms.claimedIdentity, identity);
        QCOMPARE(app.sms.description, description);
    }

    void patchRedactsEveryChannelSecret()
    {
        const HttpRequest r = sinchmms::updateSmsChannelRequest(fakeSinchMms(), fakeChannelCredentials());
        for (const QString &s : {kFakeConvToken, kFakeSmsApiToken, kFakeWhatsAppToken,
                                 QStringLiteral("FAKE-MMS-KEY-0005"), QStringLiteral("FAKE-PASSWORD-0006")})
            QVERIFY2(r.secrets.contains(s), qPrintable(s));
        QVERIFY(!r.secrets.contains(QStringLiteral("SMS")));
        // Shown in the set-up's steps, so never masked: identities and state descriptions.
        for (const QString &s : {QStringLiteral("fake-plan-0001"), QStringLiteral("fake-wa-0001"),
                                 QStringLiteral("fake-mms-0001"), QStringLiteral("Invalid token")})
            QVERIFY2(!r.secrets.contains(s), qPrintable(s));
    }

    // Sinch's current SMS channel set-up page: xms-adapter, region eu1 or us1 (not the API's eu or
    // us, and not the whatsapp-adapter of an older copy of that page); nothing made up for br.
    void callbackUrlAsSinchDocumentsIt_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("appId");
        QTest::addColumn<QString>("url");
        const QString eu =
            QStringLiteral("https://xms-adapter.eu1.conversation-api.int.prod.sinch.com/adapter/v1/01FAKEAPP/callback");
        const QString us =
            QStringLiteral("https://xms-adapter.us1.conversation-api.int.prod.sinch.com/adapter/v1/01FAKEAPP/callback");
        QTest::newRow("eu") << QStringLiteral("eu") << QStringLiteral("01FAKEAPP") << eu;
        QTest::newRow("us") << QStringLiteral("us") << QStringLiteral("01FAKEAPP") << us;
        QTest::newRow("no region: the API's default, us") << QString() << QStringLiteral("01FAKEAPP") << us;
        QTest::newRow("upper case, blanks") << QStringLiteral(" EU ") << QStringLiteral(" 01FAKEAPP ") << eu;
        QTest::newRow("br: none documented") << QStringLiteral("br") << QStringLiteral("01FAKEAPP") << QString();
        QTest::newRow("unknown region") << QStringLiteral("au") << QStringLiteral("01FAKEAPP") << QString();
        QTest::newRow("an app id cannot change the path")
            << QStringLiteral("us") << QStringLiteral("A/../x?y")
            << QStringLiteral(
                   "https://xms-adapter.us1.conversation-api.int.prod.sinch.com/adapter/v1/A%2F..%2Fx%3Fy/callback");
    }

    void callbackUrlAsSinchDocumentsIt()
    {
        QFETCH(QString, region);
        QFETCH(QString, appId);
        QFETCH(QString, url);
        const QUrl callback = sinchmms::smsCallbackUrl(region, appId);
        QCOMPARE(callback.toString(QUrl::FullyEncoded), url);
        QCOMPARE(callback.isEmpty(), sinchmms::smsAdapterRegion(region).isEmpty());
        QVERIFY(!callback.toString().contains(QLatin1String("whatsapp")));
    }

    void mmsSenders_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("sent");
        QTest::newRow("short code") << QStringLiteral("12345") << QStringLiteral("12345");
        QTest::newRow("long number, E.164") << QStringLiteral("+12025550100") << QStringLiteral("+12025550100");
        QTest::newRow("long number as typed")
            << QStringLiteral(" +1 (202) 555-0100 ") << QStringLiteral("+12025550100");
        QTest::newRow("without the plus") << QStringLiteral("12025550100") << QStringLiteral("12025550100");
        QTest::newRow("a name: MMS has none") << QStringLiteral("Acme") << QString();
        QTest::newRow("digits and a letter") << QStringLiteral("1234A") << QString();
        QTest::newRow("plus in the middle") << QStringLiteral("12+345") << QString();
        QTest::newRow("too short") << QStringLiteral("12") << QString();
        QTest::newRow("longer than E.164") << QStringLiteral("+1234567890123456") << QString();
        QTest::newRow("non-ASCII digits") << QStringLiteral("١٢٣٤٥") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void mmsSenders()
    {
        QFETCH(QString, typed);
        QFETCH(QString, sent);
        QCOMPARE(sinchmms::mmsSender(typed), sent);
    }

    void existingWebhooksAreFound_data()
    {
        QTest::addColumn<QString>("target"); // of the webhook the app has
        QTest::addColumn<QString>("type");   // its target_type
        QTest::addColumn<QStringList>("triggers");
        QTest::addColumn<bool>("found");
        const QStringList inbound{QStringLiteral("MESSAGE_INBOUND")};
        QTest::newRow("same target and triggers")
            << QStringLiteral("https://hooks.example.com/in") << QStringLiteral("HTTP") << inbound << true;
        QTest::newRow("more triggers: inbound already arrives")
            << QStringLiteral("https://hooks.example.com/in") << QStringLiteral("HTTP")
            << QStringList{QStringLiteral("MESSAGE_DELIVERY"), QStringLiteral("MESSAGE_INBOUND")} << true;
        QTest::newRow("type left out") << QStringLiteral("https://hooks.example.com/in") << QString() << inbound
                                       << true;
        QTest::newRow("trailing slash, default port, upper-case host")
            << QStringLiteral("https://HOOKS.example.com:443/in/") << QStringLiteral("HTTP") << inbound << true;
        QTest::newRow("another path") << QStringLiteral("https://hooks.example.com/other") << QStringLiteral("HTTP")
                                      << inbound << false;
        QTest::newRow("another host") << QStringLiteral("https://hooks2.example.com/in") << QStringLiteral("HTTP")
                                      << inbound << false;
        QTest::newRow("plain http") << QStringLiteral("http://hooks.example.com/in") << QStringLiteral("HTTP")
                                    << inbound << false;
        QTest::newRow("other triggers only") << QStringLiteral("https://hooks.example.com/in") << QStringLiteral("HTTP")
                                             << QStringList{QStringLiteral("MESSAGE_DELIVERY")} << false;
        QTest::newRow("dismissed: delivers nothing")
            << QStringLiteral("https://hooks.example.com/in") << QStringLiteral("DISMISS") << inbound << false;
    }

    void existingWebhooksAreFound()
    {
        QFETCH(QString, target);
        QFETCH(QString, type);
        QFETCH(QStringList, triggers);
        QFETCH(bool, found);
        const QVector<sinchmms::Webhook> hooks{{QStringLiteral("H0"), QStringLiteral("https://elsewhere.example.com/x"),
                                                QStringLiteral("HTTP"), sinchmms::inboundTriggers()},
                                               {QStringLiteral("H1"), target, type, triggers}};
        QCOMPARE(sinchmms::findWebhook(hooks, QUrl(QStringLiteral("https://hooks.example.com/in")),
                                       sinchmms::inboundTriggers()),
                 found ? 1 : -1);
    }

    void webhookLimitRefusals_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("limit");
        const int bad = int(NetError::Kind::BadRequest);
        QTest::newRow("maximum reached") << bad << QStringLiteral("Maximum number of webhooks (5) reached for app A")
                                         << true;
        QTest::newRow("limit") << bad << QStringLiteral("Webhook limit exceeded") << true;
        QTest::newRow("too many") << int(NetError::Kind::OtherHttp) << QStringLiteral("Too many webhooks for this app")
                                  << true;
        QTest::newRow("the target's length")
            << bad << QStringLiteral("Webhook target URL exceeds the maximum length of 742") << false;
        QTest::newRow("another refusal") << bad << QStringLiteral("Invalid webhook trigger") << false;
        QTest::newRow("no text") << bad << QString() << false;
        QTest::newRow("a rate limit is not it")
            << int(NetError::Kind::RateLimited) << QStringLiteral("Webhook limit exceeded") << false;
    }

    void webhookLimitRefusals()
    {
        QFETCH(int, kind);
        QFETCH(QString, message);
        QFETCH(bool, limit);
        NetError e;
        e.kind = NetError::Kind(kind);
        e.vendorMessage = message;
        QCOMPARE(sinchmms::isWebhookLimitError(e), limit);
    }

    void validityHoursToMinutes_data()
    {
        QTest::addColumn<int>("hours");
        QTest::addColumn<int>("minutes");
        QTest::newRow("1 hour") << 1 << 60;
        QTest::newRow("24 hours") << 24 << 1440;
        QTest::newRow("48 hours, the maximum") << 48 << 2880;
        QTest::newRow("never above 48 hours") << 100 << 2880;
    }

    void validityHoursToMinutes()
    {
        QFETCH(int, hours);
        QFETCH(int, minutes);
        QCOMPARE(infobip::validityMinutes(hours), minutes);
        infobip::Account a = fakeInfobip();
        a.validityHours = hours;
        const QJsonObject body =
            QJsonDocument::fromJson(infobip::sendTextRequest(a, QString(), kUkNumber, QStringLiteral("x")).body)
                .object();
        QCOMPARE(at(body, QStringLiteral("/messages/0/options/validityPeriod/amount")).toInt(), minutes);
    }

    void accountsFromCredentials()
    {
        Credential sms = Credential::create(sinchsms::vendor());
        sms.values.insert(QStringLiteral("serviceId"), QStringLiteral(" fake-service-0001 "));
        sms.values.insert(QStringLiteral("region"), QStringLiteral("ca"));
        const sinchsms::Account a = sinchsms::accountFrom(sms, {{QStringLiteral("apiToken"), kFakeSmsToken}});
        QCOMPARE(a.servicePlanId, QStringLiteral("fake-service-0001"));
        QCOMPARE(a.apiToken, kFakeSmsToken);
        QCOMPARE(sinchsms::baseUrl(a).toString(), QStringLiteral("https://ca.sms.api.sinch.com"));

        Credential mms = Credential::create(sinchmms::vendor());
        mms.values.insert(QStringLiteral("projectId"), QStringLiteral("p"));
        mms.values.insert(QStringLiteral("appId"), QStringLiteral("a"));
        mms.values.insert(QStringLiteral("servicePlanId"), QStringLiteral("s"));
        mms.values.insert(QStringLiteral("region"), QStringLiteral("eu"));
        const sinchmms::Account m = sinchmms::accountFrom(
            mms, {{QStringLiteral("apiToken"), kFakeConvToken}, {QStringLiteral("smsApiToken"), kFakeSmsApiToken}});
        QCOMPARE(m.smsApiToken, kFakeSmsApiToken);
        QCOMPARE(sinchmms::baseUrl(m).toString(), QStringLiteral("https://eu.conversation.api.sinch.com"));

        Credential ib = Credential::create(infobip::vendor());
        ib.values.insert(QStringLiteral("baseUrl"), QStringLiteral("https://fake.api.infobip.example"));
        ib.values.insert(QStringLiteral("validityPeriod"), 12);
        const infobip::Account i = infobip::accountFrom(ib, {{QStringLiteral("apiKey"), kFakeInfobipKey}});
        QCOMPARE(i.validityHours, 12);
        QCOMPARE(i.apiKey, kFakeInfobipKey);
    }
};

QTEST_GUILESS_MAIN(TestVendorRequests)
#include "tst_vendorrequests.moc"
