#include "Redactor.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace cc {

namespace {

using Span = std::pair<qsizetype, qsizetype>; // [start, end)

QByteArray percentEncoded(const QByteArray &utf8, bool lowerHex, bool plusForSpace)
{
    static const char upper[] = "0123456789ABCDEF";
    static const char lower[] = "0123456789abcdef";
    const char *hex = lowerHex ? lower : upper;
    QByteArray out;
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || c == '-' || c == '.' ||
            c == '_' || c == '~') {
            out += c;
        } else if (c == ' ' && plusForSpace) {
            out += '+';
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0xf];
        }
    }
    return out;
}

// The text as it stands inside a JSON string, as the writers of several languages escape it.
QString jsonEscaped(const QString &text, bool escapeSlash, bool asciiOnly, bool upperHex)
{
    QString out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c == u'/' && escapeSlash) {
            out += QStringLiteral("\\/");
        } else if (u == '\n') {
            out += QStringLiteral("\\n");
        } else if (u == '\r') {
            out += QStringLiteral("\\r");
        } else if (u == '\t') {
            out += QStringLiteral("\\t");
        } else if (u < 0x20 || (asciiOnly && u > 0x7e)) {
            const QString hex = QStringLiteral("%1").arg(int(u), 4, 16, QLatin1Char('0'));
            out += QStringLiteral("\\u") + (upperHex ? hex.toUpper() : hex);
        } else {
            out += c;
        }
    }
    return out;
}

// Every place of form in text, in any letter case: a vendor may echo a secret upper-cased. (QString's
// comparison folds one code unit at a time, so a match is as long as the form.)
void findAll(const QString &text, const QString &form, QList<Span> *spans)
{
    for (qsizetype at = text.indexOf(form, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(form, at + 1, Qt::CaseInsensitive))
        spans->append({at, at + form.size()});
}

// The same in bytes, both sides lowered (ASCII letters only, so the places stay where they were).
void findAllLowered(const QByteArray &lowered, const QByteArray &loweredForm, QList<Span> *spans)
{
    for (qsizetype at = lowered.indexOf(loweredForm); at >= 0; at = lowered.indexOf(loweredForm, at + 1))
        spans->append({at, at + loweredForm.size()});
}

// Replaces every span, overlapping ones merged into one, by the mask.
template <typename Text> Text masked(const Text &text, QList<Span> spans, const Text &mask)
{
    if (spans.isEmpty())
        return text;
    std::sort(spans.begin(), spans.end());
    Text out;
    out.reserve(text.size());
    qsizetype copied = 0;
    for (qsizetype i = 0; i < spans.size();) {
        const qsizetype start = spans.at(i).first;
        qsizetype end = spans.at(i).second;
        for (++i; i < spans.size() && spans.at(i).first < end; ++i)
            end = std::max(end, spans.at(i).second);
        out += text.mid(copied, start - copied);
        out += mask;
        copied = end;
    }
    out += text.mid(copied);
    return out;
}

} // namespace

Redactor::Redactor(const QStringList &secrets)
{
    for (const QString &secret : secrets)
        addSecret(secret);
}

QString Redactor::mask()
{
    return QString(4, QChar(0x2022));
}

void Redactor::addForm(const QString &form)
{
    if (form.isEmpty() || m_formSet.contains(form))
        return;
    m_formSet.insert(form);
    m_forms.append(form);
    m_utf8Forms.append(form.toUtf8().toLower()); // found in any letter case (findAllLowered)
}

void Redactor::addSecret(const QString &secret)
{
    if (secret.trimmed().isEmpty() || m_secrets.contains(secret))
        return; // an empty "secret" would match everywhere
    m_secrets.insert(secret);
    QStringList encodings{secret};
    if (secret.trimmed() != secret)
        encodings << secret.trimmed();
    const QByteArray utf8 = secret.toUtf8();
    for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        encodings << QString::fromLatin1(utf8.toBase64(options))
                  << QString::fromLatin1(utf8.toBase64(options | QByteArray::OmitTrailingEquals));
    }
    // Each encoding may itself stand in a URL or a JSON string (Base64 has '/' and '+').
    // (Only worked out when they differ: a redactor is built for every request a vendor is sent.)
    for (const QString &encoding : std::as_const(encodings)) {
        addForm(encoding);
        const bool unreserved = std::all_of(encoding.begin(), encoding.end(), [](QChar c) {
            return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' ||
                   c == u'.' || c == u'_' || c == u'~';
        });
        if (!unreserved) {
            const QByteArray bytes = encoding.toUtf8();
            for (const bool lowerHex : {false, true}) {
                addForm(QString::fromLatin1(percentEncoded(bytes, lowerHex, false)));
                if (encoding.contains(QLatin1Char(' ')))
                    addForm(QString::fromLatin1(percentEncoded(bytes, lowerHex, true)));
            }
        }
        const bool plain =
            std::all_of(encoding.begin(), encoding.end(), [](QChar c) { return c >= u' ' && c <= u'~'; });
        if (!plain || encoding.contains(QLatin1Char('"')) || encoding.contains(QLatin1Char('\\')) ||
            encoding.contains(QLatin1Char('/'))) {
            for (const bool escapeSlash : {false, true}) {
                addForm(jsonEscaped(encoding, escapeSlash, false, false));
                if (!plain) {
                    addForm(jsonEscaped(encoding, escapeSlash, true, false));
                    addForm(jsonEscaped(encoding, escapeSlash, true, true));
                }
            }
        }
    }
}

void Redactor::addAuthorization(const QByteArray &value)
{
    const QString text = QString::fromUtf8(value).trimmed();
    addSecret(text);
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space < 0)
        return;
    const QString credentials = text.mid(space + 1).trimmed();
    addSecret(credentials);
    if (text.left(space).compare(QLatin1String("Basic"), Qt::CaseInsensitive) != 0)
        return;
    const auto decoded =
        QByteArray::fromBase64Encoding(credentials.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return;
    const QString pair = QString::fromUtf8(*decoded);
    const qsizetype colon = pair.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return;
    addSecret(pair);
    addSecret(pair.left(colon));
    addSecret(pair.mid(colon + 1));
}

QString Redactor::redact(const QString &text) const
{
    QList<Span> spans;
    for (const QString &form : m_forms)
        findAll(text, form, &spans);
    // An Authorization value quoted in a text, whoever's it is (a vendor's answer, a library's error).
    static const QRegularExpression authorization(
        QStringLiteral("Authorization\\W{0,3}\\s*[:=]\\s*\"?((?:Basic|Bearer|App)\\s+[A-Za-z0-9._~+/=-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = authorization.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        spans.append({m.capturedStart(1), m.capturedEnd(1)});
    }
    return masked(text, spans, mask());
}

QByteArray Redactor::redact(const QByteArray &bytes) const
{
    QList<Span> spans;
    const QByteArray lowered = bytes.toLower();
    for (const QByteArray &form : m_utf8Forms)
        findAllLowered(lowered, form, &spans);
    static const QByteArray utf8Mask = mask().toUtf8();
    return masked(bytes, spans, utf8Mask);
}

} // namespace cc
