// The credentials file read ahead on a worker thread, as app/main.cpp does before QApplication exists.
#include "TestSupport.h"
#include "credentials/CredentialFileCodec.h"
#include "credentials/CredentialReadAhead.h"
#include "credentials/CredentialStore.h"

#include <QtTest/QtTest>

#include <cstdio>

using namespace cc;

namespace {

const QString kFormat = QStringLiteral("channel-console/credentials");

QVector<Credential> someCredentials(int count)
{
    QVector<Credential> list;
    for (int i = 0; i < count; ++i)
        list << cctest::fakeCredential(Vendor(i % 3), QStringLiteral("Credential %1").arg(i));
    return list;
}

// With stdio, not QFile: before the application exists, nothing here may claim Qt's main thread.
bool writeFile(const QString &path, const QByteArray &content)
{
    FILE *f = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!f)
        return false;
    const bool written = std::fwrite(content.constData(), 1, size_t(content.size()), f) == size_t(content.size());
    return std::fclose(f) == 0 && written;
}

} // namespace

class TestReadAhead : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    // As app/main.cpp does: the worker reads before the application exists, and the thread that then
    // makes the application is still Qt's main thread. In a process of its own (readahead_probe,
    // without QtTest), since Qt's main thread is whichever thread first asks for it.
    void readingBeforeTheApplicationKeepsItsThread()
    {
        QVERIFY(writeFile(path("early.json"), CredentialFileCodec::write(someCredentials(300), kFormat, 1)));
        QProcess probe;
        probe.start(QStringLiteral(CC_READAHEAD_PROBE), {path("early.json")});
        QVERIFY(probe.waitForFinished(60000));
        QVERIFY2(probe.exitCode() == 0, probe.readAllStandardError().constData());
        QCOMPARE(probe.readAllStandardOutput().trimmed(), QByteArray("300"));
    }

    void theStoreTakesWhatWasReadAhead()
    {
        const QVector<Credential> list = someCredentials(3);
        QVERIFY(writeFile(path("a.json"), CredentialFileCodec::write(list, kFormat, 1)));
        CredentialReadAhead ahead(path("a.json"));
        CredentialStore store(path("a.json"));
        QVERIFY(store.load(&ahead).ok());
        QCOMPARE(store.credentials(), list);
        QVERIFY(!ahead.take()); // taken once
    }

    void aMissingFileIsAFreshStart()
    {
        CredentialReadAhead ahead(path("none.json"));
        CredentialStore store(path("none.json"));
        QCOMPARE(store.load(&ahead).status, CredentialStore::LoadStatus::NoFile);
    }

    // Declined by the worker, read again by load(): the message names the file, a copy is kept.
    void aDamagedFileIsReadAgainForItsMessage()
    {
        QVERIFY(writeFile(path("bad.json"), "{\"format\": nonsense"));
        CredentialReadAhead ahead(path("bad.json"));
        CredentialStore store(path("bad.json"));
        const auto r = store.load(&ahead);
        QVERIFY(!r.ok());
        QVERIFY2(r.message.contains(QDir::toNativeSeparators(path("bad.json"))), qPrintable(r.message));
        QVERIFY(!r.backupPath.isEmpty());
        QVERIFY(store.isReadOnly());
    }

    void anotherFilesReadAheadIsIgnored()
    {
        QVERIFY(writeFile(path("one.json"), CredentialFileCodec::write(someCredentials(1), kFormat, 1)));
        QVERIFY(writeFile(path("two.json"), CredentialFileCodec::write(someCredentials(2), kFormat, 1)));
        CredentialReadAhead ahead(path("one.json"));
        CredentialStore store(path("two.json"));
        QVERIFY(store.load(&ahead).ok());
        QCOMPARE(store.credentials().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReadAhead)
#include "tst_readahead.moc"
