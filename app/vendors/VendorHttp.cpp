#include "VendorHttp.h"

namespace cc::vendorhttp {

QUrl normalizedBase(const QString &text)
{
    QString t = text.trimmed();
    if (!t.isEmpty() && !t.contains(QLatin1String("://")))
        t.prepend(QLatin1String("https://"));
    while (t.endsWith(QLatin1Char('/')))
        t.chop(1);
    return QUrl(t, QUrl::StrictMode);
}

QUrl regionalBase(const QString &endpoint, const QString &region, const char *hostPattern)
{
    const QString r = region.isEmpty() ? QStringLiteral("us") : region;
    if (!endpoint.isEmpty()) // "{region}" in it stands for the region (a proxy or test server per region)
        return normalizedBase(QString(endpoint).replace(QLatin1String("{region}"), r));
    return QUrl(QString::fromLatin1(hostPattern).arg(r));
}

QUrl joinUrl(const QUrl &base, const QString &path, const QUrlQuery &query)
{
    QUrl url = base;
    QString prefix = base.path(QUrl::FullyEncoded);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path, QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

HttpRequest jsonRequest(const QByteArray &method, const QUrl &url, const QByteArray &authorization,
                        const QJsonDocument &body, const QStringList &secrets)
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    if (!authorization.isEmpty()) // empty: a token is put on it later (OAuth 2.0)
        r.headers.append({QByteArrayLiteral("Authorization"), authorization});
    r.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (!body.isNull()) {
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        r.body = body.toJson(QJsonDocument::Compact);
    }
    for (const QString &s : secrets) {
        if (!s.isEmpty() && !r.secrets.contains(s))
            r.secrets.append(s);
    }
    return r;
}

NetError malformed(const QString &detail)
{
    NetError e;
    e.kind = NetError::Kind::MalformedResponse;
    e.detail = detail;
    return e;
}

NetError errorFor(const HttpResponse &response, const VendorErrorText &vendorText)
{
    NetError e = NetError::fromStatus(response.status, response.header(QByteArrayLiteral("Retry-After")));
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    if (doc.isObject() && vendorText)
        e.vendorMessage = vendorText(doc.object()).trimmed();
    e.detail = QStringLiteral("HTTP %1").arg(response.status);
    return e;
}

QJsonObject successObject(const HttpResponse &response, const VendorErrorText &vendorText, NetError *error)
{
    if (!response.isSuccess()) {
        *error = errorFor(response, vendorText);
        return QJsonObject();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error =
            malformed(parseError.error != QJsonParseError::NoError
                          ? QStringLiteral("HTTP %1: not JSON (%2)").arg(response.status).arg(parseError.errorString())
                          : QStringLiteral("HTTP %1: JSON but not an object").arg(response.status));
        return QJsonObject();
    }
    *error = NetError();
    return doc.object();
}

} // namespace cc::vendorhttp
