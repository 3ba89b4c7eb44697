// Linked into every test program (see cc_add_test): test programs run from the build tree's tests/
// folders, not beside channel-console, so they are told where the build put the phone number
// plug-in. The shipped program finds it relative to itself.
#include "messaging/PhoneNumbers.h"

namespace {

const bool kRegistered = [] {
    cc::PhoneNumbers::addModuleDirectory(QStringLiteral(CC_BUILT_MODULE_DIR));
    return true;
}();

} // namespace
