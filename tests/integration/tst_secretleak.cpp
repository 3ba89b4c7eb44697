#include "FakeVendorServer.h"
#include "TestSupport.h"
#include "credentials/ActivityLog.h"
#include "credentials/CredentialRepository.h"
#include "credentials/CredentialStore.h"
#include "credentials/CredentialTransfer.h"
#include "credentials/KeychainSecretStore.h"
#include "net/HttpClient.h"
#include "vendors/CredentialActions.h"

#include <QtTest/QtTest>

#include <cstdio>
#include <cstring>

using cctest::FakeResponse;
using cctest::FakeVendorServer;

namespace {

// Obviously fake, and unlike anything else the console writes.
const QByteArray kSentinel = "FAKE-TOKEN-SENTINEL-5eb7c1";
const QByteArray kEditedSentinel = "FAKE-TOKEN-SENTINEL-edited-90d2";
const QByteArray kImportedSentinel = "FAKE-TOKEN-SENTINEL-imported-3c4e";
const QString kPlanPath = QStringLiteral("/xms/v1/fake-plan-0001");

// The session, in a child process (argument --session <server url> <export file>): the console's own
// classes over the real keychain create a credential, edit it (new secret), check it, test-send
// with it and export the list, as the window does. Prints what happened; exits 0 when all worked.
int runSession(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("channel-console"));
    const QString serverUrl = QString::fromUtf8(argv[2]);
    const QString exportPath = QString::fromUtf8(argv[3]);

    cc::CredentialStore store(cc::CredentialStore::defaultPath());
    if (!store.load().ok())
        return 3;
    cc::KeychainSecretStore secrets;
    cc::ActivityLog activity(&store.database());
    cc::CredentialRepository repository(&store, &secrets);
    repository.setActivityLog(&activity);
    QNetworkAccessManager manager;
    cc::HttpClient http(&manager);
    QObject::connect(&http, &cc::HttpClient::logLine, [](const QString &line) { qInfo("%s", qPrintable(line)); });
    cc::VendorOperations operations(&http);
    cc::CredentialActions actions(&repository, &operations);

    int failures = 0;
    auto expect = [&failures](bool ok, const char *what) {
        std::printf("%s: %s\n", what, ok ? "ok" : "FAILED");
        failures += ok ? 0 : 1;
    };

    cc::Credential credential = cctest::fakeCredential(cc::Vendor::SinchSms, QStringLiteral("Leak check"));
    credential.values.insert(QStringLiteral("serviceId"), QStringLiteral("fake-plan-0001"));
    credential.values.insert(QStringLiteral("endpoint"), serverUrl);
    const QString token = QString::fromUtf8(kSentinel);
    auto outcome = cctest::waitFor([&](auto done) {
        repository.save(credential, {{QStringLiteral("apiToken"), token}}, done);
    });
    expect(outcome.ok, "create");

    credential = *store.find(credential.id);
    credential.values.insert(cc::kNameKey, QStringLiteral("Leak check edited"));
    const QString edited = QString::fromUtf8(kEditedSentinel);
    outcome = cctest::waitFor([&](auto done) {
        repository.save(credential, {{QStringLiteral("apiToken"), edited}}, done);
    });
    expect(outcome.ok, "edit");

    auto act = [](auto start) {
        std::optional<cc::OperationResult> result;
        start([&result](const cc::OperationResult &r) { result = r; });
        QDeadlineTimer deadline(30000);
        while (!result && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        const cc::OperationResult r = result.value_or(cc::OperationResult{});
        std::printf("  %s\n", qPrintable(r.summary));
        return r;
    };
    expect(act([&](auto done) { actions.check(credential.id, done); }).ok, "check");
    const cc::VendorOperations::TestMessage message{QString(), QStringLiteral("+12025550143"),
                                                    QStringLiteral("Leak check"), QUrl()};
    expect(act([&](auto done) { actions.testSend(credential.id, message, done); }).ok, "test-send");

    QFile exported(exportPath);
    expect(exported.open(QIODevice::WriteOnly) &&
               exported.write(cc::CredentialTransfer::exportJson(store.credentials())) > 0,
           "export");
    exported.close();
    std::fflush(stdout);
    return failures == 0 ? 0 : 1;
}

} // namespace

// No secret leaks: after a whole session against the real keychain (with-keyring.sh gives this test
// a temporary HOME and XDG directories) and a fake vendor, the secrets are in the keychain and in
// the requests to the vendor, and nowhere else: no file, no log line, no output, no export.
class TestSecretLeak : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir; // exports and import files: outside the data and config directories
    FakeVendorServer m_server;
    QByteArray m_output; // everything every process of the session printed

    // Runs a process to its end while the fake server keeps answering; collects what it printed.
    int run(const QString &program, const QStringList &arguments, const QByteArray &input = QByteArray())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")); // the chattiest it gets
        p.setProcessEnvironment(env);
        p.start(program, arguments);
        [&] { QVERIFY(p.waitForStarted()); }();
        p.write(input);
        p.closeWriteChannel();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000); }();
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        m_output += out + err;
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qWarning("%s %s exited with %d:\n%s%s", qPrintable(program), qPrintable(arguments.join(QLatin1Char(' '))),
                     p.exitCode(), out.constData(), err.constData());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    int console(QStringList arguments, const QByteArray &input = QByteArray())
    {
        return run(QStringLiteral(CC_CONSOLE), arguments << QStringLiteral("--language") << QStringLiteral("en"),
                   input);
    }

    static QStringList filesUnder(const QString &dir)
    {
        QStringList files;
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        return files;
    }

    // The secret in the forms a careless write would leave: as is, UTF-16, Base64, percent-encoded.
    static QList<QByteArray> forms(const QByteArray &secret)
    {
        const QString s = QString::fromUtf8(secret);
        return {secret, QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2), secret.toBase64(),
                secret.toPercentEncoding(), secret.left(16)};
    }
    static QByteArray leakIn(const QByteArray &text)
    {
        for (const QByteArray &secret : {kSentinel, kEditedSentinel, kImportedSentinel})
            for (const QByteArray &form : forms(secret))
                if (text.contains(form))
                    return form;
        return QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run me through with-keyring.sh");
        QVERIFY(qEnvironmentVariable("HOME").startsWith(QDir::tempPath()));
        QVERIFY(m_server.isListening());
        m_server.setResponse("GET", kPlanPath + QStringLiteral("/batches"),
                             FakeResponse::json(200, R"({"count":0,"page":0,"page_size":1,"batches":[]})"));
        m_server.setResponse(
            "POST", kPlanPath + QStringLiteral("/batches"),
            FakeResponse::json(201, R"({"id":"01FAKEBATCH","to":["12025550143"],"body":"Leak check"})"));
    }

    void wholeSessionLeavesNoSecretBehind()
    {
        const QString exportFile = m_dir.filePath(QStringLiteral("export.json"));
        QCOMPARE(run(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--session"), m_server.url().toString(), exportFile}),
                 0);
        // The same through the headless commands, on the same (default) credentials file.
        QFile import(m_dir.filePath(QStringLiteral("import.json")));
        QVERIFY(import.open(QIODevice::WriteOnly));
        import.write(QJsonDocument(QJsonObject{{QStringLiteral("vendor"), QStringLiteral("sinch")},
                                               { QStringLiteral("fields"),
                                                 QJsonObject {
                                                     {QStringLiteral("name"), QStringLiteral("Leak check CLI")},
                                                     {QStringLiteral("serviceId"), QStringLiteral("fake-plan-0001")},
                                                     { QStringLiteral("endpoint"),
                                                       m_server.url().toString() }
                                                 } }})
                         .toJson());
        import.close();
        QCOMPARE(console({QStringLiteral("import"), import.fileName(), QStringLiteral("--secrets-stdin")},
                         "apiToken=" + kImportedSentinel + "\n"),
                 0);
        for (const QString &name : {QStringLiteral("Leak check edited"), QStringLiteral("Leak check CLI")}) {
            QCOMPARE(console({QStringLiteral("check"), name, QStringLiteral("--json")}), 0);
            QCOMPARE(console({QStringLiteral("send"), name, QStringLiteral("--to"), QStringLiteral("+12025550143"),
                              QStringLiteral("--text"), QStringLiteral("Leak check"), QStringLiteral("--json")}),
                     0);
        }
        QCOMPARE(console({QStringLiteral("list"), QStringLiteral("--json")}), 0);

        // The secrets were really used: the vendor got each one (the first until it was edited).
        QByteArrayList tokens;
        for (const auto &r : m_server.requests())
            tokens.append(r.header("Authorization"));
        QVERIFY(!tokens.contains("Bearer " + kSentinel)); // replaced by the edit before any call
        QVERIFY(tokens.contains("Bearer " + kEditedSentinel));
        QVERIFY(tokens.contains("Bearer " + kImportedSentinel));
        QCOMPARE(m_server.requestCount(), 6);

        // Nowhere else: no file under HOME and the XDG directories (the keyring's file is encrypted),
        // no activity-log line, no output of any process, no export.
        const QStringList dirs{qEnvironmentVariable("HOME"), qEnvironmentVariable("XDG_DATA_HOME"),
                               qEnvironmentVariable("XDG_CONFIG_HOME"), qEnvironmentVariable("XDG_CACHE_HOME"),
                               m_dir.path()};
        int scanned = 0;
        for (const QString &dir : dirs) {
            for (const QString &path : filesUnder(dir)) {
                QFile f(path);
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
                const QByteArray content = f.readAll();
                const QByteArray leak = leakIn(content);
                QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("%1 holds %2").arg(path, QString::fromUtf8(leak))));
                ++scanned;
            }
        }
        const QString database =
            QStringLiteral("%1/channel-console/channel-console.db").arg(qEnvironmentVariable("XDG_DATA_HOME"));
        QVERIFY(QFileInfo::exists(database));
        QVERIFY2(cc::ActivityLog(database).read().size() >= 8, "the activity log should record the session");
        QVERIFY(QFile(m_dir.filePath(QStringLiteral("export.json"))).size() > 0);
        QVERIFY2(leakIn(m_output).isEmpty(), m_output.constData());
        QVERIFY(m_output.contains("test-send: ok"));
        qInfo("%d files and %lld bytes of output checked", scanned, qint64(m_output.size()));
    }
};

int main(int argc, char *argv[])
{
    if (argc == 4 && std::strcmp(argv[1], "--session") == 0)
        return runSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestSecretLeak test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretleak.moc"
