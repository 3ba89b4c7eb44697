#include "FakeVendorServer.h"
#include "SecretForms.h"
#include "TestSupport.h"
#include "net/HttpClient.h"
#include "secrets/KeychainSecretStore.h"
#include "services/ActivityLog.h"
#include "services/CheckAllRunner.h"
#include "services/CredentialActions.h"
#include "services/CredentialRepository.h"
#include "services/CredentialStore.h"
#include "services/CredentialTransfer.h"
#include "services/Session.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

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

// For the hostile vendors, who write every secret they are sent back: with '/' and '+', so that
// their Base64, percent-encoded and JSON forms differ; Sinch MMS's token is Base64 of the pair.
const QString kEchoSmsToken = QStringLiteral("FAKE/ECHO+SMS-SENTINEL-71a2");
const QString kEchoKeyId = QStringLiteral("FAKE-ECHO-KEY-SENTINEL-3b9e");
const QString kEchoKeySecret = QStringLiteral("FAKE/ECHO+SECRET-SENTINEL-3b9e");
const QString kEchoConvToken =
    QString::fromLatin1((kEchoKeyId + QLatin1Char(':') + kEchoKeySecret).toUtf8().toBase64());
const QString kEchoSmsApiToken = QStringLiteral("FAKE/ECHO+SMSAPI-SENTINEL-8c4d");
const QString kEchoInfobipKey = QStringLiteral("FAKE/ECHO+INFOBIP-SENTINEL-5d6f");
const QString kEchoPlanPath = QStringLiteral("/xms/v1/fake-plan-0002");
const QString kEchoProject = QStringLiteral("/v1/projects/fake-project-0001");
const QString kEchoApp = kEchoProject + QStringLiteral("/apps/FAKEAPP0001");
const QStringList kEchoNames{QStringLiteral("Echo Sinch"), QStringLiteral("Echo Sinch MMS"),
                             QStringLiteral("Echo Infobip")};

QStringList echoSecrets()
{
    return {kEchoSmsToken,  kEchoConvToken, kEchoKeyId + QLatin1Char(':') + kEchoKeySecret,
            kEchoKeyId,     kEchoKeySecret, kEchoSmsApiToken,
            kEchoInfobipKey};
}

// The window's side against the hostile vendors, in a child process (argument --echo-session
// <export dir>): check, test-send and set up each stored credential through CredentialActions, check
// them all as the Check all dialog does, then export the activity log as CSV and the credentials as
// JSON. Prints every text it is given.
int runEchoSession(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("channel-console"));
    const QDir exportDir(QString::fromUtf8(argv[2]));
    cc::Session session{QString()}; // the default credentials file, as the window opens it
    if (!session.loaded.ok())
        return 3;
    QObject::connect(&session.http, &cc::HttpClient::logLine,
                     [](const QString &line) { qInfo("%s", qPrintable(line)); });
    cc::CredentialActions &actions = session.actions;

    const auto wait = [](const bool &done) {
        QDeadlineTimer deadline(30000);
        while (!done && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        return done;
    };
    const auto print = [](const cc::OperationResult &r) {
        std::printf("  %s | %s | %s | %s\n", qPrintable(r.summary), qPrintable(r.vendorState),
                    qPrintable(r.error.vendorMessage), qPrintable(r.error.detail));
    };
    int answered = 0;
    QStringList ids;
    const QVector<cc::Credential> all = session.store.credentials(); // a copy: the checks update it
    for (const cc::Credential &c : all) {
        if (!kEchoNames.contains(c.name()))
            continue;
        ids << c.id;
        QList<std::function<void(cc::VendorOperations::Done)>> steps{
            [&](auto done) { actions.check(c.id, done); },
            [&](auto done) {
                actions.testSend(c.id,
                                 {QString(), QStringLiteral("+12025550143"), QStringLiteral("Leak check"),
                                  QUrl(QStringLiteral("https://media.example.com/fake.png"))},
                                 done);
            }};
        if (c.vendor == cc::sinchmms::vendor())
            steps << [&](auto done) {
                actions.setUpChannel(
                    c.id, QUrl(), [](const cc::SetupStep &s) { std::printf("  step: %s\n", qPrintable(s.summary)); },
                    done);
            };
        for (const auto &step : steps) {
            bool done = false;
            step([&](const cc::OperationResult &r) {
                print(r);
                done = true;
            });
            answered += wait(done) ? 1 : 0;
        }
    }
    bool allChecked = false;
    cc::CheckAllRunner checkAll(&actions, ids, 2);
    QObject::connect(&checkAll, &cc::CheckAllRunner::resultReady,
                     [&](const QString &, const cc::OperationResult &r) { print(r); });
    QObject::connect(&checkAll, &cc::CheckAllRunner::finished, [&] { allChecked = true; });
    checkAll.start();
    wait(allChecked);

    const auto save = [&exportDir](const QString &name, const QByteArray &data) {
        QFile f(exportDir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    };
    const bool exported =
        save(QStringLiteral("activity.csv"), cc::ActivityLog::toCsv(session.activity.read())) &&
        save(QStringLiteral("echo-export.json"), cc::CredentialTransfer::exportJson(session.store.credentials()));
    std::printf("echo session: %d answers, %s\n", answered, exported ? "exported" : "NOT exported");
    std::fflush(stdout);
    return allChecked && exported && answered == 7 ? 0 : 1;
}

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

    cc::Credential credential = cctest::fakeCredential(cc::sinchsms::vendor(), QStringLiteral("Leak check"));
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
    const cc::TestMessage message{QString(), QStringLiteral("+12025550143"), QStringLiteral("Leak check"), QUrl()};
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

    // The secret in the forms a careless write or a vendor's echo would leave: as is, UTF-16, Base64
    // (standard and URL-safe), percent-encoded, JSON-escaped, and its first 16 characters.
    static QList<QByteArray> forms(const QString &secret)
    {
        QList<QByteArray> all = cctest::secretForms(secret);
        all << QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)
            << secret.toUtf8().left(16);
        return all;
    }
    static QByteArray leakIn(const QByteArray &text)
    {
        QStringList secrets = echoSecrets();
        for (const QByteArray &secret : {kSentinel, kEditedSentinel, kImportedSentinel})
            secrets << QString::fromUtf8(secret);
        for (const QString &secret : std::as_const(secrets))
            for (const QByteArray &form : forms(secret))
                if (text.contains(form))
                    return form;
        return QByteArray();
    }
    // Every file under HOME, the XDG directories and the exports holds no secret; returns how many.
    int scanFiles()
    {
        const QStringList dirs{qEnvironmentVariable("HOME"), qEnvironmentVariable("XDG_DATA_HOME"),
                               qEnvironmentVariable("XDG_CONFIG_HOME"), qEnvironmentVariable("XDG_CACHE_HOME"),
                               m_dir.path()};
        int scanned = 0;
        for (const QString &dir : dirs) {
            for (const QString &path : filesUnder(dir)) {
                QFile f(path);
                [&] { QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path)); }();
                const QByteArray leak = leakIn(f.readAll());
                [&] {
                    QVERIFY2(leak.isEmpty(),
                             qPrintable(QStringLiteral("%1 holds %2").arg(path, QString::fromUtf8(leak))));
                }();
                ++scanned;
            }
        }
        return scanned;
    }
    // Imports one credential through the command line, its secrets on standard input.
    int importOne(const QJsonObject &credential, const QByteArray &secrets)
    {
        QFile import(m_dir.filePath(
            QStringLiteral("import-%1.json").arg(credential.value(QStringLiteral("vendor")).toString())));
        [&] { QVERIFY(import.open(QIODevice::WriteOnly)); }();
        import.write(QJsonDocument(credential).toJson());
        import.close();
        return console({QStringLiteral("import"), import.fileName(), QStringLiteral("--secrets-stdin")}, secrets);
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
        const int scanned = scanFiles();
        const QString database =
            QStringLiteral("%1/channel-console/channel-console.db").arg(qEnvironmentVariable("XDG_DATA_HOME"));
        QVERIFY(QFileInfo::exists(database));
        QVERIFY2(cc::ActivityLog(database).read().size() >= 8, "the activity log should record the session");
        QVERIFY(QFile(m_dir.filePath(QStringLiteral("export.json"))).size() > 0);
        QVERIFY2(leakIn(m_output).isEmpty(), m_output.constData());
        QVERIFY(m_output.contains("test-send: ok"));
        qInfo("%d files and %lld bytes of output checked", scanned, qint64(m_output.size()));
    }

    // Vendors that write every secret they are sent back into their answers (a 400 or 401, or
    // Infobip's 200 with a REJECTED status): through the commands (plain and --json) and the
    // window's classes, for all three vendors, nothing that is printed, stored, logged or exported
    // holds any form of a secret.
    void hostileVendorsEchoNoSecretIntoAnything()
    {
        FakeVendorServer echo;
        QVERIFY(echo.isListening());
        const QByteArray sinchError = R"({"code":"syntax_invalid_parameter_format","text":"{{echo}}"})";
        const QByteArray convError = R"({"error":{"code":401,"message":"{{echo}}","status":"UNAUTHENTICATED"}})";
        echo.setResponse("GET", kEchoPlanPath + QStringLiteral("/batches"), FakeResponse::echoing(400, sinchError));
        echo.setResponse("POST", kEchoPlanPath + QStringLiteral("/batches"), FakeResponse::echoing(400, sinchError));
        // The app read by the set-up carries the echo in its name and its SMS channel's state.
        const QByteArray app = R"({"id":"FAKEAPP0001","display_name":"{{echo}}","channel_credentials":[{"channel":)"
                               R"("SMS","state":{"status":"FAILING","description":"{{echo}}"}}]})";
        // Checks are refused (401), set-ups read the app (200), in the order the commands below run:
        // check, setup-channel, check --json, setup-channel --json, and the session's check, set-up.
        for (int i = 0; i < 3; ++i) {
            echo.queueResponse("GET", kEchoApp, FakeResponse::echoing(401, convError));
            echo.queueResponse("GET", kEchoApp, FakeResponse::echoing(200, app));
        }
        echo.setResponse("GET", kEchoApp, FakeResponse::echoing(401, convError)); // check all
        echo.setResponse("PATCH", kEchoApp, FakeResponse::echoing(400, convError));
        echo.setResponse("POST", kEchoProject + QStringLiteral("/messages:send"),
                         FakeResponse::echoing(400, convError));
        echo.setResponse(
            "GET", QStringLiteral("/sms/3/logs"),
            FakeResponse::echoing(
                401, R"({"requestError":{"serviceException":{"messageId":"UNAUTHORIZED","text":"{{echo}}"}}})"));
        echo.setResponse("POST", QStringLiteral("/sms/3/messages"),
                         FakeResponse::echoing(
                             200, R"({"bulkId":"b","messages":[{"messageId":"fake-msg-1","status":)"
                                  R"({"groupName":"REJECTED","name":"REJECTED_SOURCE","description":"{{echo}}"}}]})"));

        const QString url = echo.url().toString();
        const auto fields = [](std::initializer_list<QPair<QString, QString>> list) {
            QJsonObject o;
            for (const auto &p : list)
                o.insert(p.first, p.second);
            return o;
        };
        const QString name = QStringLiteral("name");
        QCOMPARE(importOne({{QStringLiteral("vendor"), QStringLiteral("sinch")},
                            {QStringLiteral("fields"),
                             fields({{name, kEchoNames.at(0)},
                                     {QStringLiteral("serviceId"), QStringLiteral("fake-plan-0002")},
                                     {QStringLiteral("endpoint"), url}})}},
                           "apiToken=" + kEchoSmsToken.toUtf8() + "\n"),
                 0);
        QCOMPARE(importOne({{QStringLiteral("vendor"), QStringLiteral("sinch-mms")},
                            {QStringLiteral("fields"),
                             fields({{name, kEchoNames.at(1)},
                                     {QStringLiteral("projectId"), QStringLiteral("fake-project-0001")},
                                     {QStringLiteral("appId"), QStringLiteral("FAKEAPP0001")},
                                     {QStringLiteral("servicePlanId"), QStringLiteral("fake-plan-0003")},
                                     {QStringLiteral("region"), QStringLiteral("us")},
                                     {QStringLiteral("endpoint"), url}})}},
                           "apiToken=" + kEchoConvToken.toUtf8() + "\nsmsApiToken=" + kEchoSmsApiToken.toUtf8() + "\n"),
                 0);
        QCOMPARE(importOne(
                     {{QStringLiteral("vendor"), QStringLiteral("infobip")},
                      {QStringLiteral("fields"), fields({{name, kEchoNames.at(2)}, {QStringLiteral("baseUrl"), url}})}},
                     "apiKey=" + kEchoInfobipKey.toUtf8() + "\n"),
                 0);

        const QStringList to{QStringLiteral("--to"), QStringLiteral("+12025550143")};
        for (const QString &credential : kEchoNames) {
            const QStringList message =
                credential == kEchoNames.at(1)
                    ? QStringList{QStringLiteral("--media-url"), QStringLiteral("https://media.example.com/fake.png")}
                    : QStringList{QStringLiteral("--text"), QStringLiteral("Leak check")};
            for (const QStringList &json : {QStringList(), QStringList{QStringLiteral("--json")}}) {
                // Every one fails (the vendor refuses), and says so with its exit code.
                QVERIFY(console(QStringList{QStringLiteral("check"), credential} + json) > 0);
                QVERIFY(console(QStringList{QStringLiteral("send"), credential} + to + message + json) > 0);
                if (credential == kEchoNames.at(1))
                    QVERIFY(console(QStringList{QStringLiteral("setup-channel"), credential} + json) > 0);
            }
        }
        QCOMPARE(console({QStringLiteral("list"), QStringLiteral("--json")}), 0);
        QCOMPARE(run(QCoreApplication::applicationFilePath(), {QStringLiteral("--echo-session"), m_dir.path()}), 0);

        // The vendors really were sent the secrets, and really wrote them back (masked, in the output).
        QByteArrayList sent;
        for (const auto &r : echo.requests())
            sent << r.header("Authorization");
        QVERIFY(sent.contains("Bearer " + kEchoSmsToken.toUtf8()));
        QVERIFY(sent.contains("Basic " + kEchoConvToken.toUtf8()));
        QVERIFY(sent.contains("App " + kEchoInfobipKey.toUtf8()));
        QVERIFY2(m_output.contains(cc::Redactor::mask().toUtf8()), m_output.constData());
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("activity.csv"))));

        const int scanned = scanFiles();
        QVERIFY2(leakIn(m_output).isEmpty(), m_output.constData());
        qInfo("%d requests answered with an echo; %d files and %lld bytes of output checked", int(echo.requestCount()),
              scanned, qint64(m_output.size()));
    }
};

int main(int argc, char *argv[])
{
    if (argc == 4 && std::strcmp(argv[1], "--session") == 0)
        return runSession(argc, argv);
    if (argc == 3 && std::strcmp(argv[1], "--echo-session") == 0)
        return runEchoSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestSecretLeak test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretleak.moc"
