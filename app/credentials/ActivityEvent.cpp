#include "ActivityEvent.h"

#include "CredentialStore.h"
#include "CredentialValidator.h"
#include "FieldSchema.h"
#include "SecretStore.h"
#include "net/HttpTypes.h"
#include "net/NetPolicy.h"
#include "net/Redactor.h"
#include "storage/Database.h"

#include <QJsonArray>

#include <optional>

namespace cc {

namespace {

const QString kVerbatim = QStringLiteral("verbatim");

// Every event worded by a sentence of its own. The sentences keep the translation context of the
// class that said them before the log kept codes, so that their translations stay; %1, %2, ... are
// the arguments named in `args`, in order ("verbatim": the words not ours; "field": the translated
// label of the field with that key in the schema of the vendor named by the "vendor" argument). A
// null source: the first argument as it is (a file name), or nothing when there is none (a
// credential created: the action and outcome say it all).
struct Sentence
{
    const char *code;
    const char *context;
    const char *source;
    const char *args[3];
    const char *withoutVerbatim; // said instead when there are no verbatim words
};

const Sentence kSentences[] = {
    // The credentials, their import and export (CredentialRepository, CredentialTransfer).
    {"credential.created", nullptr, nullptr, {}, nullptr},
    {"credential.updated", nullptr, nullptr, {}, nullptr},
    {"credential.deleted", nullptr, nullptr, {}, nullptr},
    {"import.imported", nullptr, nullptr, {}, nullptr},
    {"export.written", nullptr, nullptr, {"file"}, nullptr},
    {"export.stdout", "cc::Cli", QT_TRANSLATE_NOOP("cc::Cli", "standard output"), {}, nullptr},
    {"import.nothing",
     "cc::CredentialRepository",
     QT_TRANSLATE_NOOP("cc::CredentialRepository", "Nothing was imported: %1"),
     {"reason"},
     nullptr},
    {"credential.secret-not-cleared",
     "cc::CredentialRepository",
     QT_TRANSLATE_NOOP("cc::CredentialRepository", "The changes were saved, but a cleared secret could not be "
                                                   "removed from the keychain. %1"),
     {"reason"},
     nullptr},
    {"credential.secrets-left",
     "cc::CredentialRepository",
     QT_TRANSLATE_NOOP("cc::CredentialRepository",
                       "The API credentials were deleted, but their secrets could not be removed from the keychain. "
                       "%1 Channel Console offers to remove them at its next start."),
     {"reason"},
     nullptr},

    // What a vendor operation did (VendorOperations). Its failures are "<operation>.<NetError::code()>".
    {"check.ok",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "The credentials work: %1 accepted them. Nothing was sent."),
     {"vendor"},
     nullptr},
    {"send.sinch-accepted",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Sinch accepted the test message. Batch ID: %1. Use the delivery "
                                               "report to see whether it arrived."),
     {"batch"},
     nullptr},
    {"send.sinch-mms-accepted",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Sinch accepted the test MMS. Message ID: %1. Its delivery is "
                                               "reported to the app's webhooks."),
     {"message"},
     nullptr},
    {"send.infobip-accepted",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Infobip accepted the test message (status %1). Message ID: %2."),
     {"status", "message"},
     nullptr},
    {"send.infobip-rejected",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Infobip refused the test message (status %1): %2"),
     {"status", "verbatim"},
     nullptr},
    {"report.sinch-pending",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "No delivery status yet for batch %1. Try again in a moment."),
     {"batch"},
     nullptr},
    {"report.sinch",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Delivery report for batch %1: %2."),
     {"batch", "verbatim"},
     nullptr},
    {"report.infobip-none",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Infobip has no log for message %1 yet. Logs cover the last 48 hours; "
                                               "try again in a moment."),
     {"message"},
     nullptr},
    {"report.infobip",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Message %1: %2 (%3)."),
     {"message", "status", "verbatim"},
     nullptr},

    // Why nothing was sent (VendorOperations): the input, or what the vendor cannot do.
    {"refused.field-empty",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations",
                       "The field “%1” is empty. Fill it in in the credential's form and try again."),
     {"field"},
     nullptr},
    {"refused.no-media-support",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "%1 cannot send MMS with these API credentials, so the media URL "
                                               "would not be sent. Nothing was sent."),
     {"vendor"},
     nullptr},
    {"refused.no-sender-support",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations",
                       "%1 takes no sender with the message: it sends from the number set up with the vendor, so the "
                       "sender would not be used. Nothing was sent."),
     {"vendor"},
     nullptr},
    {"refused.no-recipient",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Enter the phone number to send the test message to."),
     {},
     nullptr},
    {"refused.no-media",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Enter the https address of the image or file to send as the test "
                                               "MMS."),
     {},
     nullptr},
    {"refused.no-text",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Enter the text of the test message."),
     {},
     nullptr},
    {"refused.mms-sender",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations",
                       "Sender: an MMS goes out from a short code or a long number. Enter its digits (a long number "
                       "with + and the country code), or leave the sender empty to use the app's default MMS sender."),
     {},
     nullptr},
    {"refused.report-mms",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Sinch reports MMS delivery only to the app's webhooks; there is no "
                                               "report to fetch."),
     {},
     nullptr},
    {"refused.report-no-id",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Send a test message first: its ID is needed to fetch the delivery "
                                               "report."),
     {},
     nullptr},
    {"refused.setup-not-mms",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Setting up the SMS channel of a Conversation app needs a Sinch MMS "
                                               "credential."),
     {},
     nullptr},

    // The channel set-up (VendorOperations): where it stopped, and the SMS channel's state.
    {"setup.hidden-secrets",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations",
                       "Stopped before changing the app: the Conversation API returned the credentials of its %1 "
                       "channel(s) without their secrets, so an update would erase them. Set up the SMS channel in "
                       "the Sinch dashboard instead."),
     {"channels"},
     nullptr},
    {"setup.webhook-limit",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations",
                       "The app has %1 webhooks and Sinch allows %2 per app; none of them sends inbound messages to "
                       "%3. Nothing was changed. Remove a webhook the app no longer needs in the Sinch dashboard, then "
                       "run the set-up again."),
     {"count", "limit", "target"},
     nullptr},
    {"setup.webhook-limit-refused",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations",
                       "Sinch refused to create the webhook: the app has reached Sinch's limit of %1 webhooks per app "
                       "(%2). Remove a webhook the app no longer needs in the Sinch dashboard, then run the set-up "
                       "again; the SMS channel is already set up."),
     {"limit", "verbatim"},
     nullptr},
    {"setup.active",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "The SMS channel is active."),
     {},
     nullptr},
    {"setup.pending",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "The SMS channel is pending: Sinch is still validating it. Check again "
                                               "in a moment."),
     {},
     nullptr},
    {"setup.failing",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "The SMS channel is failing: %1. Check the service plan ID and SMS API "
                                               "token."),
     {"verbatim"},
     QT_TRANSLATE_NOOP("cc::VendorOperations", "The SMS channel is failing. Check the service plan ID and SMS API "
                                               "token.")},
    {"setup.missing",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "The app has no SMS channel after the update. Try again, or set it up "
                                               "in the Sinch dashboard."),
     {},
     nullptr},
    {"setup.unknown",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "The SMS channel is set; Sinch did not report its state."),
     {},
     nullptr},
    {"setup.done",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "%1 Last step, in the Sinch dashboard: set the callback URL of service "
                                               "plan %2 to %3"),
     {"state", "plan", "callback"},
     nullptr},
    {"setup.done-no-callback",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations",
                       "%1 Last step: service plan %2 must send its callbacks to this app, but Sinch's documentation "
                       "gives no SMS callback address for region %3. Link the service plan to the app in the Sinch "
                       "dashboard, which sets the callback by itself, or ask Sinch support for the address."),
     {"state", "plan", "region"},
     nullptr},
};

// The operations whose failures are worded by their NetError.
const char *const kOperations[] = {"check", "send", "report", "setup"};

struct KeychainName
{
    SecretError error;
    const char *name;
};
const KeychainName kKeychainNames[] = {{SecretError::NotFound, "not-found"},
                                       {SecretError::NoKeychain, "no-keychain"},
                                       {SecretError::Locked, "locked"},
                                       {SecretError::Other, "other"}};

const Sentence *sentenceFor(const QString &code)
{
    for (const Sentence &s : kSentences) {
        if (code == QLatin1String(s.code))
            return &s;
    }
    return nullptr;
}

QString argText(const ActivityEvent &e, const QString &name)
{
    if (name == kVerbatim)
        return e.verbatim;
    if (name == QLatin1String("field")) {
        const QString key = e.args.value(name).toString();
        const VendorSchema *schema = schemaForId(e.args.value(QStringLiteral("vendor")).toString());
        const FieldSpec *field = schema ? schema->field(key) : nullptr;
        return field ? field->translatedLabel() : key;
    }
    const QJsonValue v = e.args.value(name);
    if (v.isObject())
        return ActivityEvent::fromJson(v.toObject()).text();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

QString sentenceText(const ActivityEvent &e, const Sentence &s)
{
    const char *source = e.verbatim.isEmpty() && s.withoutVerbatim ? s.withoutVerbatim : s.source;
    if (!source)
        return s.args[0] ? argText(e, QLatin1String(s.args[0])) : QString();
    QString text = QCoreApplication::translate(s.context, source);
    for (const char *name : s.args) {
        if (!name || (source == s.withoutVerbatim && kVerbatim == QLatin1String(name)))
            continue;
        text = text.arg(argText(e, QLatin1String(name)));
    }
    return text;
}

// Events worded by the part of the console that knows them: the network's errors, the keychain's,
// the database's, a secret or an address of the wrong form. Null when the code is none of theirs.
std::optional<QString> delegatedText(const ActivityEvent &e)
{
    const QString family = e.code.section(QLatin1Char('.'), 0, 0);
    const QString what = e.code.section(QLatin1Char('.'), 1);
    const auto arg = [&e](const char *name) { return e.args.value(QLatin1String(name)).toString(); };
    if (family == QLatin1String("keychain")) {
        for (const KeychainName &k : kKeychainNames) {
            if (what == QLatin1String(k.name))
                return SecretResult{k.error, {}, {}}.message();
        }
        return std::nullopt;
    }
    if (family == QLatin1String("storage")) {
        if (what == QLatin1String("name-taken"))
            return CredentialStore::nameTakenMessage(arg("name"));
        if (what == QLatin1String("gone"))
            return CredentialStore::goneMessage();
        if (what == QLatin1String("not-loaded"))
            return CredentialStore::notLoadedMessage(arg("file"));
        const Database::Failure failure = Database::failureNamed(what);
        if (failure == Database::Failure::None)
            return std::nullopt;
        return Database::failureText(failure, arg("file"), e.verbatim);
    }
    if (e.code == QLatin1String("refused.secret-form")) {
        const VendorSchema *schema = schemaForId(arg("vendor"));
        const FieldSpec *field = schema ? schema->field(arg("field")) : nullptr;
        return field ? CredentialValidator::describeSecretProblem(*field, arg("problem")) : QString();
    }
    if (e.code == QLatin1String("refused.address"))
        return NetPolicy::describeUrlProblem(arg("problem"), arg("scheme"), arg("example"));
    for (const char *operation : kOperations) {
        if (family != QLatin1String(operation))
            continue;
        for (int k = int(NetError::Kind::Unauthorized); k <= int(NetError::Kind::MaybeSent); ++k) {
            NetError error;
            error.kind = NetError::Kind(k);
            if (error.code() != what)
                continue;
            error.httpStatus = e.args.value(QStringLiteral("status")).toInt();
            error.retryAfterSeconds = e.args.value(QStringLiteral("retryAfter")).toInt(-1);
            error.vendorMessage = e.verbatim;
            return error.message();
        }
    }
    return std::nullopt;
}

QJsonValue redactedValue(const QJsonValue &v, const Redactor &redactor)
{
    if (v.isString())
        return redactor.redact(v.toString());
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto i = o.begin(); i != o.end(); ++i)
            i.value() = redactedValue(i.value(), redactor);
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (auto i = a.begin(); i != a.end(); ++i)
            *i = redactedValue(*i, redactor);
        return a;
    }
    return v;
}

} // namespace

ActivityEvent::ActivityEvent(QString code, QJsonObject args, QString verbatim)
    : code(std::move(code))
    , args(std::move(args))
    , verbatim(std::move(verbatim))
{
}

ActivityEvent ActivityEvent::of(const char *code, std::initializer_list<std::pair<const char *, QJsonValue>> args,
                                const QString &verbatim)
{
    QJsonObject o;
    for (const auto &[name, value] : args)
        o.insert(QLatin1String(name), value);
    return ActivityEvent(QLatin1String(code), o, verbatim);
}

ActivityEvent ActivityEvent::legacy(const QString &text)
{
    return ActivityEvent(QStringLiteral("legacy"), {}, text);
}

ActivityEvent ActivityEvent::keychain(SecretError error)
{
    for (const KeychainName &k : kKeychainNames) {
        if (k.error == error)
            return ActivityEvent(QStringLiteral("keychain.") + QLatin1String(k.name));
    }
    return ActivityEvent();
}

ActivityEvent ActivityEvent::netError(const char *operation, const NetError &error)
{
    ActivityEvent e(QLatin1String(operation) + QLatin1Char('.') + error.code(), {}, error.vendorMessage);
    if (error.httpStatus > 0)
        e.args.insert(QStringLiteral("status"), error.httpStatus);
    if (error.retryAfterSeconds >= 0)
        e.args.insert(QStringLiteral("retryAfter"), error.retryAfterSeconds);
    return e;
}

QString ActivityEvent::text() const
{
    QString text;
    if (code == QLatin1String("legacy")) {
        text = verbatim;
    } else if (const Sentence *s = sentenceFor(code)) {
        text = sentenceText(*this, *s);
    } else if (const std::optional<QString> delegated = delegatedText(*this)) {
        text = *delegated;
    } else { // written by a later version: its code, and the words it kept
        text = verbatim.isEmpty() ? code : code + QStringLiteral(": ") + verbatim;
    }
    const int http = args.value(QStringLiteral("http")).toInt();
    if (http > 0)
        text = QCoreApplication::translate("cc::CredentialActions", "HTTP %1: %2").arg(http).arg(text);
    return text;
}

ActivityEvent ActivityEvent::redacted(const Redactor &redactor) const
{
    return ActivityEvent(code, redactedValue(args, redactor).toObject(), redactor.redact(verbatim));
}

QJsonObject ActivityEvent::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), code}};
    if (!args.isEmpty())
        o.insert(QStringLiteral("args"), args);
    if (!verbatim.isEmpty())
        o.insert(kVerbatim, verbatim);
    return o;
}

ActivityEvent ActivityEvent::fromJson(const QJsonObject &json)
{
    return ActivityEvent(json.value(QStringLiteral("code")).toString(), json.value(QStringLiteral("args")).toObject(),
                         json.value(kVerbatim).toString());
}

} // namespace cc
