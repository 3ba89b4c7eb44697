#include "Infobip.h"

#include "VendorFields.h"
#include "VendorHttp.h"
#include "VendorRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cc::infobip {

VendorSchema schema()
{
    VendorSchema s;
    s.id = QStringLiteral("infobip");
    s.displayName = QStringLiteral("Infobip");
    s.identifierKeys = {QStringLiteral("baseUrl")};

    FieldSpec baseUrl;
    baseUrl.key = QStringLiteral("baseUrl");
    baseUrl.label = QT_TRANSLATE_NOOP("cc::Fields", "API base URL");
    baseUrl.help = QT_TRANSLATE_NOOP("cc::Fields", "On the homepage of your Infobip web interface or on the API key "
                                                   "management page, for example https://xxxxx.api.infobip.com.");
    baseUrl.type = FieldType::Url;
    baseUrl.required = true;
    baseUrl.example = QStringLiteral("https://xxxxx.api.infobip.com");

    FieldSpec apiKey;
    apiKey.key = QStringLiteral("apiKey");
    apiKey.label = QT_TRANSLATE_NOOP("cc::Fields", "API key");
    apiKey.help = QT_TRANSLATE_NOOP("cc::Fields", "On the API key management page of your Infobip web interface. "
                                                  "Kept in the system keychain.");
    apiKey.type = FieldType::Secret;
    apiKey.required = true;

    FieldSpec principalEntityId;
    principalEntityId.key = QStringLiteral("principalEntityId");
    principalEntityId.label = QT_TRANSLATE_NOOP("cc::Fields", "Principal Entity ID");
    principalEntityId.help = QT_TRANSLATE_NOOP("cc::Fields", "Enter your assigned DLT principal entity ID.");

    FieldSpec contentTemplateId;
    contentTemplateId.key = QStringLiteral("contentTemplateId");
    contentTemplateId.label = QT_TRANSLATE_NOOP("cc::Fields", "Content Template ID");
    contentTemplateId.help = QT_TRANSLATE_NOOP("cc::Fields", "Enter your registered DLT content template ID.");

    FieldSpec validity;
    validity.key = QStringLiteral("validityPeriod");
    validity.label = QT_TRANSLATE_NOOP("cc::Fields", "Validity Period");
    validity.help = QT_TRANSLATE_NOOP("cc::Fields", "Enter the message validity period in hours. If messages cannot "
                                                    "be delivered within this time frame, the system makes further "
                                                    "attempts to resend them. The default validity period is 48 "
                                                    "hours.");
    validity.type = FieldType::Integer;
    validity.defaultValue = 48;
    validity.minimum = 1;
    validity.maximum = 48;
    validity.unit = QT_TRANSLATE_NOOP("cc::Fields", "hours");

    FieldSpec callbackData;
    callbackData.key = QStringLiteral("callbackData");
    callbackData.label = QT_TRANSLATE_NOOP("cc::Fields", "Callback Data");
    callbackData.help = QT_TRANSLATE_NOOP("cc::Fields", "Enter the additional client data that will be sent on the "
                                                        "notify URL.");

    FieldSpec inboundNumber;
    inboundNumber.key = QStringLiteral("inboundNumber");
    inboundNumber.label = QT_TRANSLATE_NOOP("cc::Fields", "Inbound Number");
    inboundNumber.help = QT_TRANSLATE_NOOP("cc::Fields", "Add your unique inbound number, in international form "
                                                         "(+ and country code) or as a short code. It lets you use "
                                                         "the same API credentials in different sandboxes, each "
                                                         "with its own inbound number.");
    inboundNumber.type = FieldType::Phone;

    FieldSpec customKeywords;
    customKeywords.key = QStringLiteral("customInboundKeywords");
    customKeywords.label = QT_TRANSLATE_NOOP("cc::Fields", "Custom Inbound Keywords");
    customKeywords.help = QT_TRANSLATE_NOOP("cc::Fields", "Define unique keywords for specific actions, for example "
                                                          "DISCOUNT, OFFERS, ENROLL. They are captured and stored as "
                                                          "profile attributes, so that a journey can react to them.");
    customKeywords.type = FieldType::KeywordList;

    FieldSpec defaultReply;
    defaultReply.key = QStringLiteral("defaultInboundReply");
    defaultReply.label = QT_TRANSLATE_NOOP("cc::Fields", "Default Inbound Reply Message");
    defaultReply.help = QT_TRANSLATE_NOOP("cc::Fields", "Enter the default reply sent when an end user sends an "
                                                        "inbound SMS that matches none of the defined keywords.");
    defaultReply.type = FieldType::Message;

    s.fields = {fields::name(), baseUrl, apiKey};
    s.fields += fields::keywordsAndMessages();
    s.fields +=
        {principalEntityId, contentTemplateId, validity, callbackData, inboundNumber, customKeywords, defaultReply};
    return s;
}

namespace {

const QString kLogsPath = QStringLiteral("/sms/3/logs");
const QString kLimit = QStringLiteral("limit");
const QString kMessageId = QStringLiteral("messageId");
const QString kStatus = QStringLiteral("status");

HttpRequest request(const Account &a, const QByteArray &method, const QString &path, const QJsonDocument &body,
                    const QUrlQuery &query = QUrlQuery())
{
    return vendorhttp::jsonRequest(method, vendorhttp::joinUrl(baseUrl(a), path, query),
                                   QByteArrayLiteral("App ") + a.apiKey.toUtf8(), body, {a.apiKey});
}

// Fills the status fields from one message object of a send answer or a log.
MessageStatus statusFrom(const QJsonObject &message, const QString &bulkId)
{
    MessageStatus r;
    const QJsonObject status = message.value(kStatus).toObject();
    r.messageId = message.value(kMessageId).toString();
    r.bulkId = message.value(QStringLiteral("bulkId")).toString(bulkId);
    r.group = status.value(QStringLiteral("groupName")).toString();
    r.name = status.value(QStringLiteral("name")).toString();
    r.description = status.value(QStringLiteral("description")).toString();
    if (r.messageId.isEmpty())
        r.error = vendorhttp::malformed(QStringLiteral("message without \"messageId\""));
    return r;
}

MessageStatus firstMessage(const HttpResponse &response, const QString &listKey)
{
    NetError error;
    const QJsonObject o = vendorhttp::successObject(response, vendorErrorText, &error);
    if (!error.ok()) {
        MessageStatus r;
        r.error = error;
        return r;
    }
    const QJsonArray list = o.value(listKey).toArray();
    if (list.isEmpty() || !list.first().isObject()) {
        MessageStatus r;
        r.error = vendorhttp::malformed(QStringLiteral("answer without \"%1\"").arg(listKey));
        return r;
    }
    return statusFrom(list.first().toObject(), o.value(QStringLiteral("bulkId")).toString());
}

} // namespace

Account accountFrom(const Credential &credential, const QHash<QString, QString> &secrets)
{
    Account a;
    a.baseUrl = credential.text(QStringLiteral("baseUrl")).trimmed();
    a.apiKey = secrets.value(QStringLiteral("apiKey")).trimmed();
    a.validityHours = credential.values.value(QStringLiteral("validityPeriod")).toInt();
    a.callbackData = credential.text(QStringLiteral("callbackData"));
    a.principalEntityId = credential.text(QStringLiteral("principalEntityId")).trimmed();
    a.contentTemplateId = credential.text(QStringLiteral("contentTemplateId")).trimmed();
    return a;
}

QUrl baseUrl(const Account &account)
{
    return vendorhttp::normalizedBase(account.baseUrl);
}

int validityMinutes(int hours)
{
    return qBound(1, hours, 48) * 60;
}

HttpRequest checkRequest(const Account &account)
{
    QUrlQuery query;
    query.addQueryItem(kLimit, QStringLiteral("1"));
    return request(account, "GET", kLogsPath, QJsonDocument(), query);
}

HttpRequest sendTextRequest(const Account &account, const QString &from, const QString &to, const QString &text)
{
    // Infobip wants international numbers without the leading "+".
    QString destination = to.trimmed();
    destination.remove(QLatin1Char(' '));
    if (destination.startsWith(QLatin1Char('+')))
        destination.remove(0, 1);

    QJsonObject message{
        {QStringLiteral("destinations"), QJsonArray{QJsonObject{{QStringLiteral("to"), destination}}}},
        {QStringLiteral("content"), QJsonObject{{QStringLiteral("text"), text}}},
    };
    if (!from.trimmed().isEmpty())
        message.insert(QStringLiteral("sender"), from.trimmed());

    QJsonObject options;
    if (account.validityHours > 0)
        options.insert(QStringLiteral("validityPeriod"),
                       QJsonObject{{QStringLiteral("amount"), validityMinutes(account.validityHours)},
                                   {QStringLiteral("timeUnit"), QStringLiteral("MINUTES")}});
    if (!account.principalEntityId.isEmpty()) {
        QJsonObject dlt{{QStringLiteral("principalEntityId"), account.principalEntityId}};
        if (!account.contentTemplateId.isEmpty())
            dlt.insert(QStringLiteral("contentTemplateId"), account.contentTemplateId);
        options.insert(QStringLiteral("regional"), QJsonObject{{QStringLiteral("indiaDlt"), dlt}});
    }
    if (!options.isEmpty())
        message.insert(QStringLiteral("options"), options);
    if (!account.callbackData.isEmpty())
        message.insert(QStringLiteral("webhooks"),
                       QJsonObject{{QStringLiteral("callbackData"), account.callbackData.left(4000)}});

    const QJsonObject body{{QStringLiteral("messages"), QJsonArray{message}}};
    HttpRequest r = request(account, "POST", QStringLiteral("/sms/3/messages"), QJsonDocument(body));
    r.sendsOnce = true; // a message costs money: never sent twice
    return r;
}

HttpRequest messageLogRequest(const Account &account, const QString &messageId)
{
    QUrlQuery query;
    query.addQueryItem(kMessageId, messageId);
    query.addQueryItem(kLimit, QStringLiteral("1"));
    return request(account, "GET", kLogsPath, QJsonDocument(), query);
}

QString vendorErrorText(const QJsonObject &body)
{
    const QJsonObject service =
        body.value(QStringLiteral("requestError")).toObject().value(QStringLiteral("serviceException")).toObject();
    if (!service.isEmpty()) {
        const QString text = service.value(QStringLiteral("text")).toString();
        return text.isEmpty() ? service.value(kMessageId).toString() : text;
    }
    QString text = body.value(QStringLiteral("description")).toString();
    const QJsonObject violation = body.value(QStringLiteral("violations")).toArray().first().toObject();
    if (!violation.isEmpty())
        text = QStringLiteral("%1 (%2: %3)")
                   .arg(text, violation.value(QStringLiteral("property")).toString(),
                        violation.value(QStringLiteral("violation")).toString());
    return text.isEmpty() ? body.value(QStringLiteral("errorCode")).toString() : text;
}

NetError parseCheckResponse(const HttpResponse &response)
{
    NetError error;
    const QJsonObject o = vendorhttp::successObject(response, vendorErrorText, &error);
    if (error.ok() && !o.value(QStringLiteral("results")).isArray())
        error = vendorhttp::malformed(QStringLiteral("logs without \"results\""));
    return error;
}

MessageStatus parseSendResponse(const HttpResponse &response)
{
    return firstMessage(response, QStringLiteral("messages"));
}

MessageStatus parseMessageLog(const HttpResponse &response)
{
    // An empty list is a documented answer: no log (yet, or any more: logs cover 48 hours).
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    if (response.isSuccess() && doc.object().value(QStringLiteral("results")).toArray().isEmpty() &&
        doc.object().value(QStringLiteral("results")).isArray())
        return MessageStatus();
    return firstMessage(response, QStringLiteral("results"));
}

} // namespace cc::infobip

namespace cc::infobip {

namespace {

const EventSentence kEvents[] = {
    {"send.infobip-accepted",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Infobip accepted the test message (status %1). Message ID: %2."),
     {"status", "message"},
     nullptr},
    {"send.infobip-rejected",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Infobip refused the test message (status %1): %2"),
     {"status", "verbatim"},
     nullptr},
    {"report.infobip-none",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Infobip has no log for message %1 yet. Logs cover the last 48 hours; "
                                               "try again in a moment."),
     {"message"},
     nullptr},
    {"report.infobip",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Message %1: %2 (%3)."),
     {"message", "status", "verbatim"},
     nullptr},
};

class Adapter final : public VendorAdapter
{
public:
    Adapter()
        : VendorAdapter(withEvents(infobip::schema(), kEvents),
                        VendorCapabilities::of(VendorCapabilities::Sender | VendorCapabilities::DeliveryReport))
    {
    }

    QUrl baseUrl(const Credential &credential, const Secrets &secrets) const override
    {
        return infobip::baseUrl(accountFrom(credential, secrets));
    }

    VendorExchange check(const Credential &credential, const Secrets &secrets) const override
    {
        return checkOf(checkRequest(accountFrom(credential, secrets)), parseCheckResponse);
    }

    VendorExchange testSend(const Credential &credential, const Secrets &secrets,
                            const TestMessage &message) const override
    {
        return exchangeOf<MessageStatus>(
            sendTextRequest(accountFrom(credential, secrets), message.from, message.to, message.text),
            parseSendResponse, [](const MessageStatus &s, OperationResult *r) {
                r->messageId = s.messageId;
                r->vendorState = s.name.isEmpty() ? s.group : s.name;
                // Infobip answers 200 with a REJECTED status for a message it will not send.
                r->ok = s.group != QLatin1String("REJECTED") && s.group != QLatin1String("UNDELIVERABLE");
                r->event =
                    r->ok ? ActivityEvent::of("send.infobip-accepted",
                                              {{"status", r->vendorState}, {"message", s.messageId}})
                          : ActivityEvent::of("send.infobip-rejected", {{"status", r->vendorState}}, s.description);
            });
    }

    VendorExchange deliveryReport(const Credential &credential, const Secrets &secrets,
                                  const QString &id) const override
    {
        return exchangeOf<MessageStatus>(
            messageLogRequest(accountFrom(credential, secrets), id), parseMessageLog,
            [id](const MessageStatus &s, OperationResult *r) {
                r->messageId = s.messageId.isEmpty() ? id : s.messageId;
                r->vendorState = s.name.isEmpty() ? s.group : s.name;
                r->event =
                    s.messageId.isEmpty()
                        ? ActivityEvent::of("report.infobip-none", {{"message", id}})
                        : ActivityEvent::of("report.infobip", {{"message", s.messageId}, {"status", r->vendorState}},
                                            s.description);
            });
    }
};

} // namespace

const VendorAdapter &adapter()
{
    static const Adapter instance;
    return instance;
}

} // namespace cc::infobip
