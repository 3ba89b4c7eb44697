#pragma once

#include "domain/ActivityEvent.h"
#include "domain/Credential.h"
#include "net/HttpTypes.h"

#include <QHash>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace cc {

// A credential's secrets, by field key, as read from the keychain (or typed, before saving).
using Secrets = QHash<QString, QString>;

// The outcome of one operation, for the dialogs, the list's "last check" and the CLI.
struct OperationResult
{
    bool ok = false;
    int httpStatus = 0;         // of the last answer; 0 when nothing was answered
    QString messageId;          // the vendor's ID of what was sent (a batch, a message)
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
    // Channel set-up: the service plan's callback URL (empty where the vendor documents none for the
    // region), and whether the inbound webhook was one the app already had.
    QString callbackUrl;
    bool webhookReused = false;
    // The vendor's last answer, redacted and cut at kAnswerChars: what the operator sees after a test
    // send of a vendor that shows its requests (capabilities().preview).
    QString answer;
    static constexpr int kAnswerChars = 4000;
};

// One step of a channel set-up, reported as soon as it is over. kind is the adapter's own step
// number; ChannelSetup::stepName() words it.
struct SetupStep
{
    int kind = 0;
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
    bool textRequired = false;   // the text is the message even with a media URL (an RCS card's title)
    // A request the operator writes (a template): a test send shows it before it goes out, to be
    // confirmed, and the answer after it.
    bool preview = false;

    enum Flag {
        Sender = 1,
        Media = 2,
        MediaRequired = 4,
        DeliveryReport = 8,
        ChannelSetup = 16,
        TextRequired = 32,
        Preview = 64
    };
    // From Flag values or'ed: VendorCapabilities::of(Sender | DeliveryReport).
    static VendorCapabilities of(int flags)
    {
        return {(flags & Sender) != 0,         (flags & Media) != 0,        (flags & MediaRequired) != 0,
                (flags & DeliveryReport) != 0, (flags & ChannelSetup) != 0, (flags & TextRequired) != 0,
                (flags & Preview) != 0};
    }
};

// A test message as the operator typed it.
struct TestMessage
{
    QString from;  // optional sender; the account's default when empty
    QString to;    // E.164
    QString text;  // SMS body; for MMS, optional text shown with the media
    QUrl mediaUrl; // MMS only
};

// One request of an operation and how its answer reads. read() gets every answer the vendor gave
// (2xx or not; transport failures never reach it) and fills the result: result->error for a failure,
// else ok (already true; it may turn it false), messageId, vendorState and event.
struct VendorExchange
{
    HttpRequest request;
    std::function<void(const HttpResponse &response, OperationResult *result)> read;
    // When set, the request is not sent: the operation succeeds with this event, once the adapter's
    // token (if it needs one) is fetched anew. A check of a vendor that has no read-only call can
    // only say what it could check without sending a message.
    ActivityEvent answeredWithoutRequest;
};

// An access token as a token endpoint gave it (OAuth 2.0): expiresInSeconds < 0 when it said nothing
// of its lifetime (then it serves only the operations waiting for it, and is not kept).
struct TokenGrant
{
    QString token;
    int expiresInSeconds = -1;
    NetError error;
};

// How a vendor's requests get a token first (VendorAdapter::tokenExchange). VendorOperations fetches
// it once for every operation that needs it at the same time, keeps it in memory until it expires,
// and fetches a new one once when the vendor answers 401 to a request that carried it.
struct TokenExchange
{
    HttpRequest request;
    // Operations whose keys are equal share a token: the credential's id and what the grant depends on.
    QString cacheKey;
    std::function<TokenGrant(const HttpResponse &response)> read;
    // Puts the token on a request (the default: Authorization: Bearer <token>).
    std::function<void(HttpRequest *request, const QString &token)> apply;
};

// An exchange whose answer parse() reads into a Parsed (which carries a NetError error); when that is
// ok, describe() words the result.
template <typename Parsed>
VendorExchange exchangeOf(HttpRequest request, Parsed (*parse)(const HttpResponse &),
                          std::function<void(const Parsed &parsed, OperationResult *result)> describe)
{
    return {std::move(request),
            [parse, describe](const HttpResponse &response, OperationResult *result) {
                const Parsed parsed = parse(response);
                if (!parsed.error.ok())
                    result->error = parsed.error;
                else if (describe)
                    describe(parsed, result);
            },
            {}};
}
// A check's exchange: the answer is only read for whether it was the documented one.
inline VendorExchange checkOf(HttpRequest request, std::function<NetError(const HttpResponse &)> parse)
{
    return {std::move(request),
            [parse](const HttpResponse &response, OperationResult *result) { result->error = parse(response); },
            {}};
}

// What a multi-step set-up needs from whoever runs it (VendorOperations): sending, reporting a step,
// and ending. Every text passes the operation's redactor.
class SetupRunner
{
public:
    using Reply = std::function<void(const HttpResponse &response, const NetError &error)>;
    virtual ~SetupRunner() = default;
    // error is None when the vendor answered (any status: the parser reads it).
    virtual void send(const HttpRequest &request, Reply reply) = 0;
    // True when the step succeeded.
    virtual bool report(SetupStep step) = 0;
    virtual void finish(const OperationResult &result) = 0;
};

// A vendor's channel set-up: what the window shows before it runs, and the run itself.
class ChannelSetup
{
public:
    virtual ~ChannelSetup() = default;
    // Translated: what the set-up will do for this credential.
    virtual QString intro(const Credential &credential) const = 0;
    // The address the operator must set at the vendor by hand (empty where the vendor documents none),
    // and the translated note that goes with it (or says why there is none).
    virtual QUrl callbackUrl(const Credential &credential) const = 0;
    virtual QString callbackNote(const Credential &credential) const = 0;
    // Translated name of a step the run reports.
    virtual QString stepName(int kind) const = 0;
    // Starts the run; the runner outlives it. webhookTarget may be empty (no inbound webhook).
    virtual void run(const Credential &credential, const Secrets &secrets, const QUrl &webhookTarget,
                     std::shared_ptr<SetupRunner> runner) const = 0;
};

// Everything the console knows of one vendor: its form, what it can do, and its requests and
// answers. The operations (VendorOperations), the window and the command line use vendors only
// through this; the registry (VendorRegistry.cpp) lists them. Adding a vendor is an adapter and a
// registry line (see docs/ARCHITECTURE.md).
class VendorAdapter
{
public:
    VendorAdapter(VendorSchema schema, VendorCapabilities capabilities)
        : m_schema(std::move(schema))
        , m_capabilities(capabilities)
    {
    }
    virtual ~VendorAdapter() = default;
    VendorAdapter(const VendorAdapter &) = delete;
    VendorAdapter &operator=(const VendorAdapter &) = delete;

    // Its form, stored id and the events only it records (the domain's copy, allVendorSchemas(),
    // also has the vendor's handle).
    const VendorSchema &schema() const { return m_schema; }
    const VendorCapabilities &capabilities() const { return m_capabilities; }

    // Where its requests go for this credential: checked against the network policy before any.
    virtual QUrl baseUrl(const Credential &credential, const Secrets &secrets) const = 0;
    // Why it would refuse this sender (empty: it takes it, or none was typed).
    virtual ActivityEvent senderProblem(const QString &from) const;
    // Why this credential cannot be used as it is, beyond its required fields (a file that cannot be
    // read, a template the validator would refuse): checked before any request. Empty when it can.
    virtual ActivityEvent configurationProblem(const Credential &credential, const Secrets &secrets) const;
    // The token its requests need first, if any (the default: none).
    virtual std::optional<TokenExchange> tokenExchange(const Credential &credential, const Secrets &secrets) const;

    // A read-only call that proves the credentials work; sends nothing to anybody.
    virtual VendorExchange check(const Credential &credential, const Secrets &secrets) const = 0;
    // Sends the message (trimmed recipient, checked against capabilities()); sendsOnce.
    virtual VendorExchange testSend(const Credential &credential, const Secrets &secrets,
                                    const TestMessage &message) const = 0;
    // The status of a sent message (capabilities().deliveryReport); the default has none.
    virtual VendorExchange deliveryReport(const Credential &credential, const Secrets &secrets,
                                          const QString &id) const;
    // Why there is no delivery report to fetch (capabilities().deliveryReport false).
    virtual ActivityEvent noDeliveryReport() const;
    // The set-up (capabilities().channelSetup); null when it has none.
    virtual const ChannelSetup *channelSetup() const;
    // The most requests a second the console may make with this credential (its check, sends and
    // set-up steps, and Check all together); 0, the default, is no limit. VendorOperations keeps to it.
    virtual int requestsPerSecond(const Credential &credential) const;

private:
    VendorSchema m_schema;
    VendorCapabilities m_capabilities;
};

// The events a vendor's schema lists, from its array of sentences.
template <std::size_t N> QVector<EventSentence> eventsOf(const EventSentence (&sentences)[N])
{
    return {std::begin(sentences), std::end(sentences)};
}

// The schema with those events, and any it shares with other vendors (an adapter's constructor:
// VendorAdapter(withEvents(schema(), kEvents), ...)).
template <std::size_t N>
VendorSchema withEvents(VendorSchema schema, const EventSentence (&sentences)[N],
                        const QVector<EventSentence> &shared = {})
{
    schema.events = eventsOf(sentences) + shared;
    return schema;
}

} // namespace cc
