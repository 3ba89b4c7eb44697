// Sinch Conversation API answers: whatever the server sends, the parsers return an outcome.
#include "FuzzInput.h"
#include "vendors/SinchMms.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const cc::HttpResponse r = ccfuzz::response(data, size);
    (void)cc::sinchmms::parseApp(r);
    (void)cc::sinchmms::parseSendResponse(r);
    (void)cc::sinchmms::parseWebhookResponse(r);
    const cc::sinchmms::WebhookList list = cc::sinchmms::parseWebhookList(r);
    (void)cc::sinchmms::findWebhook(list.webhooks, QUrl(QStringLiteral("https://example.invalid/hook")),
                                    cc::sinchmms::inboundTriggers());
    (void)cc::sinchmms::isWebhookLimitError(list.error);
    return 0;
}
