#include "SinchMms.h"

#include "ConversationAdapter.h"
#include "OAuth.h"
#include "VendorFields.h"
#include "VendorHttp.h"
#include "VendorRegistry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace cc::sinchmms {

static FieldSpec textField(const char *key, const char *label, const char *help, FieldType type = FieldType::Text)
{
    FieldSpec f;
    f.key = QString::fromLatin1(key);
    f.label = label;
    f.help = help;
    f.type = type;
    f.required = true;
    return f;
}

QVector<FieldSpec> appFields()
{
    FieldSpec apiToken = textField("apiToken", QT_TRANSLATE_NOOP("cc::Fields", "API Token"),
                                   QT_TRANSLATE_NOOP("cc::Fields", "The Base64 API token generated from your Sinch "
                                                                   "project's access keys (key ID and key secret). "
                                                                   "Kept in the system keychain."),
                                   FieldType::Secret);
    apiToken.base64KeyPair = true;
    return {
        textField("projectId", QT_TRANSLATE_NOOP("cc::Fields", "Project ID"),
                  QT_TRANSLATE_NOOP("cc::Fields", "On the Conversation API Overview page of your Sinch project, "
                                                  "in your Sinch dashboard.")),
        textField("appId", QT_TRANSLATE_NOOP("cc::Fields", "App ID"),
                  QT_TRANSLATE_NOOP("cc::Fields", "On the Conversation API Overview page of your Sinch project, "
                                                  "in your Sinch dashboard.")),
        apiToken,
        textField("servicePlanId", QT_TRANSLATE_NOOP("cc::Fields", "Service Plan ID"),
                  QT_TRANSLATE_NOOP("cc::Fields", "On the SMS tab of the APIs page in your Sinch dashboard.")),
        textField("smsApiToken", QT_TRANSLATE_NOOP("cc::Fields", "SMS API Token"),
                  QT_TRANSLATE_NOOP("cc::Fields", "On the SMS tab of the APIs page, next to the Service Plan ID. Kept "
                                                  "in the system keychain."),
                  FieldType::Secret),
    };
}

namespace {

const QString kAuthentication = QStringLiteral("authentication");
const QString kOAuth2 = QStringLiteral("oauth2");
const QString kTokenEndpoint = QStringLiteral("tokenEndpoint");

// Not in the platform's form, which stores only the API token: how the console itself uses it.
FieldSpec authentication()
{
    FieldSpec f = textField(
        "authentication", QT_TRANSLATE_NOOP("cc::Fields", "Authentication"),
        QT_TRANSLATE_NOOP("cc::Fields", "How the console signs its requests to the Conversation API. Basic sends the "
                                        "API token with each request; Sinch rate-limits Basic and advises it for "
                                        "testing only. OAuth 2.0 exchanges the same access key for a short-lived "
                                        "token, kept in memory only, as Sinch advises for production. The platform "
                                        "stores the API token either way."),
        FieldType::Enum);
    f.choices = {{QStringLiteral("basic"), QT_TRANSLATE_NOOP("cc::Fields", "Basic (API token)")},
                 {kOAuth2, QT_TRANSLATE_NOOP("cc::Fields", "OAuth 2.0")}};
    f.defaultValue = QStringLiteral("basic");
    f.required = false; // credentials made before it, and the platform's exports, use Basic
    return f;
}

FieldSpec tokenEndpoint()
{
    FieldSpec f = textField("tokenEndpoint", QT_TRANSLATE_NOOP("cc::Fields", "Token endpoint"),
                            QT_TRANSLATE_NOOP("cc::Fields", "Leave empty to use Sinch's token endpoint, "
                                                            "https://auth.sinch.com/oauth2/token. Set it only to "
                                                            "point the console at a test server; plain http is "
                                                            "accepted for loopback addresses only."),
                            FieldType::Url);
    f.required = false;
    f.advanced = true;
    f.example = kSinchTokenUrl;
    f.shownWhenKey = kAuthentication;
    f.shownWhenValues = {kOAuth2};
    return f;
}

} // namespace

QVector<FieldSpec> placeFields()
{
    return {
        fields::region({{QStringLiteral("us"), QT_TRANSLATE_NOOP("cc::Fields", "United States (us)")},
                        {QStringLiteral("eu"), QT_TRANSLATE_NOOP("cc::Fields", "Europe (eu)")},
                        {QStringLiteral("br"), QT_TRANSLATE_NOOP("cc::Fields", "Brazil (br)")}}),
        authentication(),
        fields::endpoint(QT_TRANSLATE_NOOP("cc::Fields", "Leave empty to use the Conversation API host for the region. "
                                                         "Set it only to point the console at a test server; plain "
                                                         "http is accepted for loopback addresses only."),
                         QStringLiteral("https://eu.conversation.api.sinch.com")),
        tokenEndpoint(),
    };
}

VendorSchema schema()
{
    VendorSchema s;
    s.id = QStringLiteral("sinch-mms");
    s.displayName = QStringLiteral("Sinch MMS");
    s.identifierKeys = {QStringLiteral("projectId"), QStringLiteral("appId")};
    s.regionKey = QStringLiteral("region");
    // The platform's documentation of these credentials says so; the form must too.
    s.note = QT_TRANSLATE_NOOP("cc::Fields", "Sinch MMS credentials only send MMS. Tracking inbound messages and "
                                             "handling consent (opt-in and opt-out keywords) need a separate Sinch "
                                             "(SMS) API credential: create one as well.");
    s.fields = QVector<FieldSpec>{fields::name()} + appFields() + placeFields();
    return s;
}

namespace {

const QString kChannel = QStringLiteral("channel");
const QString kChannelCredentials = QStringLiteral("channel_credentials");
const QString kState = QStringLiteral("state");

QString projectPath(const Account &a)
{
    return QStringLiteral("/v1/projects/") + vendorhttp::segment(a.projectId);
}

QString appPath(const Account &a)
{
    return projectPath(a) + QStringLiteral("/apps/") + vendorhttp::segment(a.appId);
}

// With OAuth 2.0 the requests go without: VendorOperations puts the bearer token on them.
QByteArray authorization(const Account &a)
{
    return a.oauth ? QByteArray() : QByteArrayLiteral("Basic ") + a.apiToken.toUtf8();
}

HttpRequest request(const Account &a, const QByteArray &method, const QString &path, const QJsonDocument &body,
                    const QUrlQuery &query = QUrlQuery(), QStringList secrets = {})
{
    secrets << a.apiToken << a.smsApiToken;
    return vendorhttp::jsonRequest(method, vendorhttp::joinUrl(baseUrl(a), path, query), authorization(a), body,
                                   secrets);
}

// The values of the channel credentials sent back that are secrets (tokens, keys, passwords), for
// redaction. Not every string: identities and state descriptions must stay readable in what the
// set-up reports, since redaction covers shown texts too.
void collectSecrets(const QJsonValue &v, const QString &key, QStringList *out)
{
    static const QRegularExpression secretKey(QStringLiteral("token|secret|key|pass|auth|sig"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (v.isString() && secretKey.match(key).hasMatch())
        out->append(v.toString());
    else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectSecrets(it.value(), it.key(), out);
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            collectSecrets(item, key, out);
    }
}

SmsChannel smsChannelOf(const QJsonArray &credentials)
{
    SmsChannel sms;
    for (const QJsonValue &v : credentials) {
        const QJsonObject c = v.toObject();
        if (c.value(kChannel).toString() != QLatin1String("SMS"))
            continue;
        sms.claimedIdentity =
            c.value(QStringLiteral("static_bearer")).toObject().value(QStringLiteral("claimed_identity")).toString();
        QJsonObject state = c.value(kState).toObject();
        QString status = state.value(QStringLiteral("status")).toString();
        if (status.isEmpty()) { // older shape: channel_integration_state.state
            state = c.value(QStringLiteral("channel_integration_state")).toObject();
            status = state.value(kState).toString();
        }
        sms.description = state.value(QStringLiteral("description")).toString();
        if (status == QLatin1String("ACTIVE"))
            sms.state = SmsChannel::State::Active;
        else if (status == QLatin1String("PENDING"))
            sms.state = SmsChannel::State::Pending;
        else if (status == QLatin1String("FAILING"))
            sms.state = SmsChannel::State::Failing;
        else
            sms.state = SmsChannel::State::Unknown;
        break;
    }
    return sms;
}

IdResult parseId(const HttpResponse &response, const QString &key)
{
    IdResult r;
    const QJsonObject o = vendorhttp::successObject(response, vendorErrorText, &r.error);
    if (!r.error.ok())
        return r;
    r.id = o.value(key).toString();
    if (r.id.isEmpty())
        r.error = vendorhttp::malformed(QStringLiteral("answer without \"%1\"").arg(key));
    return r;
}

} // namespace

Account accountFrom(const Credential &credential, const QHash<QString, QString> &secrets)
{
    Account a;
    a.projectId = credential.text(QStringLiteral("projectId")).trimmed();
    a.appId = credential.text(QStringLiteral("appId")).trimmed();
    a.apiToken = secrets.value(QStringLiteral("apiToken")).trimmed();
    a.servicePlanId = credential.text(QStringLiteral("servicePlanId")).trimmed();
    a.smsApiToken = secrets.value(QStringLiteral("smsApiToken")).trimmed();
    a.region = credential.text(QStringLiteral("region")).trimmed();
    a.endpoint = credential.text(QStringLiteral("endpoint")).trimmed();
    a.oauth = credential.text(kAuthentication) == kOAuth2;
    const QString tokenEndpoint = credential.text(kTokenEndpoint).trimmed();
    a.tokenUrl = QUrl(tokenEndpoint.isEmpty() ? kSinchTokenUrl : tokenEndpoint);
    return a;
}

QUrl baseUrl(const Account &account)
{
    return vendorhttp::regionalBase(account.endpoint, account.region, "https://%1.conversation.api.sinch.com");
}

AccessKey accessKeyOf(const QString &apiToken)
{
    const QString pair = QString::fromUtf8(QByteArray::fromBase64(apiToken.trimmed().toLatin1()));
    const qsizetype colon = pair.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {};
    return {pair.left(colon), pair.mid(colon + 1)};
}

std::optional<TokenExchange> tokenExchange(const Account &account)
{
    if (!account.oauth)
        return std::nullopt;
    const AccessKey key = accessKeyOf(account.apiToken);
    TokenExchange t;
    t.request = oauth::clientCredentialsRequest(account.tokenUrl, key.id, key.secret);
    t.request.secrets << account.apiToken;
    // The same access key at the same endpoint is the same grant, whichever credential holds it (a
    // project's MMS and RCS credentials often do): they share one token.
    t.cacheKey = oauth::cacheKey(QStringLiteral("sinch"), account.tokenUrl.toEncoded() + '\n' +
                                                              QString(key.id + QLatin1Char(':') + key.secret).toUtf8());
    t.read = oauth::parseToken;
    return t;
}

QString smsAdapterRegion(const QString &region)
{
    const QString r = region.trimmed().toLower();
    if (r.isEmpty() || r == QLatin1String("us")) // the API's own default region
        return QStringLiteral("us1");
    if (r == QLatin1String("eu"))
        return QStringLiteral("eu1");
    return QString();
}

QUrl smsCallbackUrl(const QString &region, const QString &appId)
{
    const QString adapter = smsAdapterRegion(region);
    if (adapter.isEmpty())
        return QUrl();
    return QUrl(QStringLiteral("https://xms-adapter.%1.conversation-api.int.prod.sinch.com/adapter/v1/%2/callback")
                    .arg(adapter, vendorhttp::segment(appId.trimmed())));
}

QStringList inboundTriggers()
{
    return {QStringLiteral("MESSAGE_INBOUND")};
}

HttpRequest getAppRequest(const Account &account)
{
    return request(account, "GET", appPath(account), QJsonDocument());
}

QJsonObject cardMessage(const QString &title, const QUrl &mediaUrl)
{
    return QJsonObject{
        {QStringLiteral("title"), title},
        {QStringLiteral("media_message"), QJsonObject{{QStringLiteral("url"), mediaUrl.toString(QUrl::FullyEncoded)}}}};
}

HttpRequest sendMessageRequest(const Account &account, const QString &to, const QStringList &channels,
                               const QJsonObject &message, const QJsonObject &channelProperties)
{
    QJsonArray identities;
    for (const QString &channel : channels)
        identities.append(QJsonObject{{kChannel, channel}, {QStringLiteral("identity"), to}});
    QJsonObject body{
        {QStringLiteral("app_id"), account.appId},
        {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("identified_by"),
                                                   QJsonObject{{QStringLiteral("channel_identities"), identities}}}}},
        {QStringLiteral("message"), message},
        {QStringLiteral("channel_priority_order"), QJsonArray::fromStringList(channels)},
    };
    if (!channelProperties.isEmpty())
        body.insert(QStringLiteral("channel_properties"), channelProperties);
    HttpRequest r =
        request(account, "POST", projectPath(account) + QStringLiteral("/messages:send"), QJsonDocument(body));
    r.sendsOnce = true; // a message costs money: never sent twice
    return r;
}

HttpRequest sendMmsRequest(const Account &account, const QString &to, const QUrl &mediaUrl, const QString &text,
                           const QString &sender)
{
    const QJsonObject card = cardMessage(text, mediaUrl);
    const QJsonObject message =
        text.isEmpty() ? QJsonObject{{QStringLiteral("media_message"), card.value(QStringLiteral("media_message"))}}
                       : QJsonObject{{QStringLiteral("card_message"), card}};
    QJsonObject properties;
    if (!sender.isEmpty())
        properties.insert(QStringLiteral("MMS_SENDER"), sender);
    return sendMessageRequest(account, to, {QStringLiteral("MMS")}, message, properties);
}

QString mmsSender(const QString &typed)
{
    const QString text = typed.trimmed();
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= u'0' && c <= u'9')
            out += c;
        else if (c == u'+' && i == 0)
            out += c;
        else if (c != u' ' && c != u'-' && c != u'.' && c != u'(' && c != u')')
            return QString(); // a name: MMS senders are numbers only
    }
    const qsizetype digits = out.size() - (out.startsWith(u'+') ? 1 : 0);
    return digits >= 3 && digits <= 15 ? out : QString();
}

QJsonArray withSmsCredential(const QJsonArray &existing, const QString &servicePlanId, const QString &smsApiToken)
{
    const QJsonObject sms{
        {kChannel, QStringLiteral("SMS")},
        {QStringLiteral("static_bearer"),
         QJsonObject{{QStringLiteral("claimed_identity"), servicePlanId}, {QStringLiteral("token"), smsApiToken}}},
    };
    QJsonArray out;
    bool replaced = false;
    for (const QJsonValue &v : existing) {
        QJsonObject c = v.toObject();
        if (c.value(kChannel).toString() == QLatin1String("SMS")) {
            if (!replaced)
                out.append(sms); // keeps the channel's place in the app's priority order
            replaced = true;
            continue;
        }
        // Output-only fields are not part of an update.
        c.remove(kState);
        c.remove(QStringLiteral("channel_integration_state"));
        c.remove(QStringLiteral("channel_known_id"));
        out.append(c);
    }
    if (!replaced)
        out.append(sms);
    return out;
}

namespace {

// True when a credential object holds a string that is empty or only mask characters.
bool hasHiddenValue(const QJsonValue &v)
{
    if (v.isString()) {
        const QString text = v.toString().trimmed();
        return text.isEmpty() ||
               text.count(QLatin1Char('*')) + text.count(QChar(0x2022)) >= qMax(3, int(text.size()) / 2);
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (hasHiddenValue(it.value()))
                return true;
        }
    }
    return false;
}

} // namespace

QStringList channelsWithHiddenSecrets(const QJsonArray &existing)
{
    QStringList channels;
    for (const QJsonValue &v : existing) {
        const QJsonObject c = v.toObject();
        const QString channel = c.value(kChannel).toString();
        if (channel == QLatin1String("SMS"))
            continue; // replaced anyway
        for (auto it = c.begin(); it != c.end(); ++it) {
            if (it.key() == kChannel || it.key() == kState || it.key() == QLatin1String("channel_integration_state") ||
                it.key() == QLatin1String("channel_known_id") || it.key() == QLatin1String("callback_secret"))
                continue;
            if (it.value().isObject() && hasHiddenValue(it.value())) {
                channels << channel;
                break;
            }
        }
    }
    return channels;
}

HttpRequest updateSmsChannelRequest(const Account &account, const QJsonArray &existingCredentials)
{
    const QJsonArray credentials = withSmsCredential(existingCredentials, account.servicePlanId, account.smsApiToken);
    QStringList secrets;
    collectSecrets(credentials, QString(), &secrets);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("update_mask"), kChannelCredentials);
    const QJsonObject body{{kChannelCredentials, credentials}};
    return request(account, "PATCH", appPath(account), QJsonDocument(body), query, secrets);
}

HttpRequest createWebhookRequest(const Account &account, const QUrl &target)
{
    const QJsonObject body{
        {QStringLiteral("app_id"), account.appId},
        {QStringLiteral("target"), target.toString(QUrl::FullyEncoded)},
        {QStringLiteral("target_type"), QStringLiteral("HTTP")},
        {QStringLiteral("triggers"), QJsonArray::fromStringList(inboundTriggers())},
    };
    return request(account, "POST", projectPath(account) + QStringLiteral("/webhooks"), QJsonDocument(body));
}

HttpRequest listWebhooksRequest(const Account &account)
{
    return request(account, "GET", appPath(account) + QStringLiteral("/webhooks"), QJsonDocument());
}

QString vendorErrorText(const QJsonObject &body)
{
    const QJsonObject e =
        body.value(QStringLiteral("error")).isObject() ? body.value(QStringLiteral("error")).toObject() : body;
    const QString message = e.value(QStringLiteral("message")).toString();
    return message.isEmpty() ? e.value(QStringLiteral("status")).toString() : message;
}

AppInfo parseApp(const HttpResponse &response)
{
    AppInfo r;
    const QJsonObject o = vendorhttp::successObject(response, vendorErrorText, &r.error);
    if (!r.error.ok())
        return r;
    const QString id = o.value(QStringLiteral("id")).toString();
    const QJsonValue credentials = o.value(kChannelCredentials);
    // An app without channels may leave the list out; anything else there is not an app.
    if (id.isEmpty() || !(credentials.isArray() || credentials.isUndefined())) {
        r.error = vendorhttp::malformed(QStringLiteral("app without \"id\" or with a bad \"channel_credentials\""));
        return r;
    }
    r.id = id;
    r.displayName = o.value(QStringLiteral("display_name")).toString();
    r.channelCredentials = credentials.toArray();
    r.sms = smsChannelOf(r.channelCredentials);
    return r;
}

IdResult parseSendResponse(const HttpResponse &response)
{
    return parseId(response, QStringLiteral("message_id"));
}

IdResult parseWebhookResponse(const HttpResponse &response)
{
    return parseId(response, QStringLiteral("id"));
}

WebhookList parseWebhookList(const HttpResponse &response)
{
    WebhookList r;
    const QJsonObject o = vendorhttp::successObject(response, vendorErrorText, &r.error);
    if (!r.error.ok())
        return r;
    const QJsonValue list = o.value(QStringLiteral("webhooks"));
    if (!(list.isArray() || list.isUndefined())) {
        r.error = vendorhttp::malformed(QStringLiteral("\"webhooks\" is not a list"));
        return r;
    }
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !o.value(QStringLiteral("target")).isString()) {
            r.webhooks.clear();
            r.error = vendorhttp::malformed(QStringLiteral("a webhook without \"target\""));
            return r;
        }
        Webhook w;
        w.id = o.value(QStringLiteral("id")).toString();
        w.target = o.value(QStringLiteral("target")).toString();
        w.targetType = o.value(QStringLiteral("target_type")).toString();
        for (const QJsonValue &t : o.value(QStringLiteral("triggers")).toArray())
            w.triggers << t.toString();
        r.webhooks << w;
    }
    return r;
}

namespace {

// An address as two webhooks are compared: no default port, no trailing slash, no "." segments.
QUrl comparable(const QUrl &url)
{
    QUrl u = url.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash);
    if ((u.scheme() == QLatin1String("https") && u.port() == 443) ||
        (u.scheme() == QLatin1String("http") && u.port() == 80))
        u.setPort(-1);
    return u;
}

} // namespace

int findWebhook(const QVector<Webhook> &webhooks, const QUrl &target, const QStringList &triggers)
{
    const QUrl wanted = comparable(target);
    for (qsizetype i = 0; i < webhooks.size(); ++i) {
        const Webhook &w = webhooks.at(i);
        // The type is HTTP unless the answer says otherwise; a DISMISS webhook delivers nothing.
        if (!w.targetType.isEmpty() && w.targetType != QLatin1String("HTTP"))
            continue;
        if (comparable(QUrl(w.target.trimmed(), QUrl::StrictMode)) != wanted)
            continue;
        bool all = true;
        for (const QString &t : triggers)
            all = all && w.triggers.contains(t);
        if (all)
            return int(i);
    }
    return -1;
}

bool isWebhookLimitError(const NetError &error)
{
    if (error.kind != NetError::Kind::BadRequest && error.kind != NetError::Kind::Forbidden &&
        error.kind != NetError::Kind::OtherHttp)
        return false;
    // Sinch documents the limit, not the words of its refusal: they must speak of webhooks and of a
    // limit, and not of the target's length (its URL has a maximum length too).
    static const QRegularExpression limit(
        QStringLiteral("\\b(limits?|max|maximum|too many|exceeds?|exceeded|reached)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression length(QStringLiteral("\\b(length|long|characters|url)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString text = error.vendorMessage;
    return text.contains(QLatin1String("webhook"), Qt::CaseInsensitive) && limit.match(text).hasMatch() &&
           !length.match(text).hasMatch();
}

} // namespace cc::sinchmms

namespace cc::sinchmms {

namespace {

const EventSentence kEvents[] = {
    {"send.sinch-mms-accepted",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Sinch accepted the test MMS. Message ID: %1. Its delivery is "
                                               "reported to the app's webhooks."),
     {"message"},
     nullptr},
    {"refused.mms-sender",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations",
                       "Sender: an MMS goes out from a short code or a long number. Enter its digits (a long number "
                       "with + and the country code), or leave the sender empty to use the app's default MMS sender."),
     {},
     nullptr},
    {"refused.report-mms",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Sinch reports MMS delivery only to the app's webhooks; there is no "
                                               "report to fetch."),
     {},
     nullptr},
};

class Adapter final : public ConversationAdapter
{
public:
    // The sender goes to Sinch as channel_properties.MMS_SENDER; empty uses the app's default.
    Adapter()
        : ConversationAdapter(withEvents(sinchmms::schema(), kEvents, setupEvents()),
                              VendorCapabilities::of(VendorCapabilities::Sender | VendorCapabilities::Media |
                                                     VendorCapabilities::MediaRequired |
                                                     VendorCapabilities::ChannelSetup))
    {
    }

    ActivityEvent senderProblem(const QString &from) const override
    {
        if (!from.trimmed().isEmpty() && mmsSender(from).isEmpty())
            return ActivityEvent::of("refused.mms-sender");
        return {};
    }

    VendorExchange testSend(const Credential &credential, const Secrets &secrets,
                            const TestMessage &message) const override
    {
        return exchangeOf<IdResult>(sendMmsRequest(accountFrom(credential, secrets), message.to, message.mediaUrl,
                                                   message.text, mmsSender(message.from)),
                                    parseSendResponse, [](const IdResult &s, OperationResult *r) {
                                        r->messageId = s.id;
                                        r->event = ActivityEvent::of("send.sinch-mms-accepted", {{"message", s.id}});
                                    });
    }

    ActivityEvent noDeliveryReport() const override { return ActivityEvent::of("refused.report-mms"); }
};

} // namespace

const VendorAdapter &adapter()
{
    static const Adapter instance;
    return instance;
}

} // namespace cc::sinchmms
