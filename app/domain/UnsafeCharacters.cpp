#include "UnsafeCharacters.h"

#include <utility>

namespace cc {

namespace {

// The code point at i, and how many UTF-16 units it takes (a lone surrogate stands for itself).
std::pair<char32_t, qsizetype> codePointAt(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return {QChar::surrogateToUcs4(c, text.at(i + 1)), 2};
    return {c.unicode(), 1};
}

QString hex(char32_t c, int width)
{
    return QStringLiteral("%1").arg(uint(c), width, 16, QLatin1Char('0'));
}

} // namespace

bool UnsafeCharacters::isUnsafe(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x061C || c == 0x200E || c == 0x200F ||
           (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

std::optional<UnsafeCharacters::Found> UnsafeCharacters::find(QStringView text)
{
    int position = 0;
    for (qsizetype i = 0; i < text.size();) {
        const auto [c, units] = codePointAt(text, i);
        ++position;
        if (isUnsafe(c))
            return Found{c, position};
        i += units;
    }
    return std::nullopt;
}

QString UnsafeCharacters::escaped(QStringView text, QStringView keep)
{
    if (!find(text))
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size();) {
        const auto [c, units] = codePointAt(text, i);
        const QStringView unit = text.mid(i, units);
        i += units;
        if (!isUnsafe(c) || keep.contains(unit)) {
            out.append(unit);
            continue;
        }
        switch (c) {
        case 0:
            out += QLatin1String("\\0");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c < 0x80)
                out += QLatin1String("\\x") + hex(c, 2);
            else
                out += QLatin1String("\\u{") + hex(c, 4).toUpper() + QLatin1Char('}');
        }
    }
    return out;
}

QString UnsafeCharacters::escapedJson(const QByteArray &json)
{
    const QString text = QString::fromUtf8(json);
    if (!find(text))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) { // every unsafe character is in the BMP
        if (isUnsafe(c.unicode()))
            out += QLatin1String("\\u") + hex(c.unicode(), 4);
        else
            out += c;
    }
    return out;
}

} // namespace cc
