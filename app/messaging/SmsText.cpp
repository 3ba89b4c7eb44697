#include "SmsText.h"

#include "CharacterNames.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace cc {

namespace {

constexpr int kGsmSingle = 160;
constexpr int kGsmSegment = 153;
constexpr int kUcs2Single = 70;
constexpr int kUcs2Segment = 67;

// 3GPP TS 23.038, GSM 7-bit default alphabet (the escape 0x1B itself is not a character).
const char16_t kGsmBasic[] = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                             u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
// Its extension table: each of these is sent as ESC + character, two septets.
const char16_t kGsmExtension[] = u"\f^{}\\[]~|€";

bool contains(const char16_t *table, char32_t c)
{
    for (const char16_t *p = table; *p; ++p) {
        if (*p == c)
            return true;
    }
    return false;
}

// Septets for a code point, or 0 when it is not in GSM-7.
int gsmSeptets(char32_t c)
{
    if (c > 0xFFFF)
        return 0;
    if (contains(kGsmBasic, c))
        return 1;
    if (contains(kGsmExtension, c))
        return 2;
    return 0;
}

struct CodePoint
{
    char32_t value;
    int position; // QString index
    int length;   // 1, or 2 for a surrogate pair (a lone surrogate stands for itself)
};

QVector<CodePoint> codePoints(const QString &text)
{
    QVector<CodePoint> out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append({QChar::surrogateToUcs4(c, text.at(i + 1)), i, 2});
            ++i;
        } else {
            out.append({c.unicode(), i, 1});
        }
    }
    return out;
}

// Qt tailors user-perceived characters for some scripts (QUnicodeTools' Tailored::getCharAttributes
// in Qt 6: the Indic scripts, Thai through libthai, Tibetan, Myanmar, Khmer), but it does so for a
// whole script run, and a run takes in the Common characters around the script's letters: next to
// "नमस्ते" or "ขอบคุณ", an emoji, a flag, a keycap and even a surrogate pair come out in pieces. So
// the tailored answer is taken only between two letters of such a script, and everywhere else from
// the same text with those letters standing in as Latin ones (their marks as a combining mark),
// which Qt does not tailor.
bool isTailored(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Devanagari:
    case QChar::Script_Bengali:
    case QChar::Script_Gurmukhi:
    case QChar::Script_Gujarati:
    case QChar::Script_Oriya:
    case QChar::Script_Tamil:
    case QChar::Script_Telugu:
    case QChar::Script_Kannada:
    case QChar::Script_Malayalam:
    case QChar::Script_Sinhala:
    case QChar::Script_Thai:
    case QChar::Script_Tibetan:
    case QChar::Script_Myanmar:
    case QChar::Script_Khmer:
        return true;
    default:
        return false;
    }
}

// A character of the same length that Qt does not tailor: a letter, or a combining mark.
QString standIn(char32_t c)
{
    if (QChar::isMark(c))
        return c > 0xFFFF ? QString::fromUcs4(U"\U0001D167", 1) : QStringLiteral("\u0301");
    return c > 0xFFFF ? QString::fromUcs4(U"\U00010000", 1) : QStringLiteral("a");
}

QVector<bool> qtBoundaries(const QString &text)
{
    QVector<bool> out(text.size() + 1, false);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype at = 0; at >= 0; at = finder.toNextBoundary())
        out[at] = true;
    return out;
}

QVector<int> boundaries(const QString &text, const QVector<CodePoint> &points)
{
    QVector<bool> tailored(points.size(), false);
    QString plain = text;
    bool anyTailored = false;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const CodePoint &p = points.at(i);
        if (isTailored(p.value)) {
            tailored[i] = anyTailored = true;
            plain.replace(p.position, p.length, standIn(p.value));
        }
    }
    const QVector<bool> plainBreaks = qtBoundaries(plain);
    const QVector<bool> tailoredBreaks = anyTailored ? qtBoundaries(text) : QVector<bool>();
    QVector<int> out{0};
    for (qsizetype i = 1; i < points.size(); ++i) {
        const int at = points.at(i).position;
        if ((tailored.at(i - 1) && tailored.at(i) ? tailoredBreaks : plainBreaks).at(at))
            out.append(at);
    }
    if (!text.isEmpty())
        out.append(int(text.size()));
    return out;
}

SmsInfo::Shown shownAs(const CodePoint &forcing, const CodePoint &base)
{
    using Shown = SmsInfo::Shown;
    if (forcing.position == base.position)
        return CharacterNames::showsAsNothing(forcing.value) ? Shown::CodePoint : Shown::Character;
    // The base is in GSM-7 (the forcing code point is the first that is not): what is not is in it.
    return CharacterNames::showsAsNothing(base.value) ? Shown::CodePoint : Shown::CodePointInCharacter;
}

} // namespace

QVector<int> characterBoundaries(const QString &text)
{
    return boundaries(text, codePoints(text));
}

SmsInfo analyzeSms(const QString &text)
{
    SmsInfo info;
    if (text.isEmpty())
        return info;
    const QVector<CodePoint> points = codePoints(text);
    const QVector<int> bounds = boundaries(text, points);
    info.characters = int(bounds.size()) - 1;

    const CodePoint *forcing = nullptr;
    for (const CodePoint &p : points) {
        if (gsmSeptets(p.value) == 0) {
            forcing = &p;
            break;
        }
    }
    if (forcing) {
        info.encoding = SmsInfo::Encoding::Ucs2;
        const auto end = std::upper_bound(bounds.cbegin(), bounds.cend(), forcing->position);
        const int start = *(end - 1);
        info.firstUcs2Character = text.mid(start, *end - start);
        info.firstUcs2Position = start;
        info.firstUcs2CodePoint = forcing->value;
        const auto base = std::lower_bound(points.cbegin(), points.cend(), start,
                                           [](const CodePoint &p, int at) { return p.position < at; });
        info.firstUcs2Shown = shownAs(*forcing, *base);
    }
    const bool gsm = info.encoding == SmsInfo::Encoding::Gsm7;
    const auto weight = [gsm](const CodePoint &p) { return gsm ? gsmSeptets(p.value) : p.length; };
    for (const CodePoint &p : points)
        info.units += weight(p);

    const int single = gsm ? kGsmSingle : kUcs2Single;
    if (info.units <= single) {
        info.segments = 1;
        info.perSegment = single;
        info.remaining = single - info.units;
        info.parts = {{0, int(text.size()), info.units}};
        return info;
    }

    // What may not be split: a user-perceived character, with its escapes and surrogate pairs. CR LF
    // is sent as two characters (and Twilio splits it); a character longer than a segment is cut
    // between code points, as it cannot be sent whole.
    const int capacity = gsm ? kGsmSegment : kUcs2Segment;
    QVector<SmsSegment> pieces;
    pieces.reserve(points.size());
    QVector<CodePoint> cluster;
    const auto takeCluster = [&] {
        int units = 0;
        for (const CodePoint &p : cluster)
            units += weight(p);
        const bool crLf = cluster.size() == 2 && cluster.at(0).value == '\r' && cluster.at(1).value == '\n';
        if (units <= capacity && !crLf) {
            const CodePoint &last = cluster.constLast();
            pieces.append(
                {cluster.constFirst().position, last.position + last.length - cluster.constFirst().position, units});
        } else {
            for (const CodePoint &p : cluster)
                pieces.append({p.position, p.length, weight(p)});
        }
        cluster.clear();
    };
    qsizetype next = 1; // the boundary that ends the current character
    for (const CodePoint &p : points) {
        if (p.position >= bounds.at(next)) {
            takeCluster();
            while (bounds.at(next) <= p.position)
                ++next;
        }
        cluster.append(p);
    }
    takeCluster();

    SmsSegment current;
    for (const SmsSegment &piece : pieces) {
        if (current.units + piece.units > capacity) {
            info.parts.append(current);
            current = {piece.position, 0, 0};
        }
        current.length += piece.length;
        current.units += piece.units;
    }
    info.parts.append(current);
    info.segments = int(info.parts.size());
    info.perSegment = capacity;
    info.remaining = capacity - current.units;
    return info;
}

QString SmsInfo::summary() const
{
    // The segment count stays a number: "SMS" is invariable where this is translated so far.
    const QString used = QString::number(units);
    const QString held = QString::number(qMax(segments, 1) * perSegment);
    const QString count = QString::number(segments);
    if (encoding == Encoding::Gsm7) {
        return tr("%n character(s) · GSM-7: %1 of %2 septets · %3 SMS",
                  "user-perceived characters; septets used of those the SMS hold; number of SMS", characters)
            .arg(used, held, count);
    }
    const QString named = CharacterNames::describe(firstUcs2CodePoint);
    switch (firstUcs2Shown) {
    case Shown::Character:
        break;
    case Shown::CodePoint:
        return tr("%n character(s) · UCS-2 (because of %1): %2 of %3 code units · %4 SMS",
                  "user-perceived characters; the code point and Unicode name of the invisible character that "
                  "forces UCS-2, e.g. U+00A0 NO-BREAK SPACE; UTF-16 units used of those the SMS hold; number of SMS",
                  characters)
            .arg(named, used, held, count);
    case Shown::CodePointInCharacter:
        return tr("%n character(s) · UCS-2 (because of %1 in “%2”): %3 of %4 code units · %5 SMS",
                  "user-perceived characters; the code point and Unicode name that forces UCS-2, e.g. U+0301 "
                  "COMBINING ACUTE ACCENT, and the character it is part of; UTF-16 units used of those the SMS "
                  "hold; number of SMS",
                  characters)
            .arg(named, firstUcs2Character, used, held, count);
    }
    return tr("%n character(s) · UCS-2 (because of “%1”): %2 of %3 code units · %4 SMS",
              "user-perceived characters; the first character that forces UCS-2; UTF-16 units used of those the SMS "
              "hold; number of SMS",
              characters)
        .arg(firstUcs2Character, used, held, count);
}

QString SmsInfo::countingNote()
{
    return tr("Characters are counted as you see them: an emoji with its skin tone, a flag or a letter with its "
              "accent is one character. An SMS holds 160 septets in GSM-7 (153 in each part of a longer message; "
              "^ { } \\ [ ] ~ | € take two) or 70 UTF-16 code units in UCS-2 (67 in each part; most emoji take two "
              "or more). A character is never cut between two parts.");
}

} // namespace cc
