// Keyword rules and SMS analysis: any configured keywords and any inbound text are handled.
// The input is "<keyword list>\n<inbound text>" in UTF-8 (invalid bytes become U+FFFD). The SMS
// analysis also reads the bytes as UTF-16, which reaches lone surrogates and every code unit; its
// segments must rejoin to the text, keep their limits and cut no character they need not cut.
#include "FuzzInput.h"
#include "SmsSegments.h"
#include "messaging/Keywords.h"
#include "messaging/SmsText.h"

#include <cstring>

namespace {

void checkSms(const QString &text)
{
    const cc::SmsInfo info = cc::analyzeSms(text);
    (void)info.summary();
    if (info.segments < 0 || info.units < 0 || info.characters > text.size())
        __builtin_trap();
    if (!cctest::smsSegmentsProblem(text, info).isEmpty())
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(ccfuzz::bytes(data, size));
    const qsizetype cut = text.indexOf(QLatin1Char('\n'));
    const QString keywords = cut < 0 ? text : text.left(cut);
    const QString inbound = cut < 0 ? text : text.mid(cut + 1);

    (void)cc::Keywords::parse(keywords);
    QVariantMap values;
    for (const auto &c : cc::Keywords::categories()) {
        values.insert(c.keywordsKey, keywords);
        if (!c.messageKey.isEmpty())
            values.insert(c.messageKey, inbound.left(40));
    }
    (void)cc::Keywords::match(inbound, values);
    (void)cc::Keywords::match(inbound, QVariantMap());

    checkSms(text);
    QString units(qsizetype(size / 2), Qt::Uninitialized); // the bytes as UTF-16, copied: they may be unaligned
    std::memcpy(units.data(), data, size_t(units.size()) * 2);
    checkSms(units);
    return 0;
}
