#pragma once

#include "domain/ActivityEvent.h"
#include "net/HttpTypes.h"
#include "vendors/VendorAdapter.h"

#include <QJsonObject>

// OAuth 2.0 client credentials (RFC 6749, section 4.4), as every vendor that offers it uses it: the
// token request, its answer, and the key under which VendorOperations keeps the token in memory.
namespace cc::oauth {

// POST url with Authorization: Basic base64(clientId:clientSecret) and the form body
// grant_type=client_credentials (RFC 6749, sections 2.3.1 and 4.4.2). Both values and the header are
// recorded for redaction.
HttpRequest clientCredentialsRequest(const QUrl &url, const QString &clientId, const QString &clientSecret);

// The answer (section 5.1): access_token and expires_in (a number, or a number as a string, which
// some servers send); an error answer (section 5.2) is worded with its error_description, else its
// error code.
TokenGrant parseToken(const HttpResponse &response);
// The error text of a token endpoint's error body (error_description, error, or a message).
QString errorText(const QJsonObject &body);

// A key for the token cache: the scope (a credential's id, or a vendor's name when the same key at
// the same endpoint may serve several credentials) and a hash of what the grant depends on, so that
// no secret is kept as a key in memory.
QString cacheKey(const QString &scope, const QByteArray &grantMaterial);

// Why the console will not send a token request to this URL (the network policy: https, or http on
// a loopback address); empty when it will.
ActivityEvent tokenUrlProblem(const QUrl &url);

} // namespace cc::oauth
