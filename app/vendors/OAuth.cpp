#include "OAuth.h"

#include "VendorHttp.h"
#include "net/NetPolicy.h"

#include <QCryptographicHash>

namespace cc::oauth {

HttpRequest clientCredentialsRequest(const QUrl &url, const QString &clientId, const QString &clientSecret)
{
    HttpRequest r;
    r.method = "POST";
    r.url = url;
    const QByteArray credentials = (clientId + QLatin1Char(':') + clientSecret).toUtf8().toBase64();
    r.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + credentials});
    r.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    r.body = QByteArrayLiteral("grant_type=client_credentials");
    r.secrets << clientSecret << QString::fromLatin1(credentials);
    r.secrets.removeAll(QString());
    return r;
}

QString errorText(const QJsonObject &body)
{
    for (const char *key : {"error_description", "message", "text", "error"}) {
        const QJsonValue v = body.value(QLatin1String(key));
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString();
        if (v.isObject()) // {"error": {"message": "..."}}
            return errorText(v.toObject());
    }
    return QString();
}

TokenGrant parseToken(const HttpResponse &response)
{
    TokenGrant g;
    const QJsonObject o = vendorhttp::successObject(response, errorText, &g.error);
    if (!g.error.ok())
        return g;
    g.token = o.value(QStringLiteral("access_token")).toString();
    if (g.token.isEmpty()) {
        g.error = vendorhttp::malformed(QStringLiteral("token answer without \"access_token\""));
        return g;
    }
    const QJsonValue expires = o.value(QStringLiteral("expires_in"));
    const int seconds = expires.isString() ? expires.toString().toInt() : expires.toInt(-1);
    g.expiresInSeconds = seconds > 0 ? seconds : -1;
    return g;
}

QString cacheKey(const QString &scope, const QByteArray &grantMaterial)
{
    return scope + QLatin1Char('/') +
           QString::fromLatin1(QCryptographicHash::hash(grantMaterial, QCryptographicHash::Sha256).toHex());
}

ActivityEvent tokenUrlProblem(const QUrl &url)
{
    const QString problem = NetPolicy::urlProblem(url);
    if (problem.isEmpty())
        return ActivityEvent();
    return ActivityEvent::of("refused.address",
                             {{"problem", problem}, {"scheme", url.scheme()}, {"example", QString()}});
}

} // namespace cc::oauth
