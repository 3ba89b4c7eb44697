// Sinch SMS answers: whatever the server sends, the parsers return an outcome.
#include "FuzzInput.h"
#include "vendors/SinchSms.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const cc::HttpResponse r = ccfuzz::response(data, size);
    (void)cc::sinchsms::parseCheckResponse(r).message();
    (void)cc::sinchsms::parseSendResponse(r);
    (void)cc::sinchsms::parseDeliveryReport(r);
    return 0;
}
