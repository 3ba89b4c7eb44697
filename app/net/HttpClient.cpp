#include "HttpClient.h"

#include "NetPolicy.h"

#include <QElapsedTimer>
#include <QMetaMethod>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTimerEvent>
#include <QUrlQuery>

#include <algorithm>

namespace cc {

namespace {

// Query parameters whose values are secrets even when the request did not list them.
bool isSecretQueryKey(const QString &key)
{
    static const QRegularExpression secretish(QStringLiteral("key|token|secret|pass|auth|sig|credential"),
                                              QRegularExpression::CaseInsensitiveOption);
    return secretish.match(key).hasMatch();
}

// The URL as it may appear in a log: no user info, secret-looking query values and every secret
// of the request masked.
QString loggableUrl(const QUrl &url, const Redactor &redactor)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
        for (auto &item : items) {
            if (isSecretQueryKey(item.first))
                item.second = Redactor::mask();
        }
        query.setQueryItems(items);
        copy.setQuery(query);
    }
    return redactor.redact(copy.toString());
}

// The body of a request that must go out once: Qt re-sends a request when its connection drops
// before an answer (QHttpNetworkConnectionChannel::handleUnexpectedEOF() and _q_error() ask
// resetUploadData()), but only if it can rewind the upload. This device cannot, so Qt 6.4 ends the
// reply with ContentReSendError instead (tst_httpclient: aSendGoesOutOnce).
class OnceDevice : public QIODevice
{
public:
    explicit OnceDevice(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_read + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_read >= m_data.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qMin<qint64>(max, m_data.size() - m_read);
        std::copy_n(m_data.constData() + m_read, n, out);
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

// Where a request may go: https anywhere, http to this computer only, nothing else.
NetError checkScheme(const QUrl &url)
{
    NetError e;
    if (NetPolicy::isAllowedScheme(url))
        e.kind = url.host().isEmpty() ? NetError::Kind::HostNotFound : NetError::Kind::None;
    else
        e.kind = NetError::Kind::InsecureRefused;
    return e;
}

NetError::Kind kindOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return NetError::Kind::None;
    case QNetworkReply::HostNotFoundError:
        return NetError::Kind::HostNotFound;
    case QNetworkReply::SslHandshakeFailedError:
        return NetError::Kind::TlsFailure;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::OperationCanceledError: // only a transfer timeout set on the manager aborts unasked
        return NetError::Kind::Timeout;
    case QNetworkReply::ContentReSendError: // only a OnceDevice upload cannot be sent again
        return NetError::Kind::MaybeSent;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return NetError::Kind::RedirectRefused;
    default:
        return NetError::Kind::ConnectionFailed;
    }
}

class HttpCallImpl : public HttpCall
{
public:
    HttpCallImpl(HttpClient *client, QNetworkAccessManager *manager, const HttpRequest &request,
                 HttpClient::Callback done)
        : m_client(client)
        , m_manager(manager)
        , m_method(request.method.toUpper())
        , m_url(request.url)
        , m_redactor(request.redactor())
        , m_done(std::move(done))
        , m_maxBodyBytes(client->maxBodyBytes())
    {
        m_elapsed.start();
        NetError refused = checkScheme(request.url);
        if (!refused.ok()) {
            refused.detail = QStringLiteral("refused before sending: %1").arg(loggableUrl(m_url, m_redactor));
            complete(HttpResponse(), refused);
            return;
        }
        if (!m_manager) {
            complete(HttpResponse(),
                     withDetail(NetError::Kind::ConnectionFailed, QStringLiteral("no network manager")));
            return;
        }
        start(request, client->transferTimeout());
    }

    ~HttpCallImpl() override
    {
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
        }
    }

    void cancel() override { stop(NetError::Kind::Cancelled); }

    // Drops the request without a callback (its context object is gone).
    void abandon()
    {
        m_delivered = true;
        stop(NetError::Kind::Cancelled);
        deleteLater();
    }

private:
    void start(const HttpRequest &request, int timeoutMs)
    {
        QNetworkRequest nr(request.url);
        // Redirects come back to us as 3xx answers; see onFinished().
        nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        // Nothing vendors answer is cached, and no cookie jar sees them.
        nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
        nr.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        nr.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        // No QNetworkRequest::setTransferTimeout(): the deadline below ends the request at
        // timeoutMs whatever arrives, so a silence of timeoutMs can never outlast it, and Qt 6.4
        // re-arms its transfer timer through a queued call on every chunk either way.
        for (const RawHeader &h : request.headers) {
            if (h.first.compare("User-Agent", Qt::CaseInsensitive) != 0)
                nr.setRawHeader(h.first, h.second);
        }
        nr.setRawHeader("User-Agent", HttpClient::userAgent());
        if (request.tls)
            nr.setSslConfiguration(*request.tls);

        if (request.sendsOnce) {
            // Unbuffered, so that Qt reads the body from the device itself and cannot rewind it.
            // HTTP/1.1 only: that is the path whose behaviour on a dropped connection is tested.
            nr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            nr.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
            auto *body = new OnceDevice(request.body);
            m_reply = m_manager->sendCustomRequest(nr, m_method, body);
            body->setParent(m_reply); // the reply reads it until it is deleted
        } else if (request.body.isEmpty()) {
            // No upload device at all: given an empty one, Qt announces "Content-Length: 0" even on a
            // GET, which some servers and proxies refuse (tst_httpclient: everyRequestNamesTheConsole).
            m_reply = m_manager->sendCustomRequest(nr, m_method);
        } else {
            m_reply = m_manager->sendCustomRequest(nr, m_method, request.body);
        }
        connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpCallImpl::checkAnnouncedLength);
        connect(m_reply, &QNetworkReply::readyRead, this, &HttpCallImpl::readBody);
        connect(m_reply, &QNetworkReply::finished, this, &HttpCallImpl::onFinished);
        // No ignoreSslErrors() anywhere: a TLS error ends the request. Remember it for the message.
        connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
            m_tlsError = true;
            if (!errors.isEmpty())
                m_tlsDetail = errors.constFirst().errorString();
        });
        // The manager deletes its replies when it goes; end the call then, not silently.
        connect(m_reply, &QObject::destroyed, this, [this] {
            if (!m_finished)
                complete(HttpResponse(), withDetail(NetError::Kind::Cancelled, QStringLiteral("network manager gone")));
        });

        // A whole-answer deadline: a slow trickle is cut off as surely as a silent server. A plain
        // timer of this object's own (see timerEvent()), not a QTimer object for every request.
        m_deadline = startTimer(timeoutMs);
    }

    void timerEvent(QTimerEvent *event) override
    {
        if (event->timerId() != m_deadline) {
            HttpCall::timerEvent(event);
            return;
        }
        stopDeadline();
        stop(NetError::Kind::Timeout);
    }

    void stopDeadline()
    {
        if (m_deadline != 0)
            killTimer(m_deadline);
        m_deadline = 0;
    }

    void checkAnnouncedLength()
    {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_maxBodyBytes)
            stop(NetError::Kind::TooLarge);
    }

    // Reads what has arrived. Not readAll(): on a reply it sets aside a 16 KiB chunk and reads
    // into it even when nothing is there, which is every call from onFinished().
    void readBody()
    {
        qint64 available = 0;
        while (m_reply->isOpen() && (available = m_reply->bytesAvailable()) > 0) {
            if (m_body.size() + available > m_maxBodyBytes) {
                m_body.clear();
                stop(NetError::Kind::TooLarge);
                return;
            }
            const QByteArray chunk = m_reply->read(available);
            if (chunk.isEmpty())
                return;
            m_body += chunk;
        }
    }

    // Ends the request for a reason of ours; onFinished() reports it.
    void stop(NetError::Kind reason)
    {
        if (m_reason == NetError::Kind::None)
            m_reason = reason;
        if (m_finished)
            return;
        // Deleting the reply aborts it; abort() itself warns when the request has not started yet.
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->deleteLater();
            m_reply = nullptr;
        }
        onFinished();
    }

    void onFinished()
    {
        if (m_finished)
            return;
        m_finished = true; // from here on stop() only records a reason
        stopDeadline();
        if (m_reply) {
            readBody();
            m_reply->disconnect(this);
            m_reply->deleteLater();
        }
        if (m_reason != NetError::Kind::None) {
            const QString why = m_reason == NetError::Kind::TooLarge
                                    ? QStringLiteral("body over %1 bytes").arg(m_maxBodyBytes)
                                    : QString();
            complete(HttpResponse(), withDetail(m_reason, why));
            return;
        }

        const int status = m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
        if (status <= 0) {
            const QNetworkReply::NetworkError error = m_reply ? m_reply->error() : QNetworkReply::UnknownNetworkError;
            const NetError::Kind kind = m_tlsError ? NetError::Kind::TlsFailure : kindOf(error);
            QString detail = m_tlsDetail.isEmpty() && m_reply ? m_reply->errorString() : m_tlsDetail;
            if (kind == NetError::Kind::MaybeSent) // Qt's own words for it are "Unknown error"
                detail = QStringLiteral("connection dropped after the request went out; not sent again");
            complete(HttpResponse(),
                     withDetail(kind == NetError::Kind::None ? NetError::Kind::ConnectionFailed : kind, detail));
            return;
        }

        HttpResponse response;
        response.status = status;
        response.headers = m_reply->rawHeaderPairs();
        response.body = m_body;
        if (isCutShort(response)) {
            complete(HttpResponse(), withDetail(NetError::Kind::ConnectionFailed,
                                                QStringLiteral("answer cut short: %1 of %2 bytes")
                                                    .arg(m_body.size())
                                                    .arg(QString::fromLatin1(response.header("Content-Length")))));
            return;
        }
        if (status >= 300 && status < 400 && !response.header("Location").isEmpty()) {
            // No redirect is followed, not even to the same host: an API that redirects means a
            // wrong base URL, and following one is how an Authorization header leaks.
            const QUrl target = m_url.resolved(QUrl::fromEncoded(response.header("Location")));
            NetError e = NetError::fromStatus(status);
            e.kind = NetError::Kind::RedirectRefused;
            e.detail = QStringLiteral("redirect to %1 not followed").arg(loggableUrl(target, m_redactor));
            complete(response, e);
            return;
        }
        NetError e;
        if (!response.isSuccess())
            e = NetError::fromStatus(status, response.header("Retry-After"));
        e.httpStatus = status;
        complete(response, e);
    }

    // Qt 6.4 reports a connection closed before Content-Length bytes as a normal end.
    bool isCutShort(const HttpResponse &response) const
    {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        const QByteArray encoding = response.header("Content-Encoding");
        const bool plain = encoding.isEmpty() || encoding.compare("identity", Qt::CaseInsensitive) == 0;
        const bool hasBody = response.status != 204 && response.status != 304 && m_method != "HEAD";
        return length.isValid() && plain && hasBody && m_body.size() < length.toLongLong();
    }

    NetError withDetail(NetError::Kind kind, QString detail) const
    {
        NetError e;
        e.kind = kind;
        // Qt's error strings may quote the URL, query and all.
        detail.replace(m_url.toString(), loggableUrl(m_url, m_redactor));
        e.detail = detail; // redacted with the rest in complete()
        return e;
    }

    // Fixes the outcome now and delivers it from the event loop, so that the callback never runs
    // inside send() or cancel(). Every text of the answer is redacted here, before anyone sees it.
    void complete(const HttpResponse &response, const NetError &error)
    {
        m_finished = true;
        stopDeadline();
        m_response = response;
        m_response.body = m_redactor.redact(response.body);
        for (RawHeader &h : m_response.headers)
            h.second = m_redactor.redact(h.second);
        m_result = error;
        m_result.detail = m_redactor.redact(error.detail);
        m_result.vendorMessage = m_redactor.redact(error.vendorMessage);
        QMetaObject::invokeMethod(this, &HttpCallImpl::deliver, Qt::QueuedConnection);
    }

    void deliver()
    {
        if (m_delivered)
            return;
        m_delivered = true;
        if (m_client && m_client->hasLogListener())
            Q_EMIT m_client->logLine(logLine());
        if (m_done)
            m_done(m_response, m_result);
        deleteLater();
    }

    // "POST https://host/path -> 401 unauthorized (120 ms)", "GET ... -> timeout (300 ms): detail".
    QString logLine() const
    {
        QString outcome = m_result.httpStatus > 0 ? QString::number(m_result.httpStatus) : QString();
        if (!m_result.ok())
            outcome = outcome.isEmpty() ? m_result.code() : QString(outcome + QLatin1Char(' ') + m_result.code());
        QString line = QStringLiteral("%1 %2 -> %3 (%4 ms)")
                           .arg(QString::fromLatin1(m_method), loggableUrl(m_url, m_redactor), outcome)
                           .arg(m_elapsed.elapsed());
        if (!m_result.detail.isEmpty())
            line += QStringLiteral(": ") + m_result.detail;
        return m_redactor.redact(line);
    }

    QPointer<HttpClient> m_client; // may go before the call; then nothing is logged
    QPointer<QNetworkAccessManager> m_manager;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_method;
    QUrl m_url;
    Redactor m_redactor;
    HttpClient::Callback m_done;
    qint64 m_maxBodyBytes;
    QElapsedTimer m_elapsed;
    int m_deadline = 0; // the id of the deadline timer while it runs
    QByteArray m_body;
    NetError::Kind m_reason = NetError::Kind::None; // why we aborted, if we did
    bool m_tlsError = false;
    QString m_tlsDetail;
    bool m_finished = false; // the outcome is fixed
    bool m_delivered = false;
    HttpResponse m_response;
    NetError m_result;
};

} // namespace

HttpClient::HttpClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
}

HttpCall *HttpClient::send(const HttpRequest &request, Callback done)
{
    // Not a child of the client: a call outlives it and still answers exactly once.
    return new HttpCallImpl(this, m_manager, request, std::move(done));
}

HttpCall *HttpClient::send(const HttpRequest &request, const QObject *context, Callback done)
{
    auto *call = new HttpCallImpl(this, m_manager, request, std::move(done));
    if (context)
        connect(context, &QObject::destroyed, call, &HttpCallImpl::abandon);
    return call;
}

QByteArray HttpClient::userAgent()
{
    static const QByteArray name = [] {
        QByteArray system = QSysInfo::prettyProductName().toUtf8();
        for (char &c : system) { // a header value: no control or non-ASCII byte, no comment delimiters
            if (c < 0x20 || c >= 0x7f || c == '(' || c == ')')
                c = c == '(' || c == ')' ? ' ' : '?';
        }
        QByteArray agent("channel-console/" CC_VERSION " (Qt ");
        agent.append(qVersion()).append("; ").append(system.simplified()).append(')');
        return agent;
    }();
    return name;
}

bool HttpClient::hasLogListener() const
{
    static const QMetaMethod signal = QMetaMethod::fromSignal(&HttpClient::logLine);
    return isSignalConnected(signal);
}

} // namespace cc
