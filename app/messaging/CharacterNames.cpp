#include "CharacterNames.h"

#include <QChar>

#include <algorithm>
#include <iterator>

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

// In code point order (looked up by binary search).
const Named kNamed[] = {
    {0x00A0, "NO-BREAK SPACE"},
    {0x00AD, "SOFT HYPHEN"},
    {0x0300, "COMBINING GRAVE ACCENT"},
    {0x0301, "COMBINING ACUTE ACCENT"},
    {0x0302, "COMBINING CIRCUMFLEX ACCENT"},
    {0x0303, "COMBINING TILDE"},
    {0x0308, "COMBINING DIAERESIS"},
    {0x0327, "COMBINING CEDILLA"},
    {0x034F, "COMBINING GRAPHEME JOINER"},
    {0x061C, "ARABIC LETTER MARK"},
    {0x115F, "HANGUL CHOSEONG FILLER"},
    {0x1160, "HANGUL JUNGSEONG FILLER"},
    {0x1680, "OGHAM SPACE MARK"},
    {0x180E, "MONGOLIAN VOWEL SEPARATOR"},
    {0x2000, "EN QUAD"},
    {0x2001, "EM QUAD"},
    {0x2002, "EN SPACE"},
    {0x2003, "EM SPACE"},
    {0x2004, "THREE-PER-EM SPACE"},
    {0x2005, "FOUR-PER-EM SPACE"},
    {0x2006, "SIX-PER-EM SPACE"},
    {0x2007, "FIGURE SPACE"},
    {0x2008, "PUNCTUATION SPACE"},
    {0x2009, "THIN SPACE"},
    {0x200A, "HAIR SPACE"},
    {0x200B, "ZERO WIDTH SPACE"},
    {0x200C, "ZERO WIDTH NON-JOINER"},
    {0x200D, "ZERO WIDTH JOINER"},
    {0x200E, "LEFT-TO-RIGHT MARK"},
    {0x200F, "RIGHT-TO-LEFT MARK"},
    {0x2028, "LINE SEPARATOR"},
    {0x2029, "PARAGRAPH SEPARATOR"},
    {0x202A, "LEFT-TO-RIGHT EMBEDDING"},
    {0x202B, "RIGHT-TO-LEFT EMBEDDING"},
    {0x202C, "POP DIRECTIONAL FORMATTING"},
    {0x202D, "LEFT-TO-RIGHT OVERRIDE"},
    {0x202E, "RIGHT-TO-LEFT OVERRIDE"},
    {0x202F, "NARROW NO-BREAK SPACE"},
    {0x205F, "MEDIUM MATHEMATICAL SPACE"},
    {0x2060, "WORD JOINER"},
    {0x2061, "FUNCTION APPLICATION"},
    {0x2062, "INVISIBLE TIMES"},
    {0x2063, "INVISIBLE SEPARATOR"},
    {0x2064, "INVISIBLE PLUS"},
    {0x2066, "LEFT-TO-RIGHT ISOLATE"},
    {0x2067, "RIGHT-TO-LEFT ISOLATE"},
    {0x2068, "FIRST STRONG ISOLATE"},
    {0x2069, "POP DIRECTIONAL ISOLATE"},
    {0x206A, "INHIBIT SYMMETRIC SWAPPING"},
    {0x206B, "ACTIVATE SYMMETRIC SWAPPING"},
    {0x206C, "INHIBIT ARABIC FORM SHAPING"},
    {0x206D, "ACTIVATE ARABIC FORM SHAPING"},
    {0x206E, "NATIONAL DIGIT SHAPES"},
    {0x206F, "NOMINAL DIGIT SHAPES"},
    {0x20E3, "COMBINING ENCLOSING KEYCAP"},
    {0x2800, "BRAILLE PATTERN BLANK"},
    {0x3000, "IDEOGRAPHIC SPACE"},
    {0x3164, "HANGUL FILLER"},
    {0xFE00, "VARIATION SELECTOR-1"},
    {0xFE01, "VARIATION SELECTOR-2"},
    {0xFE02, "VARIATION SELECTOR-3"},
    {0xFE03, "VARIATION SELECTOR-4"},
    {0xFE04, "VARIATION SELECTOR-5"},
    {0xFE05, "VARIATION SELECTOR-6"},
    {0xFE06, "VARIATION SELECTOR-7"},
    {0xFE07, "VARIATION SELECTOR-8"},
    {0xFE08, "VARIATION SELECTOR-9"},
    {0xFE09, "VARIATION SELECTOR-10"},
    {0xFE0A, "VARIATION SELECTOR-11"},
    {0xFE0B, "VARIATION SELECTOR-12"},
    {0xFE0C, "VARIATION SELECTOR-13"},
    {0xFE0D, "VARIATION SELECTOR-14"},
    {0xFE0E, "VARIATION SELECTOR-15"},
    {0xFE0F, "VARIATION SELECTOR-16"},
    {0xFEFF, "ZERO WIDTH NO-BREAK SPACE"},
    {0xFFA0, "HALFWIDTH HANGUL FILLER"},
    {0xFFF9, "INTERLINEAR ANNOTATION ANCHOR"},
    {0xFFFA, "INTERLINEAR ANNOTATION SEPARATOR"},
    {0xFFFB, "INTERLINEAR ANNOTATION TERMINATOR"},
    {0xFFFC, "OBJECT REPLACEMENT CHARACTER"},
    {0xFFFD, "REPLACEMENT CHARACTER"},
    {0x1F3FB, "EMOJI MODIFIER FITZPATRICK TYPE-1-2"},
    {0x1F3FC, "EMOJI MODIFIER FITZPATRICK TYPE-3"},
    {0x1F3FD, "EMOJI MODIFIER FITZPATRICK TYPE-4"},
    {0x1F3FE, "EMOJI MODIFIER FITZPATRICK TYPE-5"},
    {0x1F3FF, "EMOJI MODIFIER FITZPATRICK TYPE-6"},
    {0xE0001, "LANGUAGE TAG"},
    {0xE0020, "TAG SPACE"},
    {0xE007F, "CANCEL TAG"},
};

bool isVariationSelector(char32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

} // namespace

const char *CharacterNames::name(char32_t c)
{
    if (c < 0x20)
        return kC0Names[c];
    if (c == 0x7F)
        return "DELETE";
    if (c >= 0x80 && c < 0xA0)
        return kC1Names[c - 0x80];
    const auto *end = std::end(kNamed);
    const auto *at = std::lower_bound(std::begin(kNamed), end, c,
                                      [](const Named &n, char32_t value) { return n.codePoint < value; });
    return at != end && at->codePoint == c ? at->name : nullptr;
}

QString CharacterNames::describe(char32_t c)
{
    const QString code = QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    const char *n = name(c);
    return n ? code + QLatin1Char(' ') + QLatin1String(n) : code;
}

bool CharacterNames::isInvisible(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    case QChar::Separator_Space:
        return c != 0x20;
    default:
        break;
    }
    return isVariationSelector(c) || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x180E || c == 0x2800 ||
           c == 0x3164 || c == 0xFFA0;
}

bool CharacterNames::showsAsNothing(char32_t c)
{
    return c == 0x20 || isInvisible(c) || QChar::isMark(c);
}

} // namespace cc
