#include "FakeVendorServer.h"

#include <QFile>
#include <QProcess>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace cctest {

namespace {

constexpr qint64 kMaxHead = 64 * 1024;
constexpr qint64 kStreamChunk = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray routeKey(const QByteArray &method, const QString &path)
{
    return method.toUpper() + ' ' + path.toUtf8();
}

const FakeHeader *findHeader(const QList<FakeHeader> &headers, const QByteArray &name)
{
    for (const FakeHeader &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return &h;
    }
    return nullptr;
}

// Text as it may stand inside a JSON string: quotes, backslashes and control characters escaped,
// and with slashEscaped "/" as "\/", or with allEscaped every character but letters and digits
// as a \uXXXX escape (which only a JSON parser turns back).
QByteArray jsonString(const QByteArray &utf8, bool slashEscaped = false, bool allEscaped = false)
{
    QByteArray out;
    for (const QChar c : QString::fromUtf8(utf8)) {
        if (allEscaped && !c.isLetterOrNumber())
            out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
        else if (c == u'"' || c == u'\\')
            out += '\\' + QString(c).toUtf8();
        else if (c == u'/' && slashEscaped)
            out += "\\/";
        else if (c.unicode() < 0x20)
            out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
        else
            out += QString(c).toUtf8();
    }
    return out;
}

QByteArray everyForm(const QByteArray &label, const QByteArray &secret)
{
    return label + ": " + jsonString(secret) + " base64 " + secret.toBase64() + " base64url " +
           secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + " percent " +
           secret.toPercentEncoding() + " json " + jsonString(secret, true) + " unicode " +
           jsonString(secret, false, true) + " | ";
}

} // namespace

QByteArray FakeResponse::echoText(const RecordedRequest &request)
{
    const QByteArray authorization = request.header("Authorization");
    const QByteArray credentials = authorization.mid(authorization.indexOf(' ') + 1);
    QByteArray out = "Authorization: " + jsonString(authorization) + " | " + everyForm("key", credentials);
    if (authorization.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(credentials);
        const qsizetype colon = pair.indexOf(':');
        out +=
            everyForm("basic", pair) + everyForm("user", pair.left(colon)) + everyForm("password", pair.mid(colon + 1));
    }
    return out + "body: " + jsonString(request.body);
}

struct FakeVendorServer::Connection
{
    QByteArray buffer;
    bool pending = false;     // a request is being answered; later ones wait in buffer
    bool closeAfter = false;  // the client asked for Connection: close
    qint64 streamLeft = 0;    // bytes of an oversized body still to write
    bool streamClose = false; // close when the stream ends (no Content-Length sent)
};

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    const FakeHeader *h = findHeader(headers, name);
    return h ? h->second : QByteArray();
}

bool RecordedRequest::hasHeader(const QByteArray &name) const
{
    return findHeader(headers, name) != nullptr;
}

FakeResponse FakeResponse::withDelay(int ms) const
{
    FakeResponse r = *this;
    r.delayMs = ms;
    return r;
}

FakeResponse FakeResponse::withHeader(const QByteArray &name, const QByteArray &value) const
{
    FakeResponse r = *this;
    r.headers.append(FakeHeader(name, value));
    return r;
}

FakeResponse FakeResponse::json(int status, const QByteArray &body)
{
    FakeResponse r;
    r.status = status;
    r.headers.append(FakeHeader("Content-Type", "application/json"));
    r.body = body;
    return r;
}

FakeResponse FakeResponse::text(int status, const QByteArray &body)
{
    FakeResponse r = json(status, body);
    r.headers = {{"Content-Type", "text/plain; charset=utf-8"}};
    return r;
}

FakeResponse FakeResponse::malformedJson()
{
    return json(200, R"({"id": "fake-batch-0001", "to": ["+447700900123"], "status": )");
}

FakeResponse FakeResponse::hang()
{
    FakeResponse r;
    r.fault = Fault::Hang;
    return r;
}

FakeResponse FakeResponse::reset()
{
    FakeResponse r;
    r.fault = Fault::Reset;
    return r;
}

FakeResponse FakeResponse::oversized(qint64 bytes, bool announceLength)
{
    FakeResponse r;
    r.fault = Fault::Oversized;
    r.oversizedBytes = bytes;
    r.announceLength = announceLength;
    return r;
}

FakeResponse FakeResponse::redirect(int status, const QUrl &location)
{
    FakeResponse r = text(status, "Moved");
    r.headers.append(FakeHeader("Location", location.toEncoded()));
    return r;
}

FakeResponse FakeResponse::rateLimited(int retryAfterSeconds, const QByteArray &body)
{
    FakeResponse r = json(429, body.isEmpty() ? QByteArray(R"({"error":"too many requests"})") : body);
    r.headers.append(FakeHeader("Retry-After", QByteArray::number(retryAfterSeconds)));
    return r;
}

FakeResponse FakeResponse::raw(const QByteArray &bytes)
{
    FakeResponse r;
    r.fault = Fault::Raw;
    r.body = bytes;
    return r;
}

FakeResponse FakeResponse::echoing(int status, const QByteArray &bodyTemplate)
{
    FakeResponse r = json(status, bodyTemplate);
    r.echoes = true;
    return r;
}

FakeResponse FakeResponse::trickle(const QByteArray &body, int intervalMs)
{
    FakeResponse r = json(200, body);
    r.fault = Fault::Trickle;
    r.delayMs = intervalMs;
    return r;
}

LoopbackCertificate::LoopbackCertificate()
{
    // An EC key (fast to make), valid two days, for the address the servers listen on.
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), QStringLiteral("key.pem"),
                   QStringLiteral("-out"), QStringLiteral("cert.pem")});
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl req failed: %1 %2")
                      .arg(openssl.errorString(), QString::fromLocal8Bit(openssl.readAllStandardError()));
        return;
    }
    QFile cert(file());
    QFile key(m_dir.filePath(QStringLiteral("key.pem")));
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read what openssl wrote in %1").arg(m_dir.path());
        return;
    }
    m_certificate = QSslCertificate(&cert, QSsl::Pem);
    m_key = QSslKey(&key, QSsl::Ec, QSsl::Pem);
    if (!isValid())
        m_error = QStringLiteral("Qt cannot read the certificate or key openssl made");
}

QSslConfiguration LoopbackCertificate::serverConfiguration() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_certificate);
    tls.setPrivateKey(m_key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    return tls;
}

DefaultTrust::DefaultTrust(const QSslCertificate &certificate)
    : m_before(QSslConfiguration::defaultConfiguration())
{
    QSslConfiguration trusting = m_before;
    trusting.addCaCertificate(certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);
}

DefaultTrust::~DefaultTrust()
{
    QSslConfiguration::setDefaultConfiguration(m_before);
}

FakeVendorServer::FakeVendorServer(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>())
{
    listen();
}

FakeVendorServer::FakeVendorServer(const QSslConfiguration &tls, QObject *parent)
    : QObject(parent)
    , m_tls(true)
{
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(tls);
    m_server = std::move(server);
    listen();
}

void FakeVendorServer::listen()
{
    m_default = FakeResponse::json(404, R"({"error":"no such route in the fake vendor"})");
    // Not newConnection(): a QSslServer offers a connection only once its handshake is done, later.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &FakeVendorServer::onNewConnection);
    m_server->listen(QHostAddress::LocalHost, 0);
}

FakeVendorServer::~FakeVendorServer()
{
    for (auto it = m_conns.cbegin(); it != m_conns.cend(); ++it)
        it.key()->disconnect(this);
    m_conns.clear();
}

QUrl FakeVendorServer::url(const QString &path) const
{
    return QUrl((m_tls ? QStringLiteral("https://127.0.0.1:%1") : QStringLiteral("http://127.0.0.1:%1")).arg(port()) +
                path);
}

void FakeVendorServer::setResponse(const QByteArray &method, const QString &path, const FakeResponse &response)
{
    m_script.insert(routeKey(method, path), response);
}

void FakeVendorServer::queueResponse(const QByteArray &method, const QString &path, const FakeResponse &response)
{
    m_queued[routeKey(method, path)].enqueue(response);
}

void FakeVendorServer::setDefaultResponse(const FakeResponse &response)
{
    m_default = response;
}

void FakeVendorServer::setHandler(const QByteArray &method, const QString &path, Handler handler)
{
    m_handlers.insert(routeKey(method, path), std::move(handler));
}

void FakeVendorServer::clearRecords()
{
    m_requests.clear();
    m_maxInFlight = m_inFlight;
    m_connections = 0;
}

void FakeVendorServer::closeAllConnections()
{
    const QList<QTcpSocket *> sockets = m_conns.keys();
    for (QTcpSocket *socket : sockets)
        socket->abort();
}

FakeResponse FakeVendorServer::responseFor(const RecordedRequest &request)
{
    const QByteArray key = routeKey(request.method, request.path);
    auto queued = m_queued.find(key);
    if (queued != m_queued.end() && !queued->isEmpty())
        return queued->dequeue();
    const auto handler = m_handlers.constFind(key);
    if (handler != m_handlers.constEnd())
        return handler.value()(request);
    return m_script.value(key, m_default);
}

void FakeVendorServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        m_conns.insert(socket, std::make_shared<Connection>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { streamMore(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            finishRequest(socket);
            m_conns.remove(socket);
            socket->deleteLater();
        });
    }
}

// Parses as many complete requests as the buffer holds, one at a time (answers keep their order).
void FakeVendorServer::onReadyRead(QTcpSocket *socket)
{
    const std::shared_ptr<Connection> conn = m_conns.value(socket);
    if (!conn)
        return;
    conn->buffer += socket->readAll();
    while (!conn->pending && !conn->buffer.isEmpty() && m_conns.contains(socket)) {
        QByteArray &buf = conn->buffer;
        const bool looksLikeHttp = buf.at(0) >= 'A' && buf.at(0) <= 'Z';
        const qsizetype headEnd = buf.indexOf("\r\n\r\n");
        if (!looksLikeHttp || (headEnd < 0 && buf.size() > kMaxHead)) {
            // Not HTTP (a TLS ClientHello, for one): answer like a real server would, and close.
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            buf.clear();
            return;
        }
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = buf.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        RecordedRequest request;
        request.method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        const qsizetype q = target.indexOf('?');
        request.path = QUrl::fromPercentEncoding(q < 0 ? target : target.left(q));
        request.query = q < 0 ? QString() : QString::fromLatin1(target.mid(q + 1));
        qint64 contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const FakeHeader h{line.left(colon).trimmed(), line.mid(colon + 1).trimmed()};
            request.headers.append(h);
            if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
                contentLength = h.second.toLongLong();
            else if (h.first.compare("Connection", Qt::CaseInsensitive) == 0)
                conn->closeAfter = h.second.compare("close", Qt::CaseInsensitive) == 0;
        }
        const qsizetype bodyStart = headEnd + 4;
        if (buf.size() - bodyStart < contentLength)
            return; // wait for the rest of the body
        request.body = buf.mid(bodyStart, contentLength);
        buf.remove(0, bodyStart + contentLength);

        m_requests.append(request);
        conn->pending = true;
        ++m_inFlight;
        m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
        Q_EMIT requestReceived(request);
        handle(socket, request);
    }
}

void FakeVendorServer::handle(QTcpSocket *socket, const RecordedRequest &request)
{
    FakeResponse response = responseFor(request);
    if (response.echoes) {
        const QByteArray echo = FakeResponse::echoText(request);
        const QByteArray authorization = request.header("Authorization");
        response.body.replace("{{echo}}", echo).replace("{{authorization}}", authorization);
        for (FakeHeader &h : response.headers)
            h.second.replace("{{echo}}", echo).replace("{{authorization}}", authorization);
    }
    if (response.delayMs > 0 && response.fault != FakeResponse::Fault::Trickle)
        QTimer::singleShot(response.delayMs, socket, [this, socket, response] { answer(socket, response); });
    else
        answer(socket, response);
}

void FakeVendorServer::answer(QTcpSocket *socket, const FakeResponse &response)
{
    const std::shared_ptr<Connection> conn = m_conns.value(socket);
    if (!conn)
        return;
    switch (response.fault) {
    case FakeResponse::Fault::Hang:
        return;
    case FakeResponse::Fault::Reset: {
        finishRequest(socket);
#ifdef Q_OS_UNIX
        // A zero linger time makes close() send RST instead of FIN.
        struct linger noLinger = {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
#endif
        socket->abort();
        return;
    }
    case FakeResponse::Fault::Raw:
        finishRequest(socket);
        socket->write(response.body);
        socket->disconnectFromHost();
        return;
    case FakeResponse::Fault::Oversized: {
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        if (response.announceLength)
            head += "Content-Length: " + QByteArray::number(response.oversizedBytes) + "\r\n";
        else
            head += "Connection: close\r\n";
        socket->write(head + "\r\n");
        conn->streamLeft = response.oversizedBytes;
        conn->streamClose = !response.announceLength;
        streamMore(socket);
        return;
    }
    case FakeResponse::Fault::Trickle:
    case FakeResponse::Fault::None:
        break;
    }

    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const FakeHeader &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    if (!findHeader(response.headers, "Content-Length"))
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (conn->closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (response.fault == FakeResponse::Fault::Trickle) {
        socket->write(out);
        trickle(socket, response.body, response.delayMs);
        return;
    }
    socket->write(out + response.body);
    if (conn->closeAfter)
        socket->disconnectFromHost();
    finishRequest(socket);
}

// Writes the oversized body a chunk at a time, as the socket drains, so it is really streamed.
void FakeVendorServer::streamMore(QTcpSocket *socket)
{
    const std::shared_ptr<Connection> conn = m_conns.value(socket);
    if (!conn || conn->streamLeft <= 0)
        return;
    while (conn->streamLeft > 0 && socket->bytesToWrite() < 4 * kStreamChunk) {
        const qint64 n = qMin(conn->streamLeft, kStreamChunk);
        socket->write(QByteArray(n, 'x'));
        conn->streamLeft -= n;
    }
    if (conn->streamLeft == 0) {
        if (conn->streamClose || conn->closeAfter)
            socket->disconnectFromHost();
        finishRequest(socket);
    }
}

void FakeVendorServer::trickle(QTcpSocket *socket, QByteArray rest, int intervalMs)
{
    if (rest.isEmpty()) {
        finishRequest(socket);
        return;
    }
    socket->write(rest.left(1));
    QTimer::singleShot(intervalMs, socket,
                       [this, socket, rest, intervalMs] { trickle(socket, rest.mid(1), intervalMs); });
}

void FakeVendorServer::finishRequest(QTcpSocket *socket)
{
    const std::shared_ptr<Connection> conn = m_conns.value(socket);
    if (!conn || !conn->pending)
        return;
    conn->pending = false;
    --m_inFlight;
    // A request that arrived while this one was being answered is answered next.
    if (!conn->buffer.isEmpty() && socket->state() == QAbstractSocket::ConnectedState)
        QTimer::singleShot(0, socket, [this, socket] { onReadyRead(socket); });
}

} // namespace cctest
