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

QString NetPolicy::checkBaseUrl(const QUrl &url, const QString &example)
{
    if (!url.isValid() || url.host().isEmpty() || url.scheme().isEmpty())
        return example.isEmpty()
                   ? tr("Enter a full address that starts with https:// and names a host.")
                   : tr("Enter a full address that starts with https:// and names a host, for example %1.")
                         .arg(example);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return QString();
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return QString();
        return tr("Use https://: plain http:// is accepted only for this computer's own addresses (localhost, "
                  "127.0.0.1, ::1).");
    }
    return tr("Use an https:// address; \"%1\" is not supported.").arg(url.scheme());
}

} // namespace cc
