#pragma once

#include "credentials/FieldSchema.h"

// Sinch MMS, sent through the Sinch Conversation API; the SMS channel of the Conversation app
// uses the service plan ID and SMS API token.
namespace cc::sinchmms {

VendorSchema schema();

} // namespace cc::sinchmms
