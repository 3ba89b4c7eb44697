#include "CredentialFileCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace cc {

namespace {

// ---- reading ----

// The field keys of every vendor, sorted: a key read from the file is stored as the schema's own
// string, shared by every credential, instead of a copy per credential.
QString fieldKey(QLatin1StringView key)
{
    static const QStringList known = [] {
        QStringList keys;
        for (const VendorSchema &s : allVendorSchemas())
            for (const FieldSpec &f : s.fields)
                keys << f.key;
        keys.sort();
        keys.removeDuplicates();
        return keys;
    }();
    const auto it = std::lower_bound(known.begin(), known.end(), key,
                                     [](const QString &a, QLatin1StringView b) { return a.compare(b) < 0; });
    return it != known.end() && *it == key ? *it : QString(key);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Decodes the inside of a JSON string that has escapes or non-ASCII bytes. Leaves surrogates
// written as escapes to Qt's reader (it has its own rules for lone ones).
bool decodeString(QByteArrayView raw, QString *out)
{
    QString s;
    s.reserve(raw.size());
    qsizetype i = 0;
    while (i < raw.size()) {
        qsizetype j = i;
        while (j < raw.size() && raw[j] != '\\')
            ++j;
        const QByteArrayView run = raw.sliced(i, j - i);
        if (!run.isValidUtf8())
            return false;
        s += QString::fromUtf8(run);
        if (j == raw.size())
            break;
        if (j + 1 == raw.size())
            return false;
        char16_t unit = 0;
        i = j + 2;
        switch (raw[j + 1]) {
        case '"':
        case '\\':
        case '/':
            unit = char16_t(raw[j + 1]);
            break;
        case 'b':
            unit = u'\b';
            break;
        case 'f':
            unit = u'\f';
            break;
        case 'n':
            unit = u'\n';
            break;
        case 'r':
            unit = u'\r';
            break;
        case 't':
            unit = u'\t';
            break;
        case 'u':
            if (j + 6 > raw.size())
                return false;
            for (qsizetype k = j + 2; k < j + 6; ++k) {
                const int h = hexValue(raw[k]);
                if (h < 0)
                    return false;
                unit = char16_t(unit * 16 + h);
            }
            if (QChar::isSurrogate(unit))
                return false;
            i = j + 6;
            break;
        default:
            return false;
        }
        s += QChar(unit);
    }
    *out = std::move(s);
    return true;
}

// A strict reader of the JSON subset the file uses. Every method returns false on anything it does
// not take, and then the whole read is abandoned.
class Reader
{
public:
    explicit Reader(QByteArrayView data)
        : m_p(data.data())
        , m_end(data.data() + data.size())
    {
    }

    // Where the next value starts, and where the last one ended.
    const char *next()
    {
        skipSpace();
        return m_p;
    }
    const char *position() const { return m_p; }

    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    bool take(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    // Calls member(key) for each member, which reads the value. Keys are plain ASCII and appear once.
    template <typename Member> bool object(Member member)
    {
        if (!take('{'))
            return false;
        if (take('}'))
            return true;
        QVarLengthArray<QLatin1StringView, 16> seen;
        do {
            QByteArrayView raw;
            bool plain = false;
            if (!rawString(&raw, &plain) || !plain || !take(':'))
                return false;
            const QLatin1StringView key(raw.data(), raw.size());
            if (std::find(seen.begin(), seen.end(), key) != seen.end() || !member(key))
                return false;
            seen.append(key);
        } while (take(','));
        return take('}');
    }

    template <typename Element> bool array(Element element)
    {
        if (!take('['))
            return false;
        if (take(']'))
            return true;
        do {
            if (!element())
                return false;
        } while (take(','));
        return take(']');
    }

    // Each value reader takes a null target too: it then only checks the value, as it would read it
    // (an index of the file checks every entry without building it).
    bool string(QString *out)
    {
        QByteArrayView raw;
        bool plain = false;
        if (!rawString(&raw, &plain))
            return false;
        if (plain) {
            if (out)
                *out = QString::fromLatin1(raw.data(), raw.size());
            return true;
        }
        QString decoded;
        return decodeString(raw, out ? out : &decoded);
    }

    bool timestamp(QDateTime *out)
    {
        QByteArrayView raw;
        bool plain = false;
        if (!rawString(&raw, &plain) || !plain)
            return false;
        if (out)
            *out = parseTimestamp(QLatin1StringView(raw.data(), raw.size()));
        return true;
    }

    // A string, viewed where it lies when it is plain (printable ASCII without escapes), else decoded
    // into *decoded.
    bool stringView(QAnyStringView *out, QString *decoded)
    {
        QByteArrayView raw;
        bool plain = false;
        if (!rawString(&raw, &plain))
            return false;
        if (plain) {
            *out = QLatin1StringView(raw.data(), raw.size());
            return true;
        }
        if (!decodeString(raw, decoded))
            return false;
        *out = *decoded;
        return true;
    }

    // A time as timestamp() reads it, as a sort key (ms since the epoch).
    bool timeKey(qint64 *out)
    {
        QByteArrayView raw;
        bool plain = false;
        if (!rawString(&raw, &plain) || !plain)
            return false;
        *out = timestampKey(QLatin1StringView(raw.data(), raw.size()));
        return true;
    }

    // A string, a number, true, false or null; arrays and objects are left to Qt's reader.
    bool scalar(QVariant *out)
    {
        skipSpace();
        if (m_p == m_end)
            return false;
        QVariant unused; // numbers and words are checked by reading them, which allocates nothing
        if (!out && *m_p != '"')
            out = &unused;
        switch (*m_p) {
        case '"': {
            if (!out)
                return string(nullptr);
            QString s;
            if (!string(&s))
                return false;
            *out = std::move(s);
            return true;
        }
        case 't':
            *out = true;
            return word("true");
        case 'f':
            *out = false;
            return word("false");
        case 'n':
            *out = QVariant::fromValue(nullptr);
            return word("null");
        default:
            return number(out);
        }
    }

private:
    // Eight bytes at a time where eight remain: the file's indentation and its strings are most of
    // its bytes, and a first pass over it (CredentialFileCodec::index) does little else.
    static constexpr quint64 kOnes = 0x0101010101010101ULL;
    static constexpr quint64 kHighs = 0x8080808080808080ULL;
    bool eightLeft() const { return m_end - m_p >= 8; }
    quint64 eight() const
    {
        quint64 w;
        std::memcpy(&w, m_p, sizeof w);
        return w;
    }
    // A byte of w below 0x80 that is below n; n at most 0x80.
    static bool anyBelow(quint64 w, quint64 n) { return ((w - kOnes * n) & ~w & kHighs) != 0; }
    static bool anyEqual(quint64 w, char c) { return anyBelow(w ^ (kOnes * uchar(c)), 1); }

    void skipSpace()
    {
        while (eightLeft() && eight() == kOnes * ' ')
            m_p += 8;
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    // The bytes between the quotes; plain when they are printable ASCII without escapes.
    bool rawString(QByteArrayView *raw, bool *plain)
    {
        if (!take('"'))
            return false;
        const char *begin = m_p;
        *plain = true;
        // Runs of printable ASCII without quote or backslash, eight bytes at a time.
        while (eightLeft()) {
            const quint64 w = eight();
            if ((w & kHighs) || anyBelow(w, 0x20) || anyEqual(w, '"') || anyEqual(w, '\\'))
                break;
            m_p += 8;
        }
        for (; m_p != m_end && *m_p != '"'; ++m_p) {
            const auto c = uchar(*m_p);
            if (c < 0x20)
                return false;
            if (c == '\\' || c >= 0x80)
                *plain = false;
            if (c == '\\' && ++m_p == m_end)
                return false;
        }
        if (m_p == m_end)
            return false;
        *raw = QByteArrayView(begin, m_p - begin);
        ++m_p;
        return true;
    }

    bool word(QByteArrayView w)
    {
        if (QByteArrayView(m_p, m_end - m_p).startsWith(w)) {
            m_p += w.size();
            return true;
        }
        return false;
    }

    bool digits()
    {
        const char *begin = m_p;
        while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p != begin;
    }

    // As QJsonDocument reads numbers: an integer when the value is whole and fits, a double otherwise.
    bool number(QVariant *out)
    {
        const char *begin = m_p;
        if (*m_p == '-')
            ++m_p;
        if (m_p != m_end && *m_p == '0')
            ++m_p;
        else if (m_p == m_end || *m_p < '1' || *m_p > '9' || !digits())
            return false;
        bool whole = true;
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            whole = false;
            if (!digits())
                return false;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            whole = false;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return false;
        }
        const QByteArrayView text(begin, m_p - begin);
        bool ok = false;
        if (whole) {
            const qlonglong n = text.toLongLong(&ok);
            *out = n;
            return ok;
        }
        const double d = text.toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return false;
        // Qt keeps a whole number that fits (1e3, 2.0) as an integer too.
        if (std::trunc(d) == d && d >= -9223372036854775808.0 && d < 9223372036854775808.0)
            *out = qlonglong(d);
        else
            *out = d;
        return true;
    }

    const char *m_p;
    const char *m_end;
};

// What the first pass keeps of an entry besides where it lies.
struct IndexedEntry
{
    const char *begin = nullptr; // the entry's text
    QString name;
    CredentialEntryParts parts;
};

// Reads one entry into r; with a null r it only checks the entry's shape and fills e.
bool walkEntry(Reader &in, CredentialRecord *r, IndexedEntry *e = nullptr)
{
    // Without a record, where the value that follows lies (in an entry of up to 2 GiB).
    const auto note = [&in, e](qint32 CredentialEntryParts::*part) {
        if (e && in.next() - e->begin <= std::numeric_limits<qint32>::max())
            e->parts.*part = qint32(in.next() - e->begin);
    };
    return in.object([&](QLatin1StringView key) {
        if (key == QLatin1StringView("id"))
            return in.string(r ? &r->id : nullptr);
        if (key == QLatin1StringView("vendor")) {
            note(&CredentialEntryParts::vendor);
            return in.string(r ? &r->vendorId : nullptr);
        }
        if (key == QLatin1StringView("created")) {
            note(&CredentialEntryParts::created);
            return in.timestamp(r ? &r->created : nullptr);
        }
        if (key == QLatin1StringView("modified")) {
            note(&CredentialEntryParts::modified);
            return in.timestamp(r ? &r->modified : nullptr);
        }
        if (key == QLatin1StringView("fields")) {
            if (r)
                r->hasFields = true;
            return in.object([&](QLatin1StringView field) {
                if (!r && field != kNameKey)
                    return in.scalar(nullptr);
                QVariant value;
                if (!in.scalar(&value))
                    return false;
                if (!r)
                    e->name = value.toString(); // as Credential::name() reads it
                else
                    r->fields.append({fieldKey(field), std::move(value)});
                return true;
            });
        }
        if (key == QLatin1StringView("secretsSet")) {
            return in.array([&] {
                QString secret;
                if (!in.string(r ? &secret : nullptr))
                    return false;
                if (r)
                    r->secretsSet.append(std::move(secret));
                return true;
            });
        }
        if (key == QLatin1StringView("lastCheck")) {
            return in.object([&](QLatin1StringView part) {
                if (part == QLatin1StringView("state")) {
                    note(&CredentialEntryParts::checkState);
                    return in.string(r ? &r->checkState : nullptr);
                }
                if (part == QLatin1StringView("at")) {
                    note(&CredentialEntryParts::checkAt);
                    return in.timestamp(r ? &r->checkAt : nullptr);
                }
                if (part == QLatin1StringView("detail"))
                    return in.string(r ? &r->checkDetail : nullptr);
                return false;
            });
        }
        return false;
    });
}

bool readCredential(Reader &in, Credential *out)
{
    CredentialRecord r;
    QString unused; // Qt's reader gives the reason
    return walkEntry(in, &r) && Credential::fromRecord(std::move(r), out, &unused);
}

// The file's outer object: entry() reads each element of its list of credentials.
template <typename Entry> bool readFile(QByteArrayView data, const QString &format, int maxSchemaVersion, Entry entry)
{
    Reader in(data);
    bool formatMatches = false, hasList = false;
    QVariant version;
    const bool read = in.object([&](QLatin1StringView key) {
        if (key == QLatin1StringView("format")) {
            QString f;
            formatMatches = in.string(&f) && f == format;
            return formatMatches;
        }
        if (key == QLatin1StringView("schemaVersion"))
            return in.scalar(&version);
        if (key == QLatin1StringView("credentials")) {
            hasList = true;
            return in.array([&] { return entry(in); });
        }
        return false;
    });
    return read && in.atEnd() && formatMatches && hasList && version.typeId() == QMetaType::LongLong &&
           version.toLongLong() >= 1 && version.toLongLong() <= maxSchemaVersion;
}

// ---- writing ----

char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

// As QJsonDocument writes a string: UTF-8, with \" \\ \b \f \n \r \t and \u00XX for the other
// control characters, and \uXXXX for a lone surrogate.
void appendString(QByteArray &out, QStringView s)
{
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * s.size()); // the longest a character can become is \uXXXX
    char *w = out.data() + start;
    *w++ = '"';
    const char16_t *p = s.utf16();
    const char16_t *const end = p + s.size();
    const auto escape = [&w](char c) {
        *w++ = '\\';
        *w++ = c;
    };
    const auto escapeUnit = [&w](char16_t u) {
        *w++ = '\\';
        *w++ = 'u';
        for (int shift = 12; shift >= 0; shift -= 4)
            *w++ = hexDigit((u >> shift) & 0xf);
    };
    for (; p != end; ++p) {
        const char16_t u = *p;
        if (u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\') {
            *w++ = char(u);
            continue;
        }
        switch (u) {
        case u'"':
            escape('"');
            continue;
        case u'\\':
            escape('\\');
            continue;
        case u'\b':
            escape('b');
            continue;
        case u'\f':
            escape('f');
            continue;
        case u'\n':
            escape('n');
            continue;
        case u'\r':
            escape('r');
            continue;
        case u'\t':
            escape('t');
            continue;
        default:
            break;
        }
        char32_t code = u;
        if (QChar::isHighSurrogate(u) && p + 1 != end && QChar::isLowSurrogate(p[1]))
            code = QChar::surrogateToUcs4(u, *++p);
        else if (u < 0x20 || QChar::isSurrogate(u)) {
            escapeUnit(u);
            continue;
        }
        if (code < 0x800) {
            *w++ = char(0xc0 | (code >> 6));
        } else if (code < 0x10000) {
            *w++ = char(0xe0 | (code >> 12));
            *w++ = char(0x80 | ((code >> 6) & 0x3f));
        } else {
            *w++ = char(0xf0 | (code >> 18));
            *w++ = char(0x80 | ((code >> 12) & 0x3f));
            *w++ = char(0x80 | ((code >> 6) & 0x3f));
        }
        *w++ = char(0x80 | (code & 0x3f));
    }
    *w++ = '"';
    out.resize(w - out.constData());
}

// QJsonDocument's indented layout: four spaces a level, one member or element a line, members in
// key order (which a QVariantMap keeps), "[" and "]" on lines of their own even when empty.
class Writer
{
public:
    explicit Writer(QByteArray &out)
        : m_out(out)
    {
    }

    void open(char bracket)
    {
        m_out += bracket;
        m_out += '\n';
        ++m_depth;
        m_first = true;
    }

    void close(char bracket)
    {
        if (!m_first)
            m_out += '\n';
        --m_depth;
        indent();
        m_out += bracket;
        m_first = false;
    }

    // Starts an element of an array.
    void next() { separate(); }

    // Starts a member of an object: one of the format's own keys (plain ASCII), or a field's key.
    void member(QLatin1StringView key)
    {
        separate();
        m_out += '"';
        m_out += QByteArrayView(key.data(), key.size());
        m_out += "\": ";
    }

    void member(QStringView key)
    {
        separate();
        appendString(m_out, key);
        m_out += ": ";
    }

    void string(QStringView s) { appendString(m_out, s); }

    void timestamp(const QDateTime &t)
    {
        m_out += '"';
        appendTimestamp(m_out, t);
        m_out += '"';
    }

    void raw(QByteArrayView text) { m_out += text; }

    // A field's value. Strings and the scalars the forms store are written here; anything else
    // (a list or a map kept from a newer version's file) as Qt writes it, indented to fit.
    void variant(const QVariant &v)
    {
        switch (v.typeId()) {
        case QMetaType::QString:
            appendString(m_out, v.toString());
            return;
        case QMetaType::Bool:
            m_out += v.toBool() ? "true" : "false";
            return;
        case QMetaType::Int:
        case QMetaType::LongLong:
            m_out += QByteArray::number(v.toLongLong());
            return;
        case QMetaType::Double: {
            const double d = v.toDouble();
            m_out += std::isfinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest) : "null";
            return;
        }
        case QMetaType::UnknownType:
        case QMetaType::Nullptr:
            m_out += "null";
            return;
        default:
            break;
        }
        const QJsonValue j = QJsonValue::fromVariant(v);
        QByteArray text;
        if (j.isArray() || j.isObject()) {
            text = (j.isArray() ? QJsonDocument(j.toArray()) : QJsonDocument(j.toObject())).toJson();
            text.chop(1); // its final newline
            text.replace(QByteArrayView("\n"), QByteArray(QByteArray("\n") + QByteArray(4 * m_depth, ' ')));
        } else {
            text = QJsonDocument(QJsonArray{j}).toJson(QJsonDocument::Compact);
            text = text.mid(1, text.size() - 2); // without the array's brackets
        }
        m_out += text;
    }

private:
    void indent() { m_out.append(4 * m_depth, ' '); }

    void separate()
    {
        if (!m_first)
            m_out += ",\n";
        m_first = false;
        indent();
    }

    QByteArray &m_out;
    int m_depth = 0;
    bool m_first = true;
};

void writeCredential(Writer &w, const Credential &c)
{
    const VendorSchema &schema = c.schema();
    w.open('{');
    w.member(QLatin1StringView("created"));
    w.timestamp(c.created);
    w.member(QLatin1StringView("fields"));
    w.open('{');
    for (auto it = c.values.begin(); it != c.values.end(); ++it) {
        const FieldSpec *f = schema.field(it.key());
        if (f && f->isSecret())
            continue; // never on disk, whatever a caller put in values
        w.member(QStringView(it.key()));
        w.variant(it.value());
    }
    w.close('}');
    w.member(QLatin1StringView("id"));
    w.string(c.id);
    if (c.lastCheck.state != CheckStatus::State::NotChecked) {
        w.member(QLatin1StringView("lastCheck"));
        w.open('{');
        w.member(QLatin1StringView("at"));
        w.timestamp(c.lastCheck.at);
        w.member(QLatin1StringView("detail"));
        w.string(c.lastCheck.detail);
        w.member(QLatin1StringView("state"));
        w.string(QString(CheckStatus::stateName(c.lastCheck.state)));
        w.close('}');
    }
    w.member(QLatin1StringView("modified"));
    w.timestamp(c.modified);
    w.member(QLatin1StringView("secretsSet"));
    w.open('[');
    for (const QString &s : c.secretsSet) {
        w.next();
        w.string(s);
    }
    w.close(']');
    w.member(QLatin1StringView("vendor"));
    w.string(schema.id);
    w.close('}');
}

} // namespace

QByteArray CredentialFileCodec::write(const QVector<Credential> &credentials, const QString &format, int schemaVersion)
{
    QByteArray out;
    out.reserve(128 + credentials.size() * 512);
    Writer w(out);
    w.open('{');
    w.member(QLatin1StringView("credentials"));
    w.open('[');
    for (const Credential &c : credentials) {
        w.next();
        writeCredential(w, c);
    }
    w.close(']');
    w.member(QLatin1StringView("format"));
    w.string(format);
    w.member(QLatin1StringView("schemaVersion"));
    w.raw(QByteArray::number(schemaVersion));
    w.close('}');
    out += '\n';
    return out;
}

bool CredentialFileCodec::read(QByteArrayView data, const QString &format, int maxSchemaVersion,
                               QVector<Credential> *out)
{
    QVector<Credential> list;
    list.reserve(data.size() / 400); // about the size of an entry as write() lays it out
    const bool read = readFile(data, format, maxSchemaVersion, [&list](Reader &in) {
        Credential c;
        if (!readCredential(in, &c))
            return false;
        list.append(std::move(c));
        return true;
    });
    if (!read)
        return false;
    *out = std::move(list);
    return true;
}

bool CredentialFileCodec::index(QByteArrayView data, const QString &format, int maxSchemaVersion,
                                CredentialFileIndex *out)
{
    CredentialFileIndex index;
    index.entries.reserve(data.size() / 400);
    index.names.reserve(data.size() / 400);
    index.parts.reserve(data.size() / 400);
    const bool read = readFile(data, format, maxSchemaVersion, [&index](Reader &in) {
        IndexedEntry entry;
        entry.begin = in.next();
        if (!walkEntry(in, nullptr, &entry))
            return false;
        index.entries.append(QByteArrayView(entry.begin, in.position() - entry.begin));
        index.names.append(std::move(entry.name));
        index.parts.append(entry.parts);
        return true;
    });
    if (!read)
        return false;
    *out = std::move(index);
    return true;
}

CredentialSortKeys CredentialFileCodec::sortKeys(QByteArrayView entry, const CredentialEntryParts &parts)
{
    // Each part as the entry's reader reads it (see Credential::fromRecord), from where it lies.
    const auto reader = [entry](qint32 at) { return Reader(entry.sliced(at)); };
    CredentialSortKeys keys;
    QString decoded;
    QAnyStringView text;
    if (parts.vendor >= 0 && reader(parts.vendor).stringView(&text, &decoded))
        keys.vendor = CredentialSortKeys::vendorKey(text);
    if (parts.created >= 0)
        reader(parts.created).timeKey(&keys.created);
    if (parts.modified >= 0)
        reader(parts.modified).timeKey(&keys.modified);
    if (parts.checkState >= 0 && reader(parts.checkState).stringView(&text, &decoded))
        keys.checkState = CheckStatus::stateNamed(text);
    if (keys.checkState != CheckStatus::State::NotChecked && parts.checkAt >= 0)
        reader(parts.checkAt).timeKey(&keys.checked);
    return keys;
}

bool CredentialFileCodec::readEntry(QByteArrayView entry, Credential *out)
{
    Reader in(entry);
    return readCredential(in, out) && in.atEnd();
}

} // namespace cc
