#include "Credential.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace cc {

namespace {

const QString kId = QStringLiteral("id");
const QString kVendor = QStringLiteral("vendor");
const QString kCreated = QStringLiteral("created");
const QString kModified = QStringLiteral("modified");
const QString kFields = QStringLiteral("fields");
const QString kSecrets = QStringLiteral("secretsSet");
const QString kCheck = QStringLiteral("lastCheck");

} // namespace

QLatin1StringView CheckStatus::stateName(State s)
{
    switch (s) {
    case State::Ok:
        return QLatin1StringView("ok");
    case State::Failing:
        return QLatin1StringView("failing");
    case State::NotChecked:
        break;
    }
    return QLatin1StringView("not-checked");
}

CheckStatus::State CheckStatus::stateNamed(QAnyStringView name)
{
    for (const State s : {State::Ok, State::Failing}) {
        if (QAnyStringView::compare(name, stateName(s)) == 0)
            return s;
    }
    return State::NotChecked;
}

CredentialSortKeys CredentialSortKeys::of(const Credential &c)
{
    CredentialSortKeys keys;
    keys.created = timeKey(c.created);
    keys.modified = timeKey(c.modified);
    keys.checkState = c.lastCheck.state;
    keys.checked = c.lastCheck.state == CheckStatus::State::NotChecked ? kNever : timeKey(c.lastCheck.at);
    keys.vendor = vendorKey(c.vendor);
    return keys;
}

int CredentialSortKeys::vendorKey(Vendor vendor)
{
    static const QVector<int> places = [] {
        const QVector<VendorSchema> &schemas = allVendorSchemas();
        QVector<int> out;
        for (const VendorSchema &schema : schemas) {
            if (out.size() <= schema.vendor.index())
                out.resize(schema.vendor.index() + 1);
            out[schema.vendor.index()] =
                int(std::count_if(schemas.begin(), schemas.end(), [&schema](const VendorSchema &o) {
                    return o.displayName.compare(schema.displayName, Qt::CaseInsensitive) < 0;
                }));
        }
        return out;
    }();
    return places.value(vendor.index(), -1);
}

int CredentialSortKeys::vendorKey(QAnyStringView vendorId)
{
    for (const VendorSchema &schema : allVendorSchemas()) {
        if (QAnyStringView::compare(vendorId, schema.id) == 0)
            return vendorKey(schema.vendor);
    }
    return -1;
}

void appendNameSortKey(QString &out, QStringView name)
{
    name = name.trimmed();
    const bool ascii = std::all_of(name.begin(), name.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        out += name.toString().toCaseFolded();
        return;
    }
    // Case folding is lowering for ASCII, and QString::toCaseFolded() takes twice as long for it.
    const qsizetype start = out.size();
    out.resize(start + name.size());
    std::transform(name.begin(), name.end(), out.begin() + start,
                   [](QChar c) { return c >= u'A' && c <= u'Z' ? QChar(c.unicode() + (u'a' - u'A')) : c; });
}

bool nameKeyLess(QStringView left, QStringView right)
{
    const auto [l, r] = std::mismatch(left.begin(), left.end(), right.begin(), right.end());
    if (r == right.end())
        return false;
    if (l == left.end())
        return true;
    // UTF-16 units order code points but for those past U+FFFF, whose surrogates (D800 - DFFF) come
    // before E000 - FFFF: moved after them, the units compare as code points, as UTF-8 bytes do.
    const auto place = [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0xE000 ? u - 0x800 : u >= 0xD800 ? u + 0x2000 : u;
    };
    return place(*l) < place(*r);
}

QDateTime parseTimestamp(QStringView text)
{
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

Credential Credential::create(Vendor vendor)
{
    Credential c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.vendor = vendor;
    for (const FieldSpec &f : c.schema().fields) {
        if (!f.isSecret() && f.defaultValue.isValid())
            c.values.insert(f.key, f.defaultValue);
    }
    c.created = QDateTime::currentDateTimeUtc();
    c.modified = c.created;
    return c;
}

bool Credential::fromJson(const QJsonObject &o, Credential *out, QString *error)
{
    CredentialRecord r;
    r.id = o.value(kId).toString();
    r.vendorId = o.value(kVendor).toString();
    r.created = parseTimestamp(o.value(kCreated).toString());
    r.modified = parseTimestamp(o.value(kModified).toString());
    r.hasFields = o.value(kFields).isObject();
    const QJsonObject fields = o.value(kFields).toObject();
    r.fields.reserve(fields.size());
    for (auto it = fields.begin(); it != fields.end(); ++it)
        r.fields.append({it.key(), it.value().toVariant()});
    for (const QJsonValue &v : o.value(kSecrets).toArray())
        r.secretsSet << v.toString();
    if (!r.secretsSet.isEmpty()) // an earlier version's entry counts from its last change
        r.secretsSetAt = r.modified;
    const QJsonObject check = o.value(kCheck).toObject();
    r.checkState = check.value(QStringLiteral("state")).toString();
    r.checkAt = parseTimestamp(check.value(QStringLiteral("at")).toString());
    r.checkDetail = check.value(QStringLiteral("detail")).toString();
    return fromRecord(std::move(r), out, error);
}

namespace {

bool isHexDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// An id as this console writes it (36 characters) is checked here: QUuid's parser was 7 % of the
// start-up read of 10,000 credentials. Any other form goes to QUuid.
bool isValidId(const QString &id)
{
    constexpr qsizetype kLength = 36;
    if (id.size() == kLength) {
        bool wellFormed = true;
        bool nonZero = false;
        for (qsizetype i = 0; i < kLength && wellFormed; ++i) {
            const char16_t c = id.at(i).unicode();
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                wellFormed = c == u'-';
            } else {
                wellFormed = isHexDigit(c);
                nonZero = nonZero || c != u'0';
            }
        }
        if (wellFormed)
            return nonZero; // QUuid's null id is no id
    }
    return !id.isEmpty() && !QUuid::fromString(id).isNull();
}

// The keys of a vendor's secret fields, in the schema's order; made once.
const QStringList &everySecretOf(Vendor vendor)
{
    static const QVector<QStringList> lists = [] {
        QVector<QStringList> out;
        for (const VendorSchema &schema : allVendorSchemas()) {
            if (out.size() <= schema.vendor.index())
                out.resize(schema.vendor.index() + 1);
            out[schema.vendor.index()] = schema.secretKeys();
        }
        return out;
    }();
    return lists.at(vendor.index());
}

} // namespace

bool Credential::fromRecord(CredentialRecord r, Credential *out, QString *error)
{
    Credential c;
    c.id = std::move(r.id);
    if (!isValidId(c.id)) {
        *error = tr("an entry has no valid id");
        return false;
    }
    const VendorSchema *schema = schemaForId(r.vendorId);
    if (!schema) {
        *error = tr("entry %1 names an unknown SMS vendor \"%2\"").arg(c.id, r.vendorId);
        return false;
    }
    c.vendor = schema->vendor;
    c.created = r.created;
    c.modified = r.modified;
    c.secretsSetAt = r.secretsSetAt;
    if (!c.created.isValid() || !c.modified.isValid()) {
        *error = tr("entry %1 has no valid created or modified time").arg(c.id);
        return false;
    }
    if (!r.hasFields) {
        *error = tr("entry %1 has no fields").arg(c.id);
        return false;
    }
    for (auto &[key, value] : r.fields) {
        const FieldSpec *f = schema->field(key);
        if (f && f->isSecret()) {
            *error =
                tr("entry %1 holds the secret field \"%2\" in the file; secrets belong in the keychain").arg(c.id, key);
            return false;
        }
        // Unknown keys are kept as they are, so that a field added by a newer minor version survives.
        // A known key is stored as the schema's own string, shared by every credential, and so is
        // a choice's value.
        if (f && f->type == FieldType::Enum && value.typeId() == QMetaType::QString) {
            const QString text = value.toString();
            for (const Choice &choice : f->choices) {
                if (choice.value == text) {
                    value = choice.value;
                    break;
                }
            }
        }
        c.values.insert(f ? f->key : key, std::move(value));
    }
    // A name is text: a number or a list in its place is no name (it would read as "12345" or "").
    if (c.values.value(kNameKey).typeId() != QMetaType::QString || c.name().trimmed().isEmpty()) {
        *error = tr("entry %1 has no name").arg(c.id);
        return false;
    }
    // Usually every secret is set, listed in the schema's order: all such credentials share a list.
    const QStringList &everySecret = everySecretOf(schema->vendor);
    if (r.secretsSet == everySecret) {
        c.secretsSet = everySecret;
    } else {
        for (const QString &key : std::as_const(r.secretsSet)) {
            const FieldSpec *f = schema->field(key);
            if (f && f->isSecret() && !c.secretsSet.contains(f->key))
                c.secretsSet << f->key;
        }
    }
    // A state this version does not know counts as not checked, which has no time and no detail.
    c.lastCheck.state = CheckStatus::stateNamed(r.checkState);
    if (c.lastCheck.state != CheckStatus::State::NotChecked) {
        c.lastCheck.at = r.checkAt;
        c.lastCheck.detail = std::move(r.checkDetail);
    }
    *out = std::move(c);
    return true;
}

bool Credential::operator==(const Credential &o) const
{
    return id == o.id && vendor == o.vendor && values == o.values && secretsSet == o.secretsSet &&
           created == o.created && modified == o.modified && secretsSetAt == o.secretsSetAt && lastCheck == o.lastCheck;
}

} // namespace cc
