#include "services/ActivityLog.h"
#include "services/CredentialStore.h"

#include <QtTest/QtTest>

#include <csignal>

using namespace cc;

// A process killed at any moment during a save leaves the old state or the new one, always loadable;
// two processes writing at once lose nothing.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedDuringRepeatedSaves()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials.db"));
        const int kills =
            qEnvironmentVariableIntValue("CC_CRASH_KILLS") > 0 ? qEnvironmentVariableIntValue("CC_CRASH_KILLS") : 200;
        QRandomGenerator rng(20261123);
        int killedMidWrite = 0;
        qint64 onDisk = -1; // the generation in the file before this run (-1: no file yet)
        QStringList ids;    // the credentials' ids never change, only their names
        for (int i = 0; i < kills; ++i) {
            QProcess child;
            child.start(QStringLiteral(CC_STORE_WRITER), {path, QStringLiteral("200")});
            QVERIFY(child.waitForStarted());
            // Let it get into its saves, then kill it at a random moment of one (a save takes a few ms).
            QVERIFY(child.waitForReadyRead(20000));
            QThread::usleep(rng.bounded(8000));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(20000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
            const qint64 lastSaved = lines.last().startsWith("saved ") ? lines.last().mid(6).toLongLong() : onDisk;

            CredentialStore store(path);
            const auto r = store.load();
            QVERIFY2(r.ok(), qPrintable(r.message));
            QCOMPARE(store.credentials().size(), 200);
            // The whole file is one state: the last one reported, or the one being written when killed.
            const qint64 generation = store.credentials().first().name().section(QLatin1Char('-'), 1, 1).toLongLong();
            QVERIFY2(generation == lastSaved || generation == lastSaved + 1,
                     qPrintable(QStringLiteral("found %1, last saved %2").arg(generation).arg(lastSaved)));
            if (generation == lastSaved + 1)
                ++killedMidWrite;
            if (ids.isEmpty())
                for (const auto &c : store.credentials())
                    ids.append(c.id);
            for (int k = 0; k < store.credentials().size(); ++k) {
                QCOMPARE(store.credentials().at(k).id, ids.at(k));
                QCOMPARE(store.credentials().at(k).name(),
                         QStringLiteral("gen-%1-%2").arg(generation).arg(k, 3, 10, QLatin1Char('0')));
            }
            QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.damaged-*")}).isEmpty());
            onDisk = generation;
        }
        qInfo("%d kills, %d between a save's write and its report", kills, killedMidWrite);
    }

    // Two processes adding 100 credentials each, one change at a time, into one database: all 200
    // are there, each with its keychain index entry, none lost to the other's writes.
    void twoWritersLoseNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.db"));
        {
            CredentialStore store(path);
            QVERIFY(store.load().ok());
        }
        QProcess first;
        QProcess second;
        first.start(QStringLiteral(CC_STORE_WRITER),
                    {QStringLiteral("--add"), path, QStringLiteral("one"), QStringLiteral("100")});
        second.start(QStringLiteral(CC_STORE_WRITER),
                     {QStringLiteral("--add"), path, QStringLiteral("two"), QStringLiteral("100")});
        QVERIFY(first.waitForFinished(60000));
        QVERIFY(second.waitForFinished(60000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);
        CredentialStore store(path);
        QVERIFY(store.load().ok());
        QCOMPARE(store.credentials().size(), 200);
        QSet<QString> names;
        for (const Credential &c : store.credentials())
            names.insert(c.name());
        for (int k = 0; k < 100; ++k) {
            QVERIFY(names.contains(QStringLiteral("one-%1").arg(k)));
            QVERIFY(names.contains(QStringLiteral("two-%1").arg(k)));
        }
        QVERIFY(store.orphanedSecretEntries().isEmpty());
    }

    // The activity log survives a killed process: every entry reported written is there.
    void activityLogSurvivesKills()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("activity.db"));
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
