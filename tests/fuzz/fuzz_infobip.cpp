// Infobip answers: whatever the server sends, the parsers return an outcome.
#include "FuzzInput.h"
#include "vendors/Infobip.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const cc::HttpResponse r = ccfuzz::response(data, size);
    (void)cc::infobip::parseCheckResponse(r).message();
    (void)cc::infobip::parseSendResponse(r);
    (void)cc::infobip::parseMessageLog(r);
    return 0;
}
