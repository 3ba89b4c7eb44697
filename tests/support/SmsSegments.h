#pragma once

// The promises of SmsInfo::parts, checked from the outside; shared by tst_smstext and the fuzzer.

#include "messaging/SmsText.h"

#include <algorithm>

namespace cctest {

// The text of each segment, in order.
inline QStringList smsSegmentTexts(const QString &text, const cc::SmsInfo &info)
{
    QStringList out;
    for (const cc::SmsSegment &part : info.parts)
        out << text.mid(part.position, part.length);
    return out;
}

// What a piece of the text costs in this encoding, counted again: UTF-16 units in UCS-2, septets in
// GSM-7 (where every piece of the text is GSM-7 too).
inline int smsUnitsOf(QStringView piece, cc::SmsInfo::Encoding encoding)
{
    return encoding == cc::SmsInfo::Encoding::Ucs2 ? int(piece.size()) : cc::analyzeSms(piece.toString()).units;
}

// Empty when the segments keep every promise, else what is wrong: together, in order, they are the
// text; none holds more than its limit (160/70 alone, 153/67 each when split); none ends inside a
// surrogate pair or a user-perceived character (but for CR LF, sent as two, and a character longer
// than a segment); and a segment ends only where what follows would not fit in it.
inline QString smsSegmentsProblem(const QString &text, const cc::SmsInfo &info)
{
    using Encoding = cc::SmsInfo::Encoding;
    const bool gsm = info.encoding == Encoding::Gsm7;
    if (text.isEmpty())
        return info.parts.isEmpty() && info.segments == 0 ? QString() : QStringLiteral("segments for no text");
    if (info.segments != info.parts.size())
        return QStringLiteral("%1 segments, %2 parts").arg(info.segments).arg(info.parts.size());
    const int limit = info.segments == 1 ? (gsm ? 160 : 70) : (gsm ? 153 : 67);
    if (info.perSegment != limit)
        return QStringLiteral("%1 per segment, expected %2").arg(info.perSegment).arg(limit);

    const QVector<int> characters = cc::characterBoundaries(text);
    int at = 0;
    int total = 0;
    for (qsizetype i = 0; i < info.parts.size(); ++i) {
        const cc::SmsSegment &part = info.parts.at(i);
        const QString where = QStringLiteral("segment %1 of %2").arg(i + 1).arg(info.parts.size());
        if (part.position != at || part.length <= 0)
            return where + QStringLiteral(": starts at %1 (length %2), expected %3")
                               .arg(part.position)
                               .arg(part.length)
                               .arg(at);
        const int units = smsUnitsOf(QStringView(text).mid(part.position, part.length), info.encoding);
        if (part.units != units)
            return where + QStringLiteral(": says %1 units, holds %2").arg(part.units).arg(units);
        if (units > limit)
            return where + QStringLiteral(": %1 units, over the limit of %2").arg(units).arg(limit);
        at += part.length;
        total += units;
        if (at >= text.size())
            continue;

        // The end of a segment: between two characters, or else only where a character must be cut.
        if (text.at(at - 1).isHighSurrogate() && text.at(at).isLowSurrogate())
            return where + QStringLiteral(": ends inside a surrogate pair at %1").arg(at);
        // What follows that may not be split: the next character, or its first code point when it is
        // CR LF, longer than a segment, or being cut.
        qsizetype next =
            at + (text.at(at).isHighSurrogate() && at + 1 < text.size() && text.at(at + 1).isLowSurrogate() ? 2 : 1);
        const auto after = std::lower_bound(characters.cbegin(), characters.cend(), at);
        if (*after == at) {
            const QStringView character = QStringView(text).mid(at, *(after + 1) - at);
            if (character != u"\r\n" && smsUnitsOf(character, info.encoding) <= limit)
                next = *(after + 1);
        } else {
            const int start = *(after - 1);
            const QStringView character = QStringView(text).mid(start, *after - start);
            if (character != u"\r\n" && smsUnitsOf(character, info.encoding) <= limit)
                return where + QStringLiteral(": cuts the character at %1 to %2 at %3").arg(start).arg(*after).arg(at);
        }
        const int following = smsUnitsOf(QStringView(text).mid(at, next - at), info.encoding);
        if (units + following <= limit)
            return where + QStringLiteral(": ends at %1 with %2 units, but the next %3 would fit")
                               .arg(at)
                               .arg(units)
                               .arg(following);
    }
    if (at != text.size())
        return QStringLiteral("the segments end at %1 of %2").arg(at).arg(text.size());
    if (total != info.units)
        return QStringLiteral("the segments hold %1 units, the text %2").arg(total).arg(info.units);
    if (info.remaining != limit - info.parts.constLast().units)
        return QStringLiteral("%1 remaining, expected %2")
            .arg(info.remaining)
            .arg(limit - info.parts.constLast().units);
    return QString();
}

} // namespace cctest
