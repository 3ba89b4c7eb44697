#include "secrets/PrivateFile.h"

#include <QtTest/QtTest>

#include <sys/stat.h>

using namespace cc;

namespace {

// The permission bits as the system has them, not as Qt summarises them.
int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

// Exports (credentials JSON, activity log CSV) are written whole and readable by their owner only.
class TestPrivateFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    mode_t m_umask = 0;

private Q_SLOTS:
    // A permissive umask, as on many desktops: the 0600 must not come from it.
    void init() { m_umask = ::umask(0022); }
    void cleanup() { ::umask(m_umask); }

    void aNewFileIsOwnerOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("export.json"));
        QString error;
        QVERIFY2(PrivateFile::write(path, "[]\n", &error), qPrintable(error));
        QCOMPARE(modeOf(path), 0600);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("[]\n"));
    }

    void aReplacedFileBecomesOwnerOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("activity.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old,readable,by,all\n");
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        QCOMPARE(modeOf(path), 0644);
        QString error;
        QVERIFY2(PrivateFile::write(path, "Date,Action\n", &error), qPrintable(error));
        QCOMPARE(modeOf(path), 0600);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("Date,Action\n"));
    }

    // A pipe, a device or a folder where the file would go is left as it is: the rename would put a
    // regular file in its place (and a reader waiting on the pipe would get nothing).
    void onlyARegularFileIsReplaced_data()
    {
        QTest::addColumn<QString>("where");
        QTest::newRow("fifo") << QStringLiteral("fifo");
        QTest::newRow("folder") << QStringLiteral("folder");
        QTest::newRow("link to a fifo") << QStringLiteral("link");
        QTest::newRow("/dev/null") << QStringLiteral("/dev/null");
    }
    void onlyARegularFileIsReplaced()
    {
        QFETCH(QString, where);
        const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
        if (!QFileInfo::exists(fifo))
            QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QString target = where.startsWith(u'/') ? where : m_dir.filePath(where);
        if (where == QLatin1String("folder"))
            QVERIFY(QDir().mkpath(target));
        else if (where == QLatin1String("link") && !QFileInfo(target).isSymLink())
            QVERIFY(QFile::link(fifo, target));
        const QFileInfo before(target);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::System | QDir::Hidden);
        QString error;
        QVERIFY(!PrivateFile::write(target, "[]\n", &error));
        QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
        QCOMPARE(QFileInfo(target).isFile(), false);
        QCOMPARE(QFileInfo(target).isSymLink(), before.isSymLink());
        QCOMPARE(QFileInfo(fifo).isFile(), false); // the pipe is still a pipe
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::System | QDir::Hidden), filesBefore);
    }

    void aFailureSaysWhyAndLeavesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing-folder/export.json"));
        QString error;
        QVERIFY(!PrivateFile::write(path, "[]", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFile)
#include "tst_privatefile.moc"
