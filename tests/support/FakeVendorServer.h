#pragma once

// A scriptable stand-in for a vendor's HTTP API, for tests only. It listens on 127.0.0.1 (a free
// port), records every request, and answers from a script: a canned status, headers and body, with
// optional latency, or a fault (hang, reset, malformed JSON, oversized body, redirect, 429).
//
//   cctest::FakeVendorServer server; // in CMake: cc_add_test(... LIBS cc_fakeserver)
//   const QString path = QStringLiteral("/xms/v1/fake-plan-0001/batches");
//   server.setResponse("POST", path, FakeResponse::json(201, R"({"id":"b1"})").withDelay(200));
//   request.url = server.url(path);
//   ... send, QTRY_COMPARE(server.requestCount(), 1) or wait for the callback ...
//   QCOMPARE(server.lastRequest().header("Authorization"), QByteArray("Bearer FAKE-TOKEN-0001"));
//
// HTTP/1.1 with keep-alive, plain over QTcpServer by default (an https:// request to it fails its
// handshake, which is itself a useful test), or over TLS with a LoopbackCertificate's
// configuration (QSslServer; url() is then https://, and a client must trust the certificate).
// For "another host", start a second server and point a redirect at http://localhost:<its port>/...
// (same machine, different host name).
// Note: QNetworkAccessManager re-sends a request once when the connection drops before any answer
// (Reset, Raw("")), so expect requestCount() >= 1 there, unless the request is sendsOnce (then
// exactly 1). Reset reads the whole request, body included, before it drops the connection: the
// vendor may have acted on it. Nothing here is thread-safe: use it from the test's thread.
//
// A hostile vendor: FakeResponse::echoing(400, R"({"text":"{{echo}}"})") answers with the request's
// secrets written back in every form ({{echo}}, see echoText()) or its Authorization value as is
// ({{authorization}}), in the body and in header values.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QQueue>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpSocket;

namespace cctest {

using FakeHeader = QPair<QByteArray, QByteArray>;

// One request as the server received it.
struct RecordedRequest
{
    QByteArray method;
    QString path;              // decoded, without the query
    QString query;             // raw (still percent-encoded), without '?'
    QList<FakeHeader> headers; // in the order and case they arrived
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    bool hasHeader(const QByteArray &name) const;
};

// What the server does with a request.
struct FakeResponse
{
    enum class Fault {
        None,      // answer with status, headers and body
        Hang,      // read the request, never answer, keep the connection open
        Reset,     // drop the connection with a TCP reset, no answer
        Oversized, // 200 with a body of oversizedBytes, streamed in chunks
        Raw,       // write body verbatim (status and headers ignored), then close
        Trickle,   // status, headers, then the body one byte every delayMs (never silent for long)
    };

    int status = 200;
    QList<FakeHeader> headers;
    QByteArray body;
    int delayMs = 0; // latency before answering (or before the fault), by QTimer; Trickle: per byte
    Fault fault = Fault::None;
    bool echoes = false; // body and header values are templates: {{echo}}, {{authorization}}
    qint64 oversizedBytes = 10 * 1024 * 1024;
    bool announceLength = true; // Oversized: send Content-Length, or stream until close without it

    FakeResponse withDelay(int ms) const;
    FakeResponse withHeader(const QByteArray &name, const QByteArray &value) const;

    static FakeResponse json(int status, const QByteArray &body); // Content-Type: application/json
    static FakeResponse text(int status, const QByteArray &body); // Content-Type: text/plain
    static FakeResponse malformedJson();                          // 200, a JSON body cut short
    static FakeResponse hang();
    static FakeResponse reset();
    static FakeResponse oversized(qint64 bytes = 10 * 1024 * 1024, bool announceLength = true);
    static FakeResponse redirect(int status, const QUrl &location); // 301, 302, 303, 307, 308
    static FakeResponse rateLimited(int retryAfterSeconds, const QByteArray &body = QByteArray());
    static FakeResponse raw(const QByteArray &bytes);
    static FakeResponse trickle(const QByteArray &body, int intervalMs);
    // JSON, with the request's secrets written into the body template (see echoText()).
    static FakeResponse echoing(int status, const QByteArray &bodyTemplate);
    // What {{echo}} becomes for a request, safe inside a JSON string: its Authorization value, the
    // credentials as is, Base64 (standard and URL-safe), percent-encoded, JSON-escaped ("\/") and
    // with every other character as a \uXXXX escape; for Basic, the decoded pair and each part
    // in the same forms; then the request body.
    static QByteArray echoText(const RecordedRequest &request);
};

// A throwaway self-signed certificate and key for 127.0.0.1, made by the openssl tool in a temporary
// directory that goes with this object: a TLS FakeVendorServer's configuration, and the certificate
// its clients must trust (Qt: QSslConfiguration::addCaCertificate(); curl: --cacert file()).
class LoopbackCertificate
{
public:
    LoopbackCertificate(); // runs openssl at once; check isValid()

    bool isValid() const { return !m_certificate.isNull() && !m_key.isNull(); }
    QString error() const { return m_error; } // what went wrong when !isValid()
    QSslCertificate certificate() const { return m_certificate; }
    QString file() const { return m_dir.filePath(QStringLiteral("cert.pem")); } // PEM
    QSslConfiguration serverConfiguration() const;

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_error;
};

// While it lives, Qt's default TLS configuration (which every QNetworkRequest starts from) also
// trusts this certificate; then it is back as it was.
class DefaultTrust
{
public:
    explicit DefaultTrust(const QSslCertificate &certificate);
    ~DefaultTrust();
    DefaultTrust(const DefaultTrust &) = delete;
    DefaultTrust &operator=(const DefaultTrust &) = delete;

private:
    QSslConfiguration m_before;
};

class FakeVendorServer : public QObject
{
    Q_OBJECT

public:
    // Starts listening at once on 127.0.0.1 and a free port; check isListening().
    explicit FakeVendorServer(QObject *parent = nullptr);
    // The same over TLS with this server configuration (LoopbackCertificate::serverConfiguration()).
    explicit FakeVendorServer(const QSslConfiguration &tls, QObject *parent = nullptr);
    ~FakeVendorServer() override;

    bool isListening() const { return m_server->isListening(); }
    quint16 port() const { return m_server->serverPort(); }
    bool isTls() const { return m_tls; }
    // http://127.0.0.1:<port> (https:// over TLS) followed by path (which may carry a query).
    QUrl url(const QString &path = QString()) const;

    // The answer for every request to method + path (path without query). Replaces any earlier one.
    void setResponse(const QByteArray &method, const QString &path, const FakeResponse &response);
    // One-shot answers for method + path, used in order before the setResponse() one (e.g. a 429
    // then a 200).
    void queueResponse(const QByteArray &method, const QString &path, const FakeResponse &response);
    // The answer when nothing else matches; by default 404 with a small JSON body.
    void setDefaultResponse(const FakeResponse &response);
    // An answer computed for every request to method + path, for a stand-in that keeps state (see
    // FakeSinchConversation). Queued answers still come first; it takes the place of a setResponse() one.
    using Handler = std::function<FakeResponse(const RecordedRequest &request)>;
    void setHandler(const QByteArray &method, const QString &path, Handler handler);

    QList<RecordedRequest> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    RecordedRequest lastRequest() const { return m_requests.value(m_requests.size() - 1); }
    // Requests received but not answered yet (a hanging one stays until its connection closes).
    int inFlight() const { return m_inFlight; }
    // The most requests in flight at the same moment since construction or clearRecords().
    int maxInFlight() const { return m_maxInFlight; }
    // Connections accepted so far (on a plain server a TLS attempt counts, even with no request; over
    // TLS only those whose handshake succeeded).
    int connectionCount() const { return m_connections; }
    // Forgets the recorded requests and counters (not the script).
    void clearRecords();
    // Closes every open connection (ends hanging requests).
    void closeAllConnections();

Q_SIGNALS:
    void requestReceived(const cctest::RecordedRequest &request);

private:
    struct Connection;
    void listen();
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const RecordedRequest &request);
    void answer(QTcpSocket *socket, const FakeResponse &response);
    void streamMore(QTcpSocket *socket);
    void trickle(QTcpSocket *socket, QByteArray rest, int intervalMs);
    void finishRequest(QTcpSocket *socket);
    FakeResponse responseFor(const RecordedRequest &request);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QHash<QByteArray, FakeResponse> m_script;
    QHash<QByteArray, QQueue<FakeResponse>> m_queued;
    QHash<QByteArray, Handler> m_handlers;
    FakeResponse m_default;
    QList<RecordedRequest> m_requests;
    // Shared so that a handler on the stack keeps its connection while a disconnect removes it.
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_conns;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_connections = 0;
};

} // namespace cctest
