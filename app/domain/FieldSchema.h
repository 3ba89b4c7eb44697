#pragma once

#include "ActivityEvent.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <utility>

namespace cc {

// What a field holds decides its widget, its validation and where it is stored.
enum class FieldType {
    Text,        // one line of plain text
    Secret,      // goes to the keychain, never to disk
    Url,         // an absolute https URL (http for loopback only)
    Phone,       // E.164 phone number or short code
    KeywordList, // comma-separated keywords
    Message,     // SMS text, shown with its encoding and segment count
    Integer,     // whole number within [minimum, maximum]
    Enum,        // one of choices
    Pairs,       // name/value pairs ("Add new parameter"), stored as text: one "name: value" a line
    Template,    // a JSON document with {{placeholders}} inside its string values (several lines)
};

struct Choice
{
    QString value;     // stored, never translated
    const char *label; // QT_TRANSLATE_NOOP("cc::Fields", ...)
};

struct FieldSpec
{
    QString key;       // stable storage key
    const char *label; // QT_TRANSLATE_NOOP("cc::Fields", ...)
    const char *help;  // QT_TRANSLATE_NOOP("cc::Fields", ...)
    FieldType type = FieldType::Text;
    bool required = false;
    QVariant defaultValue;
    int minimum = 0;
    int maximum = 0;
    const char *unit = nullptr; // QT_TRANSLATE_NOOP("cc::Fields", ...), e.g. "hours"
    // Integer: what its minimum means when it is not a number of units, shown in its place (the value
    // stays the minimum), e.g. "No limit" for a rate limit's 0. QT_TRANSLATE_NOOP("cc::Fields", ...)
    const char *minimumMeaning = nullptr;
    QVector<Choice> choices;
    bool advanced = false; // not in the platform's form; shown under "Advanced"
    // An example value that fits this field and vendor (data, not translated): the field's
    // placeholder and its error messages show the same one.
    QString example;
    // A secret that is the Base64 of "<key id>:<key secret>": the form can build it from the two.
    bool base64KeyPair = false;
    // A Url that may hold "{region}" where the region goes (an endpoint override per region).
    bool takesRegion = false;
    // An identifier of a fixed shape: idPrefix followed by exactly idHexDigits hexadecimal characters
    // (Twilio's SIDs: "AC" and 32). 0: no such rule. The form, the import and every operation check it
    // (CredentialValidator::idProblemCode); example must then be one of that shape.
    QString idPrefix;
    int idHexDigits = 0;
    // Shown (and checked, and required when required is set) only while the field shownWhenKey holds
    // one of shownWhenValues; always when shownWhenKey is empty. See VendorSchema::isShown().
    QString shownWhenKey;
    QStringList shownWhenValues;
    // Template: the placeholders it must hold ("toNumber" for {{toNumber}}), each inside a string
    // value; allowedPlaceholders are those it may hold besides (any other is refused as unknown).
    QStringList placeholders;
    QStringList allowedPlaceholders;
    // Pairs: names that may not be given (case-insensitive), e.g. headers the console sets itself.
    QStringList reservedNames;

    bool isSecret() const { return type == FieldType::Secret; }
    QString translatedLabel() const;
    QString translatedHelp() const;
    QString translatedUnit() const;
    QString translatedMinimumMeaning() const;
    QString choiceLabel(const QString &value) const;
};

// A vendor, as its place in the list of vendors the program was given (setVendorSchemaSource). The
// domain knows no vendor by name: the vendors layer's registry (vendors/VendorRegistry.cpp) lists
// them, and each adapter says what its vendor is.
class Vendor
{
public:
    Vendor() = default;
    explicit Vendor(int index)
        : m_index(index)
    {
    }
    int index() const { return m_index; }
    friend bool operator==(Vendor a, Vendor b) { return a.m_index == b.m_index; }
    friend bool operator!=(Vendor a, Vendor b) { return a.m_index != b.m_index; }

private:
    int m_index = 0;
};

struct VendorSchema
{
    Vendor vendor;
    QString id;          // stored in the file: "sinch", "sinch-mms", "infobip"
    QString displayName; // product name, not translated
    QVector<FieldSpec> fields;
    // Keys of the fields that identify the account at a glance (the list's identifier column).
    QStringList identifierKeys;
    // Key of the region field, empty when the vendor has none.
    QString regionKey;
    // A note shown under the form's heading, for what the fields cannot say (QT_TRANSLATE_NOOP("cc::Fields", ...)).
    const char *note = nullptr;
    // The sentences of the events only this vendor's operations record ("send.<vendor>-accepted" ...).
    QVector<EventSentence> events;

    QString translatedNote() const;

    const FieldSpec *field(const QString &key) const;
    QStringList secretKeys() const;
    // Whether the field is in the form for these values (its shownWhen rule; a value missing from
    // values counts as the controlling field's default), and so whether it is checked and required.
    bool isShown(const FieldSpec &field, const QVariantMap &values) const;
    bool isRequired(const FieldSpec &field, const QVariantMap &values) const
    {
        return field.required && isShown(field, values);
    }
};

// A Pairs field's value: one "name: value" a line (names have no colon; blank lines are skipped).
// parsePairs() keeps a line without a colon as a name with an empty value, for the validator to refuse.
using NameValue = std::pair<QString, QString>;
QVector<NameValue> parsePairs(const QString &text);
QString joinPairs(const QVector<NameValue> &pairs);

// The common first field of every form.
inline const QString kNameKey = QStringLiteral("name");

// Where the schemas come from: the vendors layer, which the domain does not link. The program hands
// it over once, before the first use (cc::registerVendors()); each schema's vendor is its place.
using VendorSchemaSource = QVector<VendorSchema> (*)();
void setVendorSchemaSource(VendorSchemaSource source);

const QVector<VendorSchema> &allVendorSchemas();
const VendorSchema &schemaFor(Vendor vendor);
const VendorSchema *schemaForId(const QString &id);

// The translation context of schema labels and help texts.
constexpr const char *kFieldsContext = "cc::Fields";

} // namespace cc
