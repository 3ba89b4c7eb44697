#pragma once

#include <QCoreApplication>
#include <QString>

namespace cc {

// What an SMS text costs: its encoding and its number of segments.
// GSM-7: 160 septets in one SMS, 153 per segment when split; the extension-table characters
// (^ { } \ [ ] ~ | €) take two septets. UCS-2: 70 UTF-16 units in one SMS, 67 per segment; a
// character outside the BMP takes two. An escape pair or a surrogate pair is never split
// across two segments.
struct SmsInfo
{
    Q_DECLARE_TR_FUNCTIONS(cc::SmsInfo)

public:
    enum class Encoding { Gsm7, Ucs2 };

    Encoding encoding = Encoding::Gsm7;
    int characters = 0;         // as a person counts them (code points)
    int units = 0;              // septets (GSM-7) or UTF-16 code units (UCS-2)
    int segments = 0;           // 0 for an empty text
    int perSegment = 160;       // the capacity of a segment for this text: 160/153 or 70/67
    int remaining = 160;        // units still free in the last segment
    QString firstUcs2Character; // the first character that forces UCS-2; empty for GSM-7
    int firstUcs2Position = -1; // its index in the text (QString index)

    // Translated, for showing under a message field, e.g.
    // "42 characters · GSM-7 · 1 SMS" or "75 characters · UCS-2 (because of “😀”) · 2 SMS".
    QString summary() const;
};

SmsInfo analyzeSms(const QString &text);

} // namespace cc
