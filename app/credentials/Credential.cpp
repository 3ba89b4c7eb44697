#include "Credential.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>
#include <numeric>

namespace cc {

namespace {

const QString kId = QStringLiteral("id");
const QString kVendor = QStringLiteral("vendor");
const QString kCreated = QStringLiteral("created");
const QString kModified = QStringLiteral("modified");
const QString kFields = QStringLiteral("fields");
const QString kSecrets = QStringLiteral("secretsSet");
const QString kCheck = QStringLiteral("lastCheck");

// A time in the file's own form, "yyyy-MM-ddTHH:mm:ss.zzzZ" exactly, as a valid date and time of
// day (UTC); anything else is left to Qt's parser.
struct FileTimestamp
{
    QDate date;
    QTime time;
};

template <typename Char> bool readFileTimestamp(const Char *s, qsizetype size, FileTimestamp *out)
{
    static constexpr char kShape[] = "0000-00-00T00:00:00.000Z";
    if (size != qsizetype(sizeof kShape) - 1)
        return false;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = char16_t(s[i]);
        if (kShape[i] == '0' ? (c < u'0' || c > u'9') : c != char16_t(kShape[i]))
            return false;
    }
    const auto number = [s](int from, int digits) {
        int n = 0;
        for (int i = from; i < from + digits; ++i)
            n = n * 10 + int(char16_t(s[i]) - u'0');
        return n;
    };
    out->date = QDate(number(0, 4), number(5, 2), number(8, 2));
    out->time = QTime(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
    return out->date.isValid() && out->time.isValid();
}

template <typename Char> QDateTime parseFileTimestamp(const Char *s, qsizetype size)
{
    FileTimestamp t;
    return readFileTimestamp(s, size, &t) ? QDateTime(t.date, t.time, Qt::UTC) : QDateTime();
}

char *writeDigits(char *w, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i, value /= 10)
        w[i] = char('0' + value % 10);
    return w + digits;
}

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
            if (out.size() <= int(schema.vendor))
                out.resize(int(schema.vendor) + 1);
            out[int(schema.vendor)] =
                int(std::count_if(schemas.begin(), schemas.end(), [&schema](const VendorSchema &o) {
                    return o.displayName.compare(schema.displayName, Qt::CaseInsensitive) < 0;
                }));
        }
        return out;
    }();
    return places.value(int(vendor), -1);
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

QVector<int> nameRanks(const QStringList &names)
{
    // All keys end to end in one string, as the list keeps them.
    QString text;
    text.reserve(names.size() * 24);
    QVector<std::pair<qsizetype, qsizetype>> spans(names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const qsizetype start = text.size();
        appendNameSortKey(text, names.at(i));
        spans[i] = {start, text.size() - start};
    }
    const auto key = [&](int i) { return QStringView(text).mid(spans.at(i).first, spans.at(i).second); };
    QVector<int> order(names.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return key(a) < key(b); });
    QVector<int> ranks(names.size());
    for (qsizetype i = 0, rank = 0; i < order.size(); ++i) {
        if (i > 0 && key(order.at(i - 1)) < key(order.at(i)))
            ++rank;
        ranks[order.at(i)] = int(rank);
    }
    return ranks;
}

QDateTime parseTimestamp(QStringView text)
{
    const QDateTime fast = parseFileTimestamp(text.utf16(), text.size());
    return fast.isValid() ? fast : QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

QDateTime parseTimestamp(QLatin1StringView text)
{
    const QDateTime fast = parseFileTimestamp(text.data(), text.size());
    return fast.isValid() ? fast : QDateTime::fromString(QString(text), Qt::ISODateWithMs);
}

qint64 timestampKey(QLatin1StringView text)
{
    FileTimestamp t;
    if (!readFileTimestamp(text.data(), text.size(), &t))
        return CredentialSortKeys::timeKey(parseTimestamp(text));
    constexpr qint64 kEpoch = 2440588; // the Julian day of 1970-01-01
    constexpr qint64 kMsPerDay = 24 * 60 * 60 * 1000;
    return (t.date.toJulianDay() - kEpoch) * kMsPerDay + t.time.msecsSinceStartOfDay();
}

void appendTimestamp(QByteArray &out, const QDateTime &time)
{
    const QDate d = time.date();
    if (!time.isValid() || time.timeSpec() != Qt::UTC || d.year() < 1 || d.year() > 9999) {
        out += time.toString(Qt::ISODateWithMs).toLatin1();
        return;
    }
    const QTime t = time.time();
    char buffer[24];
    char *w = writeDigits(buffer, d.year(), 4);
    *w++ = '-';
    w = writeDigits(w, d.month(), 2);
    *w++ = '-';
    w = writeDigits(w, d.day(), 2);
    *w++ = 'T';
    w = writeDigits(w, t.hour(), 2);
    *w++ = ':';
    w = writeDigits(w, t.minute(), 2);
    *w++ = ':';
    w = writeDigits(w, t.second(), 2);
    *w++ = '.';
    w = writeDigits(w, t.msec(), 3);
    *w++ = 'Z';
    out.append(buffer, w - buffer);
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
            if (out.size() <= int(schema.vendor))
                out.resize(int(schema.vendor) + 1);
            out[int(schema.vendor)] = schema.secretKeys();
        }
        return out;
    }();
    return lists.at(int(vendor));
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
           created == o.created && modified == o.modified && lastCheck == o.lastCheck;
}

} // namespace cc
