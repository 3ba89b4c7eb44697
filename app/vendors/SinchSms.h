#pragma once

#include "credentials/FieldSchema.h"

// Sinch SMS (the XMS REST API): a service plan ID and its API token, per region.
namespace cc::sinchsms {

VendorSchema schema();

} // namespace cc::sinchsms
