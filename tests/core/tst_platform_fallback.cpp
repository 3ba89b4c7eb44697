// The fallback of app/platform/Platform.cpp, which systems other than Linux and Unix build: this
// test builds Platform.cpp again with CC_PLATFORM_FALLBACK. It claims nothing and changes nothing.
#include "platform/Platform.h"

#include <QtTest/QtTest>

#include <sys/resource.h>

class TestPlatformFallback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFallbackClaimsNothingAndChangesNothing()
    {
        rlimit before{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &before), 0);
        const cc::platform::Hardening done = cc::platform::hardenProcess();
        QVERIFY(!done.coreDumpsOff);
        QVERIFY(!done.memoryPrivate);
        rlimit after{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &after), 0);
        QCOMPARE(after.rlim_cur, before.rlim_cur);
        QCOMPARE(after.rlim_max, before.rlim_max);
    }
};

QTEST_GUILESS_MAIN(TestPlatformFallback)
#include "tst_platform_fallback.moc"
