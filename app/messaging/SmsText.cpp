#include "SmsText.h"

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
    int length;   // 1, or 2 for a surrogate pair
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

} // namespace

SmsInfo analyzeSms(const QString &text)
{
    SmsInfo info;
    const QVector<CodePoint> points = codePoints(text);
    info.characters = points.size();

    for (const CodePoint &p : points) {
        if (gsmSeptets(p.value) == 0) {
            info.encoding = SmsInfo::Encoding::Ucs2;
            info.firstUcs2Character = text.mid(p.position, p.length);
            info.firstUcs2Position = p.position;
            break;
        }
    }
    const bool gsm = info.encoding == SmsInfo::Encoding::Gsm7;
    auto weight = [gsm](const CodePoint &p) { return gsm ? gsmSeptets(p.value) : p.length; };

    for (const CodePoint &p : points)
        info.units += weight(p);

    const int single = gsm ? kGsmSingle : kUcs2Single;
    if (info.units <= single) {
        info.segments = info.units > 0 ? 1 : 0;
        info.perSegment = single;
        info.remaining = single - info.units;
        return info;
    }

    // Greedy packing: an escape pair or a surrogate pair that does not fit goes whole to the next segment.
    const int capacity = gsm ? kGsmSegment : kUcs2Segment;
    int fill = 0;
    info.segments = 1;
    for (const CodePoint &p : points) {
        const int w = weight(p);
        if (fill + w > capacity) {
            ++info.segments;
            fill = 0;
        }
        fill += w;
    }
    info.perSegment = capacity;
    info.remaining = capacity - fill;
    return info;
}

QString SmsInfo::summary() const
{
    // The segment count stays a number: "SMS" is invariable where this is translated so far.
    if (encoding == Encoding::Gsm7)
        return tr("%n character(s) · GSM-7 · %1 SMS", "characters, encoding, number of SMS", characters).arg(segments);
    return tr("%n character(s) · UCS-2 (because of “%1”) · %2 SMS",
              "characters, encoding and the first character that forces it, number of SMS", characters)
        .arg(firstUcs2Character, QString::number(segments));
}

} // namespace cc
