#pragma once

#include <QCoreApplication>
#include <QUrl>

namespace cc {

// The rules every URL the console talks to must follow: https, or http to a loopback address only
// (so that tests and local fakes work, and nothing else goes out in clear text).
class NetPolicy
{
    Q_DECLARE_TR_FUNCTIONS(cc::NetPolicy)

public:
    static bool isLoopbackHost(const QString &host);
    // The one rule of where the console sends: https anywhere, http to this computer only.
    static bool isAllowedScheme(const QUrl &url);
    // Empty when the URL may be used; otherwise a translated reason naming what is expected, with
    // the example (one that fits the field it was typed in) when there is one.
    static QString checkBaseUrl(const QUrl &url, const QString &example = QString());
    // The same in two steps, for the activity log, which keeps the problem and words it when shown:
    // what is wrong (empty when nothing is; else "not-full", "plain-http" or "scheme": stable), and
    // the reason for it (scheme: the URL's, which "scheme" names).
    static QString urlProblem(const QUrl &url);
    static QString describeUrlProblem(const QString &problem, const QString &scheme,
                                      const QString &example = QString());
    // The same for the address of a file to send (an MMS's media): besides urlProblem's, "no-file"
    // when it names a host but no file.
    static QString mediaUrlProblem(const QUrl &url);

    // Examples that fit their fields (placeholders and messages show the same).
    static QString exampleMediaUrl() { return QStringLiteral("https://example.com/image.jpg"); }
    static QString exampleWebhookUrl() { return QStringLiteral("https://example.com/sinch/inbound"); }
};

} // namespace cc
