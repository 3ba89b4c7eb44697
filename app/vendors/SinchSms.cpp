#include "SinchSms.h"

#include "VendorFields.h"
#include "VendorHttp.h"
#include "VendorRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cc::sinchsms {

VendorSchema schema()
{
    VendorSchema s;
    s.id = QStringLiteral("sinch");
    s.displayName = QStringLiteral("Sinch");
    s.identifierKeys = {QStringLiteral("serviceId")};
    s.regionKey = QStringLiteral("region");

    FieldSpec serviceId;
    serviceId.key = QStringLiteral("serviceId");
    serviceId.label = QT_TRANSLATE_NOOP("cc::Fields", "Service ID");
    serviceId.help = QT_TRANSLATE_NOOP("cc::Fields", "On the APIs page of your Sinch dashboard, under the SMS tab "
                                                     "(the service plan ID).");
    serviceId.required = true;

    FieldSpec apiToken;
    apiToken.key = QStringLiteral("apiToken");
    apiToken.label = QT_TRANSLATE_NOOP("cc::Fields", "API Token");
    apiToken.help = QT_TRANSLATE_NOOP("cc::Fields", "On the APIs page of your Sinch dashboard, under the SMS tab, "
                                                    "next to the Service ID. Kept in the system keychain.");
    apiToken.type = FieldType::Secret;
    apiToken.required = true;

    s.fields = {fields::name(), serviceId, apiToken,
                fields::region({{QStringLiteral("us"), QT_TRANSLATE_NOOP("cc::Fields", "United States (us)")},
                                {QStringLiteral("eu"), QT_TRANSLATE_NOOP("cc::Fields", "Europe (eu)")},
                                {QStringLiteral("au"), QT_TRANSLATE_NOOP("cc::Fields", "Australia (au)")},
                                {QStringLiteral("br"), QT_TRANSLATE_NOOP("cc::Fields", "Brazil (br)")},
                                {QStringLiteral("ca"), QT_TRANSLATE_NOOP("cc::Fields", "Canada (ca)")}})};
    s.fields += fields::keywordsAndMessages();
    s.fields += fields::endpoint(QT_TRANSLATE_NOOP("cc::Fields", "Leave empty to use Sinch's SMS host for the region. "
                                                                 "Set it only to point the console at a test server; "
                                                                 "plain http is accepted for loopback addresses only."),
                                 QStringLiteral("https://eu.sms.api.sinch.com"));
    return s;
}

namespace {

const QString kBatches = QStringLiteral("/batches");

QString planPath(const Account &a)
{
    return QStringLiteral("/xms/v1/") + vendorhttp::segment(a.servicePlanId);
}

QByteArray bearer(const Account &a)
{
    return QByteArrayLiteral("Bearer ") + a.apiToken.toUtf8();
}

} // namespace

Account accountFrom(const Credential &credential, const QHash<QString, QString> &secrets)
{
    Account a;
    a.servicePlanId = credential.text(QStringLiteral("serviceId")).trimmed();
    a.apiToken = secrets.value(QStringLiteral("apiToken")).trimmed();
    a.region = credential.text(QStringLiteral("region")).trimmed();
    a.endpoint = credential.text(QStringLiteral("endpoint")).trimmed();
    return a;
}

QUrl baseUrl(const Account &account)
{
    return vendorhttp::regionalBase(account.endpoint, account.region, "https://%1.sms.api.sinch.com");
}

HttpRequest checkRequest(const Account &account)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("1"));
    return vendorhttp::jsonRequest("GET", vendorhttp::joinUrl(baseUrl(account), planPath(account) + kBatches, query),
                                   bearer(account), QJsonDocument(), {account.apiToken});
}

HttpRequest sendTextRequest(const Account &account, const QString &from, const QStringList &to, const QString &body)
{
    QJsonObject o;
    if (!from.trimmed().isEmpty())
        o.insert(QStringLiteral("from"), from.trimmed());
    o.insert(QStringLiteral("to"), QJsonArray::fromStringList(to));
    o.insert(QStringLiteral("body"), body);
    HttpRequest r = vendorhttp::jsonRequest("POST", vendorhttp::joinUrl(baseUrl(account), planPath(account) + kBatches),
                                            bearer(account), QJsonDocument(o), {account.apiToken});
    r.sendsOnce = true; // a message costs money: never sent twice
    return r;
}

HttpRequest deliveryReportRequest(const Account &account, const QString &batchId)
{
    const QString path = planPath(account) + kBatches + QLatin1Char('/') + vendorhttp::segment(batchId) +
                         QStringLiteral("/delivery_report");
    return vendorhttp::jsonRequest("GET", vendorhttp::joinUrl(baseUrl(account), path), bearer(account), QJsonDocument(),
                                   {account.apiToken});
}

QString vendorErrorText(const QJsonObject &body)
{
    const QString text = body.value(QStringLiteral("text")).toString();
    if (!text.isEmpty())
        return text;
    // Some documented examples carry "description" instead of "text".
    const QString description = body.value(QStringLiteral("description")).toString();
    return description.isEmpty() ? body.value(QStringLiteral("code")).toString() : description;
}

NetError parseCheckResponse(const HttpResponse &response)
{
    NetError error;
    const QJsonObject o = vendorhttp::successObject(response, vendorErrorText, &error);
    if (error.ok() && !o.value(QStringLiteral("batches")).isArray())
        error = vendorhttp::malformed(QStringLiteral("batch list without \"batches\""));
    return error;
}

SendResult parseSendResponse(const HttpResponse &response)
{
    SendResult r;
    const QJsonObject o = vendorhttp::successObject(response, vendorErrorText, &r.error);
    if (!r.error.ok())
        return r;
    r.batchId = o.value(QStringLiteral("id")).toString();
    if (r.batchId.isEmpty())
        r.error = vendorhttp::malformed(QStringLiteral("batch without \"id\""));
    return r;
}

DeliveryReport parseDeliveryReport(const HttpResponse &response)
{
    DeliveryReport r;
    const QJsonObject o = vendorhttp::successObject(response, vendorErrorText, &r.error);
    if (!r.error.ok())
        return r;
    const QJsonValue statuses = o.value(QStringLiteral("statuses"));
    if (!statuses.isArray()) {
        r.error = vendorhttp::malformed(QStringLiteral("delivery report without \"statuses\""));
        return r;
    }
    r.batchId = o.value(QStringLiteral("batch_id")).toString();
    // The spec types total_message_count as a string; the service sends a number. Accept both.
    const QJsonValue total = o.value(QStringLiteral("total_message_count"));
    r.totalMessageCount = total.isString() ? total.toString().toInt() : total.toInt();
    for (const QJsonValue &v : statuses.toArray()) {
        const QJsonObject s = v.toObject();
        if (!s.value(QStringLiteral("status")).isString()) {
            r.error = vendorhttp::malformed(QStringLiteral("delivery report status without \"status\""));
            return r;
        }
        r.statuses.append({s.value(QStringLiteral("status")).toString(), s.value(QStringLiteral("code")).toInt(),
                           s.value(QStringLiteral("count")).toInt()});
    }
    return r;
}

} // namespace cc::sinchsms

namespace cc::sinchsms {

namespace {

const EventSentence kEvents[] = {
    {"send.sinch-accepted",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Sinch accepted the test message. Batch ID: %1. Use the delivery "
                                               "report to see whether it arrived."),
     {"batch"},
     nullptr},
    {"report.sinch-pending",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "No delivery status yet for batch %1. Try again in a moment."),
     {"batch"},
     nullptr},
    {"report.sinch",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Delivery report for batch %1: %2."),
     {"batch", "verbatim"},
     nullptr},
};

class Adapter final : public VendorAdapter
{
public:
    Adapter()
        : VendorAdapter(withEvents(sinchsms::schema(), kEvents),
                        VendorCapabilities::of(VendorCapabilities::Sender | VendorCapabilities::DeliveryReport))
    {
    }

    QUrl baseUrl(const Credential &credential, const Secrets &secrets) const override
    {
        return sinchsms::baseUrl(accountFrom(credential, secrets));
    }

    VendorExchange check(const Credential &credential, const Secrets &secrets) const override
    {
        return checkOf(checkRequest(accountFrom(credential, secrets)), parseCheckResponse);
    }

    VendorExchange testSend(const Credential &credential, const Secrets &secrets,
                            const TestMessage &message) const override
    {
        return exchangeOf<SendResult>(
            sendTextRequest(accountFrom(credential, secrets), message.from, {message.to}, message.text),
            parseSendResponse, [](const SendResult &s, OperationResult *r) {
                r->messageId = s.batchId;
                r->event = ActivityEvent::of("send.sinch-accepted", {{"batch", s.batchId}});
            });
    }

    VendorExchange deliveryReport(const Credential &credential, const Secrets &secrets,
                                  const QString &id) const override
    {
        return exchangeOf<DeliveryReport>(
            deliveryReportRequest(accountFrom(credential, secrets), id), parseDeliveryReport,
            [](const DeliveryReport &d, OperationResult *r) {
                QStringList counts; // Sinch's status words with their counts: data, not translated
                for (const StatusCount &s : d.statuses)
                    counts << QStringLiteral("%1 %2").arg(s.status).arg(s.count);
                r->messageId = d.batchId;
                r->vendorState = counts.join(QLatin1String(", "));
                r->event = counts.isEmpty() ? ActivityEvent::of("report.sinch-pending", {{"batch", d.batchId}})
                                            : ActivityEvent::of("report.sinch", {{"batch", d.batchId}}, r->vendorState);
            });
    }
};

} // namespace

const VendorAdapter &adapter()
{
    static const Adapter instance;
    return instance;
}

} // namespace cc::sinchsms
