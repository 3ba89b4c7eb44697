#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace cc {

// One SMS of a message: where it lies in the text (QString indices) and the units it takes.
struct SmsSegment
{
    int position = 0;
    int length = 0;
    int units = 0;

    bool operator==(const SmsSegment &o) const
    {
        return position == o.position && length == o.length && units == o.units;
    }
};

// What an SMS text costs: its encoding and its segments.
// GSM-7: 160 septets in one SMS, 153 per segment when split; the extension-table characters
// (^ { } \ [ ] ~ | € and form feed) take two septets, the escape and the character, never split.
// UCS-2: 70 UTF-16 units in one SMS, 67 per segment; a character outside the BMP takes two, a
// surrogate pair is never split. Segments end between user-perceived characters (grapheme
// clusters: an emoji with its skin tone, a family or a flag, a keycap, a letter with its accents,
// an Indic or Thai cluster), as Twilio's segment calculator splits them; CR LF counts as the two
// characters it is sent as. Only a cluster longer than a whole segment is cut, between code points.
struct SmsInfo
{
    Q_DECLARE_TR_FUNCTIONS(cc::SmsInfo)

public:
    enum class Encoding { Gsm7, Ucs2 };

    Encoding encoding = Encoding::Gsm7;
    int characters = 0;              // as a person counts them: user-perceived characters (grapheme clusters)
    int units = 0;                   // septets (GSM-7) or UTF-16 code units (UCS-2)
    int segments = 0;                // 0 for an empty text
    int perSegment = 160;            // the capacity of a segment for this text: 160/153 or 70/67
    int remaining = 160;             // units still free in the last segment
    QVector<SmsSegment> parts;       // each segment, in order; together they are the whole text
    QString firstUcs2Character;      // the whole user-perceived character that forces UCS-2; empty for GSM-7
    int firstUcs2Position = -1;      // where that character starts (QString index)
    char32_t firstUcs2CodePoint = 0; // the code point in it that is not in GSM-7 (a lone surrogate as itself)
    // How the summary shows it: the character in quotes (“😀”); the code point by its name when it
    // shows as nothing (U+00A0 NO-BREAK SPACE, a lone combining mark or surrogate); or the code
    // point in the character it comes with, when that character's base is GSM-7 (U+0301
    // COMBINING ACUTE ACCENT in “é”, U+FE0F VARIATION SELECTOR-16 in “#️⃣”).
    enum class Shown { Character, CodePoint, CodePointInCharacter };
    Shown firstUcs2Shown = Shown::Character;

    // Translated, for showing under a message field, e.g.
    // "42 characters · GSM-7: 44 of 160 septets · 1 SMS" or
    // "36 characters · UCS-2 (because of “😀”): 72 of 134 code units · 2 SMS"; a character that
    // shows as nothing is named: "… UCS-2 (because of U+00A0 NO-BREAK SPACE) …".
    QString summary() const;
    // How the summary counts, for a tooltip: characters as seen, segments in septets or code units.
    static QString countingNote();
};

SmsInfo analyzeSms(const QString &text);

// Where each user-perceived character (grapheme cluster) of text starts, then the text's end: {0} for
// an empty text. Never inside a surrogate pair; Qt's tailoring of Indic, Thai, Tibetan, Myanmar and
// Khmer clusters is kept, without the characters around them coming apart (see SmsText.cpp).
QVector<int> characterBoundaries(const QString &text);

} // namespace cc
