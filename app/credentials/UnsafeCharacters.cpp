#include "UnsafeCharacters.h"

#include <utility>

namespace cc {

namespace {

// Unicode's name aliases of the controls (NameAliases.txt), which have no name of their own.
const char *const kC0Names[] = {"NULL",
                                "START OF HEADING",
                                "START OF TEXT",
                                "END OF TEXT",
                                "END OF TRANSMISSION",
                                "ENQUIRY",
                                "ACKNOWLEDGE",
                                "ALERT",
                                "BACKSPACE",
                                "CHARACTER TABULATION",
                                "LINE FEED",
                                "LINE TABULATION",
                                "FORM FEED",
                                "CARRIAGE RETURN",
                                "SHIFT OUT",
                                "SHIFT IN",
                                "DATA LINK ESCAPE",
                                "DEVICE CONTROL ONE",
                                "DEVICE CONTROL TWO",
                                "DEVICE CONTROL THREE",
                                "DEVICE CONTROL FOUR",
                                "NEGATIVE ACKNOWLEDGE",
                                "SYNCHRONOUS IDLE",
                                "END OF TRANSMISSION BLOCK",
                                "CANCEL",
                                "END OF MEDIUM",
                                "SUBSTITUTE",
                                "ESCAPE",
                                "INFORMATION SEPARATOR FOUR",
                                "INFORMATION SEPARATOR THREE",
                                "INFORMATION SEPARATOR TWO",
                                "INFORMATION SEPARATOR ONE"};

const char *const kC1Names[] = {"PADDING CHARACTER",
                                "HIGH OCTET PRESET",
                                "BREAK PERMITTED HERE",
                                "NO BREAK HERE",
                                "INDEX",
                                "NEXT LINE",
                                "START OF SELECTED AREA",
                                "END OF SELECTED AREA",
                                "CHARACTER TABULATION SET",
                                "CHARACTER TABULATION WITH JUSTIFICATION",
                                "LINE TABULATION SET",
                                "PARTIAL LINE FORWARD",
                                "PARTIAL LINE BACKWARD",
                                "REVERSE LINE FEED",
                                "SINGLE SHIFT TWO",
                                "SINGLE SHIFT THREE",
                                "DEVICE CONTROL STRING",
                                "PRIVATE USE ONE",
                                "PRIVATE USE TWO",
                                "SET TRANSMIT STATE",
                                "CANCEL CHARACTER",
                                "MESSAGE WAITING",
                                "START OF GUARDED AREA",
                                "END OF GUARDED AREA",
                                "START OF STRING",
                                "SINGLE GRAPHIC CHARACTER INTRODUCER",
                                "SINGLE CHARACTER INTRODUCER",
                                "CONTROL SEQUENCE INTRODUCER",
                                "STRING TERMINATOR",
                                "OPERATING SYSTEM COMMAND",
                                "PRIVACY MESSAGE",
                                "APPLICATION PROGRAM COMMAND"};

struct Named
{
    char32_t codePoint;
    const char *name;
};

const Named kFormatting[] = {
    {0x061C, "ARABIC LETTER MARK"},      {0x200E, "LEFT-TO-RIGHT MARK"},         {0x200F, "RIGHT-TO-LEFT MARK"},
    {0x2028, "LINE SEPARATOR"},          {0x2029, "PARAGRAPH SEPARATOR"},        {0x202A, "LEFT-TO-RIGHT EMBEDDING"},
    {0x202B, "RIGHT-TO-LEFT EMBEDDING"}, {0x202C, "POP DIRECTIONAL FORMATTING"}, {0x202D, "LEFT-TO-RIGHT OVERRIDE"},
    {0x202E, "RIGHT-TO-LEFT OVERRIDE"},  {0x2066, "LEFT-TO-RIGHT ISOLATE"},      {0x2067, "RIGHT-TO-LEFT ISOLATE"},
    {0x2068, "FIRST STRONG ISOLATE"},    {0x2069, "POP DIRECTIONAL ISOLATE"},
};

const char *nameOf(char32_t c)
{
    if (c < 0x20)
        return kC0Names[c];
    if (c == 0x7F)
        return "DELETE";
    if (c >= 0x80 && c < 0xA0)
        return kC1Names[c - 0x80];
    for (const Named &n : kFormatting) {
        if (n.codePoint == c)
            return n.name;
    }
    return nullptr;
}

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
    return nameOf(c) != nullptr;
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

QString UnsafeCharacters::describe(char32_t c)
{
    const char *name = nameOf(c);
    const QString code = QStringLiteral("U+") + hex(c, 4).toUpper();
    return name ? code + QLatin1Char(' ') + QLatin1String(name) : code;
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
