#include "OpenApiValidator.h"
#include "TestSupport.h"
#include "VendorFixtures.h"
#include "vendors/VendorRegistry.h"

#include <QJsonDocument>
#include <QUrlQuery>
#include <QtTest/QtTest>

#include <functional>

using namespace cc;
using namespace cctest;

Q_DECLARE_METATYPE(cc::HttpRequest)

namespace {

// Sets (or, with an undefined value, removes) the value at a JSON pointer.
QJsonValue withValue(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (root.isArray()) {
        QJsonArray a = root.toArray();
        const int i = key.toInt();
        const QJsonValue child = withValue(a.at(i), path, value);
        if (child.isUndefined())
            a.removeAt(i);
        else
            a[i] = child;
        return a;
    }
    QJsonObject o = root.toObject();
    const QJsonValue child = withValue(o.value(key), path, value);
    if (child.isUndefined())
        o.remove(key);
    else
        o.insert(key, child);
    return o;
}

HttpRequest withBodyValue(HttpRequest r, const QString &pointer, const QJsonValue &value)
{
    const QJsonValue body =
        withValue(QJsonDocument::fromJson(r.body).object(), pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts), value);
    r.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

// Sets (or, with an empty value, removes) one field of a form-encoded body; appends it when absent.
HttpRequest withFormField(HttpRequest r, const QByteArray &name, const QByteArray &value)
{
    QByteArrayList fields;
    bool found = false;
    for (const QByteArray &f : r.body.split('&')) {
        if (!f.startsWith(QByteArray(name + '='))) {
            fields << f;
        } else if (!found && !value.isEmpty()) {
            fields << name + '=' + value;
            found = true;
        }
    }
    if (!found && !value.isEmpty())
        fields << name + '=' + value;
    r.body = fields.join('&');
    return r;
}

HttpRequest withHeader(HttpRequest r, const QByteArray &name, const QByteArray &value)
{
    for (RawHeader &h : r.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            h.second = value;
    }
    r.headers.erase(
        std::remove_if(r.headers.begin(), r.headers.end(), [](const RawHeader &h) { return h.second.isEmpty(); }),
        r.headers.end());
    return r;
}

HttpRequest withQuery(HttpRequest r, const QString &key, const QString &value)
{
    QUrlQuery q(r.url);
    q.addQueryItem(key, value);
    r.url.setQuery(q);
    return r;
}

HttpRequest withPath(HttpRequest r, const QString &path)
{
    r.url.setPath(path);
    return r;
}

QJsonValue json(const char *text)
{
    const QByteArray wrapped = QByteArray("[") + text + "]";
    return QJsonDocument::fromJson(wrapped).array().first();
}

// The tables live after the class: moc misreads some JSON inside raw string literals.
struct KeywordCase
{
    const char *name;
    const char *schema;
    const char *value;
    bool valid;
};
extern const KeywordCase kKeywordCases[34];

struct AnswerCase
{
    const char *name;
    const char *vendor;
    const char *method;
    const char *path;
    int status;
    const char *body;
};
extern const AnswerCase kAnswerCases[15];

} // namespace

class TestSpecConformance : public QObject
{
    Q_OBJECT

    QHash<QString, OpenApiSpec> m_specs; // by NamedRequest::vendor

    const OpenApiSpec &spec(const QString &vendor) const
    {
        const auto it = m_specs.constFind(vendor);
        Q_ASSERT(it != m_specs.constEnd());
        return *it;
    }

    QStringList problems(const QString &vendor, const HttpRequest &r) const
    {
        const OpenApiSpec &s = spec(vendor);
        return s.checkRequest(r, s.findOperation(r.method, r.url.path(QUrl::FullyEncoded)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString dir = QStringLiteral(CC_API_SPECS_DIR);
        const QList<QPair<QString, QString>> files{
            {QStringLiteral("sinch-sms"), QStringLiteral("/sinch/sinch-sms.patched.json")},
            {QStringLiteral("sinch-conversation"), QStringLiteral("/sinch/sinch-conversation.patched.json")},
            {QStringLiteral("infobip"), QStringLiteral("/infobip/infobip-sms-openapi.json")},
            {QStringLiteral("infobip-mms"), QStringLiteral("/infobip/infobip-mms-openapi.json")},
            {QStringLiteral("twilio"), QStringLiteral("/twilio/twilio_api_v2010.json")},
            {QStringLiteral("custom"), QStringLiteral("/custom/custom-sms.openapi.json")},
        };
        for (const auto &f : files) {
            QString error;
            QVERIFY2(m_specs[f.first].load(dir + f.second, &error), qPrintable(f.second + QLatin1Char(' ') + error));
        }
    }

    void everyRequestConforms_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<HttpRequest>("request");
        for (const NamedRequest &n : everyVendorRequest())
            QTest::newRow(qPrintable(n.name)) << n.vendor << n.request;
    }

    void everyRequestConforms()
    {
        QFETCH(QString, vendor);
        QFETCH(HttpRequest, request);
        const OpenApiSpec &s = spec(vendor);
        const OpenApiSpec::Operation op = s.findOperation(request.method, request.url.path(QUrl::FullyEncoded));
        QVERIFY2(op.found, qPrintable(QStringLiteral("no operation for ") + request.url.path()));
        QVERIFY(!op.operation.value(QLatin1String("deprecated")).toBool());
        const QStringList errors = s.checkRequest(request, op);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1String("; "))));
    }

    // The spec each registered vendor's requests must conform to: a vendor added to the registry
    // without one fails here.
    static QHash<QString, QString> specOfVendor()
    {
        return {{QStringLiteral("sinch"), QStringLiteral("sinch-sms")},
                {QStringLiteral("sinch-mms"), QStringLiteral("sinch-conversation")},
                {QStringLiteral("infobip"), QStringLiteral("infobip")},
                {QStringLiteral("sinch-rcs"), QStringLiteral("sinch-conversation")},
                {QStringLiteral("twilio"), QStringLiteral("twilio")},

                // No vendor spec: what the console itself promises to send (tests/data/api-specs/custom).
                {QStringLiteral("custom"), QStringLiteral("custom")}};
    }

    void everyRegisteredVendorHasASpec()
    {
        for (const VendorAdapter *adapter : vendorAdapters()) {
            const QString id = adapter->schema().id;
            QVERIFY2(specOfVendor().contains(id), qPrintable(id + QStringLiteral(" has no spec-conformance test")));
            QVERIFY2(!cctest::fakeFields(vendorOf(*adapter)).isEmpty(),
                     qPrintable(id + QStringLiteral(" has no fake credential in TestSupport.h")));
        }
    }

    // What every adapter in the registry sends for each operation it offers, built from a fake
    // credential through the adapter itself (as the operations do), against its vendor's spec.
    void everyAdapterOperationConforms_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<HttpRequest>("request");
        for (const VendorAdapter *adapter : vendorAdapters()) {
            const Vendor vendor = vendorOf(*adapter);
            const QString id = adapter->schema().id;
            const Credential c = cctest::fakeCredential(vendor, QStringLiteral("Fake"));
            Secrets secrets;
            const QVariantMap fakes = cctest::fakeFields(vendor);
            for (const QString &key : c.schema().secretKeys())
                secrets.insert(key, fakes.value(key).toString());
            const VendorCapabilities can = adapter->capabilities();
            TestMessage message{QString(), kUsNumber, QStringLiteral("Hello from the console"), QUrl()};
            if (can.media)
                message.mediaUrl = QUrl(QStringLiteral("https://media.example.com/fake.png"));
            const QString spec = specOfVendor().value(id);
            const VendorExchange check = adapter->check(c, secrets);
            if (check.answeredWithoutRequest.isEmpty()) // a vendor without a read-only call sends nothing
                QTest::addRow("%s check", qPrintable(id)) << spec << check.request;
            QTest::addRow("%s send", qPrintable(id)) << spec << adapter->testSend(c, secrets, message).request;
            if (can.deliveryReport)
                QTest::addRow("%s report", qPrintable(id))
                    << spec << adapter->deliveryReport(c, secrets, kFakeMessageSid).request;
        }
    }

    void everyAdapterOperationConforms() { everyRequestConforms(); }

    // Sinch's MMS channel takes its sender in channel_properties.MMS_SENDER (SMS_SENDER is the SMS
    // channel's): a string map in the spec, so the key itself is held here.
    void mmsSenderIsTheMmsChannelProperty()
    {
        const HttpRequest r =
            sinchmms::sendMmsRequest(fakeSinchMms(), kUsNumber, QUrl(QStringLiteral("https://media.example.com/a.png")),
                                     QStringLiteral("Look"), QStringLiteral("+12025550100"));
        QVERIFY2(problems(QStringLiteral("sinch-conversation"), r).isEmpty(),
                 qPrintable(problems(QStringLiteral("sinch-conversation"), r).join(QLatin1String("; "))));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QStringLiteral("channel_properties")).toObject(),
                 (QJsonObject{{QStringLiteral("MMS_SENDER"), QStringLiteral("+12025550100")}}));
        QCOMPARE(body.value(QStringLiteral("channel_priority_order")).toArray(), QJsonArray{QStringLiteral("MMS")});
        // The spec's schema for channel_properties: text values up to 1024 characters.
        const OpenApiSpec &s = spec(QStringLiteral("sinch-conversation"));
        const QJsonObject properties = s.resolve(s.requestBodySchema(s.findOperation("POST", r.url.path())))
                                           .value(QStringLiteral("properties"))
                                           .toObject()
                                           .value(QStringLiteral("channel_properties"))
                                           .toObject();
        QCOMPARE(properties.value(QStringLiteral("additionalProperties")).toObject().value(QStringLiteral("type")),
                 QJsonValue(QStringLiteral("string")));
    }

    // The checks are only worth something if a wrong request fails them.
    void wrongRequestsFail_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<HttpRequest>("request");
        QTest::addColumn<QString>("expected"); // part of one of the problems

        const QString sms = QStringLiteral("sinch-sms");
        const QString conv = QStringLiteral("sinch-conversation");
        const QString ib = QStringLiteral("infobip");
        const HttpRequest smsSend =
            sinchsms::sendTextRequest(fakeSinchSms(), kUsNumber, {kUkNumber}, QStringLiteral("Hi"));
        const HttpRequest smsCheck = sinchsms::checkRequest(fakeSinchSms());
        const HttpRequest mmsSend = sinchmms::sendMmsRequest(
            fakeSinchMms(), kUsNumber, QUrl(QStringLiteral("https://media.example.com/a.png")), QString());
        const HttpRequest mmsFrom =
            sinchmms::sendMmsRequest(fakeSinchMms(), kUsNumber, QUrl(QStringLiteral("https://media.example.com/a.png")),
                                     QString(), QStringLiteral("12345"));
        const HttpRequest hook =
            sinchmms::createWebhookRequest(fakeSinchMms(), QUrl(QStringLiteral("https://hooks.example.com/in")));
        const HttpRequest patch = sinchmms::updateSmsChannelRequest(fakeSinchMms(), fakeChannelCredentials());
        const HttpRequest ibSend = infobip::sendTextRequest(fakeInfobip(), QString(), kUkNumber, QStringLiteral("Hi"));
        const HttpRequest ibCheck = infobip::checkRequest(fakeInfobip());
        const QJsonValue undefined(QJsonValue::Undefined);
        const QString tw = QStringLiteral("twilio");
        const HttpRequest twSend = twilio::sendRequest(fakeTwilio(), QString(), kUsNumber, QStringLiteral("Hi"));
        const HttpRequest twCheck = twilio::checkRequest(fakeTwilio());

        QTest::newRow("sinch sms: missing to")
            << sms << withBodyValue(smsSend, QStringLiteral("/to"), undefined) << QStringLiteral("required \"to\"");
        QTest::newRow("sinch sms: to is not a list")
            << sms << withBodyValue(smsSend, QStringLiteral("/to"), kUkNumber) << QStringLiteral("expected array");
        QTest::newRow("sinch sms: empty to") << sms << withBodyValue(smsSend, QStringLiteral("/to"), QJsonArray())
                                             << QStringLiteral("fewer than 1 items");
        QTest::newRow("sinch sms: misspelt field")
            << sms << withBodyValue(smsSend, QStringLiteral("/bdy"), QStringLiteral("x"))
            << QStringLiteral("\"bdy\" is not declared");
        QTest::newRow("sinch sms: bad enum")
            << sms << withBodyValue(smsSend, QStringLiteral("/type"), QStringLiteral("mt_media"))
            << QStringLiteral("not one of the allowed values");
        QTest::newRow("sinch sms: undeclared query")
            << sms << withQuery(smsCheck, QStringLiteral("pagesize"), QStringLiteral("1"))
            << QStringLiteral("\"pagesize\" is not declared");
        QTest::newRow("sinch sms: negative page")
            << sms << withQuery(smsCheck, QStringLiteral("page"), QStringLiteral("-1"))
            << QStringLiteral("below the minimum");
        HttpRequest bigPage = smsCheck;
        bigPage.url.setQuery(QStringLiteral("page_size=101"));
        QTest::newRow("sinch sms: page_size above 100") << sms << bigPage << QStringLiteral("above the maximum");
        QTest::newRow("sinch sms: basic auth") << sms << withHeader(smsCheck, "Authorization", "Basic Zm9vOmJhcg==")
                                               << QStringLiteral("matches none of the declared schemes");
        QTest::newRow("sinch sms: unknown path")
            << sms << withPath(smsCheck, QStringLiteral("/xms/v1/x/batchez")) << QStringLiteral("no operation");

        QTest::newRow("conversation: text and media together")
            << conv
            << withBodyValue(mmsSend, QStringLiteral("/message/text_message"),
                             QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}})
            << QStringLiteral("matches 2 of oneOf");
        QTest::newRow("conversation: contact_id and identified_by together")
            << conv << withBodyValue(mmsSend, QStringLiteral("/recipient/contact_id"), QStringLiteral("c"))
            << QStringLiteral("matches 0 of oneOf");
        QTest::newRow("conversation: missing app_id")
            << conv << withBodyValue(mmsSend, QStringLiteral("/app_id"), undefined)
            << QStringLiteral("required \"app_id\"");
        QTest::newRow("conversation: media without url")
            << conv << withBodyValue(mmsSend, QStringLiteral("/message/media_message/url"), undefined)
            << QStringLiteral("required \"url\"");
        QTest::newRow("conversation: unknown channel")
            << conv << withBodyValue(mmsSend, QStringLiteral("/channel_priority_order/0"), QStringLiteral("PIGEON"))
            << QStringLiteral("not one of the allowed values");
        QTest::newRow("conversation: a channel property that is not text")
            << conv << withBodyValue(mmsFrom, QStringLiteral("/channel_properties/MMS_SENDER"), 12345)
            << QStringLiteral("expected string");
        QTest::newRow("conversation: unknown trigger")
            << conv << withBodyValue(hook, QStringLiteral("/triggers/0"), QStringLiteral("INBOUND"))
            << QStringLiteral("not one of the allowed values");
        QTest::newRow("conversation: static bearer without token")
            << conv << withBodyValue(patch, QStringLiteral("/channel_credentials/1/static_bearer/token"), undefined)
            << QStringLiteral("required \"token\"");
        QTest::newRow("conversation: credentials not a list")
            << conv << withBodyValue(patch, QStringLiteral("/channel_credentials"), QJsonObject())
            << QStringLiteral("expected array");
        QTest::newRow("conversation: api key auth") << conv << withHeader(hook, "Authorization", "App FAKE")
                                                    << QStringLiteral("matches none of the declared schemes");

        QTest::newRow("infobip: missing destinations")
            << ib << withBodyValue(ibSend, QStringLiteral("/messages/0/destinations"), undefined)
            << QStringLiteral("required \"destinations\"");
        QTest::newRow("infobip: text is a number")
            << ib << withBodyValue(ibSend, QStringLiteral("/messages/0/content/text"), 42)
            << QStringLiteral("matches 0 of oneOf");
        QTest::newRow("infobip: validity unit")
            << ib
            << withBodyValue(ibSend, QStringLiteral("/messages/0/options/validityPeriod/timeUnit"),
                             QStringLiteral("WEEKS"))
            << QStringLiteral("not one of the allowed values");
        QTest::newRow("infobip: DLT without principal entity")
            << ib
            << withBodyValue(ibSend, QStringLiteral("/messages/0/options/regional/indiaDlt/principalEntityId"),
                             undefined)
            << QStringLiteral("required \"principalEntityId\"");
        QTest::newRow("infobip: v2 field name in a v3 body")
            << ib << withBodyValue(ibSend, QStringLiteral("/messages/0/validityPeriod"), 60)
            << QStringLiteral("\"validityPeriod\" is not declared");
        QTest::newRow("infobip: callbackData too long")
            << ib
            << withBodyValue(ibSend, QStringLiteral("/messages/0/webhooks/callbackData"),
                             QString(4001, QLatin1Char('x')))
            << QStringLiteral("longer than maxLength");
        HttpRequest bigLimit = ibCheck;
        bigLimit.url.setQuery(QStringLiteral("limit=5000"));
        QTest::newRow("infobip: limit above 1000") << ib << bigLimit << QStringLiteral("above the maximum");
        QTest::newRow("infobip: no authorization") << ib << withHeader(ibCheck, "Authorization", QByteArray())
                                                   << QStringLiteral("matches none of the declared schemes");
        // Twilio's bodies are form-encoded: the same rules, on the fields of the form.
        HttpRequest twiceBody = twSend;
        twiceBody.body += "&Body=again";
        QTest::newRow("twilio: misspelt form field")
            << tw << withFormField(twSend, "Bdy", "Hi") << QStringLiteral("\"Bdy\" is not declared");
        QTest::newRow("twilio: missing To")
            << tw << withFormField(twSend, "To", QByteArray()) << QStringLiteral("required \"To\"");
        QTest::newRow("twilio: messaging service SID of the wrong shape")
            << tw << withFormField(twSend, "MessagingServiceSid", "MG123")
            << QStringLiteral("does not match the pattern");
        QTest::newRow("twilio: validity period in words") << tw << withFormField(twSend, "ValidityPeriod", "ten")
                                                          << QStringLiteral("\"ValidityPeriod\" is not a integer");
        QTest::newRow("twilio: a field given twice") << tw << twiceBody << QStringLiteral("\"Body\" is given twice");
        QTest::newRow("twilio: a JSON body") << tw << withHeader(twSend, "Content-Type", "application/json")
                                             << QStringLiteral("declares no application/json body");
        QTest::newRow("twilio: an account SID of the wrong shape")
            << tw << withPath(twCheck, QStringLiteral("/2010-04-01/Accounts/AC-fake.json"))
            << QStringLiteral("path Sid: \"AC-fake\" does not match the pattern");
        QTest::newRow("twilio: bearer auth") << tw << withHeader(twCheck, "Authorization", "Bearer FAKE")
                                             << QStringLiteral("matches none of the declared schemes");
    }

    void wrongRequestsFail()
    {
        QFETCH(QString, vendor);
        QFETCH(HttpRequest, request);
        QFETCH(QString, expected);
        const QStringList errors = problems(vendor, request);
        QVERIFY2(
            errors.join(QLatin1String("; ")).contains(expected),
            qPrintable(QStringLiteral("expected \"%1\" among: %2").arg(expected, errors.join(QLatin1String("; ")))));
    }

    // The validator itself, on small schemas: each keyword accepts what it should and refuses the rest.
    void validatorKeywords_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("valid");
        for (const KeywordCase &c : kKeywordCases)
            QTest::newRow(c.name) << QByteArray(c.schema) << QByteArray(c.value) << c.valid;
    }

    void validatorKeywords()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QByteArray, value);
        QFETCH(bool, valid);
        OpenApiSpec s;
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write(
            R"({"openapi":"3.1.0","paths":{},"components":{"schemas":{"Thing":{"type":"object","required":["name"],"properties":{"name":{"type":"string"}}}}}})");
        f.close();
        QString error;
        QVERIFY(s.load(f.fileName(), &error));
        const QStringList errors = s.validate(json(value.constData()), QJsonDocument::fromJson(schema).object());
        QVERIFY2(errors.isEmpty() == valid, qPrintable(errors.join(QLatin1String("; "))));
    }

    // The success bodies the parser tests feed in have the shape the specs document.
    void sampleAnswersMatchTheSpecs_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        for (const AnswerCase &c : kAnswerCases)
            QTest::newRow(c.name) << QString::fromLatin1(c.vendor) << QByteArray(c.method)
                                  << QString::fromLatin1(c.path) << c.status << QByteArray(c.body);
    }

    void sampleAnswersMatchTheSpecs()
    {
        QFETCH(QString, vendor);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const OpenApiSpec &s = spec(vendor);
        const OpenApiSpec::Operation op = s.findOperation(method, path);
        QVERIFY(op.found);
        const QJsonObject schema = s.responseSchema(op, status);
        QVERIFY2(!schema.isEmpty(), "the spec documents no JSON answer for this status");
        // Vendors add fields over time: answers are checked without the strict unknown-field rule.
        const QStringList errors = s.validate(QJsonDocument::fromJson(body).object(), schema, QString(), false);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1String("; "))));
    }
};

namespace {

const KeywordCase kKeywordCases[34] = {
    {"type string ok", R"({"type":"string"})", R"("a")", true},
    {"type string wrong", R"({"type":"string"})", "1", false},
    {"integer refuses a fraction", R"({"type":"integer"})", "1.5", false},
    {"number takes an integer", R"({"type":"number"})", "2", true},
    {"null refused", R"({"type":"string"})", "null", false},
    {"nullable 3.0", R"({"type":"string","nullable":true})", "null", true},
    {"type list 3.1", R"({"type":["string","null"]})", "null", true},
    {"enum ok", R"({"enum":["A","B"]})", R"("B")", true},
    {"enum wrong", R"({"enum":["A","B"]})", R"("C")", false},
    {"minLength", R"({"type":"string","minLength":2})", R"("a")", false},
    {"maxLength counts characters", R"({"type":"string","maxLength":2})", R"("é✓")", true},
    {"maxLength", R"({"type":"string","maxLength":2})", R"("abc")", false},
    {"minimum", R"({"type":"integer","minimum":1})", "0", false},
    {"maximum", R"({"type":"integer","maximum":48})", "49", false},
    {"minItems", R"({"type":"array","minItems":1})", "[]", false},
    {"maxItems", R"({"type":"array","maxItems":1})", "[1,2]", false},
    {"items", R"({"type":"array","items":{"type":"string"}})", R"(["a",1])", false},
    {"required", R"({"type":"object","required":["a"],"properties":{"a":{}}})", "{}", false},
    {"nested property type", R"({"properties":{"a":{"type":"integer"}}})", R"({"a":"1"})", false},
    {"additionalProperties false", R"({"properties":{"a":{}},"additionalProperties":false})", R"({"b":1})", false},
    {"additionalProperties schema", R"({"additionalProperties":{"type":"string"}})", R"({"b":1})", false},
    {"additionalProperties schema ok", R"({"additionalProperties":{"type":"string"}})", R"({"b":"x"})", true},
    {"strict: undeclared property", R"({"properties":{"a":{}}})", R"({"b":1})", false},
    {"strict: allOf properties are declared",
     R"({"required":["a"],"allOf":[{"properties":{"a":{}}},{"properties":{"b":{}}}]})", R"({"a":1,"b":2})", true},
    {"allOf: every part", R"({"allOf":[{"required":["a"]},{"required":["b"]}]})", R"({"a":1})", false},
    {"anyOf: one is enough", R"({"anyOf":[{"type":"string"},{"type":"integer"}]})", "1", true},
    {"anyOf: none", R"({"anyOf":[{"type":"string"},{"type":"integer"}]})", "true", false},
    {"oneOf: exactly one", R"({"properties":{"a":{},"b":{}},"oneOf":[{"required":["a"]},{"required":["b"]}]})",
     R"({"a":1})", true},
    {"oneOf: two", R"({"properties":{"a":{},"b":{}},"oneOf":[{"required":["a"]},{"required":["b"]}]})",
     R"({"a":1,"b":2})", false},
    {"not", R"({"not":{"required":["a"]}})", R"({"a":1})", false},
    {"$ref", R"({"$ref":"#/components/schemas/Thing"})", R"({"name":2})", false},
    {"$ref ok", R"({"$ref":"#/components/schemas/Thing"})", R"({"name":"x"})", true},
    {"pattern ok", R"({"type":"string","pattern":"^AC[0-9a-fA-F]{32}$"})", R"("ACfa4e0000000000000000000000000001")",
     true},
    {"pattern wrong", R"({"type":"string","pattern":"^AC[0-9a-fA-F]{32}$"})", R"("MGfa4e0000000000000000000000000001")",
     false},
};

const AnswerCase kAnswerCases[15] = {
    {"sinch sms list", "sinch-sms", "GET", "/xms/v1/p/batches", 200,
     R"({"count":0,"page":0,"batches":[],"page_size":1})"},
    {"sinch sms batch", "sinch-sms", "POST", "/xms/v1/p/batches", 201,
     R"({"id":"01FAKEBATCH","to":["447700900123"],"body":"Hi"})"},
    {"sinch sms report", "sinch-sms", "GET", "/xms/v1/p/batches/b/delivery_report", 200,
     R"({"type":"delivery_report_sms","batch_id":"B2","total_message_count":"20","statuses":[{"code":0,"status":"Delivered","count":2}]})"},
    {"sinch sms error", "sinch-sms", "POST", "/xms/v1/p/batches", 400,
     R"({"code":"syntax_invalid_parameter_format","text":"bad"})"},
    {"conversation app", "sinch-conversation", "GET", "/v1/projects/p/apps/a", 200,
     R"({"id":"FAKEAPP0001","display_name":"Fake","channel_credentials":[{"channel":"SMS","static_bearer":{"claimed_identity":"p","token":"t"}}]})"},
    {"conversation send", "sinch-conversation", "POST", "/v1/projects/p/messages:send", 200,
     R"({"accepted_time":"2026-11-23T10:00:00Z","message_id":"01FAKEMESSAGE"})"},
    {"conversation webhook", "sinch-conversation", "POST", "/v1/projects/p/webhooks", 200,
     R"({"id":"FAKEHOOK","app_id":"FAKEAPP0001","target":"https://x","triggers":["MESSAGE_INBOUND"]})"},
    {"conversation webhooks", "sinch-conversation", "GET", "/v1/projects/p/apps/a/webhooks", 200,
     R"({"webhooks":[{"id":"FAKEHOOK","app_id":"a","target":"https://x","target_type":"HTTP","triggers":["MESSAGE_INBOUND"]}]})"},
    {"conversation error", "sinch-conversation", "GET", "/v1/projects/p/apps/a", 401,
     R"({"code":401,"message":"Request had invalid credentials.","status":"UNAUTHENTICATED","details":[]})"},
    {"infobip send", "infobip", "POST", "/sms/3/messages", 200,
     R"({"bulkId":"fake-bulk","messages":[{"messageId":"fake-msg-1","status":{"groupId":1,"groupName":"PENDING","id":26,"name":"PENDING_ACCEPTED","description":"Message sent to next instance"},"destination":"447700900123"}]})"},
    {"infobip logs", "infobip", "GET", "/sms/3/logs", 200,
     R"({"results":[{"messageId":"fake-msg-1","status":{"groupName":"DELIVERED","name":"DELIVERED_TO_HANDSET"}}]})"},
    {"infobip v3 error", "infobip", "POST", "/sms/3/messages", 400,
     R"({"errorCode":"E400","description":"Request cannot be processed.","action":"Check the syntax","violations":[{"property":"messages[0].destinations","violation":"must not be empty"}],"resources":[]})"},
    {"twilio account", "twilio", "GET", "/2010-04-01/Accounts/ACfa4e0000000000000000000000000001.json", 200,
     R"({"sid":"ACfa4e0000000000000000000000000001","friendly_name":"Fake","status":"active","type":"Trial"})"},
    {"twilio message sent", "twilio", "POST", "/2010-04-01/Accounts/ACfa4e0000000000000000000000000001/Messages.json",
     201,
     R"({"sid":"SMfa4e0000000000000000000000000001","status":"accepted","messaging_service_sid":"MGfa4e0000000000000000000000000001","error_code":null,"error_message":null,"num_segments":"0"})"},
    {"twilio message status", "twilio", "GET",
     "/2010-04-01/Accounts/ACfa4e0000000000000000000000000001/Messages/SMfa4e0000000000000000000000000001.json", 200,
     R"({"sid":"SMfa4e0000000000000000000000000001","status":"undelivered","error_code":30003,"error_message":"Unreachable destination handset"})"},
};

} // namespace

QTEST_GUILESS_MAIN(TestSpecConformance)
#include "tst_specconformance.moc"
