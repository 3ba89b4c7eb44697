#include <QtTest/QtTest>

#include <sys/resource.h>
#include <unistd.h>

// What the shipped program carries and leaves behind. Secrets pass through the console's memory: every build must leave
// no core dump behind, and must not let another process of the same user read its memory (except under the sanitizers,
// whose leak checker reads it from a helper process).
class TestCoreDumps : public QObject
{
    Q_OBJECT

    // The "Max core file size" soft and hard limits of a running process, as the kernel shows them.
    static QStringList coreLimits(qint64 pid)
    {
        QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
        if (!limits.open(QIODevice::ReadOnly))
            return {};
        for (const QByteArray &line : limits.readAll().split('\n')) {
            if (line.startsWith("Max core file size"))
                return QString::fromLatin1(line.mid(26)).simplified().split(QLatin1Char(' ')).mid(0, 2);
        }
        return {};
    }

private Q_SLOTS:
    void consoleDisablesCoreDumps_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("window") << QStringList();
        // A headless command that stays up: it waits for secrets on its standard input.
        QTest::newRow("headless") << QStringList{QStringLiteral("import"), QStringLiteral("credentials-to-import.json"),
                                                 QStringLiteral("--secrets-stdin")};
    }

    void consoleDisablesCoreDumps()
    {
        QFETCH(QStringList, arguments);
        // Give the child a core limit to inherit, so that a 0 can only come from the console itself.
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        if (limit.rlim_max == 0)
            QSKIP("the hard core limit is already 0 here: nothing to prove");
        limit.rlim_cur = limit.rlim_max;
        QCOMPARE(setrlimit(RLIMIT_CORE, &limit), 0);
        QVERIFY(coreLimits(getpid()).value(0) != QLatin1String("0"));

        QTemporaryDir dir;
        QFile input(dir.filePath(QStringLiteral("credentials-to-import.json")));
        QVERIFY(input.open(QIODevice::WriteOnly));
        input.write(R"({"vendor":"sinch","fields":{"name":"Core test","serviceId":"fake-plan-0001"}})");
        input.close();
        QProcess console;
        console.setWorkingDirectory(dir.path());
        console.start(QStringLiteral(CC_CONSOLE),
                      arguments << QStringLiteral("--store") << dir.filePath(QStringLiteral("credentials.json")));
        QVERIFY(console.waitForStarted());
        const qint64 pid = console.processId();
        QTRY_COMPARE_WITH_TIMEOUT(coreLimits(pid), (QStringList{QStringLiteral("0"), QStringLiteral("0")}), 20000);
        QCOMPARE(console.state(), QProcess::Running);

        // Not dumpable: the kernel then hands the process's /proc entries to root.
#ifdef CC_SANITIZED
        qInfo("sanitizer build: the console stays dumpable for LeakSanitizer");
#else
        if (getuid() != 0)
            QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(QStringLiteral("/proc/%1/mem").arg(pid)).ownerId(), 0u, 20000);
        else
            qInfo("running as root: the dumpable flag cannot be told from the owner of /proc/<pid>");
#endif

        console.kill();
        QVERIFY(console.waitForFinished(20000));
    }

    // The program finds its plug-in relative to itself: no path of the build tree is compiled in,
    // so a moved or packaged program never looks into (or names) a build folder.
    void theProgramCarriesNoPathOfTheBuild()
    {
#ifndef NDEBUG
        QSKIP("a debug build names its source files in its assertions");
#endif
        QFile program(QStringLiteral(CC_CONSOLE));
        QVERIFY(program.open(QIODevice::ReadOnly));
        const QByteArray bytes = program.readAll();
        QVERIFY(bytes.size() > 0);
        QCOMPARE(bytes.indexOf(QByteArrayLiteral(CC_BUILD_DIR)), -1);
    }
};

QTEST_GUILESS_MAIN(TestCoreDumps)
#include "tst_coredumps.moc"
