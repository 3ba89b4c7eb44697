#include "Custom.h"

#include "OAuth.h"
#include "VendorFields.h"
#include "VendorHttp.h"
#include "messaging/JsonTemplate.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>

namespace cc::custom {

namespace {

const QString kAuthType = QStringLiteral("authType");
const QString kMtls = QStringLiteral("mtls");

struct AuthName
{
    Auth auth;
    const char *value;
};
const AuthName kAuthNames[] = {{Auth::ApiKey, "api-key"}, {Auth::Basic, "basic"}, {Auth::Bearer, "bearer"},
                               {Auth::OAuth2, "oauth2"},  {Auth::Mac, "mac"},     {Auth::None, "none"}};

QString authValue(Auth auth)
{
    for (const AuthName &a : kAuthNames) {
        if (a.auth == auth)
            return QLatin1String(a.value);
    }
    return QString();
}

FieldSpec field(const char *key, const char *label, const char *help, FieldType type, bool required)
{
    FieldSpec f;
    f.key = QLatin1String(key);
    f.label = label;
    f.help = help;
    f.type = type;
    f.required = required;
    return f;
}

// A field of one auth type (shown and required only while it is chosen).
FieldSpec forAuth(Auth auth, FieldSpec f)
{
    f.shownWhenKey = kAuthType;
    f.shownWhenValues = {authValue(auth)};
    return f;
}

FieldSpec forMtls(FieldSpec f)
{
    f.shownWhenKey = kMtls;
    f.shownWhenValues = {QStringLiteral("on")};
    return f;
}

} // namespace

VendorSchema schema()
{
    VendorSchema s;
    s.id = QStringLiteral("custom");
    s.displayName = QStringLiteral("Custom");
    s.identifierKeys = {QStringLiteral("providerName"), QStringLiteral("providerAppId")};
    s.note = QT_TRANSLATE_NOOP("cc::Fields",
                               "A provider of your own: the console POSTs the Provider Payload, filled in, to the "
                               "Provider URL. A test send shows the exact request before it goes out. Such providers "
                               "have no read-only call, so Check can only check the settings (and, for OAuth 2.0, "
                               "fetch a token).");

    FieldSpec appId =
        field("providerAppId", QT_TRANSLATE_NOOP("cc::Fields", "Provider AppId"),
              QT_TRANSLATE_NOOP("cc::Fields", "The application ID your SMS provider gave you."), FieldType::Text, true);
    FieldSpec providerName =
        field("providerName", QT_TRANSLATE_NOOP("cc::Fields", "Provider Name"),
              QT_TRANSLATE_NOOP("cc::Fields", "The name of your SMS provider."), FieldType::Text, true);
    FieldSpec url =
        field("providerUrl", QT_TRANSLATE_NOOP("cc::Fields", "Provider URL"),
              QT_TRANSLATE_NOOP("cc::Fields", "Where the console POSTs each message, in full. Plain http is "
                                              "accepted for loopback addresses only."),
              FieldType::Url, true);
    url.example = QStringLiteral("https://sms.example.com/v1/messages");

    FieldSpec auth = field("authType", QT_TRANSLATE_NOOP("cc::Fields", "Auth Type"),
                           QT_TRANSLATE_NOOP("cc::Fields", "How the provider knows the console. Each type asks for "
                                                           "its own fields; its secrets go to the system keychain."),
                           FieldType::Enum, true);
    auth.choices = {{QStringLiteral("api-key"), QT_TRANSLATE_NOOP("cc::Fields", "API key")},
                    {QStringLiteral("basic"), QT_TRANSLATE_NOOP("cc::Fields", "Basic")},
                    {QStringLiteral("bearer"), QT_TRANSLATE_NOOP("cc::Fields", "Bearer")},
                    {QStringLiteral("oauth2"), QT_TRANSLATE_NOOP("cc::Fields", "OAuth 2.0 (client credentials)")},
                    {QStringLiteral("mac"), QT_TRANSLATE_NOOP("cc::Fields", "MAC")},
                    {QStringLiteral("none"), QT_TRANSLATE_NOOP("cc::Fields", "No authentication")}};
    auth.defaultValue = QStringLiteral("api-key");

    FieldSpec apiToken =
        forAuth(Auth::ApiKey,
                field("apiToken", QT_TRANSLATE_NOOP("cc::Fields", "API Token"),
                      QT_TRANSLATE_NOOP("cc::Fields", "Sent in the X-API-Key header. Kept in the system keychain."),
                      FieldType::Secret, true));
    FieldSpec basicUser =
        forAuth(Auth::Basic, field("basicUser", QT_TRANSLATE_NOOP("cc::Fields", "User name"),
                                   QT_TRANSLATE_NOOP("cc::Fields", "The user name of HTTP Basic authentication."),
                                   FieldType::Text, true));
    FieldSpec basicPassword =
        forAuth(Auth::Basic, field("basicPassword", QT_TRANSLATE_NOOP("cc::Fields", "Password"),
                                   QT_TRANSLATE_NOOP("cc::Fields", "The password of HTTP Basic authentication. Kept in "
                                                                   "the system keychain."),
                                   FieldType::Secret, true));
    FieldSpec bearer = forAuth(
        Auth::Bearer, field("bearerToken", QT_TRANSLATE_NOOP("cc::Fields", "Bearer token"),
                            QT_TRANSLATE_NOOP("cc::Fields", "Sent as Authorization: Bearer <token>. Kept in the "
                                                            "system keychain."),
                            FieldType::Secret, true));
    FieldSpec tokenUrl =
        forAuth(Auth::OAuth2, field("oauthUrl", QT_TRANSLATE_NOOP("cc::Fields", "OAuth URL"),
                                    QT_TRANSLATE_NOOP("cc::Fields", "The token endpoint: the console POSTs the OAuth "
                                                                    "Body there and sends the access token it gets "
                                                                    "as Authorization: Bearer."),
                                    FieldType::Url, true));
    tokenUrl.example = QStringLiteral("https://auth.example.com/oauth2/token");
    FieldSpec tokenBody =
        forAuth(Auth::OAuth2, field("oauthBody", QT_TRANSLATE_NOOP("cc::Fields", "OAuth Body"),
                                    QT_TRANSLATE_NOOP("cc::Fields", "JSON with grant_type and client_id; write "
                                                                    "{{clientSecret}} where the client secret goes "
                                                                    "(it comes from the keychain, never from this "
                                                                    "text)."),
                                    FieldType::Template, true));
    tokenBody.placeholders = {kClientSecretPlaceholder};
    tokenBody.defaultValue =
        QStringLiteral(R"({"grant_type": "client_credentials", "client_id": "", "client_secret": "{{clientSecret}}"})");
    FieldSpec clientSecret =
        forAuth(Auth::OAuth2, field("oauthClientSecret", QT_TRANSLATE_NOOP("cc::Fields", "Client secret"),
                                    QT_TRANSLATE_NOOP("cc::Fields", "Put in the OAuth Body in place of "
                                                                    "{{clientSecret}}. Kept in the system keychain."),
                                    FieldType::Secret, true));
    FieldSpec macSecret = forAuth(
        Auth::Mac, field("macSecret", QT_TRANSLATE_NOOP("cc::Fields", "API Secret Key"),
                         QT_TRANSLATE_NOOP("cc::Fields", "The key of the MAC signature of each request. Kept in "
                                                         "the system keychain."),
                         FieldType::Secret, true));
    FieldSpec macHash = forAuth(
        Auth::Mac, field("macHashFormat", QT_TRANSLATE_NOOP("cc::Fields", "Mac Authorization Hash Format"),
                         QT_TRANSLATE_NOOP("cc::Fields", "The HMAC of the signature: Authorization: MAC id=\"<Provider "
                                                         "AppId>\", ts, nonce, bodyhash and mac, as in the IETF draft "
                                                         "of OAuth 2.0 MAC tokens."),
                         FieldType::Enum, true));
    macHash.choices = {{QStringLiteral("hmac-sha-256"), QT_TRANSLATE_NOOP("cc::Fields", "HMAC-SHA-256")},
                       {QStringLiteral("hmac-sha-512"), QT_TRANSLATE_NOOP("cc::Fields", "HMAC-SHA-512")},
                       {QStringLiteral("hmac-sha-1"), QT_TRANSLATE_NOOP("cc::Fields", "HMAC-SHA-1")}};
    macHash.defaultValue = QStringLiteral("hmac-sha-256");

    FieldSpec mtls = field("mtls", QT_TRANSLATE_NOOP("cc::Fields", "mTLS support"),
                           QT_TRANSLATE_NOOP("cc::Fields", "Mutual TLS: the console shows the provider a client "
                                                           "certificate. With No authentication, mTLS alone."),
                           FieldType::Enum, false);
    mtls.choices = {{QStringLiteral("off"), QT_TRANSLATE_NOOP("cc::Fields", "Off")},
                    {QStringLiteral("on"), QT_TRANSLATE_NOOP("cc::Fields", "On")}};
    mtls.defaultValue = QStringLiteral("off");
    FieldSpec certificate = forMtls(field("clientCertificate", QT_TRANSLATE_NOOP("cc::Fields", "Client certificate"),
                                          QT_TRANSLATE_NOOP("cc::Fields", "The path of the certificate file (PEM)."),
                                          FieldType::Text, true));
    certificate.example = QStringLiteral("/home/me/certs/client.pem");
    FieldSpec key = forMtls(field("clientKey", QT_TRANSLATE_NOOP("cc::Fields", "Client key"),
                                  QT_TRANSLATE_NOOP("cc::Fields", "The path of its private key file (PEM, RSA or EC)."),
                                  FieldType::Text, true));
    key.example = QStringLiteral("/home/me/certs/client.key");
    FieldSpec passphrase =
        forMtls(field("clientKeyPassphrase", QT_TRANSLATE_NOOP("cc::Fields", "Key passphrase"),
                      QT_TRANSLATE_NOOP("cc::Fields", "Leave empty when the key file is not encrypted. Kept in the "
                                                      "system keychain."),
                      FieldType::Secret, false));

    FieldSpec headers = field("headers", QT_TRANSLATE_NOOP("cc::Fields", "Headers"),
                              QT_TRANSLATE_NOOP("cc::Fields", "HTTP headers sent with each message. Content-Type is "
                                                              "fixed to application/json; charset=utf-8."),
                              FieldType::Pairs, false);
    headers.reservedNames = kFixedHeaders;
    FieldSpec payload = field("payload", QT_TRANSLATE_NOOP("cc::Fields", "Provider Payload"),
                              QT_TRANSLATE_NOOP("cc::Fields", "The JSON body of each message. It must hold "
                                                              "{{toNumber}}, {{fromNumber}} and {{message}}, each "
                                                              "inside a string value; the console escapes what it "
                                                              "puts there."),
                              FieldType::Template, true);
    payload.placeholders = kPayloadPlaceholders;
    payload.defaultValue = QStringLiteral(R"({"to": "{{toNumber}}", "from": "{{fromNumber}}", "text": "{{message}}"})");

    s.fields = {fields::name(), appId,       providerName, url,        auth,         apiToken,  basicUser,
                basicPassword,  bearer,      tokenUrl,     tokenBody,  clientSecret, macSecret, macHash,
                mtls,           certificate, key,          passphrase, headers,      payload};
    return s;
}

Account accountFrom(const Credential &credential, const Secrets &secrets)
{
    const auto text = [&credential](const char *key) { return credential.text(QLatin1String(key)).trimmed(); };
    const auto secret = [&secrets](const char *key) { return secrets.value(QLatin1String(key)).trimmed(); };
    const auto orDefault = [&credential, &text](const char *key) {
        const QString t = text(key);
        return t.isEmpty() ? credential.schema().field(QLatin1String(key))->defaultValue.toString() : t;
    };
    Account a;
    a.appId = text("providerAppId");
    a.providerName = text("providerName");
    a.url = QUrl(text("providerUrl"), QUrl::StrictMode);
    const QString auth = orDefault("authType");
    for (const AuthName &n : kAuthNames) {
        if (auth == QLatin1String(n.value))
            a.auth = n.auth;
    }
    a.apiToken = secret("apiToken");
    a.basicUser = text("basicUser");
    a.basicPassword = secret("basicPassword");
    a.bearerToken = secret("bearerToken");
    a.tokenUrl = QUrl(text("oauthUrl"), QUrl::StrictMode);
    a.tokenBody = orDefault("oauthBody");
    a.clientSecret = secret("oauthClientSecret");
    a.macSecret = secret("macSecret");
    a.macHash = orDefault("macHashFormat");
    a.mtls = orDefault("mtls") == QLatin1String("on");
    a.certificateFile = text("clientCertificate");
    a.keyFile = text("clientKey");
    a.keyPassphrase = secrets.value(QStringLiteral("clientKeyPassphrase")); // as typed: spaces may count
    a.headers = parsePairs(credential.text(QStringLiteral("headers")));
    a.payload = credential.text(QStringLiteral("payload"));
    if (a.payload.trimmed().isEmpty())
        a.payload = credential.schema().field(QStringLiteral("payload"))->defaultValue.toString();
    return a;
}

std::optional<QSslConfiguration> tlsConfiguration(const Account &account, ActivityEvent *problem)
{
    QFile certificateFile(account.certificateFile);
    const QList<QSslCertificate> certificates = certificateFile.open(QIODevice::ReadOnly)
                                                    ? QSslCertificate::fromDevice(&certificateFile, QSsl::Pem)
                                                    : QList<QSslCertificate>();
    if (certificates.isEmpty()) {
        *problem = ActivityEvent::of("refused.custom-certificate", {{"file", account.certificateFile}});
        return std::nullopt;
    }
    QFile keyFile(account.keyFile);
    const QByteArray pem = keyFile.open(QIODevice::ReadOnly) ? keyFile.read(1024 * 1024) : QByteArray();
    const QByteArray passphrase = account.keyPassphrase.toUtf8();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey, passphrase);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey, passphrase);
    if (key.isNull()) {
        *problem = ActivityEvent::of("refused.custom-key", {{"file", account.keyFile}});
        return std::nullopt;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(certificates);
    tls.setPrivateKey(key);
    return tls;
}

namespace {

QCryptographicHash::Algorithm algorithmOf(const QString &hashFormat)
{
    if (hashFormat == QLatin1String("hmac-sha-512"))
        return QCryptographicHash::Sha512;
    if (hashFormat == QLatin1String("hmac-sha-1"))
        return QCryptographicHash::Sha1;
    return QCryptographicHash::Sha256;
}

// The headers every request of the provider carries, the auth type's first.
void addAuthorization(const Account &account, HttpRequest *r)
{
    switch (account.auth) {
    case Auth::ApiKey:
        r->headers.append({QByteArrayLiteral("X-API-Key"), account.apiToken.toUtf8()});
        r->secrets << account.apiToken;
        break;
    case Auth::Basic: {
        const QByteArray pair = (account.basicUser + QLatin1Char(':') + account.basicPassword).toUtf8();
        r->headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + pair.toBase64()});
        r->secrets << account.basicPassword;
        break;
    }
    case Auth::Bearer:
        r->headers.append(
            {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + account.bearerToken.toUtf8()});
        r->secrets << account.bearerToken;
        break;
    case Auth::OAuth2: // the token is applied by whoever fetched it
    case Auth::Mac:    // signed once the request is whole
    case Auth::None:
        break;
    }
}

} // namespace

HttpRequest sendRequest(const Account &account, const TestMessage &message, qint64 nowSeconds, const QByteArray &nonce)
{
    HttpRequest r;
    r.method = "POST";
    r.url = account.url;
    addAuthorization(account, &r);
    r.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    r.headers.append({QByteArrayLiteral("Content-Type"), kContentType});
    for (const NameValue &h : account.headers)
        r.headers.append({h.first.toLatin1(), h.second.toUtf8()});
    r.body = JsonTemplate::fill(account.payload, {{QStringLiteral("toNumber"), message.to},
                                                  {QStringLiteral("fromNumber"), message.from.trimmed()},
                                                  {QStringLiteral("message"), message.text}});
    if (account.auth == Auth::Mac) {
        const QByteArray authorization = macAuthorization(account, r, nowSeconds, nonce);
        r.headers.prepend({QByteArrayLiteral("Authorization"), authorization});
        r.secrets << account.macSecret;
        // The signature proves the key: masked like a secret in what is shown.
        r.secrets << QString::fromLatin1(authorization.mid(authorization.indexOf("mac=\"") + 5).chopped(1));
    }
    if (account.mtls) {
        ActivityEvent ignored; // configurationProblem() refused it before any request
        r.tls = tlsConfiguration(account, &ignored);
        r.secrets << account.keyPassphrase;
    }
    r.sendsOnce = true; // a message costs money: never sent twice
    return r;
}

QByteArray macAuthorization(const Account &account, const HttpRequest &request, qint64 nowSeconds,
                            const QByteArray &nonce)
{
    const QCryptographicHash::Algorithm algorithm = algorithmOf(account.macHash);
    const QByteArray bodyHash = QCryptographicHash::hash(request.body, algorithm).toBase64();
    const QUrl &url = request.url;
    const int port = url.port(url.scheme() == QLatin1String("http") ? 80 : 443);
    const QByteArray ts = QByteArray::number(nowSeconds);
    QByteArray requestUri = url.path(QUrl::FullyEncoded).toUtf8();
    if (requestUri.isEmpty())
        requestUri = "/";
    if (url.hasQuery())
        requestUri += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    const QByteArray normalized = ts + '\n' + nonce + '\n' + request.method.toUpper() + '\n' + requestUri + '\n' +
                                  url.host().toLower().toUtf8() + '\n' + QByteArray::number(port) + '\n' + bodyHash +
                                  "\n\n";
    const QByteArray mac =
        QMessageAuthenticationCode::hash(normalized, account.macSecret.toUtf8(), algorithm).toBase64();
    return QByteArrayLiteral("MAC id=\"") + account.appId.toUtf8() + "\", ts=\"" + ts + "\", nonce=\"" + nonce +
           "\", bodyhash=\"" + bodyHash + "\", mac=\"" + mac + '"';
}

HttpRequest tokenRequest(const Account &account)
{
    HttpRequest r;
    r.method = "POST";
    r.url = account.tokenUrl;
    r.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    r.headers.append({QByteArrayLiteral("Content-Type"), kContentType});
    r.body = JsonTemplate::fill(account.tokenBody, {{kClientSecretPlaceholder, account.clientSecret}});
    r.secrets << account.clientSecret;
    if (account.mtls) {
        ActivityEvent ignored;
        r.tls = tlsConfiguration(account, &ignored);
        r.secrets << account.keyPassphrase;
    }
    r.secrets.removeAll(QString());
    return r;
}

QString vendorErrorText(const QJsonObject &body)
{
    return oauth::errorText(body); // a provider's errors read as its token endpoint's do
}

SendResult parseSendResponse(const HttpResponse &response)
{
    SendResult r;
    if (!response.isSuccess()) {
        r.error = vendorhttp::errorFor(response, vendorErrorText);
        return r;
    }
    // Any 2xx is the provider's "accepted"; an ID is read when its answer is a JSON object with one.
    const QJsonObject o = QJsonDocument::fromJson(response.body).object();
    for (const char *key : {"id", "messageId", "message_id"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() || v.isDouble()) {
            r.messageId = v.isString() ? v.toString() : QString::number(v.toDouble(), 'g', 17);
            break;
        }
    }
    return r;
}

} // namespace cc::custom

namespace cc::custom {

namespace {

const EventSentence kEvents[] = {
    {"send.custom-accepted",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "%1 accepted the test message (HTTP %2). Its answer is shown as it "
                                               "came; whether the message arrived, only %1 can tell."),
     {"provider", "status"},
     nullptr},
    {"check.custom-settings",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations",
                       "The settings are complete and valid, but %1 has no read-only call: nothing can be checked "
                       "with it without sending a message. Nothing was sent. Use Test send to try it."),
     {"provider"},
     nullptr},
    {"check.custom-token",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations",
                       "The OAuth 2.0 settings work: the token URL gave an access token. %1 itself has no read-only "
                       "call, so nothing was sent to it."),
     {"provider"},
     nullptr},
    {"refused.custom-certificate",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "The client certificate file “%1” cannot be read as a PEM certificate. "
                                               "Nothing was sent."),
     {"file"},
     nullptr},
    {"refused.custom-key",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations",
                       "The client key file “%1” cannot be read as a PEM private key (RSA or EC), or its passphrase "
                       "is wrong. Nothing was sent."),
     {"file"},
     nullptr},
    {"refused.custom-template",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "The field “%1” is not a valid template. Open the credential's form "
                                               "to see what is wrong. Nothing was sent."),
     {"field"},
     nullptr},
};

class Adapter final : public VendorAdapter
{
public:
    Adapter()
        : VendorAdapter(withEvents(custom::schema(), kEvents),
                        VendorCapabilities::of(VendorCapabilities::Sender | VendorCapabilities::Preview))
    {
    }

    QUrl baseUrl(const Credential &credential, const Secrets &secrets) const override
    {
        return accountFrom(credential, secrets).url;
    }

    ActivityEvent configurationProblem(const Credential &credential, const Secrets &secrets) const override
    {
        const Account a = accountFrom(credential, secrets);
        for (const FieldSpec &f : credential.schema().fields) {
            if (f.type != FieldType::Template || !credential.schema().isShown(f, credential.values))
                continue;
            const QString text = f.key == QLatin1String("payload") ? a.payload : a.tokenBody;
            if (!JsonTemplate::check(text, f.placeholders, f.allowedPlaceholders).ok())
                return ActivityEvent::of("refused.custom-template", {{"vendor", schema().id}, {"field", f.key}});
        }
        ActivityEvent problem;
        if (a.mtls)
            tlsConfiguration(a, &problem);
        if (problem.isEmpty() && a.auth == Auth::OAuth2)
            problem = oauth::tokenUrlProblem(a.tokenUrl);
        return problem;
    }

    std::optional<TokenExchange> tokenExchange(const Credential &credential, const Secrets &secrets) const override
    {
        const Account a = accountFrom(credential, secrets);
        if (a.auth != Auth::OAuth2)
            return std::nullopt;
        TokenExchange t;
        t.request = tokenRequest(a);
        // A changed URL, body or secret is another grant: hashed, so that no secret is a key in memory.
        t.cacheKey = oauth::cacheKey(credential.id, a.tokenUrl.toEncoded() + '\n' + t.request.body);
        t.read = oauth::parseToken;
        return t;
    }

    // No read-only call: the settings were checked by the preflight; with OAuth 2.0 a new token is
    // fetched (VendorOperations, through tokenExchange()), which proves the token URL, body and secret.
    VendorExchange check(const Credential &credential, const Secrets &secrets) const override
    {
        const Account a = accountFrom(credential, secrets);
        VendorExchange settingsOnly;
        settingsOnly.answeredWithoutRequest = ActivityEvent::of(
            a.auth == Auth::OAuth2 ? "check.custom-token" : "check.custom-settings", {{"provider", a.providerName}});
        return settingsOnly;
    }

    VendorExchange testSend(const Credential &credential, const Secrets &secrets,
                            const TestMessage &message) const override
    {
        const Account a = accountFrom(credential, secrets);
        const QByteArray nonce = QByteArray::number(QRandomGenerator::system()->generate64(), 16);
        return exchangeOf<SendResult>(
            sendRequest(a, message, QDateTime::currentSecsSinceEpoch(), nonce), parseSendResponse,
            [provider = a.providerName](const SendResult &s, OperationResult *r) {
                r->messageId = s.messageId;
                r->event =
                    ActivityEvent::of("send.custom-accepted", {{"provider", provider}, {"status", r->httpStatus}});
            });
    }
};

} // namespace

const VendorAdapter &adapter()
{
    static const Adapter instance;
    return instance;
}

} // namespace cc::custom
