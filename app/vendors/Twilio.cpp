#include "Twilio.h"

#include "VendorFields.h"
#include "VendorHttp.h"
#include "VendorRegistry.h"

#include <QCoreApplication>

namespace cc::twilio {

namespace {

const QString kAccountSid = QStringLiteral("accountSid");
const QString kAuthToken = QStringLiteral("authToken");
const QString kMessagingServiceSid = QStringLiteral("messagingServiceSid");
const QString kUs1 = QStringLiteral("us1");

FieldSpec sid(const QString &key, const char *label, const char *help, const QString &prefix)
{
    FieldSpec f;
    f.key = key;
    f.label = label;
    f.help = help;
    f.required = true;
    f.idPrefix = prefix;
    f.idHexDigits = 32;
    f.example = prefix + QStringLiteral("0123456789abcdef0123456789abcdef");
    return f;
}

// The events only Twilio's operations record.
const EventSentence kEvents[] = {
    {"check.twilio-inactive",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "The credentials work, but Twilio says the account is %1: it sends no "
                                               "messages until it is active again."),
     {"status"},
     nullptr},
    {"send.twilio-accepted",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Twilio accepted the test message (status %1). Message SID: %2. Use the "
                                               "delivery report to see whether it arrived."),
     {"status", "message"},
     nullptr},
    {"send.twilio-failed",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Twilio did not send the test message (status %1): %2"),
     {"status", "verbatim"},
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Twilio did not send the test message (status %1).")},
    {"report.twilio",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Message %1: %2."),
     {"message", "status"},
     nullptr},
    {"report.twilio-error",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Message %1: %2. Twilio's error: %3"),
     {"message", "status", "verbatim"},
     nullptr},
};

} // namespace

VendorSchema schema()
{
    VendorSchema s;
    s.id = QStringLiteral("twilio");
    s.displayName = QStringLiteral("Twilio");
    s.identifierKeys = {kAccountSid};
    s.regionKey = QStringLiteral("region");
    s.events = eventsOf(kEvents);
    s.note = QT_TRANSLATE_NOOP("cc::Fields", "The platform has no webhooks for Twilio, so Twilio credentials have no "
                                             "inbound messages and no delivery feedback: there are no inbound "
                                             "keywords or replies to set here. Test sends still show Twilio's "
                                             "status for the message.");

    const FieldSpec accountSid =
        sid(kAccountSid, QT_TRANSLATE_NOOP("cc::Fields", "Account SID"),
            QT_TRANSLATE_NOOP("cc::Fields", "On the dashboard of your Twilio Console, under Account Info: AC "
                                            "followed by 32 hexadecimal characters."),
            QStringLiteral("AC"));

    FieldSpec authToken;
    authToken.key = kAuthToken;
    authToken.label = QT_TRANSLATE_NOOP("cc::Fields", "Auth Token");
    authToken.help = QT_TRANSLATE_NOOP("cc::Fields", "On the dashboard of your Twilio Console, under Account Info, "
                                                     "next to the Account SID. Kept in the system keychain.");
    authToken.type = FieldType::Secret;
    authToken.required = true;

    const FieldSpec messageSid =
        sid(kMessagingServiceSid, QT_TRANSLATE_NOOP("cc::Fields", "Message SID"),
            QT_TRANSLATE_NOOP("cc::Fields", "The SID of the Messaging Service that sends the messages (Messaging › "
                                            "Services in your Twilio Console): MG followed by 32 hexadecimal "
                                            "characters. A test message goes from its sender pool unless you type "
                                            "a sender."),
            QStringLiteral("MG"));

    FieldSpec inboundNumber;
    inboundNumber.key = QStringLiteral("inboundNumber");
    inboundNumber.label = QT_TRANSLATE_NOOP("cc::Fields", "Inbound Number");
    inboundNumber.help = QT_TRANSLATE_NOOP("cc::Fields", "Your Twilio number, in international form (+ and country "
                                                         "code) or as a short code, kept with the credentials for "
                                                         "reference. The platform receives no messages from Twilio, "
                                                         "so nothing arrives on it here.");
    inboundNumber.type = FieldType::Phone;

    FieldSpec region =
        fields::region({{kUs1, QT_TRANSLATE_NOOP("cc::Fields", "United States (api.twilio.com)")},
                        {QStringLiteral("dublin.ie1"), QT_TRANSLATE_NOOP("cc::Fields", "Ireland, Dublin edge (ie1)")},
                        {QStringLiteral("sydney.au1"), QT_TRANSLATE_NOOP("cc::Fields", "Australia, Sydney edge (au1)")},
                        {QStringLiteral("tokyo.jp1"), QT_TRANSLATE_NOOP("cc::Fields", "Japan, Tokyo edge (jp1)")}});
    region.help = QT_TRANSLATE_NOOP("cc::Fields", "The Twilio Region that holds your account's data, through its edge "
                                                  "location (api.{edge}.{region}.twilio.com). Each region has its own "
                                                  "Auth Tokens: a wrong region fails with an authentication error.");

    s.fields = {fields::name(), accountSid, authToken, messageSid, inboundNumber, region};
    s.fields += fields::endpoint(QT_TRANSLATE_NOOP("cc::Fields", "Leave empty to use Twilio's host for the region. "
                                                                 "Set it only to point the console at a test server; "
                                                                 "plain http is accepted for loopback addresses only."),
                                 QStringLiteral("https://api.dublin.ie1.twilio.com"));
    return s;
}

namespace {

QString accountPath(const Account &a)
{
    return QStringLiteral("/2010-04-01/Accounts/") + vendorhttp::segment(a.accountSid);
}

// HTTP Basic with the Account SID and the Auth Token; the token (and so the pair) is redacted.
HttpRequest request(const Account &a, const QByteArray &method, const QString &path)
{
    const QByteArray pair = (a.accountSid + QLatin1Char(':') + a.authToken).toUtf8();
    return vendorhttp::jsonRequest(method, vendorhttp::joinUrl(baseUrl(a), path),
                                   QByteArrayLiteral("Basic ") + pair.toBase64(), QJsonDocument(), {a.authToken});
}

// application/x-www-form-urlencoded, every byte but the unreserved ones escaped: a "+" of a phone
// number must reach Twilio as %2B, not as a space.
QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArrayList parts;
    for (const auto &f : fields)
        parts << QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    return parts.join('&');
}

QString errorText(const QJsonObject &o, const QString &message, const QJsonValue &code)
{
    const QString more = o.value(QStringLiteral("more_info")).toString();
    const QString number = code.isDouble() ? QString::number(code.toInteger()) : code.toString();
    QStringList extra;
    if (!number.isEmpty())
        extra << number;
    if (!more.isEmpty())
        extra << more;
    if (extra.isEmpty())
        return message;
    return message.isEmpty() ? extra.join(QLatin1String(", "))
                             : QStringLiteral("%1 (%2)").arg(message, extra.join(QLatin1String(", ")));
}

} // namespace

Account accountFrom(const Credential &credential, const QHash<QString, QString> &secrets)
{
    Account a;
    a.accountSid = credential.text(kAccountSid).trimmed();
    a.authToken = secrets.value(kAuthToken).trimmed();
    a.messagingServiceSid = credential.text(kMessagingServiceSid).trimmed();
    a.edge = credential.text(QStringLiteral("region")).trimmed();
    a.endpoint = credential.text(QStringLiteral("endpoint")).trimmed();
    return a;
}

QUrl baseUrl(const Account &account)
{
    const QString edge = account.edge.isEmpty() ? kUs1 : account.edge;
    if (account.endpoint.isEmpty() && edge == kUs1) // the default region's host has no edge in it
        return QUrl(QStringLiteral("https://api.twilio.com"));
    return vendorhttp::regionalBase(account.endpoint, edge, "https://api.%1.twilio.com");
}

HttpRequest checkRequest(const Account &account)
{
    return request(account, "GET", accountPath(account) + QStringLiteral(".json"));
}

HttpRequest sendRequest(const Account &account, const QString &from, const QString &to, const QString &body,
                        const QUrl &mediaUrl)
{
    QList<QPair<QString, QString>> fields{{QStringLiteral("To"), to.trimmed()}};
    if (!from.trimmed().isEmpty())
        fields.append({QStringLiteral("From"), from.trimmed()});
    else
        fields.append({QStringLiteral("MessagingServiceSid"), account.messagingServiceSid});
    if (!body.isEmpty())
        fields.append({QStringLiteral("Body"), body});
    if (mediaUrl.isValid())
        fields.append({QStringLiteral("MediaUrl"), mediaUrl.toString(QUrl::FullyEncoded)});

    HttpRequest r = request(account, "POST", accountPath(account) + QStringLiteral("/Messages.json"));
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    r.body = formBody(fields);
    r.sendsOnce = true; // a message costs money: never sent twice
    return r;
}

HttpRequest messageRequest(const Account &account, const QString &messageSid)
{
    return request(account, "GET",
                   accountPath(account) + QStringLiteral("/Messages/") + vendorhttp::segment(messageSid) +
                       QStringLiteral(".json"));
}

QString vendorErrorText(const QJsonObject &body)
{
    return errorText(body, body.value(QStringLiteral("message")).toString(), body.value(QStringLiteral("code")));
}

AccountStatus parseCheckResponse(const HttpResponse &response)
{
    AccountStatus r;
    const QJsonObject o = vendorhttp::successObject(response, vendorErrorText, &r.error);
    if (!r.error.ok())
        return r;
    if (!o.value(QStringLiteral("sid")).isString())
        r.error = vendorhttp::malformed(QStringLiteral("account without \"sid\""));
    r.status = o.value(QStringLiteral("status")).toString();
    return r;
}

Message parseMessage(const HttpResponse &response)
{
    Message m;
    const QJsonObject o = vendorhttp::successObject(response, vendorErrorText, &m.error);
    if (!m.error.ok())
        return m;
    m.sid = o.value(QStringLiteral("sid")).toString();
    m.status = o.value(QStringLiteral("status")).toString();
    if (m.sid.isEmpty() || m.status.isEmpty()) {
        m.error = vendorhttp::malformed(QStringLiteral("message without \"sid\" or \"status\""));
        return m;
    }
    const QJsonValue code = o.value(QStringLiteral("error_code"));
    m.errorCode = code.isDouble() ? int(code.toInteger()) : code.toString().toInt();
    m.errorMessage = o.value(QStringLiteral("error_message")).toString();
    return m;
}

} // namespace cc::twilio

namespace cc::twilio {

namespace {

// Twilio's words for a message it will not deliver.
bool isFailure(const QString &status)
{
    return status == QLatin1String("failed") || status == QLatin1String("undelivered") ||
           status == QLatin1String("canceled");
}

// Twilio's error of a message (its code and, when given, its text), as the vendor's own words.
QString messageError(const Message &m)
{
    if (m.errorCode == 0 && m.errorMessage.isEmpty())
        return QString();
    return errorText(QJsonObject(), m.errorMessage, m.errorCode ? QJsonValue(m.errorCode) : QJsonValue());
}

class Adapter final : public VendorAdapter
{
public:
    Adapter()
        : VendorAdapter(twilio::schema(),
                        VendorCapabilities::of(VendorCapabilities::Sender | VendorCapabilities::Media |
                                               VendorCapabilities::DeliveryReport))
    {
    }

    QUrl baseUrl(const Credential &credential, const Secrets &secrets) const override
    {
        return twilio::baseUrl(accountFrom(credential, secrets));
    }

    VendorExchange check(const Credential &credential, const Secrets &secrets) const override
    {
        return exchangeOf<AccountStatus>(
            checkRequest(accountFrom(credential, secrets)), parseCheckResponse,
            [](const AccountStatus &s, OperationResult *r) {
                r->vendorState = s.status;
                if (!s.status.isEmpty() && s.status != QLatin1String("active")) {
                    r->ok = false;
                    r->event = ActivityEvent::of("check.twilio-inactive", {{"status", s.status}});
                }
            });
    }

    VendorExchange testSend(const Credential &credential, const Secrets &secrets,
                            const TestMessage &message) const override
    {
        return exchangeOf<Message>(
            sendRequest(accountFrom(credential, secrets), message.from, message.to, message.text, message.mediaUrl),
            parseMessage, [](const Message &m, OperationResult *r) {
                r->messageId = m.sid;
                r->vendorState = m.status;
                r->ok = !isFailure(m.status);
                r->event = r->ok ? ActivityEvent::of("send.twilio-accepted", {{"status", m.status}, {"message", m.sid}})
                                 : ActivityEvent::of("send.twilio-failed", {{"status", m.status}}, messageError(m));
            });
    }

    VendorExchange deliveryReport(const Credential &credential, const Secrets &secrets,
                                  const QString &id) const override
    {
        return exchangeOf<Message>(
            messageRequest(accountFrom(credential, secrets), id), parseMessage,
            [](const Message &m, OperationResult *r) {
                r->messageId = m.sid;
                r->vendorState = m.status;
                const QString error = messageError(m);
                r->event =
                    error.isEmpty()
                        ? ActivityEvent::of("report.twilio", {{"message", m.sid}, {"status", m.status}})
                        : ActivityEvent::of("report.twilio-error", {{"message", m.sid}, {"status", m.status}}, error);
            });
    }
};

} // namespace

const VendorAdapter &adapter()
{
    static const Adapter instance;
    return instance;
}

} // namespace cc::twilio
