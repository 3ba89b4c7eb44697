#pragma once

#include "RequestPacer.h"
#include "net/Redactor.h"
#include "vendors/VendorAdapter.h"
#include "vendors/VendorRegistry.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace cc {

class HttpCall;
class HttpClient;

// A running operation. cancel() ends it with NetError::Kind::Cancelled (the result still arrives,
// later); it deletes itself after its result callback has run.
class VendorTask : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    void cancel();
    bool isCancelled() const { return m_cancelled; }

private:
    friend class VendorOperations;
    QPointer<HttpCall> m_call;
    bool m_cancelled = false;
    QString m_paceKey;                   // the credential's id: its requests share its vendor's rate limit
    int m_perSecond = 0;                 // that limit; 0: none
    quint64 m_waitingTicket = 0;         // a request waiting for its turn (RequestPacer), while it waits
    std::function<void()> m_stopWaiting; // sends that request at once, to be answered "cancelled"
    Redactor m_redactor;                 // the secrets of every request sent so far, for the texts of the outcome
    const char *m_operation = "check";   // "check", "send", "report", "setup": names its failures' events
};

// Runs the vendor operations over the one HttpClient (passed in), for a credential and its secrets
// (field key -> value, read from the keychain by the caller). Requests and answers are the pure
// builders and parsers of each vendor's file; this class only chains them and words the outcome.
class VendorOperations : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const OperationResult &result)>;
    using StepDone = std::function<void(const SetupStep &step)>;

    explicit VendorOperations(HttpClient *client, QObject *parent = nullptr);
    // The same, pacing requests by this clock (tests move time themselves).
    VendorOperations(HttpClient *client, std::unique_ptr<PacerClock> clock, QObject *parent = nullptr);
    // Requests of this credential waiting for their turn under its vendor's rate limit.
    int waitingRequests(const QString &credentialId) const { return m_pacer.waiting(credentialId); }

    // The vendors whose capabilities have this one (every vendor without one), by display name, as a
    // translated list ("Sinch MMS and Infobip").
    static QString vendorsThat(bool VendorCapabilities::*capability = nullptr);
    // Why the vendor cannot send this message as it is (a media URL or a sender it does not take),
    // translated; empty when it can.
    static QString unsupported(const Credential &credential, const TestMessage &message);

    // The one rule of what a test message must hold, for the window's Test send and the command line's
    // send alike, checked before any secret is read and before anything is sent: a media URL, when the
    // vendor takes one and it is given, is a full https address of a file; a text of only spaces is no
    // text; and the vendor's needs: the media where it sends MMS only, the text where the text is the
    // message (an SMS, an RCS card), the text or the media where either is enough.
    struct MessageCheck
    {
        ActivityEvent media;     // why the media URL cannot be used; empty when it can, or when there is none
        bool needsMedia = false; // an MMS-only vendor, and no media URL
        bool needsText = false;  // the vendor needs a text that is not blank, and there is none
        bool ok() const { return media.isEmpty() && !needsMedia && !needsText; }
        // The first problem, as a test send refuses it; empty when there is none.
        ActivityEvent problem() const;
    };
    static MessageCheck checkMessage(const VendorCapabilities &can, const QString &text, const QString &mediaUrl);

    // What a test send would send, as it will go out (every secret masked), or why nothing would be
    // sent (refusal set, text empty). An access token still to be fetched shows masked too.
    struct Preview
    {
        QString text;
        ActivityEvent refusal;
        OperationResult::Refusal why = OperationResult::Refusal::Input;
    };
    Preview previewTestSend(const Credential &credential, const Secrets &secrets, const TestMessage &message) const;
    // "POST https://…", the headers (those the console sets, User-Agent too), a blank line, the body;
    // every secret of the request masked.
    static QString describeRequest(const HttpRequest &request);

    // The clock of the token cache (milliseconds since the epoch); tests move it.
    void setClock(std::function<qint64()> msSinceEpoch) { m_now = std::move(msSinceEpoch); }

    // Why check() would refuse before asking the vendor (a secret not set or of the wrong form, an
    // address not allowed), as its outcome (event, summary, refusal); an empty event when it would ask.
    OperationResult checkRefusal(const Credential &credential, const Secrets &secrets) const;
    // A read-only call that proves the credentials work; sends nothing to anybody.
    VendorTask *check(const Credential &credential, const Secrets &secrets, Done done);
    VendorTask *testSend(const Credential &credential, const Secrets &secrets, const TestMessage &message, Done done);
    // The status of a sent message, where the vendor has one to read; the others say why not.
    VendorTask *deliveryReport(const Credential &credential, const Secrets &secrets, const QString &id, Done done);
    // The vendor's channel set-up (capabilities().channelSetup): each step is reported through step
    // as it ends, then done gets the outcome.
    VendorTask *setUpChannel(const Credential &credential, const Secrets &secrets, const QUrl &webhookTarget,
                             StepDone step, Done done);

private:
    using Reply = std::function<void(const HttpResponse &response, const NetError &transportError)>;
    class Runner;

    // A task whose requests keep to the credential's rate limit.
    VendorTask *newTask(const char *operation, const Credential &credential);
    // Sends the request when the credential's rate limit allows it (at once without one).
    void send(VendorTask *task, const HttpRequest &request, Reply reply);
    void sendNow(VendorTask *task, const HttpRequest &request, const Reply &reply);
    // Sends the exchange's request (with the adapter's token, when it needs one) and reads its answer
    // into the outcome.
    VendorTask *run(const char *operation, const Credential &credential, const Secrets &secrets,
                    const VendorExchange &exchange, const Done &done);
    using TokenDone = std::function<void(const TokenGrant &grant, int httpStatus)>;
    // Sends the request (with the token, when there is one) and reads the answer into the outcome.
    void sendAndRead(VendorTask *task, const VendorExchange &exchange, const std::optional<TokenExchange> &token,
                     const Done &done);
    // Sends the request; with a token, fetched or cached, put on it first, and on a 401 to it once more
    // with a new one (a 401 was not accepted, so nothing went out). failed: the token could not be had.
    void sendAuthorized(VendorTask *task, const HttpRequest &request, const std::optional<TokenExchange> &token,
                        Reply reply, TokenDone failed, bool retried = false);
    // Calls then with a token for the exchange: the cached one while it lasts, else one fetch shared
    // by every caller that asks meanwhile. fresh: never the cached one.
    void withToken(VendorTask *task, const TokenExchange &token, bool fresh, TokenDone then);
    void tokenArrived(const QString &key, const TokenGrant &grant, int httpStatus);
    // Ends the task with the token's failure.
    void tokenFailed(VendorTask *task, const Done &done, const TokenGrant &grant, int httpStatus);
    // Why a test send would not go out (and what kind of refusal it is); empty when it would.
    ActivityEvent sendProblem(const Credential &credential, const Secrets &secrets, const TestMessage &message,
                              OperationResult::Refusal *why) const;
    // Delivers the outcome (every text of it redacted; a failure without an event of its own gets its
    // NetError's, and the summary is the event's text) and ends the task.
    void finish(VendorTask *task, const Done &done, const OperationResult &result);
    // Ends the task later with ok == false and why, when nothing can be sent.
    VendorTask *refuse(const ActivityEvent &why, const Done &done,
                       OperationResult::Refusal refusal = OperationResult::Refusal::Input);
    // Empty when the credential can be used: every secret set and of the right form, and the address
    // allowed. *why says what kind of refusal it is (a secret not set, or other input).
    ActivityEvent preflight(const Credential &credential, const Secrets &secrets, OperationResult::Refusal *why) const;
    static ActivityEvent unsupportedEvent(const Credential &credential, const TestMessage &message);

    HttpClient *m_client;
    RequestPacer m_pacer;

    // Access tokens by TokenExchange::cacheKey, in memory only.
    struct CachedToken
    {
        QString token;
        qint64 expiresAtMs = 0; // 0: not kept (its lifetime was not given)
        bool fetching = false;
        QVector<TokenDone> waiting;
    };
    QHash<QString, CachedToken> m_tokens;
    std::function<qint64()> m_now;
};

} // namespace cc
