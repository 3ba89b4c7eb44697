#pragma once

#include "credentials/ActivityEvent.h"
#include "credentials/Credential.h"
#include "net/HttpTypes.h"
#include "net/Redactor.h"
#include "vendors/SinchMms.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace cc {

class HttpCall;
class HttpClient;

// The outcome of one operation, for the dialogs, the list's "last check" and the CLI.
struct OperationResult
{
    bool ok = false;
    int httpStatus = 0;         // of the last answer; 0 when nothing was answered
    QString messageId;          // Sinch SMS batch ID, Conversation message ID or Infobip message ID
    QString vendorState;        // the vendor's own status words (Delivered, ACTIVE, PENDING_ACCEPTED ...)
    NetError error;             // kind None with ok == false: stopped before sending (see summary)
    ActivityEvent event;        // what happened, as the activity log keeps it (redacted)
    QString summary;            // translated, plain words: event.text()
    bool keychainError = false; // the secrets could not be read, so nothing was sent
    // Why it failed when no NetError says so (ok false, error kind None): the input (nothing was
    // sent), a vendor limit known before asking, or an answer that was a success but not what was
    // asked for (the set-up's app came back without a working SMS channel, or with other channels'
    // secrets hidden, so that no update was safe).
    // SecretMissing: a secret the vendor needs is not set, so nothing was sent.
    enum class Refusal { Input, SecretMissing, VendorLimit, UnexpectedResult };
    Refusal refusal = Refusal::Input;
    // Channel set-up: the service plan's callback URL (empty where Sinch documents none for the
    // region), and whether the inbound webhook was one the app already had.
    QString callbackUrl;
    bool webhookReused = false;
};

// One step of the Sinch channel set-up, reported as soon as it is over.
struct SetupStep
{
    enum class Kind { ReadApp, ListWebhooks, UpdateChannels, CreateWebhook, ReadBack };
    Kind kind = Kind::ReadApp;
    bool ok = false;
    NetError error;
    QString summary; // translated
};

// What a vendor's API can do with the console's operations. The window offers, and the command line
// takes, only what the vendor honours; a test message with more is refused, never sent without it.
struct VendorCapabilities
{
    bool sender = false;         // a sender of the operator's choosing (--from, the Sender field)
    bool media = false;          // an MMS: a media URL (--media-url, the Media URL field)
    bool mediaRequired = false;  // MMS only: the media URL is required and the text optional
    bool deliveryReport = false; // a delivery report to fetch after a test send
    bool channelSetup = false;   // the SMS channel of a Conversation app (setup-channel)
};

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
    Redactor m_redactor;               // the secrets of every request sent so far, for the texts of the outcome
    const char *m_operation = "check"; // "check", "send", "report", "setup": names its failures' events
};

// Runs the vendor operations over the one HttpClient (passed in), for a credential and its secrets
// (field key -> value, read from the keychain by the caller). Requests and answers are the pure
// builders and parsers of each vendor's file; this class only chains them and words the outcome.
class VendorOperations : public QObject
{
    Q_OBJECT

public:
    using Secrets = QHash<QString, QString>;
    using Done = std::function<void(const OperationResult &result)>;
    using StepDone = std::function<void(const SetupStep &step)>;

    struct TestMessage
    {
        QString from;  // optional sender; the account's default when empty
        QString to;    // E.164
        QString text;  // SMS body; for MMS, optional text shown with the media
        QUrl mediaUrl; // MMS only
    };

    explicit VendorOperations(HttpClient *client, QObject *parent = nullptr);

    static VendorCapabilities capabilities(Vendor vendor);
    // The vendors whose capabilities have this one, by display name, as a translated list ("Sinch MMS
    // and Infobip").
    static QString vendorsThat(bool VendorCapabilities::*capability);
    // Why the vendor would refuse this sender (empty: it takes it, or none was typed); its text() is
    // what the test-send dialog shows.
    static ActivityEvent senderProblem(Vendor vendor, const QString &from);
    // Why the vendor cannot send this message as it is (a media URL or a sender it does not take),
    // translated; empty when it can.
    static QString unsupported(const Credential &credential, const TestMessage &message);

    // A read-only call that proves the credentials work; sends nothing to anybody.
    VendorTask *check(const Credential &credential, const Secrets &secrets, Done done);
    VendorTask *testSend(const Credential &credential, const Secrets &secrets, const TestMessage &message, Done done);
    // Sinch SMS: the batch's delivery report; Infobip: the message's log entry. Sinch MMS has no
    // such read (its delivery reports only arrive by webhook) and says so.
    VendorTask *deliveryReport(const Credential &credential, const Secrets &secrets, const QString &id, Done done);
    // Sinch MMS only: reads the app, adds or replaces its SMS channel (keeping every other channel),
    // with webhookTarget set makes sure one webhook sends inbound messages there (an existing one is
    // reused, never duplicated; Sinch's limit of webhooks per app is checked first), and reads the
    // SMS channel's state back. Each step is reported through step as it ends, then done gets the
    // outcome.
    VendorTask *setUpSinchChannel(const Credential &credential, const Secrets &secrets, const QUrl &webhookTarget,
                                  StepDone step, Done done);

private:
    using Reply = std::function<void(const HttpResponse &response, const NetError &transportError)>;
    template <typename Parsed> using Describe = std::function<void(const Parsed &parsed, OperationResult *result)>;
    struct Setup;

    // Sends the request and parses the answer (Parsed carries a NetError error); on success,
    // describe words the result (ok is already true and may be turned false), else the error does.
    template <typename Parsed>
    void exchange(VendorTask *task, const HttpRequest &request, std::function<Parsed(const HttpResponse &)> parse,
                  Describe<Parsed> describe, const Done &done);

    VendorTask *newTask(const char *operation);
    void send(VendorTask *task, const HttpRequest &request, Reply reply);
    // Delivers the outcome (every text of it redacted; a failure without an event of its own gets its
    // NetError's, and the summary is the event's text) and ends the task.
    void finish(VendorTask *task, const Done &done, const OperationResult &result);
    // Reports a set-up step (redacted); true when it succeeded.
    bool report(const std::shared_ptr<Setup> &s, SetupStep step) const;
    bool report(const std::shared_ptr<Setup> &s, SetupStep::Kind kind, const NetError &error,
                const QString &okSummary) const;
    // Ends the task later with ok == false and why, when nothing can be sent.
    VendorTask *refuse(const ActivityEvent &why, const Done &done,
                       OperationResult::Refusal refusal = OperationResult::Refusal::Input);
    // Ends a set-up that stops in this step without an error from the network.
    void stopSetup(const std::shared_ptr<Setup> &s, SetupStep::Kind kind, OperationResult::Refusal refusal,
                   const ActivityEvent &why);
    // Empty when the credential can be used: every secret set and of the right form, and the address
    // allowed. *why says what kind of refusal it is (a secret not set, or other input).
    ActivityEvent preflight(const Credential &credential, const Secrets &secrets, OperationResult::Refusal *why) const;
    static ActivityEvent unsupportedEvent(const Credential &credential, const TestMessage &message);
    OperationResult failed(const HttpResponse &response, const NetError &error) const;

    void setupReadApp(const std::shared_ptr<Setup> &s);
    void setupListWebhooks(const std::shared_ptr<Setup> &s);
    void setupUpdate(const std::shared_ptr<Setup> &s);
    void setupWebhook(const std::shared_ptr<Setup> &s);
    void setupReadBack(const std::shared_ptr<Setup> &s);
    static ActivityEvent smsState(const sinchmms::SmsChannel &sms);

    HttpClient *m_client;
};

} // namespace cc
