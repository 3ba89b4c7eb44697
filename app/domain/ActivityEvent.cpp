#include "ActivityEvent.h"

#include "CredentialValidator.h"
#include "FieldSchema.h"
#include "StoreMessages.h"
#include "net/HttpTypes.h"
#include "net/NetPolicy.h"
#include "net/Redactor.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"

#include <QJsonArray>

#include <optional>

namespace cc {

namespace {

const QString kVerbatim = QStringLiteral("verbatim");

// Every event worded by a sentence of its own (EventSentence, in ActivityEvent.h); the events only
// one vendor records are listed in its schema.
using Sentence = EventSentence;

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

    // A secret replaced after the vendor accepted the new value (SecretRotation); "field" is its key,
    // worded by its label in the vendor's schema.
    {"credential.secret-replaced",
     "cc::SecretRotation",
     QT_TRANSLATE_NOOP("cc::SecretRotation", "The secret “%1” was replaced: the vendor accepted the new value."),
     {"field"},
     nullptr},
    // A secret replaced without a check: the vendor has no read-only call to try the new value with
    // (a Custom provider without OAuth 2.0), so nothing was sent; "provider" is its name.
    {"credential.secret-replaced-unchecked",
     "cc::SecretRotation",
     QT_TRANSLATE_NOOP("cc::SecretRotation",
                       "The secret “%1” was replaced without a check: %2 has no read-only call to try it with, so "
                       "nothing was sent. Use Test send to try the new value."),
     {"field", "provider"},
     nullptr},
    {"credential.secret-not-replaced",
     "cc::SecretRotation",
     QT_TRANSLATE_NOOP("cc::SecretRotation", "The secret “%1” was not replaced; the old value is kept. %2"),
     {"field", "reason"},
     nullptr},
    {"refused.not-a-secret",
     "cc::SecretRotation",
     QT_TRANSLATE_NOOP("cc::SecretRotation", "“%1” is no secret field of these API credentials."),
     {"field"},
     nullptr},
    {"refused.secret-not-used",
     "cc::SecretRotation",
     QT_TRANSLATE_NOOP("cc::SecretRotation",
                       "“%1” is not used by these API credentials as they are set (see their authentication "
                       "settings), so it cannot be replaced."),
     {"field"},
     nullptr},
    {"refused.secret-empty",
     "cc::SecretRotation",
     QT_TRANSLATE_NOOP("cc::SecretRotation", "The new value of “%1” is empty."),
     {"field"},
     nullptr},

    // What a vendor operation did (VendorOperations). Its failures are "<operation>.<NetError::code()>".
    {"check.ok",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "The credentials work: %1 accepted them. Nothing was sent."),
     {"vendor"},
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
    {"refused.report-no-id",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Send a test message first: its ID is needed to fetch the delivery "
                                               "report."),
     {},
     nullptr},
    {"refused.no-report",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "%1 has no delivery report the console can fetch."),
     {"vendor"},
     nullptr},
    {"refused.no-setup",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "%1 has no channel set-up in the console. It is offered for %2."),
     {"vendor", "vendors"},
     nullptr},
};

// The operations whose failures are worded by their NetError.
const char *const kOperations[] = {"check", "send", "report", "setup", "token"};

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
    for (const VendorSchema &schema : allVendorSchemas()) {
        for (const Sentence &s : schema.events) {
            if (code == QLatin1String(s.code))
                return &s;
        }
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
            return storemessages::nameTaken(arg("name"));
        if (what == QLatin1String("gone"))
            return storemessages::gone();
        if (what == QLatin1String("not-loaded"))
            return storemessages::notLoaded(arg("file"));
        const Database::Failure failure = Database::failureNamed(what);
        if (failure == Database::Failure::None)
            return std::nullopt;
        return Database::failureText(failure, arg("file"), e.verbatim);
    }
    if (e.code == QLatin1String("refused.secret-form") || e.code == QLatin1String("refused.id-form")) {
        const VendorSchema *schema = schemaForId(arg("vendor"));
        const FieldSpec *field = schema ? schema->field(arg("field")) : nullptr;
        if (!field)
            return QString();
        return e.code == QLatin1String("refused.id-form")
                   ? CredentialValidator::describeIdProblem(*field, arg("problem"))
                   : CredentialValidator::describeSecretProblem(*field, arg("problem"));
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
            if (family == QLatin1String("token")) // an access token was to be fetched first (OAuth 2.0)
                return QCoreApplication::translate("cc::VendorOperations", "The access token could not be fetched "
                                                                           "from the token URL, so nothing else was "
                                                                           "sent. %1")
                    .arg(error.message());
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
    return withHttpStatus(text, args.value(QStringLiteral("http")).toInt());
}

QString ActivityEvent::withHttpStatus(const QString &text, int status)
{
    if (status <= 0 || text.contains(QStringLiteral("HTTP %1").arg(status)))
        return text;
    return QCoreApplication::translate("cc::CredentialActions", "HTTP %1: %2").arg(status).arg(text);
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
