// Compiled into every program that links cc_core (an interface source of it): hands the registry's
// vendors to the domain before main() runs. It only stores a function pointer; the schemas are built
// on first use.
#include "VendorRegistry.h"

namespace {

const bool g_registered = (cc::registerVendors(), true);

} // namespace
