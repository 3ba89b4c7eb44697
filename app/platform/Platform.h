#pragma once

// The one place for calls of an operating system that Qt does not wrap. Everything else in the
// console is plain Qt and C++. Platform.cpp has a Linux and Unix implementation and a fallback for
// other systems (Windows), which does nothing and says so; CC_PLATFORM_FALLBACK builds the fallback
// on Linux too, and tests/core/tst_platform_fallback checks it.

namespace cc::platform {

struct Hardening
{
    bool coreDumpsOff = false;  // the core file size limit is 0, soft and hard
    bool memoryPrivate = false; // other processes of the same user cannot read this one's memory
};

// Secrets pass through this process's memory: no core dump of it, and, where the system allows it,
// no reading of it by another process of the same user. In every build type. Under the sanitizers
// the memory stays readable: LeakSanitizer reads it from a helper process.
Hardening hardenProcess();

} // namespace cc::platform
