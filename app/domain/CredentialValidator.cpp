#include "CredentialValidator.h"

#include "StoreMessages.h"
#include "UnsafeCharacters.h"
#include "messaging/CharacterNames.h"
#include "messaging/JsonTemplate.h"
#include "messaging/Keywords.h"
#include "messaging/PhoneNumbers.h"
#include "net/NetPolicy.h"

#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <optional>

namespace cc {

namespace {

using Severity = ValidationIssue::Severity;

ValidationIssue issue(const FieldSpec &field, const QString &message, Severity severity = Severity::Error)
{
    return {field.key, severity, message};
}

// A reason from elsewhere (NetPolicy, PhoneNumbers) that does not name the field yet.
ValidationIssue labeled(const FieldSpec &field, const QString &reason)
{
    return issue(field, CredentialValidator::tr("%1: %2", "field label, then what is wrong and what is expected")
                            .arg(field.translatedLabel(), reason));
}

QString textOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1String(", "));
    return value.toString();
}

// Values come as numbers from code and imports, and as the text the user typed from the form.
std::optional<qint64> wholeNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return value.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return static_cast<qint64>(d);
        return std::nullopt;
    }
    default: {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(n) : std::nullopt;
    }
    }
}

QString chooseOne(const FieldSpec &field)
{
    QStringList labels;
    for (const Choice &c : field.choices)
        labels << field.choiceLabel(c.value);
    return CredentialValidator::tr("%1: choose one of %2.")
        .arg(field.translatedLabel(), QLocale().createSeparatedList(labels));
}

QString required(const FieldSpec &field)
{
    return CredentialValidator::tr("%1: enter a value; this field is required.").arg(field.translatedLabel());
}

bool hasChoice(const FieldSpec &field, const QString &value)
{
    for (const Choice &c : field.choices) {
        if (c.value == value)
            return true;
    }
    return false;
}

QString integerExpected(const FieldSpec &field)
{
    const QString unit = field.translatedUnit();
    if (unit.isEmpty())
        return CredentialValidator::tr("%1: enter a whole number from %2 to %3.")
            .arg(field.translatedLabel())
            .arg(field.minimum)
            .arg(field.maximum);
    return CredentialValidator::tr("%1: enter a whole number of %2 from %3 to %4.", "label, unit (e.g. hours), range")
        .arg(field.translatedLabel(), unit)
        .arg(field.minimum)
        .arg(field.maximum);
}

std::optional<ValidationIssue> checkLength(const FieldSpec &field, const QString &text)
{
    if (text.size() > CredentialValidator::kMaxLineLength) {
        return issue(field, CredentialValidator::tr("%1: the value is %2 characters long; shorten it to at most %3 "
                                                    "characters.")
                                .arg(field.translatedLabel())
                                .arg(text.size())
                                .arg(CredentialValidator::kMaxLineLength));
    }
    return std::nullopt;
}

// Rules of what a single line may hold, before its type's own rules: an invisible character or a
// pasted megabyte would make those rules' messages (which quote the value) useless.
std::optional<ValidationIssue> checkLine(const FieldSpec &field, const QString &text)
{
    if (const std::optional<UnsafeCharacters::Found> found = UnsafeCharacters::find(text)) {
        return issue(field, CredentialValidator::tr("%1: remove the character %2 (at position %3). Control characters "
                                                    "and text-direction marks are not allowed here: they are invisible "
                                                    "and can make the value look different from what is saved.")
                                .arg(field.translatedLabel(), CharacterNames::describe(found->codePoint))
                                .arg(found->position));
    }
    return checkLength(field, text);
}

// A token of RFC 9110 (a header's name): letters, digits and !#$%&'*+-.^_`|~.
bool isToken(const QString &name)
{
    static const QString extra = QStringLiteral("!#$%&'*+-.^_`|~");
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (!alnum && !extra.contains(c))
            return false;
    }
    return !name.isEmpty();
}

// Each pair: a name that is a token, not reserved, not given twice; a value on one line without
// invisible characters.
void checkPairs(const FieldSpec &field, const QString &text, QVector<ValidationIssue> *issues)
{
    QStringList seen;
    for (const NameValue &pair : parsePairs(text)) {
        const QString &name = pair.first;
        QString problem;
        if (!isToken(name)) {
            problem = CredentialValidator::tr("%1: “%2” is not a valid name: use letters, digits and - _ . only "
                                              "(no spaces or colons).")
                          .arg(field.translatedLabel(), UnsafeCharacters::escaped(name));
        } else if (field.reservedNames.contains(name, Qt::CaseInsensitive)) {
            problem = CredentialValidator::tr("%1: “%2” is set by the console and cannot be changed here (%3 are "
                                              "fixed).")
                          .arg(field.translatedLabel(), name, QLocale().createSeparatedList(field.reservedNames));
        } else if (seen.contains(name, Qt::CaseInsensitive)) {
            problem = CredentialValidator::tr("%1: “%2” is given twice; give each name once.")
                          .arg(field.translatedLabel(), name);
        } else if (const std::optional<UnsafeCharacters::Found> found = UnsafeCharacters::find(pair.second)) {
            problem = CredentialValidator::tr("%1: the value of “%2” holds the character %3, which is not allowed.")
                          .arg(field.translatedLabel(), name, CharacterNames::describe(found->codePoint));
        }
        if (!problem.isEmpty()) {
            issues->append(issue(field, problem));
            return;
        }
        seen << name;
    }
}

// The rules of one non-secret field that has a value.
void checkValue(const FieldSpec &field, const QVariant &value, const QString &text,
                const CredentialValidator::Input &input, QVector<ValidationIssue> *issues)
{
    if (field.key == kNameKey && input.nameTaken && input.nameTaken(text)) {
        issues->append(labeled(field, storemessages::nameTaken(text))); // the database's own words
    }

    switch (field.type) {
    case FieldType::Enum:
        if (!hasChoice(field, text))
            issues->append(issue(field, chooseOne(field)));
        break;
    case FieldType::Url: {
        const QString address =
            field.takesRegion ? QString(text).replace(QLatin1String("{region}"), QLatin1String("us")) : text;
        const QString reason = NetPolicy::checkBaseUrl(QUrl(address, QUrl::StrictMode), field.example);
        if (!reason.isEmpty())
            issues->append(labeled(field, reason));
        break;
    }
    case FieldType::Integer: {
        const std::optional<qint64> n = wholeNumber(value);
        if (!n || *n < field.minimum || *n > field.maximum)
            issues->append(issue(field, integerExpected(field)));
        break;
    }
    case FieldType::Phone: {
        const PhoneNumbers::Check phone = PhoneNumbers::check(text, true);
        if (!phone.ok)
            issues->append(labeled(field, phone.problem));
        break;
    }
    case FieldType::Template: {
        const JsonTemplate::Problem problem = JsonTemplate::check(text, field.placeholders, field.allowedPlaceholders);
        if (!problem.ok())
            issues->append(issue(field, JsonTemplate::describe(field.translatedLabel(), problem)));
        break;
    }
    case FieldType::Pairs:
        checkPairs(field, text, issues);
        break;
    case FieldType::Text:
        if (const QString wrong = CredentialValidator::idProblemCode(field, text); !wrong.isEmpty())
            issues->append(issue(field, CredentialValidator::describeIdProblem(field, wrong)));
        break;
    case FieldType::Secret:
    case FieldType::KeywordList: // checked across the lists, below
    case FieldType::Message:
        break;
    }
}

// Only the lists the user typed: the platform's defaults do not overlap.
void checkKeywordLists(const CredentialValidator::Input &input, QVector<ValidationIssue> *issues)
{
    struct TypedList
    {
        const FieldSpec *field;
        Keywords::Category category;
        QStringList keywords;
    };
    QVector<TypedList> lists;
    for (const Keywords::CategoryFields &c : Keywords::categories()) {
        if (const FieldSpec *f = input.schema->field(c.keywordsKey))
            lists.append({f, c.category, Keywords::custom(c.category, input.values)});
    }

    for (int later = 0; later < lists.size(); ++later) {
        for (int earlier = 0; earlier < later; ++earlier) {
            for (const QString &keyword : lists.at(later).keywords) {
                if (!lists.at(earlier).keywords.contains(keyword, Qt::CaseInsensitive))
                    continue;
                const FieldSpec &field = *lists.at(later).field;
                issues->append(issue(
                    field, CredentialValidator::tr("%1: “%2” is also in %3; a keyword can belong to "
                                                   "only one list.")
                               .arg(field.translatedLabel(), keyword, lists.at(earlier).field->translatedLabel())));
            }
        }
    }

    // A typed keyword that is also a default of a list left empty (whose defaults are then in
    // force): one of the two rules never answers it, which the operator must know.
    for (const TypedList &list : lists) {
        for (const TypedList &other : lists) {
            if (&other == &list || !other.keywords.isEmpty())
                continue;
            for (const QString &keyword : list.keywords) {
                if (!Keywords::defaults(other.category).contains(keyword, Qt::CaseInsensitive))
                    continue;
                const FieldSpec &field = *list.field;
                const bool thisOneAnswers =
                    Keywords::match(keyword, input.values).rule == Keywords::ruleOf(list.category);
                issues->append(issue(
                    field,
                    thisOneAnswers
                        ? CredentialValidator::tr("%1: “%2” is also a default keyword of %3, in force while %3 is "
                                                  "empty. This list is matched first, so people who text “%2” get "
                                                  "this list's reply instead.")
                              .arg(field.translatedLabel(), keyword, other.field->translatedLabel())
                        : CredentialValidator::tr("%1: “%2” is also a default keyword of %3, in force while %3 is "
                                                  "empty, and %3 is matched first: “%2” never reaches this list. "
                                                  "Remove it here, or type keywords of your own in %3.")
                              .arg(field.translatedLabel(), keyword, other.field->translatedLabel()),
                    Severity::Warning));
            }
        }
    }

    const QString stop = QStringLiteral("STOP");
    for (const TypedList &list : lists) {
        if (list.category == Keywords::Category::OptOut && !list.keywords.isEmpty() &&
            !list.keywords.contains(stop, Qt::CaseInsensitive)) {
            issues->append(issue(*list.field,
                                 CredentialValidator::tr("%1: %2 is not in the list. A list of your own replaces the "
                                                         "default keywords, so people who text %2 would no longer "
                                                         "be opted out; add %2 unless that is what you want.")
                                     .arg(list.field->translatedLabel(), stop),
                                 Severity::Warning));
        }
    }
}

} // namespace

QVector<ValidationIssue> CredentialValidator::validate(const Input &input)
{
    QVector<ValidationIssue> issues;
    if (!input.schema)
        return issues;

    for (const FieldSpec &field : input.schema->fields) {
        if (!input.schema->isShown(field, input.values))
            continue; // another choice's field (another auth type's): neither checked nor required
        if (field.isSecret()) {
            const QString typed = input.secretValues.value(field.key).trimmed();
            const QString wrong = typed.isEmpty() ? QString() : secretProblem(field, typed);
            if (!wrong.isEmpty())
                issues.append(issue(field, wrong));
            else if (field.required && typed.isEmpty() && !input.secretsGiven.contains(field.key))
                issues.append(issue(field, required(field)));
            continue;
        }
        const QVariant value = input.values.value(field.key);
        const QString raw = textOf(value);
        // Messages are SMS text, with its own line ends; templates and pairs have several lines,
        // whose parts are checked by their own rules.
        if (field.type == FieldType::Pairs || field.type == FieldType::Template) {
            if (std::optional<ValidationIssue> refused = checkLength(field, raw)) {
                issues.append(*refused);
                continue;
            }
        } else if (field.type != FieldType::Message) {
            if (std::optional<ValidationIssue> refused = checkLine(field, raw)) {
                issues.append(*refused);
                continue;
            }
        }
        const QString text = raw.trimmed();
        if (!text.isEmpty()) {
            checkValue(field, value, text, input, &issues);
        } else if (field.required) {
            issues.append(issue(field, field.type == FieldType::Enum ? chooseOne(field) : required(field)));
        }
    }
    checkKeywordLists(input, &issues);
    return issues;
}

QString CredentialValidator::secretProblem(const FieldSpec &field, const QString &value)
{
    return describeSecretProblem(field, secretProblemCode(field, value));
}

QString CredentialValidator::secretProblemCode(const FieldSpec &field, const QString &value)
{
    if (!field.base64KeyPair)
        return QString();
    const QByteArray bytes = value.toUtf8();
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(bytes, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    // Qt accepts a missing "=" padding; a line break (base64 wraps at 76 columns) is not Base64.
    const bool base64 = decoded && !bytes.isEmpty() && bytes.size() % 4 != 1;
    if (!base64)
        return value.contains(QLatin1Char(':')) ? QStringLiteral("key-pair") : QStringLiteral("not-base64");
    const QString text = QString::fromUtf8(*decoded);
    const QStringList parts = text.split(QLatin1Char(':'));
    const bool textual = text.toUtf8() == *decoded && !UnsafeCharacters::find(text);
    if (!textual || parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return QStringLiteral("not-a-pair");
    return QString();
}

QString CredentialValidator::describeSecretProblem(const FieldSpec &field, const QString &problem)
{
    const QString howTo = QStringLiteral("echo -n 'KEY_ID:KEY_SECRET' | base64 -w0"); // a command: not translated
    if (problem == QLatin1String("key-pair")) {
        return tr("%1: this looks like the key ID and key secret themselves. The token is their Base64 encoding: "
                  "the Base64 of “key ID:key secret”, made from an access key of your Sinch project (for example "
                  "with: %2).")
            .arg(field.translatedLabel(), howTo);
    }
    if (problem == QLatin1String("not-base64")) {
        return tr("%1: this is not Base64. The token is the Base64 of “key ID:key secret”, made from an access key "
                  "of your Sinch project (for example with: %2).")
            .arg(field.translatedLabel(), howTo);
    }
    if (problem == QLatin1String("not-a-pair")) {
        return tr("%1: this is Base64, but it does not decode to two non-empty parts joined by exactly one colon. "
                  "The token is the Base64 of “key ID:key secret”, made from an access key of your Sinch project "
                  "(for example with: %2).")
            .arg(field.translatedLabel(), howTo);
    }
    return QString();
}

QString CredentialValidator::idProblemCode(const FieldSpec &field, const QString &value)
{
    if (field.idHexDigits <= 0 || value.isEmpty())
        return QString();
    if (!value.startsWith(field.idPrefix))
        return QStringLiteral("id-prefix");
    const QStringView rest = QStringView(value).mid(field.idPrefix.size());
    const bool hex = std::all_of(rest.begin(), rest.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
               (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
    });
    if (!hex)
        return QStringLiteral("id-not-hex");
    if (rest.size() != field.idHexDigits)
        return QStringLiteral("id-length");
    return QString();
}

QString CredentialValidator::describeIdProblem(const FieldSpec &field, const QString &problem)
{
    if (problem == QLatin1String("id-prefix")) {
        return tr("%1: this does not start with %2. It is %2 followed by %3 hexadecimal characters (0–9, a–f), for "
                  "example %4.")
            .arg(field.translatedLabel(), field.idPrefix)
            .arg(field.idHexDigits)
            .arg(field.example);
    }
    if (problem == QLatin1String("id-not-hex")) {
        return tr("%1: only hexadecimal characters (0–9, a–f) may follow %2, and this value has others (a space, "
                  "a letter o for a zero?). For example: %3.")
            .arg(field.translatedLabel(), field.idPrefix, field.example);
    }
    if (problem == QLatin1String("id-length")) {
        return tr("%1: %2 must be followed by exactly %3 hexadecimal characters, and this value has more or fewer "
                  "(cut short or pasted twice?). For example: %4.")
            .arg(field.translatedLabel(), field.idPrefix)
            .arg(field.idHexDigits)
            .arg(field.example);
    }
    return QString();
}

bool CredentialValidator::hasErrors(const QVector<ValidationIssue> &issues)
{
    for (const ValidationIssue &i : issues) {
        if (i.isError())
            return true;
    }
    return false;
}

} // namespace cc
