// Keyword rules and SMS analysis: any configured keywords and any inbound text are handled.
// The input is "<keyword list>\n<inbound text>" in UTF-8 (invalid bytes become U+FFFD).
#include "FuzzInput.h"
#include "messaging/Keywords.h"
#include "messaging/SmsText.h"

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

    const cc::SmsInfo info = cc::analyzeSms(text);
    (void)info.summary();
    if (info.segments < 0 || info.units < 0)
        __builtin_trap();
    return 0;
}
