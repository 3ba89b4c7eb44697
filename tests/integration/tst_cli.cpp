#include "FakeVendorServer.h"
#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "credentials/CredentialStore.h"

#include <QtTest/QtTest>

using cctest::FakeResponse;
using cctest::FakeVendorServer;

// The headless commands, run as a user's script would: the real binary, the real keychain (through
// with-keyring.sh) and a fake vendor on 127.0.0.1. Exit codes tell each kind of outcome apart.
class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeVendorServer m_server;
    QString m_store;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    // Runs the console with these arguments; the fake server keeps answering meanwhile.
    Run run(QStringList arguments, const QByteArray &input = QByteArray(), const QString &store = QString())
    {
        arguments << QStringLiteral("--store") << (store.isEmpty() ? m_store : store) << QStringLiteral("--language")
                  << QStringLiteral("en");
        QProcess p;
        p.start(QStringLiteral(CC_CONSOLE), arguments);
        [&] { QVERIFY(p.waitForStarted()); }();
        p.write(input);
        p.closeWriteChannel();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000); }();
        Run r{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
        [&] { QCOMPARE(p.exitStatus(), QProcess::NormalExit); }();
        return r;
    }
    static QString lookup(const QString &key)
    {
        QProcess p;
        p.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                                QStringLiteral("channel-console"), QStringLiteral("user"), key});
        p.waitForFinished(20000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    QString sinchPath(const QString &tail) const { return QStringLiteral("/xms/v1/fake-plan-0001") + tail; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run me through with-keyring.sh");
        QVERIFY(m_server.isListening());
        m_store = m_dir.filePath(QStringLiteral("credentials.json"));
    }

    void importWithSecretsFromStandardInput()
    {
        QFile file(m_dir.filePath(QStringLiteral("sinch.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(QJsonObject{{QStringLiteral("vendor"), QStringLiteral("sinch")},
                                      {QStringLiteral("fields"),
                                       QJsonObject{{QStringLiteral("name"), QStringLiteral("Scripted Sinch")},
                                                   {QStringLiteral("serviceId"), QStringLiteral("fake-plan-0001")},
                                                   {QStringLiteral("endpoint"), m_server.url().toString()}}}})
                .toJson());
        file.close();
        const Run r = run({QStringLiteral("import"), file.fileName(), QStringLiteral("--secrets-stdin")},
                          "apiToken=FAKE-TOKEN-CLI\n");
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Imported: 1"));

        const Run list = run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonArray items = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items.first().toObject();
        QCOMPARE(item.value(QStringLiteral("name")).toString(), QStringLiteral("Scripted Sinch"));
        QCOMPARE(item.value(QStringLiteral("secretsSet")).toArray().first().toString(), QStringLiteral("apiToken"));
        QCOMPARE(lookup(QStringLiteral("channel-console/%1/apiToken").arg(item.value(QStringLiteral("id")).toString())),
                 QStringLiteral("FAKE-TOKEN-CLI"));
        QVERIFY(!list.out.contains("FAKE-TOKEN-CLI"));
    }

    void checkAndItsFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("error");
        QTest::newRow("ok") << 200 << 0 << QString();
        QTest::newRow("401") << 401 << 10 << QStringLiteral("unauthorized");
        QTest::newRow("403") << 403 << 10 << QStringLiteral("forbidden");
        QTest::newRow("404") << 404 << 11 << QStringLiteral("not-found");
        QTest::newRow("429") << 429 << 13 << QStringLiteral("rate-limited");
        QTest::newRow("503") << 503 << 14 << QStringLiteral("unavailable");
    }

    void checkAndItsFailures()
    {
        QFETCH(int, status);
        QFETCH(int, exitCode);
        QFETCH(QString, error);
        m_server.clearRecords();
        m_server.setResponse(
            "GET", sinchPath(QStringLiteral("/batches")),
            FakeResponse::json(status, status == 200 ? QByteArray(R"({"count":0,"page":0,"page_size":1,"batches":[]})")
                                                     : QByteArray(R"({"code":"denied","text":"Fake vendor text"})")));
        const Run r = run({QStringLiteral("check"), QStringLiteral("scripted sinch"), QStringLiteral("--json")});
        QCOMPARE(r.code, exitCode);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), status == 200);
        QCOMPARE(o.value(QStringLiteral("error")).toString(), error);
        if (status != 200)
            QCOMPARE(o.value(QStringLiteral("httpStatus")).toInt(), status);
        QCOMPARE(m_server.requestCount(), 1);
        QCOMPARE(m_server.lastRequest().header("Authorization"), QByteArray("Bearer FAKE-TOKEN-CLI"));
        QVERIFY(!r.out.contains("FAKE-TOKEN-CLI") && !r.err.contains("FAKE-TOKEN-CLI"));

        // The list shows the outcome of the last check.
        const QJsonObject listed = QJsonDocument::fromJson(run({QStringLiteral("list"), QStringLiteral("--json")}).out)
                                       .array()
                                       .first()
                                       .toObject();
        QCOMPARE(listed.value(QStringLiteral("lastCheck")).toObject().value(QStringLiteral("ok")).toBool(),
                 status == 200);
    }

    void testSend()
    {
        m_server.clearRecords();
        m_server.setResponse("POST", sinchPath(QStringLiteral("/batches")),
                             FakeResponse::json(201, R"({"id":"01FAKEBATCH","to":["12025550143"],"body":"Hello"})"));
        const Run r = run({QStringLiteral("send"), QStringLiteral("Scripted Sinch"), QStringLiteral("--to"),
                           QStringLiteral("+1 202-555-0143"), QStringLiteral("--text"), QStringLiteral("Hello"),
                           QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("messageId")).toString(),
                 QStringLiteral("01FAKEBATCH"));
        const QJsonObject body = QJsonDocument::fromJson(m_server.lastRequest().body).object();
        QCOMPARE(body.value(QStringLiteral("body")).toString(), QStringLiteral("Hello"));
        QCOMPARE(body.value(QStringLiteral("to")).toArray().first().toString(), QStringLiteral("+12025550143"));
    }

    // A send whose connection drops after it went out is not sent again: the network exit code, and
    // "maybe-sent" for scripts, which must look the message up before sending again.
    void aDroppedSendIsNotSentAgain()
    {
        m_server.clearRecords();
        m_server.setResponse("POST", sinchPath(QStringLiteral("/batches")), FakeResponse::reset());
        const Run r = run({QStringLiteral("send"), QStringLiteral("Scripted Sinch"), QStringLiteral("--to"),
                           QStringLiteral("+12025550143"), QStringLiteral("--text"), QStringLiteral("Hello"),
                           QStringLiteral("--json")});
        QCOMPARE(r.code, 15);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("maybe-sent"));
        QVERIFY2(o.value(QStringLiteral("summary")).toString().contains(QLatin1String("delivery report")),
                 r.out.constData());
        QCOMPARE(m_server.requestCount(), 1);
    }

    void badInputGetsItsOwnExitCode()
    {
        m_server.clearRecords();
        QCOMPARE(run({QStringLiteral("send"), QStringLiteral("Scripted Sinch"), QStringLiteral("--to"),
                      QStringLiteral("0612"), QStringLiteral("--text"), QStringLiteral("x")})
                     .code,
                 6);
        const Run unknown = run({QStringLiteral("check"), QStringLiteral("Nobody")});
        QCOMPARE(unknown.code, 3);
        QVERIFY(unknown.err.contains("Nobody"));
        QCOMPARE(run({QStringLiteral("check")}).code, 2);
        QCOMPARE(m_server.requestCount(), 0);
    }

    // The window's options answer and end the process normally. --help and --version do not read
    // the file; an unknown option (which could have been one of Qt's) and an unknown language are
    // found once it is being read ahead on the worker thread, and the process still ends normally
    // (an exit() there once crashed it in the statics' teardown).
    void windowOptionsEndNormallyWhileTheFileIsReadAhead()
    {
        const QString big = m_dir.filePath(QStringLiteral("big.json"));
        cc::CredentialStore store(big);
        QVector<cc::Credential> many;
        for (int i = 0; i < 3000; ++i)
            many << cctest::fakeCredential(cc::Vendor(i % 3), QStringLiteral("Credential %1").arg(i));
        store.setCredentials(many);
        QString error;
        QVERIFY2(store.save(&error), qPrintable(error));
        for (int i = 0; i < 3; ++i) {
            const Run help = run({QStringLiteral("--help")}, {}, big);
            QCOMPARE(help.code, 0);
            QVERIFY(help.out.contains("--store"));
            const Run version = run({QStringLiteral("--version")}, {}, big);
            QCOMPARE(version.code, 0);
            QVERIFY(version.out.startsWith("channel-console "));
            const Run bogus = run({QStringLiteral("--bogus")}, {}, big);
            QCOMPARE(bogus.code, 1);
            QVERIFY2(bogus.err.contains("bogus"), bogus.err.constData());
            QProcess unknownLanguage; // not run(): it names a language of its own
            unknownLanguage.start(QStringLiteral(CC_CONSOLE),
                                  {QStringLiteral("--store"), big, QStringLiteral("--language"), QStringLiteral("xx")});
            QVERIFY(unknownLanguage.waitForFinished(60000));
            QCOMPARE(unknownLanguage.exitStatus(), QProcess::NormalExit);
            QCOMPARE(unknownLanguage.exitCode(), 2);
            QVERIFY(unknownLanguage.readAllStandardError().contains("\"xx\""));
        }
    }

    // --help and --version answer without a display (as over SSH), in the language --language names.
    void helpAndVersionNeedNoDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        const auto answer = [&env](const QStringList &arguments) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(CC_CONSOLE), arguments);
            p.waitForFinished(60000);
            return std::make_pair(p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                                  QString::fromUtf8(p.readAllStandardOutput()));
        };
        const auto version = answer({QStringLiteral("--version")});
        QCOMPARE(version.first, 0);
        QVERIFY(version.second.startsWith(QStringLiteral("channel-console ")));
        const auto help = answer({QStringLiteral("--help"), QStringLiteral("--language"), QStringLiteral("fr")});
        QCOMPARE(help.first, 0);
        QVERIFY2(help.second.contains(QStringLiteral("gérez les informations d’identification")),
                 qPrintable(help.second));
        QVERIFY(help.second.contains(QStringLiteral("--store")));
    }

    // What main() reads before QApplication exists, to start reading the file: the window's --store,
    // or nothing when the command line only asks for help or the version, or lacks a value.
    void theWindowsFileIsKnownBeforeTheApplication_data()
    {
        QTest::addColumn<QByteArrayList>("arguments");
        QTest::addColumn<bool>("reads");
        QTest::addColumn<QString>("store");
        QTest::newRow("none") << QByteArrayList{} << true << QString();
        QTest::newRow("--store f") << QByteArrayList{"--store", "/tmp/f.json"} << true << QStringLiteral("/tmp/f.json");
        QTest::newRow("--store=f") << QByteArrayList{"--language", "fr", "--store=/tmp/é.json"} << true
                                   << QStringLiteral("/tmp/é.json");
        QTest::newRow("--help") << QByteArrayList{"--store", "/tmp/f.json", "--help"} << false << QString();
        QTest::newRow("-v") << QByteArrayList{"-v"} << false << QString();
        QTest::newRow("Qt's options") << QByteArrayList{"-platform", "offscreen", "-reverse", "--store", "/tmp/f.json"}
                                      << true << QStringLiteral("/tmp/f.json");
        QTest::newRow("-stylesheet") << QByteArrayList{"-stylesheet", "a.qss"} << true << QString();
        QTest::newRow("unknown option") << QByteArrayList{"--bogus"} << true << QString();
        QTest::newRow("--store without its file") << QByteArrayList{"--store"} << false << QString();
    }

    void theWindowsFileIsKnownBeforeTheApplication()
    {
        QFETCH(QByteArrayList, arguments);
        QFETCH(bool, reads);
        QFETCH(QString, store);
        arguments.prepend("channel-console");
        std::vector<char *> argv;
        for (QByteArray &argument : arguments)
            argv.push_back(argument.data());
        const std::optional<QString> found = cc::CommandLine::windowStore(int(argv.size()), argv.data());
        QCOMPARE(found.has_value(), reads);
        QCOMPARE(found.value_or(QString()), store);
    }

    void secretsFromStandardInputInsteadOfTheKeychain()
    {
        m_server.clearRecords();
        m_server.setResponse("GET", sinchPath(QStringLiteral("/batches")),
                             FakeResponse::json(200, R"({"count":0,"page":0,"page_size":1,"batches":[]})"));
        const Run r =
            run({QStringLiteral("check"), QStringLiteral("Scripted Sinch"), QStringLiteral("--secrets-stdin")},
                R"({"apiToken": "FAKE-OTHER-TOKEN"})");
        QCOMPARE(r.code, 0);
        QCOMPARE(m_server.lastRequest().header("Authorization"), QByteArray("Bearer FAKE-OTHER-TOKEN"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
