// Custom providers: a payload template and a message text from the fuzzer's bytes (split at the first
// NUL). Whenever the template passes the form's check, the filled payload must be JSON whatever the
// text; and whatever a provider or token endpoint answers, the parsers return an outcome.
#include "FuzzInput.h"
#include "messaging/JsonTemplate.h"
#include "vendors/Custom.h"
#include "vendors/OAuth.h"

#include <QJsonDocument>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = ccfuzz::bytes(data, size);
    const qsizetype split = input.indexOf('\0');
    const QString tpl = QString::fromUtf8(split < 0 ? input : input.left(split));
    const QString text = split < 0 ? QString() : QString::fromUtf8(input.mid(split + 1));
    if (cc::JsonTemplate::check(tpl, cc::custom::kPayloadPlaceholders).ok()) {
        const QByteArray filled = cc::JsonTemplate::fill(tpl, {{QStringLiteral("toNumber"), text},
                                                               {QStringLiteral("fromNumber"), text},
                                                               {QStringLiteral("message"), text}});
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(filled, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            std::abort(); // a text changed the payload's shape
    }
    const cc::HttpResponse r = ccfuzz::response(data, size);
    (void)cc::custom::parseSendResponse(r).error.message();
    (void)cc::oauth::parseToken(r).error.message();
    return 0;
}
