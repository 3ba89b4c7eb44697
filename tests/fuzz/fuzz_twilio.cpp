// Twilio answers: whatever the server sends, the parsers return an outcome.
#include "FuzzInput.h"
#include "vendors/Twilio.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const cc::HttpResponse r = ccfuzz::response(data, size);
    (void)cc::twilio::parseCheckResponse(r).error.message();
    (void)cc::twilio::parseMessage(r).error.message();
    (void)cc::twilio::vendorErrorText(QJsonDocument::fromJson(r.body).object());
    return 0;
}
