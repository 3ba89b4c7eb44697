#pragma once

#include "credentials/FieldSchema.h"

// Infobip: the account's own API base URL and an API key.
namespace cc::infobip {

VendorSchema schema();

} // namespace cc::infobip
