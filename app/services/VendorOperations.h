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

    // The vendors whose capabilities have this one, by display name, as a translated list ("Sinch MMS
    // and Infobip").
    static QString vendorsThat(bool VendorCapabilities::*capability);
    // Why the vendor cannot send this message as it is (a media URL or a sender it does not take),
    // translated; empty when it can.
    static QString unsupported(const Credential &credential, const TestMessage &message);

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
    // Sends the exchange's request and reads its answer into the outcome.
    VendorTask *run(const char *operation, const Credential &credential, const VendorExchange &exchange,
                    const Done &done);
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
};

} // namespace cc
