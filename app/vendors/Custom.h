#pragma once

#include "domain/Credential.h"
#include "domain/FieldSchema.h"
#include "net/HttpTypes.h"
#include "vendors/VendorAdapter.h"
#include "vendors/VendorRegistry.h"

#include <QHash>
#include <QSslConfiguration>

#include <optional>

// A custom HTTP SMS provider, as the platform's "Custom" vendor: the operator gives the provider's
// URL, how it authenticates, extra headers and the JSON payload (a template with {{toNumber}},
// {{fromNumber}} and {{message}}). There is no vendor spec: the console POSTs the filled payload
// and reads any 2xx as accepted.
namespace cc::custom {

const VendorAdapter &adapter();
inline Vendor vendor()
{
    return vendorOf(adapter());
}

VendorSchema schema();

enum class Auth { ApiKey, Basic, Bearer, OAuth2, Mac, None };

struct Account
{
    QString appId;
    QString providerName;
    QUrl url;
    Auth auth = Auth::ApiKey;
    QString apiToken;      // ApiKey: sent as X-API-Key
    QString basicUser;     // Basic
    QString basicPassword; // Basic
    QString bearerToken;   // Bearer
    QUrl tokenUrl;         // OAuth2
    QString tokenBody;     // OAuth2: a JSON template with {{clientSecret}}
    QString clientSecret;  // OAuth2
    QString macSecret;     // Mac
    QString macHash;       // Mac: hmac-sha-256, hmac-sha-512, hmac-sha-1
    bool mtls = false;
    QString certificateFile; // mTLS: PEM
    QString keyFile;         // mTLS: PEM
    QString keyPassphrase;   // mTLS: may be empty
    QVector<NameValue> headers;
    QString payload;
};
Account accountFrom(const Credential &credential, const Secrets &secrets);

// The placeholders of the payload, and of the OAuth 2.0 body.
inline const QStringList kPayloadPlaceholders = {QStringLiteral("toNumber"), QStringLiteral("fromNumber"),
                                                 QStringLiteral("message")};
inline const QString kClientSecretPlaceholder = QStringLiteral("clientSecret");
// The header names the console sets itself, which the extra headers may not give.
inline const QStringList kFixedHeaders = {QStringLiteral("Content-Type"),   QStringLiteral("Charset"),
                                          QStringLiteral("Content-Length"), QStringLiteral("Host"),
                                          QStringLiteral("User-Agent"),     QStringLiteral("Authorization")};
inline const QByteArray kContentType = QByteArrayLiteral("application/json; charset=utf-8");

// The client certificate and key for mutual TLS; *problem says which file could not be read (the
// event to record), and the configuration is then empty.
std::optional<QSslConfiguration> tlsConfiguration(const Account &account, ActivityEvent *problem);

// POST to the provider URL with the filled payload, the extra headers and the auth type's
// Authorization (or X-API-Key); OAuth2 gets its token applied later (VendorOperations). sendsOnce.
// MAC: nowSeconds and nonce go into the signature (see macAuthorization()).
HttpRequest sendRequest(const Account &account, const TestMessage &message, qint64 nowSeconds, const QByteArray &nonce);
// MAC, after draft-ietf-oauth-v2-http-mac-01: the HMAC (macHash) with the secret of
// "ts\nnonce\nMETHOD\nrequest-uri\nhost\nport\nbodyhash\n\n", where bodyhash is the Base64 of the
// body's hash with the same algorithm; the header is
// MAC id="<appId>", ts="…", nonce="…", bodyhash="…", mac="<Base64 HMAC>".
QByteArray macAuthorization(const Account &account, const HttpRequest &request, qint64 nowSeconds,
                            const QByteArray &nonce);
// The OAuth 2.0 token request: POST the filled body (JSON) to the token URL.
HttpRequest tokenRequest(const Account &account); // its answer: oauth::parseToken

struct SendResult
{
    QString messageId; // "id", "messageId" or "message_id" of a JSON answer, when there is one
    NetError error;
};
// Any 2xx is accepted (the provider's answer is shown as it is); otherwise the status's error with
// the provider's "message", "error_description", "error" or "text".
SendResult parseSendResponse(const HttpResponse &response);
QString vendorErrorText(const QJsonObject &body);

} // namespace cc::custom
