#include "NetPolicy.h"

#include <QHostAddress>

namespace cc {

bool NetPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool NetPolicy::isAllowedScheme(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("https") || (scheme == QLatin1String("http") && isLoopbackHost(url.host()));
}

QString NetPolicy::urlProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || url.scheme().isEmpty())
        return QStringLiteral("not-full");
    if (isAllowedScheme(url))
        return QString();
    return url.scheme().toLower() == QLatin1String("http") ? QStringLiteral("plain-http") : QStringLiteral("scheme");
}

QString NetPolicy::mediaUrlProblem(const QUrl &url)
{
    const QString problem = urlProblem(url);
    if (problem.isEmpty() && url.path().length() <= 1)
        return QStringLiteral("no-file");
    return problem;
}

QString NetPolicy::describeUrlProblem(const QString &problem, const QString &scheme, const QString &example)
{
    if (problem.isEmpty())
        return QString();
    if (problem == QLatin1String("not-full"))
        return example.isEmpty()
                   ? tr("Enter a full address that starts with https:// and names a host.")
                   : tr("Enter a full address that starts with https:// and names a host, for example %1.")
                         .arg(example);
    if (problem == QLatin1String("no-file"))
        return tr("Enter the address of the media file itself, for example %1.").arg(example);
    if (problem == QLatin1String("plain-http"))
        return tr("Use https://: plain http:// is accepted only for this computer's own addresses (localhost, "
                  "127.0.0.1, ::1).");
    return tr("Use an https:// address; \"%1\" is not supported.").arg(scheme);
}

QString NetPolicy::checkBaseUrl(const QUrl &url, const QString &example)
{
    return describeUrlProblem(urlProblem(url), url.scheme(), example);
}

} // namespace cc
