#include "FakeSinchConversation.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <optional>

namespace cctest {

namespace {

const QString kChannel = QStringLiteral("channel");
const QString kMasked = QStringLiteral("********");

FakeResponse sinchError(int code, const char *status, const QString &message)
{
    const QJsonObject error{{QStringLiteral("code"), code},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("status"), QString::fromLatin1(status)}};
    return FakeResponse::json(code, QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson());
}

FakeResponse invalid(const QString &message)
{
    return sinchError(400, "INVALID_ARGUMENT", message);
}

FakeResponse ok(const QJsonObject &body)
{
    return FakeResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

// The body as a JSON object; null when it is not one.
std::optional<QJsonObject> objectOf(const RecordedRequest &request)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool knownTrigger(const QString &trigger)
{
    // Sinch's WebhookTrigger values; UNSPECIFIED_TRIGGER "will cause errors".
    static const QStringList known{
        QStringLiteral("MESSAGE_DELIVERY"),
        QStringLiteral("EVENT_DELIVERY"),
        QStringLiteral("MESSAGE_INBOUND"),
        QStringLiteral("EVENT_INBOUND"),
        QStringLiteral("CONVERSATION_START"),
        QStringLiteral("CONVERSATION_STOP"),
        QStringLiteral("CONTACT_CREATE"),
        QStringLiteral("CONTACT_DELETE"),
        QStringLiteral("CONTACT_MERGE"),
        QStringLiteral("CONTACT_UPDATE"),
        QStringLiteral("UNSUPPORTED"),
        QStringLiteral("OPT_IN"),
        QStringLiteral("OPT_OUT"),
        QStringLiteral("CAPABILITY"),
        QStringLiteral("CONVERSATION_DELETE"),
        QStringLiteral("CONTACT_IDENTITIES_DUPLICATION"),
        QStringLiteral("CHANNEL_EVENT"),
        QStringLiteral("SMART_CONVERSATION"),
        QStringLiteral("RECORD_NOTIFICATION"),
        QStringLiteral("MESSAGE_SUBMIT"),
    };
    return known.contains(trigger);
}

// Every secret-looking string of a channel credential as "********".
QJsonValue masked(const QJsonValue &value, const QString &key = QString())
{
    static const QRegularExpression secretKey(QStringLiteral("token|secret|key|password"));
    if (value.isString() && secretKey.match(key).hasMatch())
        return kMasked;
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = masked(it.value(), it.key());
        return o;
    }
    return value;
}

} // namespace

FakeSinchConversation::FakeSinchConversation(FakeVendorServer *server, const QString &projectId, const QString &appId)
    : m_projectId(projectId)
    , m_appId(appId)
{
    channelCredentials = QJsonArray{
        QJsonObject{{kChannel, QStringLiteral("WHATSAPP")},
                    {QStringLiteral("static_bearer"),
                     QJsonObject{{QStringLiteral("claimed_identity"), QStringLiteral("fake-wa-0001")},
                                 {QStringLiteral("token"), QStringLiteral("FAKE-WHATSAPP-TOKEN-0004")}}}},
        QJsonObject{{kChannel, QStringLiteral("MMS")},
                    {QStringLiteral("mms_credentials"),
                     QJsonObject{{QStringLiteral("account_id"), QStringLiteral("fake-mms-0001")},
                                 {QStringLiteral("api_key"), QStringLiteral("FAKE-MMS-KEY-0005")},
                                 {QStringLiteral("basic_auth"),
                                  QJsonObject{{QStringLiteral("username"), QStringLiteral("fake-user")},
                                              {QStringLiteral("password"), QStringLiteral("FAKE-PASSWORD-0006")}}}}}},
    };
    const QString appPath = projectPath() + QStringLiteral("/apps/") + appId;
    server->setHandler("GET", appPath, [this](const RecordedRequest &) { return readApp(); });
    server->setHandler("PATCH", appPath, [this](const RecordedRequest &r) { return updateApp(r); });
    server->setHandler("GET", appPath + QStringLiteral("/webhooks"),
                       [this](const RecordedRequest &) { return listWebhooks(); });
    server->setHandler("POST", projectPath() + QStringLiteral("/webhooks"),
                       [this](const RecordedRequest &r) { return createWebhook(r); });
    server->setHandler("POST", projectPath() + QStringLiteral("/messages:send"),
                       [this](const RecordedRequest &r) { return sendMessage(r); });
}

QString FakeSinchConversation::projectPath() const
{
    return QStringLiteral("/v1/projects/") + m_projectId;
}

void FakeSinchConversation::addWebhook(const QString &target, const QStringList &triggers)
{
    m_webhooks.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("FAKEHOOK-%1").arg(m_nextWebhook++)},
                                  {QStringLiteral("app_id"), m_appId},
                                  {QStringLiteral("target"), target},
                                  {QStringLiteral("target_type"), QStringLiteral("HTTP")},
                                  {QStringLiteral("triggers"), QJsonArray::fromStringList(triggers)}});
}

QJsonObject FakeSinchConversation::app(bool forRead) const
{
    QJsonArray credentials;
    for (const QJsonValue &v : channelCredentials) {
        QJsonObject c = v.toObject();
        const bool sms = c.value(kChannel).toString() == QLatin1String("SMS");
        if (sms) // Sinch reports each channel's integration state; this fake's always works
            c.insert(QStringLiteral("state"), QJsonObject{{QStringLiteral("status"), QStringLiteral("ACTIVE")}});
        else if (forRead && maskSecretsOnRead)
            c = masked(c).toObject();
        credentials.append(c);
    }
    return {{QStringLiteral("id"), m_appId},
            {QStringLiteral("display_name"), QStringLiteral("Fake app")},
            {QStringLiteral("channel_credentials"), credentials}};
}

FakeResponse FakeSinchConversation::readApp() const
{
    return ok(app(true));
}

FakeResponse FakeSinchConversation::updateApp(const RecordedRequest &request)
{
    if (!request.query.split(QLatin1Char('&')).contains(QLatin1String("update_mask=channel_credentials")))
        return invalid(QStringLiteral("update_mask is required"));
    const std::optional<QJsonObject> body = objectOf(request);
    if (!body || !body->value(QStringLiteral("channel_credentials")).isArray())
        return invalid(QStringLiteral("Invalid argument: channel_credentials"));
    const QJsonArray credentials = body->value(QStringLiteral("channel_credentials")).toArray();
    for (const QJsonValue &v : credentials) {
        const QJsonObject c = v.toObject();
        if (c.value(kChannel).toString().isEmpty())
            return invalid(QStringLiteral("Invalid argument: channel"));
        if (c.contains(QStringLiteral("state")))
            return invalid(QStringLiteral("Invalid argument: state is output only"));
        if (c.value(kChannel).toString() == QLatin1String("SMS")) {
            const QJsonObject bearer = c.value(QStringLiteral("static_bearer")).toObject();
            if (bearer.value(QStringLiteral("claimed_identity")).toString().isEmpty() ||
                bearer.value(QStringLiteral("token")).toString().isEmpty())
                return invalid(QStringLiteral("Invalid argument: static_bearer"));
        }
    }
    if (!ignoreUpdates)
        channelCredentials = credentials;
    return ok(app(true));
}

FakeResponse FakeSinchConversation::listWebhooks() const
{
    if (m_webhooks.isEmpty())
        return ok(QJsonObject());
    return ok({{QStringLiteral("webhooks"), m_webhooks}});
}

FakeResponse FakeSinchConversation::createWebhook(const RecordedRequest &request)
{
    const std::optional<QJsonObject> body = objectOf(request);
    if (!body)
        return invalid(QStringLiteral("Malformed request"));
    if (body->value(QStringLiteral("app_id")).toString() != m_appId)
        return sinchError(404, "NOT_FOUND", QStringLiteral("App not found"));
    const QString target = body->value(QStringLiteral("target")).toString();
    const QUrl url(target, QUrl::StrictMode);
    static const QRegularExpression conversationHost(QStringLiteral("^conversation-api\\..*\\.sinch\\.com$"));
    if (target.isEmpty() || target.size() > 742 || !url.isValid() || conversationHost.match(url.host()).hasMatch())
        return invalid(QStringLiteral("Invalid argument: target"));
    const QJsonValue type = body->value(QStringLiteral("target_type"));
    if (!type.isUndefined() && type.toString() != QLatin1String("HTTP") && type.toString() != QLatin1String("DISMISS"))
        return invalid(QStringLiteral("Invalid argument: target_type"));
    const QJsonArray triggers = body->value(QStringLiteral("triggers")).toArray();
    QStringList names;
    for (const QJsonValue &t : triggers) {
        if (!knownTrigger(t.toString()))
            return invalid(QStringLiteral("Invalid argument: triggers"));
        names << t.toString();
    }
    if (names.isEmpty())
        return invalid(QStringLiteral("Invalid argument: triggers"));
    if (m_webhooks.size() >= kWebhookLimit)
        return invalid(QStringLiteral("Maximum number of webhooks per app (%1) reached").arg(kWebhookLimit));
    addWebhook(target, names);
    return ok(m_webhooks.last().toObject());
}

FakeResponse FakeSinchConversation::sendMessage(const RecordedRequest &request)
{
    const std::optional<QJsonObject> body = objectOf(request);
    if (!body || !body->value(QStringLiteral("message")).isObject())
        return invalid(QStringLiteral("Malformed request"));
    if (body->value(QStringLiteral("app_id")).toString() != m_appId)
        return sinchError(404, "NOT_FOUND", QStringLiteral("App not found"));
    if (!body->value(QStringLiteral("channel_priority_order")).toArray().contains(QStringLiteral("MMS")))
        return invalid(QStringLiteral("This fake only sends on the MMS channel"));
    const QJsonValue properties = body->value(QStringLiteral("channel_properties"));
    if (!properties.isUndefined() && !properties.isObject())
        return invalid(QStringLiteral("Invalid argument: channel_properties"));
    const QJsonObject props = properties.toObject();
    for (auto it = props.begin(); it != props.end(); ++it) {
        if (!it.value().isString() || it.value().toString().size() > 1024)
            return invalid(QStringLiteral("Invalid argument: channel_properties.%1").arg(it.key()));
    }
    const QString sender = props.value(QStringLiteral("MMS_SENDER")).toString();
    static const QRegularExpression number(QStringLiteral("^\\+?[0-9]{3,15}$"));
    if (!sender.isEmpty() && !number.match(sender).hasMatch())
        return invalid(QStringLiteral("MMS_SENDER must be a short code or a long number"));
    if (sender.isEmpty() && mmsDefaultSender.isEmpty())
        return invalid(QStringLiteral("MMS_SENDER is required on the MMS channel"));
    m_lastSend = *body;
    return ok({{QStringLiteral("accepted_time"), QStringLiteral("2026-11-23T10:00:00Z")},
               {QStringLiteral("message_id"), QStringLiteral("01FAKEMMS%1").arg(request.body.size())}});
}

} // namespace cctest
