#include "Platform.h"

#include <QtGlobal> // Q_OS_*

#if defined(Q_OS_UNIX) && !defined(CC_PLATFORM_FALLBACK)
#include <sys/resource.h>
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif
#endif

namespace cc::platform {

#if defined(Q_OS_UNIX) && !defined(CC_PLATFORM_FALLBACK)

Hardening hardenProcess()
{
    Hardening done;
    const rlimit none{0, 0};
    done.coreDumpsOff = setrlimit(RLIMIT_CORE, &none) == 0;
#if defined(Q_OS_LINUX) && !defined(CC_SANITIZED)
    done.memoryPrivate = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#endif
    return done;
}

#else

// Other systems: Windows writes no core files unless asked to (Windows Error Reporting's local
// dumps are a machine setting); nothing is changed and nothing is claimed.
Hardening hardenProcess()
{
    return {};
}

#endif

} // namespace cc::platform
