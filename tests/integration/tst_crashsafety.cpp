#include "credentials/ActivityLog.h"
#include "credentials/CredentialStore.h"

#include <QtTest/QtTest>

#include <csignal>

using namespace cc;

// A process killed at any moment during a save leaves the old state or the new one, always loadable.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedDuringRepeatedSaves()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials.json"));
        const int kills =
            qEnvironmentVariableIntValue("CC_CRASH_KILLS") > 0 ? qEnvironmentVariableIntValue("CC_CRASH_KILLS") : 40;
        QRandomGenerator rng(20261123);
        int killedMidWrite = 0;
        for (int i = 0; i < kills; ++i) {
            QProcess child;
            child.start(QStringLiteral(CC_STORE_WRITER), {path, QStringLiteral("200")});
            QVERIFY(child.waitForStarted());
            // Let it get going, then kill it at a random moment within the next few saves.
            QVERIFY(child.waitForReadyRead(20000));
            QThread::usleep(rng.bounded(20000));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(20000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
            const qint64 lastSaved = lines.last().mid(6).toLongLong();

            CredentialStore store(path);
            const auto r = store.load();
            QVERIFY2(r.ok(), qPrintable(r.message));
            QCOMPARE(store.credentials().size(), 200);
            // One generation throughout: the last one reported, or the one being written when killed.
            const QString first = store.credentials().first().name();
            const qint64 generation = first.section(QLatin1Char('-'), 1, 1).toLongLong();
            QVERIFY2(generation == lastSaved || generation == lastSaved + 1,
                     qPrintable(QStringLiteral("found %1, last saved %2").arg(generation).arg(lastSaved)));
            if (generation == lastSaved + 1)
                ++killedMidWrite;
            for (int k = 0; k < store.credentials().size(); ++k)
                QCOMPARE(store.credentials().at(k).name(), QStringLiteral("gen-%1-%2").arg(generation).arg(k));
            QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.damaged-*")}).isEmpty());
        }
        qInfo("%d kills, %d between a save's write and its report", kills, killedMidWrite);
    }

    // The activity log survives a killed process: every line but at most the last is complete.
    void activityLogSurvivesKills()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("activity.jsonl"));
        QRandomGenerator rng(7);
        qint64 expectedAtLeast = 0;
        for (int i = 0; i < 10; ++i) {
            QProcess child;
            child.start(QStringLiteral(CC_STORE_WRITER), {QStringLiteral("--log"), path});
            QVERIFY(child.waitForStarted());
            QVERIFY(child.waitForReadyRead(20000));
            QThread::usleep(rng.bounded(5000));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(20000));
            expectedAtLeast += child.readAllStandardOutput().count('\n');
        }
        int skipped = 0;
        const auto entries = ActivityLog(path).read(&skipped);
        // Everything reported written is there; only lines cut by a kill are skipped.
        QVERIFY2(entries.size() >= expectedAtLeast, qPrintable(QStringLiteral("%1 entries, %2 reported, %3 skipped")
                                                                   .arg(entries.size())
                                                                   .arg(expectedAtLeast)
                                                                   .arg(skipped)));
        QVERIFY(skipped <= 10);
        for (const auto &e : entries)
            QVERIFY(e.credentialName.startsWith(QStringLiteral("entry-")));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
