#pragma once

#include "HttpTypes.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace cc {

// One request under way; cancel() ends it with NetError::Kind::Cancelled. It deletes itself after
// the callback has run.
class HttpCall : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void cancel() = 0;
};

// The one HTTP client, over a QNetworkAccessManager that is passed in (never a global), used by
// every vendor. Every request has a deadline for its whole transfer (stricter than a timeout on
// silence: a trickle is cut off too); TLS errors are fatal; http:// is refused
// except to loopback addresses; redirects are not followed to another host, and an Authorization
// header never reaches one; response bodies are capped; the request's secrets are redacted
// (Redactor) from the answer's body and headers, the error detail and the log line before anyone
// sees them.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const HttpResponse &response, const NetError &error)>;

    explicit HttpClient(QNetworkAccessManager *manager, QObject *parent = nullptr);

    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int transferTimeout() const { return m_timeoutMs; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    // The callback always runs exactly once, later, on this thread: with the response and
    // NetError::Kind::None for a 2xx; with the response and the error from its status for any
    // other status; with an empty response and the error for a transport failure.
    // The returned call deletes itself after the callback: keep it in a QPointer to cancel() it.
    // A call outlives the client (it still answers, without logging); if the manager goes, the call
    // ends with Kind::Cancelled. No redirect is ever followed (Kind::RedirectRefused, response kept).
    // Beware: Qt itself re-sends a request (even a POST) once when the connection closes before
    // any byte of an answer; the outcome is still one callback. A request marked sendsOnce is never
    // re-sent: such a drop ends it with Kind::MaybeSent.
    HttpCall *send(const HttpRequest &request, Callback done);
    // The same, tied to a context object like QObject::connect: when context is destroyed first,
    // the request is aborted and the callback never runs.
    HttpCall *send(const HttpRequest &request, const QObject *context, Callback done);

    // What every request says it comes from, in its User-Agent header (set here, whatever the request
    // asks): "channel-console/<version> (Qt <version>; <system>)", printable ASCII only.
    static QByteArray userAgent();

    // True when something is connected to logLine(): the line (and its redaction) is built only then.
    bool hasLogListener() const;

Q_SIGNALS:
    // One line per finished request for the activity and debug logs, already redacted.
    void logLine(const QString &line);

private:
    QNetworkAccessManager *m_manager;
    int m_timeoutMs = 30000;
    qint64 m_maxBodyBytes = 4 * 1024 * 1024;
};

} // namespace cc
