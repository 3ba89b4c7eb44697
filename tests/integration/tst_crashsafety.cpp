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
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
