// The benchmarks of issue 7. Each figure is a ratio against a floor measured in the same run on the
// same machine; nothing passes or fails on time. Run through scripts/bench.sh (Release build,
// offscreen platform); BENCHMARKS.md records the figures.
#include "BenchSupport.h"
#include "FakeVendorServer.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "net/HttpClient.h"
#include "services/CheckAllRunner.h"
#include "services/CredentialActions.h"
#include "services/CredentialListModel.h"
#include "services/CredentialRepository.h"
#include "services/VendorOperations.h"
#include "storage/Database.h"
#include "vendors/Infobip.h"
#include "vendors/SinchSms.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStringListModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest/QTest>

#include <cmath>
#include <memory>

#include <sched.h>

using ccbench::median;
using ccbench::worst;
using cctest::FakeResponse;
using cctest::FakeVendorServer;

namespace {

constexpr int kCredentials = 10000;
const QString kPlanPath = QStringLiteral("/xms/v1/fake-plan-0001/batches");

void line(const char *name, double value, double floor, const char *unit, const char *goal)
{
    std::printf("%-34s %10.2f %-4s floor %10.2f %-4s ratio %5.2fx   goal %s\n", name, value, unit, floor, unit,
                floor > 0 ? value / floor : 0.0, goal);
    std::fflush(stdout);
}

struct StartRun
{
    double paintMs = 0;
    double rssMiB = 0;
    int keychainReads = -1;
};

// One start-up of program with `config` as its settings directory (XDG_CONFIG_HOME), and `extra`
// in its environment.
StartRun startIn(const QString &config, const QString &program, const QStringList &arguments,
                 const QProcessEnvironment &extra = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(extra);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("CC_BENCH_T0_NS"), QString::number(ccbench::monotonicNs()));
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    p.waitForFinished(120000);
    StartRun run;
    for (const QString &field : QString::fromUtf8(p.readAllStandardOutput()).simplified().split(QLatin1Char(' '))) {
        const QString key = field.section(QLatin1Char('='), 0, 0), value = field.section(QLatin1Char('='), 1);
        if (key == QLatin1String("paintMs"))
            run.paintMs = value.toDouble();
        else if (key == QLatin1String("rssKiB"))
            run.rssMiB = value.toDouble() / 1024;
        else if (key == QLatin1String("keychainReads"))
            run.keychainReads = value.toInt();
    }
    return run;
}

// Each start-up in settings of its own: empty (a first run), or a copy of the settings directory
// `settings`. The window saves its size and the list's columns when it closes, as the start-ups do
// once measured, and the next would start from them.
StartRun startOnce(const QString &program, const QStringList &arguments, const QString &settings = {})
{
    const QTemporaryDir config;
    if (!settings.isEmpty()) {
        const QDir from(settings);
        QDirIterator files(settings, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString to = config.filePath(from.relativeFilePath(files.next()));
            QDir().mkpath(QFileInfo(to).path());
            QFile::copy(files.filePath(), to);
        }
    }
    return startIn(config.path(), program, arguments);
}

// Start-ups of the console against the floor, interleaved so that a busy moment hits both alike:
// each a first run, and each again in the settings of a user who left the list sorted by the date
// it was last modified (prepared by one start-up that sorts it before it quits).
void benchStartUp(const QString &storePath, int runs)
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QString console = dir + QStringLiteral("/bench_start_console");
    const QStringList arguments{QStringLiteral("--store"), storePath};
    const QTemporaryDir sortedByDate;
    QProcessEnvironment leaveSorted;
    leaveSorted.insert(QStringLiteral("CC_BENCH_LEAVE_SORTED_BY"),
                       QString::number(cc::CredentialListModel::ModifiedColumn));
    startIn(sortedByDate.path(), console, arguments, leaveSorted);

    std::vector<double> first, sorted, floor, firstRss, sortedRss, floorRss;
    int reads = 0;
    for (int i = 0; i < runs; ++i) {
        const StartRun c = startOnce(console, arguments);
        const StartRun s = startOnce(console, arguments, sortedByDate.path());
        const StartRun f = startOnce(dir + QStringLiteral("/bench_start_floor"), {});
        first.push_back(c.paintMs);
        firstRss.push_back(c.rssMiB);
        sorted.push_back(s.paintMs);
        sortedRss.push_back(s.rssMiB);
        floor.push_back(f.paintMs);
        floorRss.push_back(f.rssMiB);
        reads = std::max({reads, c.keychainReads, s.keychainReads});
    }
    line("start-up to first paint (median)", median(first), median(floor), "ms", "<= 1.5x");
    line("peak RSS at first paint (median)", median(firstRss), median(floorRss), "MiB", "< 60 MiB");
    line("  the same, list sorted by date", median(sorted), median(floor), "ms", "(settings restored)");
    line("  its peak RSS", median(sortedRss), median(floorRss), "MiB", "< 60 MiB");
    std::printf("%-34s %10d (over %d start-ups)            goal 0\n", "keychain reads when opening", reads, 2 * runs);
}

// The same start-up over a database ten times as large: reported, without a goal.
void benchStartUpLarge(int count, int runs)
{
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("large.db"));
    if (!ccbench::writeStore(storePath, count)) {
        std::printf("cannot write %s\n", qPrintable(storePath));
        return;
    }
    const QString bin = QCoreApplication::applicationDirPath();
    std::vector<double> paint, rss, floor, floorRss;
    for (int i = 0; i < runs; ++i) {
        const StartRun c =
            startOnce(bin + QStringLiteral("/bench_start_console"), {QStringLiteral("--store"), storePath});
        const StartRun f = startOnce(bin + QStringLiteral("/bench_start_floor"), {});
        paint.push_back(c.paintMs);
        rss.push_back(c.rssMiB);
        floor.push_back(f.paintMs);
        floorRss.push_back(f.rssMiB);
    }
    std::printf("%d credentials (%lld KiB database):\n", count, QFileInfo(storePath).size() / 1024);
    line("  start-up to first paint (median)", median(paint), median(floor), "ms", "(reported)");
    line("  peak RSS at first paint (median)", median(rss), median(floorRss), "MiB", "(reported)");
}

// The real window over the credentials, shown (built once they are stored, as at a start-up).
struct ShownWindow
{
    explicit ShownWindow(const QVector<cc::Credential> &credentials)
    {
        store.setCredentials(credentials); // in memory
        window = std::make_unique<cc::MainWindow>(&repository);
        window->resize(1100, 700);
        window->show();
        (void)QTest::qWaitForWindowExposed(window.get());
    }
    cc::CredentialStore store;
    cc::MemorySecretStore secrets;
    cc::CredentialRepository repository{&store, &secrets};
    std::unique_ptr<cc::MainWindow> window;
};

// The floor of the list's figures: Qt's proxy over a QStringListModel of the same names, shown.
struct NamesFloor
{
    explicit NamesFloor(const QVector<cc::Credential> &credentials)
    {
        QStringList names;
        for (const auto &c : credentials)
            names.append(c.name());
        model.setStringList(names);
        proxy.setSourceModel(&model);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        view.setModel(&proxy);
        view.show();
        (void)QTest::qWaitForWindowExposed(&view);
    }
    QStringListModel model;
    QSortFilterProxyModel proxy;
    QListView view;
};

// count steps, each timed until it returns, the events processed after it (the list paints between
// keystrokes or clicks, as for a user). In ms.
std::vector<double> timeEach(int count, const std::function<void(int step)> &step)
{
    std::vector<double> times;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer t;
        t.start();
        step(i);
        times.push_back(t.nsecsElapsed() / 1e6);
        QCoreApplication::processEvents();
    }
    return times;
}

// The keystrokes of a realistic query, each timed until the list has filtered (synchronously).
void benchSearch(const QVector<cc::Credential> &credentials)
{
    const QString query = QStringLiteral("globex alerts 00");
    ShownWindow shown(credentials);
    auto *search = shown.window->findChild<QLineEdit *>(QStringLiteral("search"));
    if (!search) {
        std::printf("search: no QLineEdit named \"search\"\n");
        return;
    }
    search->setFocus();
    const std::vector<double> console =
        timeEach(int(query.size()), [&](int i) { QTest::keyClick(search, query.at(i).toLatin1()); });
    NamesFloor names(credentials);
    const std::vector<double> floor =
        timeEach(int(query.size()), [&](int i) { names.proxy.setFilterFixedString(query.left(i + 1)); });
    line("search keystroke (median)", median(console), median(floor), "ms", "-");
    line("search keystroke (worst)", worst(console), worst(floor), "ms", "worst < 16 ms");
}

// A click on each column's title, then another (the other order), in the real window over 10,000
// credentials, each timed until the list is sorted (it sorts at once); the first sort by a column
// also makes what it compares. Against the same proxy sorting a QStringListModel of the names.
void benchSort(const QVector<cc::Credential> &credentials)
{
    ShownWindow shown(credentials);
    auto *list = shown.window->findChild<QTableView *>();
    if (!list) {
        std::printf("sort: no QTableView\n");
        return;
    }
    const auto order = [](int click) { return click % 2 ? Qt::AscendingOrder : Qt::DescendingOrder; };
    const int clicks = 2 * cc::CredentialListModel::ColumnCount;
    const std::vector<double> console = timeEach(clicks, [&](int i) { list->sortByColumn(i / 2, order(i)); });
    NamesFloor names(credentials);
    const std::vector<double> floor = timeEach(clicks, [&](int i) { names.proxy.sort(0, order(i)); });
    line("sort by a column (median)", median(console), median(floor), "ms", "-");
    line("sort by a column (worst)", worst(console), worst(floor), "ms", "(no goal)");
}

// The database: the list's first read (load(): a page of names and the count), then every credential
// read whole (the settle after the first paint), against Qt SQL reading the same rows' columns and
// nothing more; saving one edited credential (as the form's Save does) against one bare UPDATE of its
// row in a transaction.
void benchStoreFile(const QString &path, int runs)
{
    std::vector<double> load, whole, rows, save, update;
    const QString copy = path + QStringLiteral(".files");
    for (int i = 0; i < runs; ++i) {
        QFile::remove(copy);
        QFile::copy(path, copy);
        cc::CredentialStore store(copy);
        QElapsedTimer t;
        t.start();
        store.load();
        load.push_back(t.nsecsElapsed() / 1e6);
        store.settle();
        whole.push_back(t.nsecsElapsed() / 1e6);

        t.restart();
        {
            QSqlQuery q(store.database().connection());
            q.setForwardOnly(true);
            q.exec(QStringLiteral("SELECT * FROM credentials ORDER BY seq"));
            qsizetype bytes = 0;
            while (q.next()) {
                for (int column = 0; column < 12; ++column)
                    bytes += q.value(column).toString().size();
            }
            (void)bytes;
        }
        rows.push_back(t.nsecsElapsed() / 1e6);

        cc::Credential edited = store.credentials().at(store.count() / 2);
        edited.values.insert(QStringLiteral("optOutMessage"), QStringLiteral("Edited %1").arg(i));
        QString error;
        t.restart();
        store.persist(edited, cc::CredentialStore::Write::Update, {}, &error);
        store.cacheUpsert(edited);
        save.push_back(t.nsecsElapsed() / 1e6);

        t.restart();
        store.database().transact(
            [&](QSqlQuery &q, QString *why) {
                return cc::Database::run(q, QStringLiteral("UPDATE credentials SET modified = ? WHERE id = ?"),
                                         {QDateTime::currentMSecsSinceEpoch(), edited.id}, why);
            },
            &error);
        update.push_back(t.nsecsElapsed() / 1e6);
    }
    QFile::remove(copy);
    line("database load, first read (median)", median(load), median(rows), "ms", "- (floor: the rows read bare)");
    line("  then every row read whole", median(whole), median(rows), "ms", "- (floor: the rows read bare)");
    line("save one edited among 10,000", median(save), median(update), "ms", "< 5 ms (floor: a bare UPDATE)");
}

// Deleting and importing 100 credentials in a list of 10,000 (the list's Delete with a selection,
// an import file), with the in-memory keychain, against saving one edited credential: each should
// cost about one transaction, not one a credential.
void spin(const std::function<bool()> &done);

void benchBulk(const QString &path, int runs)
{
    constexpr int kCount = 100;
    std::vector<double> removing, adding, oneSave;
    const QString copy = path + QStringLiteral(".bulk");
    for (int run = 0; run < runs; ++run) {
        QFile::remove(copy);
        QFile::copy(path, copy); // each run starts from the same 10,000
        cc::CredentialStore store(copy);
        store.load();
        cc::MemorySecretStore secrets;
        cc::CredentialRepository repository(&store, &secrets);
        QElapsedTimer t;
        t.start();
        bool saved = false;
        repository.save(store.credentials().at(0), {},
                        [&saved](const cc::CredentialRepository::Outcome &) { saved = true; });
        spin([&saved] { return saved; });
        oneSave.push_back(t.nsecsElapsed() / 1e6);

        QStringList ids;
        for (int i = 0; i < kCount; ++i)
            ids << store.credentials().at(i * 97).id;
        bool removed = false;
        t.restart();
        repository.removeAll(ids, [&removed](const cc::CredentialRepository::Outcome &) { removed = true; });
        spin([&removed] { return removed; });
        removing.push_back(t.nsecsElapsed() / 1e6);

        QVector<cc::Credential> list;
        for (int i = 0; i < kCount; ++i) {
            cc::Credential c = cc::Credential::create(cc::infobip::vendor());
            c.values.insert(cc::kNameKey, QStringLiteral("Imported %1").arg(i));
            c.values.insert(QStringLiteral("baseUrl"), QStringLiteral("https://imported.api.infobip.example"));
            list << c;
        }
        t.restart();
        repository.addAll(list);
        adding.push_back(t.nsecsElapsed() / 1e6);
    }
    QFile::remove(copy);
    line("delete 100 of 10,000 (median)", median(removing), median(oneSave), "ms", "- (floor: one edit saved)");
    line("import 100 into 10,000 (median)", median(adding), median(oneSave), "ms", "- (floor: one edit saved)");
}

// Waits in the event loop (the fake server answers meanwhile) until done() says so. Sleeps between
// events: processEvents(flags, maxtime) ignores WaitForMoreEvents and would spin, taking a core
// from Qt's network thread or from curl on a two-core machine. The timer wakes it now and then.
void spin(const std::function<bool()> &done)
{
    QTimer wake;
    wake.start(50);
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

cc::Credential sinchCredential(const FakeVendorServer &server, int i)
{
    cc::Credential c = cc::Credential::create(cc::sinchsms::vendor());
    c.values.insert(cc::kNameKey, QStringLiteral("Bench %1").arg(i));
    c.values.insert(QStringLiteral("serviceId"), QStringLiteral("fake-plan-0001"));
    c.values.insert(QStringLiteral("endpoint"), server.url().toString());
    c.secretsSet = {QStringLiteral("apiToken")};
    return c;
}

// Every thread of this process, and the processes it starts, on the core this thread is on, for as
// long as it lives; then back on the cores they had. A request through QNetworkAccessManager passes
// from the GUI thread to Qt's HTTP thread and back, where curl stays on one thread; on this VM a
// wake-up on another core costs tens of microseconds, and this shows how much of the figure that is.
class OnOneCore
{
public:
    OnOneCore()
    {
        sched_getaffinity(0, sizeof m_cores, &m_cores);
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(sched_getcpu(), &one);
        apply(one);
    }
    ~OnOneCore() { apply(m_cores); }
    OnOneCore(const OnOneCore &) = delete;
    OnOneCore &operator=(const OnOneCore &) = delete;

private:
    static void apply(const cpu_set_t &cores)
    {
        const QDir tasks(QStringLiteral("/proc/self/task"));
        for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            sched_setaffinity(task.toInt(), sizeof cores, &cores);
    }
    cpu_set_t m_cores;
};

// `count` requests, each sent by `send` once the previous one is answered (send calls the function
// it is given then), timed until the last answer. In ms.
double timeInTurn(int count, const std::function<void(const std::function<void()> &answered)> &send)
{
    int done = 0;
    std::function<void()> answered = [&] {
        if (++done < count)
            send(answered);
    };
    QElapsedTimer t;
    t.start();
    send(answered);
    spin([&] { return done == count; });
    return t.nsecsElapsed() / 1e6;
}

// The console's last POSTs again, straight through the QNetworkAccessManager: Qt's share. In ms.
double timeBarePosts(QNetworkAccessManager *manager, const FakeVendorServer &server, int count)
{
    QNetworkRequest request(server.url(kPlanPath));
    request.setRawHeader("Authorization", "Bearer FAKE-TOKEN-0001");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const QByteArray body = server.lastRequest().body; // the console's, sent just before
    return timeInTurn(count, [&](const std::function<void()> &answered) {
        QNetworkReply *reply = manager->post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [answered, reply] {
            reply->readAll();
            reply->deleteLater();
            answered();
        });
    });
}

// The same POSTs from one curl process, over one connection: the floor. In ms. `trust` goes before
// each request's options (curl starts each --next afresh).
double timeCurl(FakeVendorServer *server, int count, const QStringList &trust)
{
    QStringList args;
    const QByteArray body = server->lastRequest().body;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            args << QStringLiteral("--next");
        args << trust << QStringLiteral("-s") << QStringLiteral("-o") << QStringLiteral("/dev/null")
             << QStringLiteral("-H") << QStringLiteral("Authorization: Bearer FAKE-TOKEN-0001") << QStringLiteral("-H")
             << QStringLiteral("Content-Type: application/json") << QStringLiteral("--data-binary")
             << QString::fromUtf8(body) << server->url(kPlanPath).toString();
    }
    server->clearRecords();
    QProcess curl;
    QElapsedTimer t;
    t.start();
    curl.start(QStringLiteral("curl"), args);
    spin([&] { return curl.state() == QProcess::NotRunning; });
    return t.nsecsElapsed() / 1e6;
}

struct SendLines
{
    const char *console;
    const char *bare;
    const char *goal;
};

// Rounds of `count` sequential test-sends to `server`, each round timed against curl sending the
// same requests right after it; medians over the rounds, since one round of sub-millisecond requests
// moves with whatever else the machine does. Then the same requests straight through the manager.
void measureSends(FakeVendorServer &server, const QStringList &curlTrust, int count, int rounds, const SendLines &lines,
                  bool onOneCoreToo)
{
    server.setResponse("POST", kPlanPath,
                       FakeResponse::json(201, R"({"id":"01FAKEBATCH","to":["447700900123"],"body":"Bench"})"));
    QNetworkAccessManager manager;
    cc::HttpClient http(&manager);
    cc::VendorOperations operations(&http);
    const cc::Credential credential = sinchCredential(server, 0);
    const cc::Secrets secrets{{QStringLiteral("apiToken"), QStringLiteral("FAKE-TOKEN-0001")}};
    const cc::TestMessage message{QString(), QStringLiteral("+447700900123"), QStringLiteral("Bench"), QUrl()};
    int ok = 0, curlRequests = 0, curlConnections = 0;
    const auto measure = [&](const SendLines &names) {
        std::vector<double> console, floor, bare;
        for (int round = 0; round < rounds; ++round) {
            console.push_back(timeInTurn(count, [&](const std::function<void()> &answered) {
                operations.testSend(credential, secrets, message, [&ok, answered](const cc::OperationResult &r) {
                    ok += r.ok ? 1 : 0;
                    answered();
                });
            }));
            bare.push_back(timeBarePosts(&manager, server, count)); // the console's POSTs again
            floor.push_back(timeCurl(&server, count, curlTrust));
            curlRequests = server.requestCount();
            curlConnections = server.connectionCount();
        }
        line(names.console, median(console), median(floor), "ms", names.goal);
        line(names.bare, median(bare), median(floor), "ms", "(Qt's share)");
    };
    measure(lines);
    if (onOneCoreToo) {
        const OnOneCore pinned; // Qt's HTTP thread exists by now
        measure({"  test-sends, all on one core", "  Qt's manager alone, on one core", "(no wake-up elsewhere)"});
    }
    std::printf("(%s: %d/%d test-sends ok over %d rounds; curl made %d requests over %d connection(s) a round)\n",
                qPrintable(server.url().scheme()), ok, count * rounds * (onOneCoreToo ? 2 : 1),
                rounds * (onOneCoreToo ? 2 : 1), curlRequests, curlConnections);
}

// Sequential test-sends over plain HTTP (the bench's loopback server), then over TLS to a loopback
// server with a throwaway certificate that Qt and curl are told to trust: https is all the console
// sends to a vendor (plain http goes to this computer only).
void benchTestSends(int count, int rounds)
{
    {
        FakeVendorServer server;
        measureSends(server, {}, count, rounds,
                     {"200 test-sends over plain HTTP", "  the same POSTs, Qt's manager alone", "<= 1.5x"}, true);
    }
    const cctest::LoopbackCertificate certificate;
    if (!certificate.isValid()) {
        std::printf("no TLS figures: %s\n", qPrintable(certificate.error()));
        return;
    }
    FakeVendorServer server(certificate.serverConfiguration());
    const cctest::DefaultTrust trust(certificate.certificate());
    measureSends(server, {QStringLiteral("--cacert"), certificate.file()}, count, rounds,
                 {"200 test-sends over TLS", "  the same POSTs, Qt's manager alone", "<= 1.2x"}, false);
}

// Check all on `count` credentials among `stored` (each result is saved in the file, which holds them
// all), against the ideal. Also the longest the event loop went without turning meanwhile: how long
// the window could not answer.
void benchCheckAll(const char *name, int count, int stored, int concurrency, int latencyMs)
{
    FakeVendorServer server;
    server.setResponse(
        "GET", kPlanPath,
        FakeResponse::json(200, R"({"count":0,"page":0,"page_size":1,"batches":[]})").withDelay(latencyMs));
    const QString path = QDir::tempPath() + QStringLiteral("/cc-bench-checkall.db");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    cc::CredentialStore store(path);
    cc::MemorySecretStore secrets;
    store.setCredentials(ccbench::fakeCredentials(stored - count));
    cc::CredentialRepository repository(&store, &secrets);
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        const cc::Credential c = sinchCredential(server, i);
        store.upsert(c);
        ids << c.id;
        bool written = false;
        secrets.write(cc::SecretStore::keyFor(c.id, QStringLiteral("apiToken")), QStringLiteral("FAKE-TOKEN-0001"),
                      [&written](const cc::SecretResult &) { written = true; });
        spin([&] { return written; });
    }
    QNetworkAccessManager manager;
    cc::HttpClient http(&manager);
    cc::VendorOperations operations(&http);
    cc::CredentialActions actions(&repository, &operations);
    cc::CheckAllRunner runner(&actions, ids, concurrency);
    bool finished = false;
    QObject::connect(&runner, &cc::CheckAllRunner::finished, [&finished] { finished = true; });
    QElapsedTimer sinceTurn;
    double longestPause = 0;
    QTimer turns; // fires each time the loop turns, 2 ms apart at most
    turns.setInterval(2);
    QObject::connect(&turns, &QTimer::timeout, [&] {
        longestPause = std::max(longestPause, sinceTurn.nsecsElapsed() / 1e6);
        sinceTurn.restart();
    });
    QElapsedTimer t;
    t.start();
    sinceTurn.start();
    turns.start();
    runner.start();
    spin([&] { return finished; });
    const double elapsed = t.nsecsElapsed() / 1e6;
    const double ideal = latencyMs * std::ceil(double(count) / concurrency);
    std::printf("(check all: %d ok of %d among %d; at most %d requests in flight at the fake server; the event loop "
                "paused %.1f ms at most)\n",
                runner.summary().ok, count, stored, server.maxInFlight(), longestPause);
    line(name, elapsed, ideal, "ms", "<= 1.3x (floor: ideal)");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("channel-console-bench"));
    const int runs =
        qEnvironmentVariableIntValue("CC_BENCH_RUNS") > 0 ? qEnvironmentVariableIntValue("CC_BENCH_RUNS") : 7;
    // "cc_bench --write-store <path>" only writes the generated file, for profiling a start-up by hand;
    // "cc_bench --only <figures>" measures only those: start-up, search, sort, files, bulk, sends,
    // check-all, start-up-100k.
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("--write-store"))
        return ccbench::writeStore(arguments.at(2), kCredentials) ? 0 : 1;
    const QStringList only = arguments.size() == 3 && arguments.at(1) == QLatin1String("--only")
                                 ? arguments.at(2).split(QLatin1Char(','))
                                 : QStringList();
    const auto wanted = [&only](const char *figure) { return only.isEmpty() || only.contains(QLatin1String(figure)); };
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("channel-console.db"));
    if (!ccbench::writeStore(storePath, kCredentials)) {
        std::printf("cannot write %s\n", qPrintable(storePath));
        return 1;
    }
    std::printf("Channel Console benchmarks: %d credentials (%lld KiB database), %d runs for start-up and files\n",
                kCredentials, QFileInfo(storePath).size() / 1024, runs);
    if (wanted("start-up"))
        benchStartUp(storePath, runs);
    if (wanted("search")) {
        cc::CredentialStore loaded(storePath);
        loaded.load();
        benchSearch(loaded.credentials());
    }
    if (wanted("sort")) {
        cc::CredentialStore loaded(storePath);
        loaded.load();
        benchSort(loaded.credentials());
    }
    if (wanted("files"))
        benchStoreFile(storePath, runs);
    if (wanted("bulk"))
        benchBulk(storePath, runs);
    if (wanted("sends"))
        benchTestSends(200, runs);
    if (wanted("check-all")) {
        benchCheckAll("check all, 200 at 100 ms latency", 200, 200, cc::CheckAllRunner::kConcurrency, 100);
        benchCheckAll("  the same among 10,000 stored", 200, kCredentials, cc::CheckAllRunner::kConcurrency, 100);
    }
    if (wanted("start-up-100k"))
        benchStartUpLarge(100000, runs);
    return 0;
}
