// The credentials file read ahead on a worker thread, as app/main.cpp does before QApplication exists.
#include "TestSupport.h"
#include "credentials/CredentialFileCodec.h"
#include "credentials/CredentialFilterModel.h"
#include "credentials/CredentialListModel.h"
#include "credentials/CredentialReadAhead.h"
#include "credentials/CredentialRepository.h"
#include "credentials/CredentialStore.h"
#include "credentials/MemorySecretStore.h"

#include <QAbstractItemModelTester>

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

// A store, its repository and the list sorted over it (by name unless told), as the window has them.
struct SortedList
{
    explicit SortedList(const QString &path, int column = CredentialListModel::NameColumn,
                        Qt::SortOrder order = Qt::AscendingOrder)
        : store(path)
    {
        filter.setSourceModel(&model);
        filter.sort(column, order);
    }
    QString nameAt(int row) const { return filter.index(row, 0).data().toString(); }

    CredentialStore store;
    MemorySecretStore secrets;
    CredentialRepository repository{&store, &secrets};
    CredentialListModel model{&repository};
    CredentialFilterModel filter;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
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

    // The worker starts on another core than the main thread's, then may use every core the process
    // may: it is not left pinned. Seen in /proc, under its name.
    void theWorkerIsNotLeftOnSomeCores()
    {
        QVERIFY(writeFile(path("cores.json"), CredentialFileCodec::write(someCredentials(20), kFormat, 1)));
        CredentialReadAhead ahead(path("cores.json"));
        const auto passes = ahead.takePasses(); // the first pass is over: the worker waits for the second
        QVERIFY(passes);
        const auto allowedCores = [](const QString &statusPath) {
            for (const QByteArray &line : readAll(statusPath).split('\n'))
                if (line.startsWith("Cpus_allowed_list:"))
                    return line.mid(18).trimmed();
            return QByteArray();
        };
        QString worker;
        const QDir tasks(QStringLiteral("/proc/self/task"));
        for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            if (readAll(tasks.filePath(task + QStringLiteral("/comm"))).trimmed() == "cc-read-ahead")
                worker = tasks.filePath(task + QStringLiteral("/status"));
        QVERIFY2(!worker.isEmpty(), "no thread named cc-read-ahead");
        const QByteArray process = allowedCores(QStringLiteral("/proc/self/status"));
        QVERIFY(!process.isEmpty());
        QCOMPARE(allowedCores(worker), process);
        passes->proceed();
        QCOMPARE(passes->takeCredentials()->size(), 20);
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

    // The list's view of the store answers from the first pass, without waiting for the second;
    // anything else settles the store on the credentials the second pass built.
    void theStoreShowsTheFirstPassUntilItSettles()
    {
        const QVector<Credential> list = someCredentials(50);
        QVERIFY(writeFile(path("pending.json"), CredentialFileCodec::write(list, kFormat, 1)));
        CredentialReadAhead ahead(path("pending.json"));
        CredentialStore store(path("pending.json"));
        QVERIFY(store.load(&ahead).ok());
        QVERIFY(!store.isSettled());
        QCOMPARE(store.count(), 50);
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(store.nameAt(i), list.at(i).name());
            QCOMPARE(*store.at(i), list.at(i));
        }
        QVERIFY(!store.at(50));
        QVERIFY(!store.isSettled());
        QCOMPARE(store.find(list.at(7).id)->name(), list.at(7).name());
        QVERIFY(store.isSettled());
        QCOMPARE(store.credentials(), list);
        QCOMPARE(*store.at(49), list.at(49));
        QVERIFY(!ahead.take()); // taken once
    }

    // The second pass waits for the word to go on; a store that outlives its read-ahead, which
    // never gave it, builds the credentials itself.
    void aStoreThatOutlivesItsReadAheadStillSettles()
    {
        const QVector<Credential> list = someCredentials(30);
        QVERIFY(writeFile(path("outlives.json"), CredentialFileCodec::write(list, kFormat, 1)));
        CredentialStore store(path("outlives.json"));
        {
            CredentialReadAhead ahead(path("outlives.json"));
            QVERIFY(store.load(&ahead).ok());
        }
        QVERIFY(!store.isSettled());
        QCOMPARE(store.nameAt(29), list.at(29).name());
        QCOMPARE(store.credentials(), list);
        QVERIFY(store.isSettled());
    }

    // In the event loop the repository settles the store by itself (the window would let it go on
    // sooner, after its first paint); the list does not change.
    void theRepositorySettlesInTheEventLoop()
    {
        const QVector<Credential> list = someCredentials(20);
        QVERIFY(writeFile(path("loop.json"), CredentialFileCodec::write(list, kFormat, 1)));
        CredentialReadAhead ahead(path("loop.json"));
        SortedList opened(path("loop.json"));
        QAbstractItemModelTester tester(&opened.filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(opened.repository.load(&ahead).ok());
        QCOMPARE(opened.filter.rowCount(), 20);
        QCOMPARE(opened.nameAt(0), QStringLiteral("Credential 0"));
        QCOMPARE(opened.nameAt(1), QStringLiteral("Credential 1"));
        QCOMPARE(opened.nameAt(2), QStringLiteral("Credential 10"));
        QSignalSpy resets(&opened.model, &QAbstractItemModel::modelReset);
        QTRY_VERIFY(opened.store.isSettled());
        QCOMPARE(resets.count(), 0);
        QCOMPARE(opened.store.credentials(), list);
        QCOMPARE(opened.nameAt(2), QStringLiteral("Credential 10"));
    }

    // The list sorted from the places the worker gave the names is the list sorted from their keys.
    void theListSortsAsWithoutReadAhead()
    {
        QVector<Credential> list;
        for (const char *name : {"b", "B", "a",
                                 "\xc3\x84"
                                 "b",
                                 "\xc3\xa4", "Zeta",
                                 "\xc3\xa9"
                                 "clair",
                                 "alpha 10", "alpha 2", "Alpha 2", "b", "\xe2\x84\xab", "z"})
            list << cctest::fakeCredential(Vendor(list.size() % 3), QString::fromUtf8(name));
        QVERIFY(writeFile(path("order.json"), CredentialFileCodec::write(list, kFormat, 1)));
        QStringList orders[2];
        for (const bool ahead : {true, false}) {
            CredentialReadAhead readAhead(path("order.json"));
            SortedList opened(path("order.json"));
            QVERIFY(opened.repository.load(ahead ? &readAhead : nullptr).ok());
            QCOMPARE(opened.store.isSettled(), !ahead);
            QCOMPARE(opened.store.nameRanks().isEmpty(), !ahead);
            for (int row = 0; row < opened.filter.rowCount(); ++row)
                orders[ahead] << opened.nameAt(row);
        }
        QCOMPARE(orders[true], orders[false]);
        QCOMPARE(orders[true].size(), list.size());
        QCOMPARE(orders[true].first(), QStringLiteral("a"));
    }

    // A list the user left sorted by another column shows in the same order from the first pass as
    // from the credentials, before the store settles: the vendor, the last check and the dates from
    // where the first pass found them, the rest from the entries read one by one.
    void aListSortedByAnotherColumnSortsAsWithoutReadAhead_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        const char *const columns[] = {"vendor", "identifier", "region", "last check", "created", "modified"};
        for (int column = CredentialListModel::VendorColumn; column < CredentialListModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
                QTest::addRow("%s, %s", columns[column - 1], order == Qt::AscendingOrder ? "ascending" : "descending")
                    << column << order;
        }
    }

    void aListSortedByAnotherColumnSortsAsWithoutReadAhead()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QVector<Credential> list = someCredentials(12);
        const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < list.size(); ++i) {
            list[i].created = start.addSecs(-(i * 5 % 12) * 3600);
            list[i].modified = start.addSecs((i * 7 % 12) * 60);
            if (i % 3 > 0) // passed or failed, at times in another order again
                list[i].lastCheck = {CheckStatus::State(i % 3), start.addMSecs(i * 11 % 12), QStringLiteral("HTTP")};
        }
        QVERIFY(writeFile(path("sorted.json"), CredentialFileCodec::write(list, kFormat, 1)));
        QStringList orders[2];
        for (const bool ahead : {true, false}) {
            CredentialReadAhead readAhead(path("sorted.json"));
            SortedList opened(path("sorted.json"), column, order);
            QVERIFY(opened.repository.load(ahead ? &readAhead : nullptr).ok());
            QCOMPARE(opened.store.isSettled(), !ahead);
            for (int row = 0; row < opened.filter.rowCount(); ++row)
                orders[ahead] << opened.nameAt(row);
            QCOMPARE(opened.store.isSettled(), !ahead);
        }
        QCOMPARE(orders[true], orders[false]);
        QCOMPARE(orders[true].size(), list.size());
    }

    // Searching while the list shows the first pass finds what it finds once the store has settled.
    void aSearchBeforeTheStoreSettlesFindsTheSame()
    {
        QVERIFY(writeFile(path("search.json"), CredentialFileCodec::write(someCredentials(30), kFormat, 1)));
        CredentialReadAhead readAhead(path("search.json"));
        SortedList opened(path("search.json"));
        QVERIFY(opened.repository.load(&readAhead).ok());
        const auto found = [&opened](const QString &text) {
            opened.filter.setSearchText(text);
            QStringList names;
            for (int row = 0; row < opened.filter.rowCount(); ++row)
                names << opened.nameAt(row);
            return names;
        };
        const QStringList byName = found(QStringLiteral("CREDENTIAL 2"));
        const QStringList byIdentifier = found(QStringLiteral("fakeapp"));
        QVERIFY(!opened.store.isSettled());
        QCOMPARE(byName.size(), 11);       // 2, 20 - 29
        QCOMPARE(byIdentifier.size(), 10); // every third is a Sinch MMS credential
        opened.store.settle();
        QCOMPARE(found(QStringLiteral("CREDENTIAL 2")), byName);
        QCOMPARE(found(QStringLiteral("fakeapp")), byIdentifier);
    }

    // An entry that only the second pass refuses (a vendor this version does not know): the list
    // empties, the file is kept and copied, and the problem is reported when it is found.
    void aProblemOnlyTheSecondPassFindsIsReportedThen()
    {
        QByteArray file = CredentialFileCodec::write(someCredentials(3), kFormat, 1);
        QVERIFY(file.contains("\"vendor\": \"infobip\""));
        file.replace("\"vendor\": \"infobip\"", "\"vendor\": \"nobody\"");
        QVERIFY(writeFile(path("late.json"), file));
        CredentialReadAhead ahead(path("late.json"));
        SortedList opened(path("late.json"));
        QAbstractItemModelTester tester(&opened.filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy late(&opened.repository, &CredentialRepository::lateLoadProblem);
        QSignalSpy resets(&opened.model, &QAbstractItemModel::modelReset);
        QVERIFY(opened.repository.load(&ahead).ok()); // the first pass took it
        QCOMPARE(opened.filter.rowCount(), 3);
        QTRY_COMPARE(late.count(), 1);
        QCOMPARE(resets.count(), 2); // the load, then the settle
        QCOMPARE(opened.filter.rowCount(), 0);
        const CredentialStore &store = opened.store;
        const CredentialStore::LoadResult result = store.lateLoadResult();
        QCOMPARE(result.status, CredentialStore::LoadStatus::Corrupt);
        QVERIFY2(result.message.contains(QStringLiteral("nobody")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QDir::toNativeSeparators(path("late.json"))), qPrintable(result.message));
        QVERIFY(QFile::exists(result.backupPath));
        QVERIFY(store.isReadOnly());
        QCOMPARE(readAll(path("late.json")), file); // left as it was
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
