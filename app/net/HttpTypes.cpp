#include "HttpTypes.h"

#include <QDateTime>

namespace cc {

namespace {

QByteArray findHeader(const QList<RawHeader> &headers, const QByteArray &name)
{
    for (const RawHeader &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

Redactor HttpRequest::redactor() const
{
    Redactor r;
    addSecretsTo(&r);
    return r;
}

void HttpRequest::addSecretsTo(Redactor *redactor) const
{
    for (const QString &secret : secrets)
        redactor->addSecret(secret);
    const QByteArray authorization = header(QByteArrayLiteral("Authorization"));
    if (!authorization.isEmpty())
        redactor->addAuthorization(authorization);
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

NetError NetError::fromStatus(int status, const QByteArray &retryAfter)
{
    NetError e;
    e.httpStatus = status;
    if (status == 400)
        e.kind = Kind::BadRequest;
    else if (status == 401)
        e.kind = Kind::Unauthorized;
    else if (status == 403)
        e.kind = Kind::Forbidden;
    else if (status == 404)
        e.kind = Kind::NotFound;
    else if (status == 429)
        e.kind = Kind::RateLimited;
    else if (status >= 500 && status < 600)
        e.kind = Kind::Unavailable;
    else
        e.kind = Kind::OtherHttp;
    if (!retryAfter.isEmpty()) {
        // Retry-After is either a number of seconds or an HTTP date.
        bool isNumber = false;
        const int seconds = retryAfter.trimmed().toInt(&isNumber);
        if (isNumber) {
            e.retryAfterSeconds = qMax(0, seconds);
        } else {
            const QDateTime when = QDateTime::fromString(QString::fromLatin1(retryAfter.trimmed()), Qt::RFC2822Date);
            if (when.isValid())
                e.retryAfterSeconds = int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
        }
    }
    return e;
}

QString NetError::code() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("ok");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::BadRequest:
        return QStringLiteral("bad-request");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::Unavailable:
        return QStringLiteral("unavailable");
    case Kind::OtherHttp:
        return QStringLiteral("http-error");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::HostNotFound:
        return QStringLiteral("host-not-found");
    case Kind::TlsFailure:
        return QStringLiteral("tls-failure");
    case Kind::ConnectionFailed:
        return QStringLiteral("connection-failed");
    case Kind::InsecureRefused:
        return QStringLiteral("insecure-refused");
    case Kind::RedirectRefused:
        return QStringLiteral("redirect-refused");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::MalformedResponse:
        return QStringLiteral("malformed-response");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::MaybeSent:
        return QStringLiteral("maybe-sent");
    }
    return QStringLiteral("unknown");
}

QString NetError::message() const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Unauthorized:
        return tr("The vendor rejected the credentials (HTTP 401). Check the API token or key, and that it belongs "
                  "to this service plan or project.");
    case Kind::Forbidden:
        return tr("The credentials are valid but lack a permission (HTTP 403). Give the key or token the scope this "
                  "action needs in the vendor's dashboard.");
    case Kind::NotFound:
        return tr("The vendor does not know this account (HTTP 404). Check the service plan ID, project ID, app ID "
                  "and region: a wrong region also gives this error.");
    case Kind::BadRequest:
        return vendorMessage.isEmpty()
                   ? tr("The vendor refused the request as invalid (HTTP 400). Check the phone numbers and fields.")
                   : tr("The vendor refused the request as invalid (HTTP 400): %1").arg(vendorMessage);
    case Kind::RateLimited:
        return retryAfterSeconds >= 0
                   ? tr("Too many requests: the vendor asks to wait %n second(s) before trying again (HTTP 429).",
                        nullptr, retryAfterSeconds)
                   : tr("Too many requests: the vendor asks to slow down (HTTP 429). Try again in a moment.");
    case Kind::Unavailable:
        return tr("The vendor's service is unavailable (HTTP %1). Try again later; if it persists, check the "
                  "vendor's status page.")
            .arg(httpStatus);
    case Kind::OtherHttp:
        return vendorMessage.isEmpty()
                   ? tr("The vendor answered with an unexpected HTTP status %1.").arg(httpStatus)
                   : tr("The vendor answered with HTTP status %1: %2").arg(httpStatus).arg(vendorMessage);
    case Kind::Timeout:
        return tr("The vendor did not answer in time. Check your network connection and the API endpoint, then try "
                  "again.");
    case Kind::HostNotFound:
        return tr("The vendor's host name could not be found. Check the API base URL or endpoint and your network "
                  "connection.");
    case Kind::TlsFailure:
        return tr("The secure connection to the vendor failed (TLS certificate or handshake). Nothing was sent. "
                  "Check the address; a network that intercepts HTTPS can also cause this.");
    case Kind::ConnectionFailed:
        return tr("The connection to the vendor failed or was closed early. Check the address and your network, "
                  "then try again.");
    case Kind::InsecureRefused:
        return tr("Plain http:// is refused except for this computer's own addresses. Use an https:// address.");
    case Kind::RedirectRefused:
        return tr("The vendor redirected the request elsewhere; it was not followed. Check the API base URL or "
                  "endpoint.");
    case Kind::TooLarge:
        return tr("The vendor's answer was unexpectedly large and was cut off. Check the API base URL or endpoint.");
    case Kind::MalformedResponse:
        return tr("The vendor's answer could not be understood. Check that the API base URL or endpoint points at "
                  "the vendor's API.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::MaybeSent:
        return tr("The connection dropped after the request was sent: the message may or may not have been sent. "
                  "Look up its delivery report before sending again.");
    }
    return QString();
}

} // namespace cc
