#pragma once

#include "Redactor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace cc {

using RawHeader = QPair<QByteArray, QByteArray>;

// A request as a vendor's builder describes it: pure data, sent by HttpClient.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<RawHeader> headers; // Authorization, Content-Type, Accept ...
    QByteArray body;
    QStringList secrets; // values that must never appear in anything logged, shown or stored
    // A request that may cost money or act twice (a test send): never re-sent, not even by Qt itself.
    bool sendsOnce = false;
    // The TLS set-up to use instead of the default one (a client certificate for mutual TLS).
    std::optional<QSslConfiguration> tls;

    QByteArray header(const QByteArray &name) const;
    // Masks the secrets and the Authorization value of this request, in every form.
    Redactor redactor() const;
    // The same, added to a redactor that may know them already (cheaper than merging a new one).
    void addSecretsTo(Redactor *redactor) const;
};

struct HttpResponse
{
    int status = 0;
    QList<RawHeader> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive
    bool isSuccess() const { return status >= 200 && status < 300; }
};

// Every way a call to a vendor can fail, in words an operator understands.
struct NetError
{
    Q_DECLARE_TR_FUNCTIONS(cc::NetError)

public:
    enum class Kind {
        None,
        Unauthorized,      // 401: wrong token or key
        Forbidden,         // 403: missing permission or scope
        NotFound,          // 404: wrong service plan id, project, app or region
        BadRequest,        // 400: the vendor's own validation text in vendorMessage
        RateLimited,       // 429: retryAfterSeconds when the vendor said
        Unavailable,       // 5xx
        OtherHttp,         // any other non-2xx status
        Timeout,           // no complete answer within the transfer timeout
        HostNotFound,      // DNS
        TlsFailure,        // certificate or handshake; always fatal
        ConnectionFailed,  // refused, reset, closed
        InsecureRefused,   // http:// to a non-loopback host, before anything is sent
        RedirectRefused,   // a redirect the client does not follow
        TooLarge,          // the response body exceeded the cap
        MalformedResponse, // not the JSON the vendor documents
        Cancelled,
        MaybeSent, // a sendsOnce request whose connection dropped after it went out: not retried
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString vendorMessage; // the vendor's own text, when it gave one
    int retryAfterSeconds = -1;
    QString detail; // technical detail for the log (already redacted)

    bool ok() const { return kind == Kind::None; }
    // A translated, plain-words explanation of what went wrong and what to do.
    QString message() const;
    // A short stable name, for --json output and logs: "unauthorized", "timeout", ...
    QString code() const;

    // The error for a non-2xx status, before any vendor-specific text is added.
    static NetError fromStatus(int status, const QByteArray &retryAfter = QByteArray());
};

} // namespace cc
