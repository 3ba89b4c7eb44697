#include "ConsoleProcess.h"
#include "FakeSinchConversation.h"
#include "FakeVendorServer.h"
#include "TestSupport.h"
#include "cli/Cli.h"
#include "cli/CommandLine.h"
#include "secrets/SecretStore.h"
#include "services/CredentialStore.h"
#include "services/Session.h"
#include "vendors/Custom.h"
#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest/QtTest>

using cctest::FakeResponse;
using cctest::FakeSinchConversation;
using cctest::FakeVendorServer;

namespace {
// Base64 of "FAKE-KEY:FAKE-SECRET": the form of a Sinch MMS API token.
const QByteArray kMmsSecrets = "apiToken=RkFLRS1LRVk6RkFLRS1TRUNSRVQ=\nsmsApiToken=FAKE-SMS-API-TOKEN\n";
const QString kCallback =
    QStringLiteral("https://xms-adapter.us1.conversation-api.int.prod.sinch.com/adapter/v1/FAKEAPP0001/callback");
} // namespace

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
    // unset: environment variables it runs without (DBUS_SESSION_BUS_ADDRESS: no keychain to reach).
    Run run(QStringList arguments, const QByteArray &input = QByteArray(), const QString &store = QString(),
            const QStringList &unset = {})
    {
        arguments << QStringLiteral("--store") << (store.isEmpty() ? m_store : store);
        if (!arguments.contains(QStringLiteral("--language")))
            arguments << QStringLiteral("--language") << QStringLiteral("en");
        const cctest::ConsoleRun r = cctest::runConsole(QStringLiteral(CC_CONSOLE), arguments, input, unset);
        [&] { QVERIFY(r.normalExit); }();
        return Run{r.code, r.out, r.err};
    }
    // Removes a keychain entry behind the console's back, as another tool or a keyring reset would.
    static void forget(const QString &key)
    {
        QProcess p;
        p.start(QStringLiteral("secret-tool"), {QStringLiteral("clear"), QStringLiteral("server"),
                                                QStringLiteral("channel-console"), QStringLiteral("user"), key});
        p.waitForFinished(20000);
        [&] { QCOMPARE(p.exitCode(), 0); }();
        [&] { QVERIFY(lookup(key).isEmpty()); }();
    }
    static QString idOf(const QString &store, const QString &name)
    {
        cc::CredentialStore stored(store);
        [&] { QVERIFY(stored.load().ok()); }();
        for (const cc::Credential &c : stored.credentials()) {
            if (c.name() == name)
                return c.id;
        }
        return QString();
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

    // A database holding these credentials (NAME.db for NAME.json), written through the store as the
    // console does.
    QString storeWith(const QString &fileName, const QVector<cc::Credential> &credentials)
    {
        const QString path = m_dir.filePath(QFileInfo(fileName).completeBaseName() + QStringLiteral(".db"));
        cc::CredentialStore store(path);
        [&] { QVERIFY(store.load().ok()); }();
        QString error;
        [&] { QVERIFY2(store.setCredentials(credentials, &error), qPrintable(error)); }();
        return path;
    }
    QString fileWith(const QString &fileName, const QByteArray &content)
    {
        QFile file(m_dir.filePath(fileName));
        [&] { QVERIFY(file.open(QIODevice::WriteOnly)); }();
        file.write(content);
        return file.fileName();
    }
    // The bytes a hostile name or identifier could smuggle to a terminal.
    static QByteArrayList rawControls()
    {
        return {"\x1b",
                "\r",
                QByteArray(1, '\0'),
                "\x07",
                "\xc2\x9b" /* U+009B */,
                "\xe2\x80\xae" /* U+202E */,
                "\xe2\x80\x8f" /* U+200F */,
                "\xe2\x81\xa6" /* U+2066 */};
    }
    static QByteArray rawControlIn(const QByteArray &output)
    {
        for (const QByteArray &raw : rawControls()) {
            if (output.contains(raw))
                return raw.toHex();
        }
        return QByteArray();
    }

    // The environment of a session without a display, as over SSH: a QApplication would abort.
    static QProcessEnvironment withoutDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        return env;
    }

    // Runs the console without a display, over a damaged database that opening would copy aside (and
    // exit 5): the answer must come without it, so the folder must hold only that file afterwards.
    Run runWithoutStore(const QStringList &arguments)
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("credentials.json"));
        QFile damaged(store);
        [&] { QVERIFY(damaged.open(QIODevice::WriteOnly)); }();
        damaged.write("{ damaged");
        damaged.close();
        QProcess p;
        p.setProcessEnvironment(withoutDisplay());
        p.start(QStringLiteral(CC_CONSOLE), QStringList{QStringLiteral("--store"), store} + arguments);
        [&] { QVERIFY(p.waitForFinished(60000)); }();
        [&] { QCOMPARE(p.exitStatus(), QProcess::NormalExit); }();
        [&] {
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                     QStringList{QStringLiteral("credentials.json")});
        }();
        return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // A store holding these credentials, each with its secrets in the real keychain (imported as a
    // script does, with --secrets-stdin), pointing at the fake vendor.
    QString storeWithSecrets(const QString &fileName, const QVector<std::pair<QJsonObject, QByteArray>> &entries)
    {
        const QString store = m_dir.filePath(fileName);
        for (const auto &[entry, secrets] : entries) {
            const QString file = fileWith(QStringLiteral("entry.json"), QJsonDocument(entry).toJson());
            const Run r = run({QStringLiteral("import"), file, QStringLiteral("--secrets-stdin")}, secrets, store);
            [&] { QVERIFY2(r.code == 0, r.err.constData()); }();
        }
        return store;
    }
    QJsonObject entry(const char *vendor, const QString &name, QJsonObject fields) const
    {
        fields.insert(QStringLiteral("name"), name);
        fields.insert(QLatin1String(vendor) == QLatin1String("infobip") ? QStringLiteral("baseUrl")
                                                                        : QStringLiteral("endpoint"),
                      m_server.url().toString());
        return QJsonObject{{QStringLiteral("vendor"), QString::fromLatin1(vendor)}, {QStringLiteral("fields"), fields}};
    }

    // A Sinch credential in region us whose API endpoint asks each region at the fake vendor
    // (…/{region}/xms/v1/fake-plan-0001/…).
    QJsonObject regionEntry(const QString &name) const
    {
        QJsonObject e = entry("sinch", name,
                              {{QStringLiteral("serviceId"), QStringLiteral("fake-plan-0001")},
                               {QStringLiteral("region"), QStringLiteral("us")}});
        QJsonObject fields = e.value(QStringLiteral("fields")).toObject();
        fields.insert(QStringLiteral("endpoint"), QString(m_server.url().toString() + QStringLiteral("/{region}")));
        e.insert(QStringLiteral("fields"), fields);
        return e;
    }
    // What a failure prints on standard output with --json: one object, ok false, the error's word
    // and the translated summary, which holds says.
    static void verifyFailureJson(const QByteArray &out, const QString &error, const QString &says)
    {
        QJsonParseError parsed;
        const QJsonObject o = QJsonDocument::fromJson(out, &parsed).object();
        QVERIFY2(parsed.error == QJsonParseError::NoError, out.constData());
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("error")).toString(), error);
        QVERIFY2(o.value(QStringLiteral("summary")).toString().contains(says), out.constData());
    }

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
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("messageId")).toString(),
                 QStringLiteral("01FAKEBATCH"));
        const QJsonObject body = QJsonDocument::fromJson(m_server.lastRequest().body).object();
        QCOMPARE(body.value(QStringLiteral("body")).toString(), QStringLiteral("Hello"));
        QCOMPARE(body.value(QStringLiteral("to")).toArray().first().toString(), QStringLiteral("+12025550143"));
    }

    // In plain text a send first says what the message costs, with what forces UCS-2 named by its
    // code point when it cannot be seen (never as a blank between quotes); --json stays one document.
    void sendSaysWhatTheTextCosts()
    {
        m_server.clearRecords();
        m_server.setResponse("POST", sinchPath(QStringLiteral("/batches")),
                             FakeResponse::json(201, R"({"id":"01FAKECOST","to":["12025550143"],"body":"x"})"));
        const QString text = QStringLiteral("Total:\t10") + QChar(0xA0) + QStringLiteral("EUR");
        Run r = run({QStringLiteral("send"), QStringLiteral("Scripted Sinch"), QStringLiteral("--to"),
                     QStringLiteral("+12025550143"), QStringLiteral("--text"), text});
        QVERIFY2(r.code == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first(),
                 QByteArray("13 characters \xC2\xB7 UCS-2 (because of U+0009 CHARACTER TABULATION): 13 of 70 code "
                            "units \xC2\xB7 1 SMS"));
        QVERIFY(lines.last().contains("01FAKECOST"));
        QCOMPARE(QJsonDocument::fromJson(m_server.lastRequest().body).object().value(QStringLiteral("body")).toString(),
                 text);

        r = run({QStringLiteral("send"), QStringLiteral("Scripted Sinch"), QStringLiteral("--to"),
                 QStringLiteral("+12025550143"), QStringLiteral("--text"),
                 QStringLiteral("10") + QChar(0xA0) + QStringLiteral("EUR"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonParseError error;
        QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);

        r = run({QStringLiteral("send"), QStringLiteral("Scripted Sinch"), QStringLiteral("--to"),
                 QStringLiteral("+12025550143"), QStringLiteral("--text"),
                 QStringLiteral("10") + QChar(0xA0) + QStringLiteral("EUR")});
        QVERIFY2(r.out.startsWith("6 characters \xC2\xB7 UCS-2 (because of U+00A0 NO-BREAK SPACE)"), r.out.constData());
        QVERIFY(!r.out.contains("\xC2\xA0"));
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
        QVERIFY2(r.code == 15, r.err.constData());
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

        // A zero-width space pasted into the number is named, not printed between quotes.
        const Run hidden = run({QStringLiteral("send"), QStringLiteral("Scripted Sinch"), QStringLiteral("--to"),
                                QStringLiteral("+1 202") + QChar(0x200B) + QStringLiteral("555 0143"),
                                QStringLiteral("--text"), QStringLiteral("x")});
        QCOMPARE(hidden.code, 6);
        QVERIFY2(hidden.err.contains("U+200B ZERO WIDTH SPACE (at position 7)"), hidden.err.constData());
        QVERIFY2(!hidden.err.contains("\xE2\x80\x8B"), hidden.err.constData());
        QCOMPARE(m_server.requestCount(), 0);
    }

    // The window's options answer and end the process normally: --help and --version do not open
    // the database; an unknown option (which could have been one of Qt's) and an unknown language
    // are found with a large one open.
    void windowOptionsEndNormally()
    {
        const QString big = m_dir.filePath(QStringLiteral("big.db"));
        cc::CredentialStore store(big);
        QVERIFY(store.load().ok());
        QVector<cc::Credential> many;
        for (int i = 0; i < 3000; ++i)
            many << cctest::fakeCredential(cc::Vendor(i % 3), QStringLiteral("Credential %1").arg(i));
        QString error;
        QVERIFY2(store.setCredentials(many, &error), qPrintable(error));
        for (int i = 0; i < 3; ++i) {
            const Run help = run({QStringLiteral("--help")}, {}, big);
            QCOMPARE(help.code, 0);
            QVERIFY(help.out.contains("--store"));
            const Run version = run({QStringLiteral("--version")}, {}, big);
            QCOMPARE(version.code, 0);
            QVERIFY(version.out.startsWith("channel-console "));
            const Run bogus = run({QStringLiteral("--bogus")}, {}, big);
            QCOMPARE(bogus.code, 2);
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
        const auto answer = [](const QStringList &arguments) {
            QProcess p;
            p.setProcessEnvironment(withoutDisplay());
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

    // Every usage error, the window's as the commands', is answered without a display (as over SSH),
    // with exit 2, in the language --language names; an empty --store is refused, never read as the
    // default database (a private home shows that none is made).
    void usageErrorsNeedNoDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        const auto row = [](const char *name, const char *arguments, const char *says) {
            QTest::newRow(name) << QString::fromUtf8(arguments).split(QLatin1Char(' ')) << QString::fromUtf8(says);
        };
        row("unknown language", "--language de", "Unknown language \"de\": use en, fr or nl.");
        row("unknown option", "--bogus", "Unknown option --bogus. See: channel-console --help");
        row("unknown option, in French", "--bogus --language fr", "Option inconnue --bogus.");
        row("unknown option, in Dutch", "--language nl -bogus", "Onbekende optie -bogus.");
        row("Qt's own options are no error", "-platform offscreen -reverse --bogus", "Unknown option --bogus. See:");
        row("a command for the language", "--language list", "Unknown language \"list\"");
        row("--language without its value", "--language", "The option --language needs a value");
        row("--store without its file", "--store", "The option --store needs a value: --store <file>.");
        row("a command's --store without its file", "list --store", "The option --store needs a value");
        row("--store=", "--store=", "The option --store names no file");
        row("--store \"\"", "--store ", "The option --store names no file");
        row("a command's --store=", "list --store=", "The option --store names no file");
        row("a command's --store \"\"", "check Fake --store ", "The option --store names no file");
        row("--store=, in French", "--store= --language fr", "L’option --store ne nomme aucun fichier");
    }

    void usageErrorsNeedNoDisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        QTemporaryDir home;
        QProcessEnvironment env = withoutDisplay();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("LC_ALL"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CC_CONSOLE), arguments);
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 2, qPrintable(QString::number(p.exitCode()) + QLatin1Char(' ') + err));
        QVERIFY2(err.contains(says), qPrintable(err));
        QCOMPARE(p.readAllStandardOutput(), QByteArray());
        QVERIFY2(!QFileInfo::exists(home.filePath(QStringLiteral("data/channel-console"))), "a database was made");
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
        QTest::newRow("--style=") << QByteArrayList{"--style=fusion", "-qwindowtitle", "T", "-sync"} << true
                                  << QString();
        QTest::newRow("unknown option") << QByteArrayList{"--bogus"} << false << QString();
        QTest::newRow("unknown after Qt's") << QByteArrayList{"-platform", "offscreen", "-bogus"} << false << QString();
        QTest::newRow("--store without its file") << QByteArrayList{"--store"} << false << QString();
        QTest::newRow("--store=") << QByteArrayList{"--store="} << false << QString();
        QTest::newRow("--store \"\"") << QByteArrayList{"--store", ""} << false << QString();
        QTest::newRow("unknown language") << QByteArrayList{"--language", "de"} << false << QString();
        QTest::newRow("a command for a language") << QByteArrayList{"--language", "list"} << false << QString();
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

    // Names stored by an older version, before the form refused them, print as escapes: they cannot
    // clear the screen, move the cursor, reorder a line or forge rows.
    void hostileNamesPrintAsEscapes()
    {
        const QVector<QString> names{QStringLiteral("Clear\x1b[2J\x1b[Hscreen"),
                                     QStringLiteral("Forged\nfake-row\tSinch\tfake\t-\tOK"),
                                     QStringLiteral("Back\rwards"),
                                     QStringLiteral("Bell\x07") + QChar(0) + QStringLiteral("nul"),
                                     QStringLiteral("Invoice ") + QChar(0x202E) + QStringLiteral("fdp.exe"),
                                     QStringLiteral("C1 ") + QChar(0x9B) + QStringLiteral("2J ") + QChar(0x200F) +
                                         QChar(0x2066)};
        QVector<cc::Credential> credentials;
        for (const QString &name : names)
            credentials << cctest::fakeCredential(cc::sinchsms::vendor(), name);
        credentials[0].values.insert(QStringLiteral("serviceId"), QStringLiteral("fake\x1b]0;title\x07plan"));
        const QString store = storeWith(QStringLiteral("hostile.json"), credentials);

        const Run text = run({QStringLiteral("list")}, {}, store);
        QCOMPARE(text.code, 0);
        QVERIFY2(rawControlIn(text.out).isEmpty(), rawControlIn(text.out).constData());
        const QList<QByteArray> lines = text.out.trimmed().split('\n');
        QCOMPARE(lines.size(), names.size()); // one line each: no forged row
        for (const QByteArray &line : lines)
            QCOMPARE(line.count('\t'), 5); // the last: the secrets' age
        QVERIFY(text.out.contains(R"(Clear\x1b[2J\x1b[Hscreen)"));
        QVERIFY(text.out.contains(R"(fake\x1b]0;title\x07plan)"));
        QVERIFY(text.out.contains(R"(Forged\nfake-row\tSinch\tfake\t-\tOK)"));
        QVERIFY(text.out.contains(R"(Back\rwards)"));
        QVERIFY(text.out.contains(R"(Bell\x07\0nul)"));
        QVERIFY(text.out.contains(R"(Invoice \u{202E}fdp.exe)"));
        QVERIFY(text.out.contains(R"(C1 \u{009B}2J \u{200F}\u{2066})"));

        // JSON stays JSON, holds the names as stored, and escapes the controls and bidi characters too.
        const Run json = run({QStringLiteral("list"), QStringLiteral("--json")}, {}, store);
        QCOMPARE(json.code, 0);
        QVERIFY2(rawControlIn(json.out).isEmpty(), rawControlIn(json.out).constData());
        QJsonParseError error;
        const QJsonArray items = QJsonDocument::fromJson(json.out, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(items.size(), names.size());
        QStringList inNameOrder = names; // the order list prints them in
        std::sort(inNameOrder.begin(), inNameOrder.end(), [](const QString &a, const QString &b) {
            return cc::nameKeyLess(cc::CredentialStore::nameKey(a), cc::CredentialStore::nameKey(b));
        });
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(items.at(i).toObject().value(QStringLiteral("name")).toString(), inNameOrder.at(i));
        QVERIFY(json.out.contains(R"(\u202e)"));

        // Found by its name (as a script passes it), and the name in an error is escaped too.
        const Run missing = run({QStringLiteral("check"), QStringLiteral("Nobody\x1b[2J")}, {}, store);
        QCOMPARE(missing.code, 3);
        QVERIFY2(rawControlIn(missing.err).isEmpty(), missing.err.constData());
        QVERIFY(missing.err.contains(R"(Nobody\x1b[2J)"));
    }

    // An import with a bad entry saves nothing, lists every bad entry by its place (and name), and
    // exits 6; the good entries beside it are not imported either.
    void importRefusesBadEntriesAndChangesNothing()
    {
        const QString store = storeWith(QStringLiteral("refused.json"),
                                        {cctest::fakeCredential(cc::sinchsms::vendor(), QStringLiteral("Kept"))});
        const Run before = run({QStringLiteral("list"), QStringLiteral("--json")}, {}, store);
        QCOMPARE(before.code, 0);
        const QString file =
            fileWith(QStringLiteral("bad-entries.json"),
                     R"({"format": "channel-console/export", "version": 1, "credentials": [)"
                     R"({"vendor": "sinch", "fields": {"name": "Good", "serviceId": "fake-1"}},)"
                     R"({"vendor": "sinch", "fields": {"name": 12345, "serviceId": "fake-2"}},)"
                     "{\"vendor\": \"sinch\", \"fields\": {\"name\": \"Clear\\u001b[2J\", \"serviceId\": \"fake-3\"}},"
                     R"({"vendor": "pigeon", "fields": {"name": "Bird"}},)"
                     R"({"vendor": "sinch", "fields": {"name": "good", "serviceId": "fake-4"}}]})");

        const Run text = run({QStringLiteral("import"), file}, {}, store);
        QCOMPARE(text.code, 6);
        QVERIFY2(text.err.contains("Entry 2 is refused: Name: the file holds the number 12345 where text is expected"),
                 text.err.constData());
        QVERIFY2(text.err.contains("Entry 3 (\"Clear\\x1b[2J\") is refused: Name: remove the character U+001B ESCAPE"),
                 text.err.constData());
        QVERIFY2(text.err.contains(R"(Entry 4 ("Bird") is refused: Unknown SMS vendor "pigeon")"),
                 text.err.constData());
        QVERIFY2(text.err.contains(R"(Entry 5 ("good") is refused: The name "good" is already used by entry 1)"),
                 text.err.constData());
        QVERIFY2(text.err.contains("4 entries of the file are refused, so nothing is imported."), text.err.constData());
        QVERIFY2(rawControlIn(text.err + text.out).isEmpty(), text.err.constData());
        QVERIFY2(!text.out.contains("Imported") && !text.out.contains("imported\t"), text.out.constData());

        const Run json = run({QStringLiteral("import"), file, QStringLiteral("--json")}, {}, store);
        QCOMPARE(json.code, 6);
        const QJsonArray items = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(items.size(), 5);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("not-imported"));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("entry")).toInt(), 2);
        QVERIFY(items.at(1).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("12345")));

        // A file that is not an export at all.
        QCOMPARE(run({QStringLiteral("import"), fileWith(QStringLiteral("list.json"), "[1, 2]")}, {}, store).code, 6);

        const Run after = run({QStringLiteral("list"), QStringLiteral("--json")}, {}, store);
        QCOMPARE(after.out, before.out); // nothing saved
    }

    // Nothing is cut off without a word: a file larger than an import reads is refused as too large
    // (even one that would be a valid export), and standard input for secrets that is too large or
    // is cut-off JSON is named as such; nothing is saved.
    void inputsTooLargeOrCutOffAreNamed()
    {
        const QString store = m_dir.filePath(QStringLiteral("limits.json"));
        const QByteArray entry = QJsonDocument(this->entry("sinch", QStringLiteral("Limit Sinch"),
                                                           {{QStringLiteral("serviceId"), QStringLiteral("fake-1")}}))
                                     .toJson();
        QByteArray large = entry;
        large.append(QByteArray(cc::CredentialTransfer::kMaxImportBytes + 1 - entry.size(), ' '));
        const Run tooLarge = run({QStringLiteral("import"), fileWith(QStringLiteral("large.json"), large)}, {}, store);
        QCOMPARE(tooLarge.code, 6);
        QVERIFY2(tooLarge.err.contains("The file is too large: an import reads at most 64 MiB"),
                 tooLarge.err.constData());
        large.clear();

        const QString file = fileWith(QStringLiteral("limit.json"), entry);
        const auto importWith = [&](const QByteArray &input) {
            return run({QStringLiteral("import"), file, QStringLiteral("--secrets-stdin")}, input, store);
        };
        const Run cut = importWith(R"({"apiToken":"FAKE-TOKEN-CUT")");
        QCOMPARE(cut.code, 2);
        QVERIFY2(cut.err.contains("Standard input is not valid JSON ("), cut.err.constData());
        const Run huge = importWith("apiToken=FAKE-TOKEN-" + QByteArray(70 * 1024, 'x') + '\n');
        QCOMPARE(huge.code, 2);
        QVERIFY2(huge.err.contains("Standard input holds more than 64 KiB"), huge.err.constData());
        const Run list = run({QStringLiteral("list")}, {}, store);
        QCOMPARE(list.code, 0);
        QCOMPARE(list.out, QByteArray()); // nothing saved

        const Run fine = importWith(R"({"apiToken": "FAKE-TOKEN-LIMIT"})");
        QVERIFY2(fine.code == 0, fine.err.constData());
    }

    // With --skip-existing, the one credential of the file whose name is taken is skipped, and so
    // are the secrets given for it: said as such, and the existing credential keeps its own.
    void skippedImportKeepsTheExistingSecrets()
    {
        const QJsonObject taken =
            entry("sinch", QStringLiteral("Taken Sinch"), {{QStringLiteral("serviceId"), QStringLiteral("fake-1")}});
        const QString store = storeWithSecrets(QStringLiteral("taken.json"), {{taken, "apiToken=FAKE-TOKEN-FIRST\n"}});
        const QString file = fileWith(QStringLiteral("taken-again.json"), QJsonDocument(taken).toJson());
        const Run r =
            run({QStringLiteral("import"), file, QStringLiteral("--secrets-stdin"), QStringLiteral("--skip-existing")},
                "apiToken=FAKE-TOKEN-SECOND\n", store);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("The API credentials \"Taken Sinch\" were skipped, as that name is taken "
                                "(--skip-existing): the secrets on standard input were not saved"),
                 r.err.constData());
        QVERIFY2(r.out.contains("Taken Sinch\tskipped\t"), r.out.constData());
        QVERIFY2(r.out.contains("skipped: 1"), r.out.constData());
        const QString id = idOf(cc::Session::databasePathFor(store), QStringLiteral("Taken Sinch"));
        QCOMPARE(lookup(cc::SecretStore::keyFor(id, QStringLiteral("apiToken"))), QStringLiteral("FAKE-TOKEN-FIRST"));
        const Run list = run({QStringLiteral("list"), QStringLiteral("--json")}, {}, store);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
    }

    // What import says is what was saved: a store that cannot be written exits 5 and says nothing
    // was imported; --skip-existing skips a name clash and says so.
    void importSaysWhatWasSaved()
    {
        // Enough credentials that losing them would show.
        QVector<cc::Credential> many{cctest::fakeCredential(cc::sinchsms::vendor(), QStringLiteral("Taken"))};
        for (int i = 0; i < 199; ++i)
            many << cctest::fakeCredential(cc::sinchsms::vendor(), QStringLiteral("Bulk %1").arg(i));
        const QString store = storeWith(QStringLiteral("saved.json"), many);
        const QString file = fileWith(QStringLiteral("two.json"),
                                      R"({"format": "channel-console/export", "version": 1, "credentials": [)"
                                      R"({"vendor": "sinch", "fields": {"name": "taken", "serviceId": "fake-1"}},)"
                                      R"({"vendor": "sinch", "fields": {"name": "New one", "serviceId": "fake-2"}}]})");

        // No file may grow in this run (ulimit -f 0; SIGXFSZ ignored, so a write fails with EFBIG): the
        // database's transaction fails as on a full disk.
        QProcess full;
        full.start(QStringLiteral("bash"),
                   {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 0; exec \"$@\""),
                    QStringLiteral("bash"), QStringLiteral(CC_CONSOLE), QStringLiteral("import"), file,
                    QStringLiteral("--store"), store, QStringLiteral("--language"), QStringLiteral("en")});
        QVERIFY(full.waitForFinished(60000));
        QCOMPARE(full.exitStatus(), QProcess::NormalExit);
        const QByteArray fullOut = full.readAllStandardOutput();
        const QByteArray fullErr = full.readAllStandardError();
        QCOMPARE(full.exitCode(), 5);
        QVERIFY2(!fullOut.contains("Imported") && !fullOut.contains("\timported\t"), fullOut.constData());
        // SQLite cannot even open its write-ahead log here: the database is named, nothing imported.
        QVERIFY2(fullErr.contains(QDir::toNativeSeparators(store).toUtf8()), fullErr.constData());
        const Run unchanged = run({QStringLiteral("list")}, {}, store);
        QVERIFY2(!unchanged.out.contains("New one"), unchanged.out.constData());

        const Run skipped = run({QStringLiteral("import"), file, QStringLiteral("--skip-existing")}, {}, store);
        QCOMPARE(skipped.code, 0);
        QVERIFY2(skipped.out.contains("taken\tskipped\tAPI credentials named \"taken\" already exist."),
                 skipped.out.constData());
        QVERIFY2(skipped.out.contains("New one\timported\t"), skipped.out.constData());
        QVERIFY2(skipped.out.contains("Imported: 1, renamed: 0, skipped: 1, rejected: 0."), skipped.out.constData());
        const Run listed = run({QStringLiteral("list")}, {}, store);
        QCOMPARE(listed.out.count('\n'), 201);
        QVERIFY(listed.out.contains("New one\t"));
    }

    // A mistyped command is answered at once, without a display and without opening the store.
    void unknownCommandsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("lsit") << QStringList{QStringLiteral("lsit")}
                              << QStringLiteral("Unknown command \"lsit\". Did you mean \"list\"?");
        QTest::newRow("LIST") << QStringList{QStringLiteral("LIST")}
                              << QStringLiteral("Unknown command \"LIST\". Did you mean \"list\"?");
        QTest::newRow("chek, after options") << QStringList{QStringLiteral("--language"), QStringLiteral("en"),
                                                            QStringLiteral("chek"), QStringLiteral("Fake")}
                                             << QStringLiteral("Unknown command \"chek\". Did you mean \"check\"?");
        QTest::newRow("setup") << QStringList{QStringLiteral("setup")}
                               << QStringLiteral("Unknown command \"setup\". Did you mean \"setup-channel\"?");
        QTest::newRow("imprt") << QStringList{QStringLiteral("imprt"), QStringLiteral("file.json")}
                               << QStringLiteral("Unknown command \"imprt\". Did you mean \"import\"?");
        QTest::newRow("far from any")
            << QStringList{QStringLiteral("frobnicate")}
            << QStringLiteral(
                   "Unknown command \"frobnicate\". The commands are list, check, rotate, send, setup-channel");
        QTest::newRow("escape in it") << QStringList{QStringLiteral("\x1b[2J")}
                                      << QStringLiteral("Unknown command \"\\x1b[2J\". The commands are");
        QTest::newRow("help lsit") << QStringList{QStringLiteral("help"), QStringLiteral("lsit")}
                                   << QStringLiteral("Unknown command \"lsit\". Did you mean \"list\"?");
        QTest::newRow("lsit --help") << QStringList{QStringLiteral("lsit"), QStringLiteral("--help")}
                                     << QStringLiteral("Unknown command \"lsit\". Did you mean \"list\"?");
        QTest::newRow("help exprot") << QStringList{QStringLiteral("help"), QStringLiteral("exprot")}
                                     << QStringLiteral("Unknown command \"exprot\". Did you mean \"export\"?");
        QTest::newRow("in French")
            << QStringList{QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("lsit")}
            << QStringLiteral("Commande inconnue «\u00a0lsit\u00a0». Vouliez-vous dire «\u00a0list\u00a0»\u202f?");
    }

    void unknownCommandsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Run r = runWithoutStore(arguments);
        const QString err = QString::fromUtf8(r.err);
        QCOMPARE(r.code, 2);
        QVERIFY2(err.contains(says), qPrintable(err));
        QVERIFY2(rawControlIn(r.err).isEmpty(), qPrintable(err));
        QCOMPARE(r.out, QByteArray());
    }

    // A command after the options is still that command.
    void commandAfterOptions()
    {
        const QString store =
            storeWith(QStringLiteral("after.json"),
                      {cctest::fakeCredential(cc::infobip::vendor(), QStringLiteral("After options"))});
        QProcess p;
        p.start(QStringLiteral(CC_CONSOLE), {QStringLiteral("--language"), QStringLiteral("en"),
                                             QStringLiteral("--store"), store, QStringLiteral("list")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("After options\tInfobip\t"));
    }

    // Custom credentials: send prints the request before it goes out and the answer after; --dry-run
    // prints it and sends nothing. No secret in either.
    void customSendShowsItsRequest()
    {
        cc::Credential c = cctest::fakeCredential(cc::custom::vendor(), QStringLiteral("Custom CLI"));
        c.values.insert(QStringLiteral("providerUrl"), m_server.url(QStringLiteral("/v1/messages")).toString());
        const QString store = storeWith(QStringLiteral("custom.json"), {c});
        const QByteArray secrets = R"({"apiToken": "FAKE/CLI+KEY-0001"})";
        m_server.clearRecords();
        const Run dry = run({QStringLiteral("send"), QStringLiteral("Custom CLI"), QStringLiteral("--to"),
                             QStringLiteral("+12025550143"), QStringLiteral("--text"), QStringLiteral("Say \"hi\""),
                             QStringLiteral("--dry-run"), QStringLiteral("--secrets-stdin")},
                            secrets, store);
        QVERIFY2(dry.code == 0, dry.err.constData());
        QCOMPARE(m_server.requestCount(), 0);
        QVERIFY2(dry.out.contains("Nothing was sent."), dry.out.constData());
        QVERIFY2(
            dry.out.contains(QByteArray("POST " + m_server.url(QStringLiteral("/v1/messages")).toEncoded() + '\n')),
            dry.out.constData());
        QVERIFY(dry.out.contains("\"text\": \"Say \\\"hi\\\"\""));
        QVERIFY(!dry.out.contains("FAKE/CLI+KEY-0001"));

        m_server.setResponse("POST", QStringLiteral("/v1/messages"),
                             FakeResponse::echoing(200, R"({"messageId": "fake-cli-0001", "echo": "{{echo}}"})"));
        const Run sent = run({QStringLiteral("send"), QStringLiteral("Custom CLI"), QStringLiteral("--to"),
                              QStringLiteral("+12025550143"), QStringLiteral("--text"), QStringLiteral("Hi"),
                              QStringLiteral("--secrets-stdin")},
                             secrets, store);
        QVERIFY2(sent.code == 0, sent.err.constData());
        QCOMPARE(m_server.requestCount(), 1);
        QVERIFY2(sent.out.contains("The request (secrets masked):"), sent.out.constData());
        QVERIFY2(sent.out.contains("The answer (secrets masked):\nHTTP 200"), sent.out.constData());
        QVERIFY(sent.out.contains("fake-cli-0001"));
        QVERIFY2(!sent.out.contains("FAKE/CLI+KEY-0001") && !sent.out.contains("FAKE%2FCLI"), sent.out.constData());

        const Run json = run({QStringLiteral("send"), QStringLiteral("Custom CLI"), QStringLiteral("--to"),
                              QStringLiteral("+12025550143"), QStringLiteral("--text"), QStringLiteral("Hi"),
                              QStringLiteral("--dry-run"), QStringLiteral("--secrets-stdin"), QStringLiteral("--json")},
                             secrets, store);
        QCOMPARE(json.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QStringLiteral("sent")).toBool(true), false);
        QVERIFY(o.value(QStringLiteral("request")).toString().startsWith(QLatin1String("POST ")));
        QCOMPARE(m_server.requestCount(), 1);
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

    // A database holding one Sinch MMS credential (region us unless told) pointed at this server.
    QString mmsStore(const QString &fileName, const FakeVendorServer &server, const QString &region = QString())
    {
        cc::Credential c = cctest::fakeCredential(cc::sinchmms::vendor(), QStringLiteral("MMS app"));
        c.values.insert(QStringLiteral("endpoint"), server.url().toString());
        if (!region.isEmpty())
            c.values.insert(QStringLiteral("region"), region);
        return storeWith(fileName, {c});
    }
    Run setUpChannel(const QString &store, bool json,
                     const QString &webhook = QStringLiteral("https://hooks.example.com/in"))
    {
        QStringList arguments{QStringLiteral("setup-channel"), QStringLiteral("MMS app"),
                              QStringLiteral("--secrets-stdin")};
        if (!webhook.isEmpty())
            arguments << QStringLiteral("--webhook") << webhook;
        if (json)
            arguments << QStringLiteral("--json");
        return run(arguments, kMmsSecrets, store);
    }

    // Run twice, the set-up leaves one webhook: the second run lists the app's webhooks, finds the
    // first run's, says so and sends no POST. Both print the callback URL Sinch documents.
    void setupChannelTwiceMakesOneWebhook()
    {
        FakeVendorServer server;
        FakeSinchConversation sinch(&server, QStringLiteral("fake-project-0001"), QStringLiteral("FAKEAPP0001"));
        const QString store = mmsStore(QStringLiteral("setup-twice.json"), server);

        const Run first = setUpChannel(store, false);
        QVERIFY2(first.code == 0, first.err.constData());
        QVERIFY2(first.out.contains("Created a webhook"), first.out.constData());
        QVERIFY2(first.out.contains(kCallback.toUtf8()), first.out.constData());
        QVERIFY(!first.out.contains("whatsapp-adapter"));
        QCOMPARE(sinch.webhooks().size(), 1);

        server.clearRecords();
        const Run second = setUpChannel(store, true);
        QVERIFY2(second.code == 0, second.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(second.out).object();
        QCOMPARE(o.value(QStringLiteral("callbackUrl")).toString(), kCallback);
        QCOMPARE(o.value(QStringLiteral("webhookReused")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("messageId")).toString(),
                 sinch.webhooks().first().toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(sinch.webhooks().size(), 1);
        for (const cctest::RecordedRequest &r : server.requests())
            QVERIFY2(r.method != "POST", qPrintable(r.path));

        const Run third = setUpChannel(store, false);
        QVERIFY2(third.out.contains("  ✔ Already set up: webhook FAKEHOOK-1"), third.out.constData());
        QCOMPARE(sinch.webhooks().size(), 1);
    }

    void setupChannelNamesSinchsWebhookLimit()
    {
        FakeVendorServer server;
        FakeSinchConversation sinch(&server, QStringLiteral("fake-project-0001"), QStringLiteral("FAKEAPP0001"));
        for (int i = 0; i < FakeSinchConversation::kWebhookLimit; ++i)
            sinch.addWebhook(QStringLiteral("https://hooks.example.com/other-%1").arg(i),
                             {QStringLiteral("MESSAGE_INBOUND")});
        const QString store = mmsStore(QStringLiteral("setup-full.json"), server);
        const Run r = setUpChannel(store, true);
        QCOMPARE(r.code, 12);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("vendor-limit"));
        QVERIFY2(o.value(QStringLiteral("summary")).toString().contains(QStringLiteral("Sinch allows 5 per app")),
                 r.out.constData());
        for (const cctest::RecordedRequest &request : server.requests())
            QCOMPARE(request.method, QByteArray("GET")); // nothing was changed
        QCOMPARE(sinch.webhooks().size(), FakeSinchConversation::kWebhookLimit);
    }

    // Sinch answered with success, but not with what was asked: exit 17, not "invalid input".
    void setupChannelUnexpectedResults_data()
    {
        QTest::addColumn<bool>("ignoreUpdates");
        QTest::addColumn<bool>("masked");
        QTest::addColumn<QString>("says");
        QTest::newRow("read back without an SMS channel") << true << false << QStringLiteral("no SMS channel");
        QTest::newRow("other channels sent back without their secrets")
            << false << true << QStringLiteral("without their secrets");
    }

    void setupChannelUnexpectedResults()
    {
        QFETCH(bool, ignoreUpdates);
        QFETCH(bool, masked);
        QFETCH(QString, says);
        FakeVendorServer server;
        FakeSinchConversation sinch(&server, QStringLiteral("fake-project-0001"), QStringLiteral("FAKEAPP0001"));
        sinch.ignoreUpdates = ignoreUpdates;
        sinch.maskSecretsOnRead = masked;
        const QString store = mmsStore(QStringLiteral("setup-unexpected.json"), server);
        const Run text = setUpChannel(store, false, QString());
        QCOMPARE(text.code, 17);
        QVERIFY2(text.err.contains(says.toUtf8()), text.err.constData());
        const Run json = setUpChannel(store, true, QString());
        QCOMPARE(json.code, 17);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("unexpected-result"));
    }

    void setupChannelForBrazilInventsNoHost()
    {
        FakeVendorServer server;
        FakeSinchConversation sinch(&server, QStringLiteral("fake-project-0001"), QStringLiteral("FAKEAPP0001"));
        const QString store = mmsStore(QStringLiteral("setup-br.json"), server, QStringLiteral("br"));
        const Run json = setUpChannel(store, true, QString());
        QVERIFY2(json.code == 0, json.out.constData());
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QVERIFY(o.contains(QStringLiteral("callbackUrl")));
        QVERIFY(o.value(QStringLiteral("callbackUrl")).isNull());
        QVERIFY(o.value(QStringLiteral("summary"))
                    .toString()
                    .contains(QStringLiteral("gives no SMS callback address for region br")));
        const Run text = setUpChannel(store, false, QString());
        QCOMPARE(text.code, 0);
        QVERIFY(!text.out.contains("adapter"));
    }

    // A Sinch MMS token that is not Base64 of "key id:key secret" is refused before any request,
    // with what it must be: exit 6, from check, import and send alike.
    void aMalformedMmsTokenIsRefusedBeforeAnyRequest()
    {
        FakeVendorServer server;
        FakeSinchConversation sinch(&server, QStringLiteral("fake-project-0001"), QStringLiteral("FAKEAPP0001"));
        const QString store = mmsStore(QStringLiteral("token-form.json"), server);
        const QByteArray rawPair = "apiToken=FAKE-KEY:FAKE-SECRET\nsmsApiToken=FAKE-SMS-API-TOKEN\n";

        const Run check = run({QStringLiteral("check"), QStringLiteral("MMS app"), QStringLiteral("--secrets-stdin")},
                              rawPair, store);
        QCOMPARE(check.code, 6);
        QVERIFY2(check.err.contains("API Token: this looks like the key ID and key secret themselves"),
                 check.err.constData());
        QVERIFY(check.err.contains("base64 -w0"));
        QVERIFY(!check.err.contains("FAKE-KEY:FAKE-SECRET"));
        QVERIFY(!check.err.contains("rejected"));

        const Run send = run({QStringLiteral("send"), QStringLiteral("MMS app"), QStringLiteral("--to"),
                              QStringLiteral("+12025550143"), QStringLiteral("--media-url"),
                              QStringLiteral("https://media.example.com/a.png"), QStringLiteral("--secrets-stdin")},
                             "apiToken=not a token\nsmsApiToken=FAKE-SMS-API-TOKEN\n", store);
        QCOMPARE(send.code, 6);
        QVERIFY2(send.err.contains("API Token: this is not Base64"), send.err.constData());
        QCOMPARE(server.requestCount(), 0);

        const QString file = fileWith(
            QStringLiteral("mms-import.json"),
            R"({"vendor": "sinch-mms", "fields": {"name": "Imported MMS", "projectId": "p", "appId": "a", "servicePlanId": "s"}})");
        const QString importStore = m_dir.filePath(QStringLiteral("token-import.db"));
        const Run imported = run({QStringLiteral("import"), file, QStringLiteral("--secrets-stdin")},
                                 "apiToken=RkFLRS1LRVk=\n", importStore);
        QCOMPARE(imported.code, 6);
        QVERIFY2(imported.err.contains("Entry 1 (\"Imported MMS\") is refused: API Token: this is Base64, but it does "
                                       "not decode to"),
                 imported.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run({QStringLiteral("list"), QStringLiteral("--json")}, {}, importStore).out)
                     .array()
                     .size(),
                 0);
        // The same file with a token of the right form is imported.
        const Run fine = run({QStringLiteral("import"), file, QStringLiteral("--secrets-stdin")},
                             "apiToken=RkFLRS1LRVk6RkFLRS1TRUNSRVQ=\n", importStore);
        QVERIFY2(fine.code == 0, fine.err.constData());
    }

    // send --from on Sinch MMS reaches Sinch as channel_properties.MMS_SENDER; a name is refused.
    void mmsSenderFromTheCommandLine()
    {
        FakeVendorServer server;
        FakeSinchConversation sinch(&server, QStringLiteral("fake-project-0001"), QStringLiteral("FAKEAPP0001"));
        const QString store = mmsStore(QStringLiteral("mms-from.json"), server);
        const auto send = [&](const QString &from) {
            return run({QStringLiteral("send"), QStringLiteral("MMS app"), QStringLiteral("--to"),
                        QStringLiteral("+12025550143"), QStringLiteral("--media-url"),
                        QStringLiteral("https://media.example.com/a.png"), QStringLiteral("--from"), from,
                        QStringLiteral("--secrets-stdin"), QStringLiteral("--json")},
                       kMmsSecrets, store);
        };
        const Run sent = send(QStringLiteral("12345"));
        QVERIFY2(sent.code == 0, sent.out.constData());
        QCOMPARE(sinch.lastMmsSender(), QStringLiteral("12345"));
        server.clearRecords();
        const Run named = send(QStringLiteral("Acme"));
        QCOMPARE(named.code, 6);
        QVERIFY2(QJsonDocument::fromJson(named.out)
                     .object()
                     .value(QStringLiteral("summary"))
                     .toString()
                     .startsWith(QStringLiteral("Sender: ")),
                 named.out.constData());
        QCOMPARE(server.requestCount(), 0);
    }

    // Two scripts importing at once, each credential with its secret, into one database: every
    // credential is there with its secret in the keychain, and no keychain entry is left over.
    void twoImportLoopsWithSecretsLoseNothing()
    {
        constexpr int kEach = 12;
        const QString store = m_dir.filePath(QStringLiteral("loops.db"));
        QStringList scripts;
        for (const QString &loop : {QStringLiteral("left"), QStringLiteral("right")}) {
            for (int i = 0; i < kEach; ++i) {
                fileWith(QStringLiteral("%1-%2.json").arg(loop).arg(i),
                         QStringLiteral("{\"format\": \"channel-console/export\", \"version\": 1, \"credentials\": "
                                        "[{\"vendor\": \"infobip\", \"fields\": {\"name\": \"%1 %2\", \"baseUrl\": "
                                        "\"https:\\/\\/fake.api.infobip.example\"}}]}")
                             .arg(loop)
                             .arg(i)
                             .toUtf8());
            }
            scripts << QStringLiteral("for i in $(seq 0 %1); do echo \"apiKey=FAKE-%2-$i\" | \"%3\" import "
                                      "\"%4/%2-$i.json\" --secrets-stdin --store \"%5\" --language en || exit 1; done")
                           .arg(kEach - 1)
                           .arg(loop, QStringLiteral(CC_CONSOLE), m_dir.path(), store);
        }
        QProcess left;
        QProcess right;
        left.start(QStringLiteral("bash"), {QStringLiteral("-c"), scripts.at(0)});
        right.start(QStringLiteral("bash"), {QStringLiteral("-c"), scripts.at(1)});
        QVERIFY(left.waitForFinished(120000));
        QVERIFY(right.waitForFinished(120000));
        QVERIFY2(left.exitCode() == 0, left.readAllStandardError().constData());
        QVERIFY2(right.exitCode() == 0, right.readAllStandardError().constData());

        cc::CredentialStore stored(store);
        QVERIFY(stored.load().ok());
        QCOMPARE(stored.credentials().size(), 2 * kEach);
        for (const cc::Credential &c : stored.credentials()) {
            QCOMPARE(c.secretsSet, QStringList{QStringLiteral("apiKey")});
            const QString loop = c.name().section(QLatin1Char(' '), 0, 0);
            const QString i = c.name().section(QLatin1Char(' '), 1, 1);
            QCOMPARE(lookup(cc::SecretStore::keyFor(c.id, QStringLiteral("apiKey"))),
                     QStringLiteral("FAKE-%1-%2").arg(loop, i));
        }
        QVERIFY(stored.orphanedSecretEntries().isEmpty());
    }

    // channel-console --help, -h and help: every command in a line, the global options and where the
    // exit codes are; without a display and without the database.
    void helpListsEveryCommand()
    {
        QByteArray first;
        for (const char *form : {"--help", "-h", "help"}) {
            const Run r =
                runWithoutStore({QString::fromLatin1(form), QStringLiteral("--language"), QStringLiteral("en")});
            QCOMPARE(r.code, 0);
            QCOMPARE(r.err, QByteArray());
            if (first.isEmpty())
                first = r.out;
            QCOMPARE(r.out, first); // the three forms say the same
        }
        const QList<QByteArray> lines = first.split('\n');
        const auto lineOf = [&lines](const QByteArray &start) {
            return std::count_if(lines.begin(), lines.end(), [&](const QByteArray &l) { return l.startsWith(start); });
        };
        for (const char *command : {"list", "check", "rotate", "send", "setup-channel", "import", "export", "help"})
            QVERIFY2(lineOf(QByteArray("  ") + command + ' ') == 1, command); // one line each
        QVERIFY(first.contains("\n  --store <file> "));
        QVERIFY(first.contains("\n  --language <language> "));
        QVERIFY(first.contains("-h, --help"));
        QVERIFY(first.contains("channel-console help exit-codes"));
        QVERIFY(first.contains("channel-console help <command>"));
        for (const QByteArray &line : lines)
            QVERIFY2(line.size() <= 80, line.constData());

        const Run french =
            runWithoutStore({QStringLiteral("help"), QStringLiteral("--language"), QStringLiteral("fr")});
        QCOMPARE(french.code, 0);
        const QString text = QString::fromUtf8(french.out);
        QVERIFY2(text.contains(QStringLiteral("Commandes\u00a0:")), qPrintable(text));
        QVERIFY2(text.simplified().contains(
                     QStringLiteral("Exporter des informations d’identification de l’API dans un fichier")),
                 qPrintable(text));
        const Run dutch = runWithoutStore({QStringLiteral("-h"), QStringLiteral("--language"), QStringLiteral("nl")});
        QCOMPARE(dutch.code, 0);
        QVERIFY2(QString::fromUtf8(dutch.out).contains(QStringLiteral("Opdrachten:")), dutch.out.constData());
    }

    // help COMMAND, COMMAND --help and COMMAND -h: the command's usage and exactly its options, the
    // global ones besides; in the language asked for.
    void eachCommandHasItsHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("list") << QStringLiteral("list")
                              << QStringList{QStringLiteral("--max-secret-age <days>"), QStringLiteral("--json")};
        QTest::newRow("rotate") << QStringLiteral("rotate")
                                << QStringList{QStringLiteral("--secrets-stdin"), QStringLiteral("--json")};
        QTest::newRow("check") << QStringLiteral("check")
                               << QStringList{QStringLiteral("--secrets-stdin"), QStringLiteral("--json")};
        QTest::newRow("send") << QStringLiteral("send") << QStringList{QStringLiteral("--to <number>"),
                                                                       QStringLiteral("--text <text>"),
                                                                       QStringLiteral("--media-url <url>"),
                                                                       QStringLiteral("--from <sender>"),
                                                                       QStringLiteral("--dry-run"),
                                                                       QStringLiteral("--secrets-stdin"),
                                                                       QStringLiteral("--json")};
        QTest::newRow("setup-channel") << QStringLiteral("setup-channel")
                                       << QStringList{QStringLiteral("--webhook <url>"),
                                                      QStringLiteral("--secrets-stdin"), QStringLiteral("--json")};
        QTest::newRow("import") << QStringLiteral("import")
                                << QStringList{QStringLiteral("--skip-existing"), QStringLiteral("--secrets-stdin"),
                                               QStringLiteral("--json")};
        QTest::newRow("export") << QStringLiteral("export")
                                << QStringList{QStringLiteral("--all"), QStringLiteral("--json")};
        QTest::newRow("help") << QStringLiteral("help") << QStringList{};
    }

    void eachCommandHasItsHelp()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, options);
        const Run help =
            runWithoutStore({QStringLiteral("help"), command, QStringLiteral("--language"), QStringLiteral("en")});
        QCOMPARE(help.code, 0);
        QCOMPARE(help.err, QByteArray());
        QVERIFY2(help.out.startsWith(QByteArray("Usage: channel-console " + command.toUtf8() + ' ')) ||
                     help.out.startsWith(QByteArray("Usage: channel-console " + command.toUtf8() + '\n')),
                 help.out.constData());
        for (const char *form : {"--help", "-h"}) {
            const Run same = runWithoutStore(
                {command, QString::fromLatin1(form), QStringLiteral("--language"), QStringLiteral("en")});
            QCOMPARE(same.code, 0);
            QCOMPARE(same.out, help.out);
        }
        const QString text = QString::fromUtf8(help.out);
        for (const QString &option : options)
            QVERIFY2(text.contains(QStringLiteral("\n  ") + option + QLatin1Char(' ')), qPrintable(option));
        for (const QString &global :
             {QStringLiteral("--store <file>"), QStringLiteral("--language <language>"), QStringLiteral("-h, --help")})
            QVERIFY2(text.contains(QStringLiteral("\n  ") + global), qPrintable(global));
        // No option of another command.
        static const QRegularExpression option(QStringLiteral("\n  (--[a-z-]+)"));
        for (auto it = option.globalMatch(text); it.hasNext();) {
            const QString name = it.next().captured(1);
            const bool own = std::any_of(options.begin(), options.end(), [&name](const QString &o) {
                return o.section(QLatin1Char(' '), 0, 0) == name;
            });
            QVERIFY2(own || name == QLatin1String("--store") || name == QLatin1String("--language"), qPrintable(name));
        }
        QVERIFY(text.contains(QStringLiteral("channel-console help exit-codes")));

        const Run french =
            runWithoutStore({command, QStringLiteral("--help"), QStringLiteral("--language"), QStringLiteral("fr")});
        QCOMPARE(french.code, 0);
        QVERIFY2(french.out.startsWith(QByteArray("Utilisation\xc2\xa0: channel-console " + command.toUtf8())),
                 french.out.constData());
    }

    void helpSaysWhatEachExitCodeMeans()
    {
        const Run r = runWithoutStore(
            {QStringLiteral("help"), QStringLiteral("exit-codes"), QStringLiteral("--language"), QStringLiteral("en")});
        QCOMPARE(r.code, 0);
        // The README's table ("| 17 | ...") and the help list the same codes.
        QFile readme(QStringLiteral(CC_README));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QRegularExpression readmeRow(QStringLiteral("^\\| (\\d+) \\|"), QRegularExpression::MultilineOption);
        QList<int> documented;
        for (const QRegularExpressionMatch &m : readmeRow.globalMatch(QString::fromUtf8(readme.readAll())))
            documented << m.captured(1).toInt();
        QVERIFY2(documented.contains(17) && documented.size() >= 15, "the README's table of exit codes is not found");
        const QRegularExpression helpRow(QStringLiteral("^ {2,3}(\\d+)  "), QRegularExpression::MultilineOption);
        QList<int> helped;
        for (const QRegularExpressionMatch &m : helpRow.globalMatch(QString::fromUtf8(r.out)))
            helped << m.captured(1).toInt();
        QCOMPARE(helped, documented);
        QVERIFY(r.out.contains("a secret is missing"));
        QVERIFY(r.out.contains("unexpected-result"));
    }

    // Whatever a command cannot take is refused before the database is opened, naming what is wrong.
    void usageErrorsAreSaidWithoutTheDatabase_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        const auto row = [](const char *name, const QStringList &arguments, const char *says) {
            QTest::newRow(name) << arguments << QString::fromUtf8(says);
        };
        const QString to = QStringLiteral("+12025550143");
        row("mistyped option", {QStringLiteral("list"), QStringLiteral("--jsn")},
            "The command list has no option --jsn. Did you mean --json?");
        row("another command's option", {QStringLiteral("check"), QStringLiteral("Fake"), QStringLiteral("--to"), to},
            "The command check has no option --to. See: channel-console help check");
        row("a window option", {QStringLiteral("list"), QStringLiteral("--screenshot"), QStringLiteral("a.png")},
            "The command list has no option --screenshot.");
        row("no value",
            {QStringLiteral("send"), QStringLiteral("Fake"), QStringLiteral("--text"), QStringLiteral("Hi"),
             QStringLiteral("--to")},
            "The option --to needs a value: --to <number>.");
        row("an option for a value",
            {QStringLiteral("send"), QStringLiteral("Fake"), QStringLiteral("--to"), QStringLiteral("--json"),
             QStringLiteral("--text"), QStringLiteral("Hi")},
            "The option --to needs a value");
        row("twice",
            {QStringLiteral("send"), QStringLiteral("Fake"), QStringLiteral("--to"), to, QStringLiteral("--to"), to,
             QStringLiteral("--text"), QStringLiteral("Hi")},
            "The option --to is given twice; give it once.");
        row("a value for a flag", {QStringLiteral("list"), QStringLiteral("--json=yes")},
            "The option --json takes no value; give it without \"=yes\".");
        row("an argument too many", {QStringLiteral("list"), QStringLiteral("extra")},
            "The command list takes no argument, but \"extra\" was given.");
        row("a name without quotes", {QStringLiteral("check"), QStringLiteral("My"), QStringLiteral("Sinch")},
            "\"Sinch\" is one too many (put a name with spaces in quotes)");
        row("no name", {QStringLiteral("check")}, "The command check needs the name or id of the API credentials.");
        row("no file", {QStringLiteral("export")}, "The command export needs the file to write");
        row("no recipient",
            {QStringLiteral("send"), QStringLiteral("Fake"), QStringLiteral("--text"), QStringLiteral("Hi")},
            "The command send needs --to <number>");
        row("--json with -", {QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--json")},
            "--json cannot be used with -");
        row("--all with names",
            {QStringLiteral("export"), QStringLiteral("out.json"), QStringLiteral("Fake"), QStringLiteral("--all")},
            "give names or --all, not both");
        row("a language that is none", {QStringLiteral("list"), QStringLiteral("--language"), QStringLiteral("xx")},
            "Unknown language \"xx\": use en, fr or nl.");
        row("help of two", {QStringLiteral("help"), QStringLiteral("list"), QStringLiteral("check")},
            "The command help takes one command at most.");
        row("rotate without standard input",
            {QStringLiteral("rotate"), QStringLiteral("Fake"), QStringLiteral("apiToken")},
            "The command rotate needs --secrets-stdin: the new value is read from standard input, never from the "
            "command line.");
        row("rotate without the field",
            {QStringLiteral("rotate"), QStringLiteral("Fake"), QStringLiteral("--secrets-stdin")},
            "The command rotate needs the name or id of the API credentials and the secret field to replace.");
        row("an age that is no number",
            {QStringLiteral("list"), QStringLiteral("--max-secret-age"), QStringLiteral("ninety")},
            "--max-secret-age takes a number of days, 1 or more; \"ninety\" is not one.");
        row("an age of 0", {QStringLiteral("list"), QStringLiteral("--max-secret-age"), QStringLiteral("0")},
            "--max-secret-age takes a number of days, 1 or more");
    }

    void usageErrorsAreSaidWithoutTheDatabase()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        if (!arguments.contains(QStringLiteral("--language")))
            arguments << QStringLiteral("--language") << QStringLiteral("en");
        const Run r = runWithoutStore(arguments);
        QCOMPARE(r.code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
        if (!arguments.contains(QStringLiteral("--json"))) {
            QCOMPARE(r.out, QByteArray());
            return;
        }
        verifyFailureJson(r.out, QStringLiteral("usage"), says); // with --json, the same as a JSON object
    }

    // export writes what the window's "Export selected" writes: the settings, never a secret (the real
    // keychain holds each), readable by its owner only; imported into an empty store, they are the
    // same credentials.
    void exportThenImportGivesTheSameCredentials()
    {
        const QString source = storeWithSecrets(
            QStringLiteral("export-source.db"),
            {{entry("sinch", QStringLiteral("Export Sinch"),
                    {{QStringLiteral("serviceId"), QStringLiteral("fake-plan-0001")},
                     {QStringLiteral("region"), QStringLiteral("eu")},
                     {QStringLiteral("optOutKeywords"), QStringLiteral("STOP, ARRET")}}),
              "apiToken=FAKE-EXPORT-SECRET-1"},
             {entry("sinch-mms", QStringLiteral("Export MMS"),
                    {{QStringLiteral("projectId"), QStringLiteral("fake-project-0001")},
                     {QStringLiteral("appId"), QStringLiteral("FAKEAPP0001")},
                     {QStringLiteral("servicePlanId"), QStringLiteral("fake-plan-0001")}}),
              R"({"apiToken": "RkFLRS1FWFBPUlQtS0VZOkZBS0UtRVhQT1JULVNFQ1JFVC0y", "smsApiToken": "FAKE-EXPORT-SECRET-3"})"},
             {entry("infobip", QStringLiteral("Export Infobip"), {{QStringLiteral("validityPeriod"), 6}}),
              "apiKey=FAKE-EXPORT-SECRET-4"}});
        const QString mmsId = idOf(source, QStringLiteral("Export MMS"));
        QCOMPARE(lookup(cc::SecretStore::keyFor(mmsId, QStringLiteral("smsApiToken"))),
                 QStringLiteral("FAKE-EXPORT-SECRET-3")); // the secrets are there to leak

        const QString file = m_dir.filePath(QStringLiteral("exported.json"));
        const Run exported = run({QStringLiteral("export"), file}, {}, source);
        QVERIFY2(exported.code == 0, exported.err.constData());
        QCOMPARE(exported.out, "Exported 3 API credentials without their secrets to " +
                                   QDir::toNativeSeparators(file).toUtf8() + ".\n");
        QCOMPARE(QFile::permissions(file) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray written = f.readAll();
        QVERIFY2(!written.contains("FAKE-EXPORT-SECRET"), written.constData());
        QVERIFY(!written.contains("apiToken") && !written.contains("apiKey"));
        const QJsonArray fileEntries =
            QJsonDocument::fromJson(written).object().value(QStringLiteral("credentials")).toArray();
        QCOMPARE(fileEntries.size(), 3);

        // To standard output: the same entries.
        const Run toStdout = run({QStringLiteral("export"), QStringLiteral("-")}, {}, source);
        QCOMPARE(toStdout.code, 0);
        QVERIFY(!toStdout.out.contains("FAKE-EXPORT-SECRET"));
        QCOMPARE(QJsonDocument::fromJson(toStdout.out).object().value(QStringLiteral("credentials")).toArray(),
                 fileEntries);

        const QString target = m_dir.filePath(QStringLiteral("export-target.db"));
        const Run imported = run({QStringLiteral("import"), file}, {}, target);
        QVERIFY2(imported.code == 0, imported.err.constData());
        cc::CredentialStore before(source);
        cc::CredentialStore after(target);
        QVERIFY(before.load().ok() && after.load().ok());
        QCOMPARE(after.credentials().size(), before.credentials().size());
        for (qsizetype i = 0; i < before.credentials().size(); ++i) {
            const cc::Credential &a = before.credentials().at(i);
            const cc::Credential &b = after.credentials().at(i);
            QCOMPARE(b.vendor, a.vendor);
            QCOMPARE(b.values, a.values);
            QVERIFY(b.secretsSet.isEmpty()); // secrets never travel: they are entered again
            QVERIFY(b.id != a.id);
        }

        // Each exported credential is in the activity log, with where it went.
        const QVector<cc::ActivityLog::Entry> log = cc::ActivityLog(source).read();
        const auto exports = std::count_if(log.begin(), log.end(), [&file](const cc::ActivityLog::Entry &e) {
            return e.action == cc::ActivityLog::Action::Export && e.event.code == QLatin1String("export.written") &&
                   e.text() == QDir::toNativeSeparators(file);
        });
        QCOMPARE(exports, 3);
    }

    // By name or id, in the list's order; a name that is none exports nothing; a file that cannot be
    // written says so.
    void exportChoosesByNameAndSaysWhatWentWrong()
    {
        const QString source = m_dir.filePath(QStringLiteral("export-source.db"));
        const QString infobipId = idOf(source, QStringLiteral("Export Infobip"));
        QVERIFY(!infobipId.isEmpty());
        const QString file = m_dir.filePath(QStringLiteral("two.json"));
        const Run two =
            run({QStringLiteral("export"), file, infobipId, QStringLiteral("export mms"), QStringLiteral("--json")}, {},
                source);
        QVERIFY2(two.code == 0, two.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(two.out).object();
        QCOMPARE(report.value(QStringLiteral("file")).toString(), QDir::toNativeSeparators(file));
        QCOMPARE(report.value(QStringLiteral("exported")).toArray().size(), 2);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray entries =
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("credentials")).toArray();
        QCOMPARE(entries.size(), 2);
        // In the list's order, by name: "Export Infobip" before "Export MMS", whatever the arguments' order.
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("vendor")).toString(), QStringLiteral("infobip"));
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("vendor")).toString(), QStringLiteral("sinch-mms"));

        const QString none = m_dir.filePath(QStringLiteral("none.json"));
        const Run missing =
            run({QStringLiteral("export"), none, QStringLiteral("Export MMS"), QStringLiteral("Nobody")}, {}, source);
        QCOMPARE(missing.code, 3);
        QVERIFY2(missing.err.contains("No API credentials named \"Nobody\""), missing.err.constData());
        QVERIFY(!QFile::exists(none));

        const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/out.json"));
        const Run unwritable = run({QStringLiteral("export"), nowhere}, {}, source);
        QCOMPARE(unwritable.code, 1);
        QVERIFY2(unwritable.err.startsWith(QByteArray("Cannot write " + QDir::toNativeSeparators(nowhere).toUtf8())),
                 unwritable.err.constData());
        QVERIFY(!QFile::exists(nowhere));
    }

    // A secret that is missing is exit code 4, whether it was never entered, vanished from the
    // keychain, or is not on standard input; nothing reaches the vendor.
    void aMissingSecretIsTheKeychainsExitCode()
    {
        m_server.clearRecords();
        m_server.setDefaultResponse(FakeResponse::json(200, "{}"));
        const QString store = storeWithSecrets(
            QStringLiteral("missing.db"),
            {{entry("sinch", QStringLiteral("Gone"), {{QStringLiteral("serviceId"), QStringLiteral("fake-plan-0001")}}),
              "apiToken=FAKE-GONE-TOKEN"},
             {entry("sinch-mms", QStringLiteral("Half"),
                    {{QStringLiteral("projectId"), QStringLiteral("fake-project-0001")},
                     {QStringLiteral("appId"), QStringLiteral("FAKEAPP0001")},
                     {QStringLiteral("servicePlanId"), QStringLiteral("fake-plan-0001")}}),
              "apiToken=RkFLRS1IQUxGLUtFWTpGQUtFLUhBTEYtU0VDUkVU"}});
        const QString never =
            fileWith(QStringLiteral("never.json"),
                     QJsonDocument(entry("sinch", QStringLiteral("Never"),
                                         {{QStringLiteral("serviceId"), QStringLiteral("fake-plan-0001")}}))
                         .toJson());
        QCOMPARE(run({QStringLiteral("import"), never}, {}, store).code, 0);
        forget(cc::SecretStore::keyFor(idOf(store, QStringLiteral("Gone")), QStringLiteral("apiToken")));
        m_server.clearRecords();

        const QStringList send{QStringLiteral("--to"), QStringLiteral("+12025550143"), QStringLiteral("--text"),
                               QStringLiteral("Hi")};
        for (const QString &name : {QStringLiteral("Never"), QStringLiteral("Gone"), QStringLiteral("Half")}) {
            const Run check = run({QStringLiteral("check"), name}, {}, store);
            QVERIFY2(check.code == 4, qPrintable(name + QLatin1Char(' ') + QString::fromUtf8(check.err)));
            QStringList arguments = QStringList{QStringLiteral("send"), name} + send;
            if (name == QLatin1String("Half")) // Sinch MMS: an MMS, with its media
                arguments << QStringLiteral("--media-url") << QStringLiteral("https://media.example.com/a.png");
            const Run sent = run(arguments, {}, store);
            QVERIFY2(sent.code == 4, qPrintable(name + QLatin1Char(' ') + QString::fromUtf8(sent.err)));
            const Run json = run({QStringLiteral("check"), name, QStringLiteral("--json")}, {}, store);
            QCOMPARE(json.code, 4);
            QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("ok")).toBool(true), false);
        }
        QVERIFY(run({QStringLiteral("check"), QStringLiteral("Never")}, {}, store)
                    .err.contains("The field “API Token” is empty. Fill it in in the credential's form"));
        QVERIFY(run({QStringLiteral("check"), QStringLiteral("Gone")}, {}, store)
                    .err.contains("not found in the system keychain"));
        QVERIFY(run({QStringLiteral("check"), QStringLiteral("Half")}, {}, store)
                    .err.contains("The field “SMS API Token” is empty."));
        // One sentence in each language, the field's label in quotes within it.
        const Run french =
            run({QStringLiteral("check"), QStringLiteral("Never"), QStringLiteral("--language"), QStringLiteral("fr")},
                {}, store);
        QCOMPARE(french.code, 4);
        QVERIFY2(
            QString::fromUtf8(french.err)
                .contains(QStringLiteral("Le champ «\u00a0Jeton API\u00a0» est vide. Remplissez-le dans le "
                                         "formulaire des informations d’identification de l’API, puis réessayez.")),
            french.err.constData());
        const Run dutch =
            run({QStringLiteral("check"), QStringLiteral("Never"), QStringLiteral("--language"), QStringLiteral("nl")},
                {}, store);
        QCOMPARE(dutch.code, 4);
        QVERIFY2(dutch.err.contains("Het veld “API-token” is leeg."), dutch.err.constData());

        // From standard input: one the vendor requires is not there (4); one it has not is named (2).
        const Run half = run({QStringLiteral("check"), QStringLiteral("Half"), QStringLiteral("--secrets-stdin")},
                             "apiToken=RkFLRS1IQUxGLUtFWTpGQUtFLUhBTEYtU0VDUkVU\n", store);
        QCOMPARE(half.code, 4);
        QVERIFY2(half.err.contains("The field \"SMS API Token\" of \"Half\" is not on standard input"),
                 half.err.constData());
        const Run typo = run({QStringLiteral("check"), QStringLiteral("Gone"), QStringLiteral("--secrets-stdin")},
                             "apitoken=FAKE-GONE-TOKEN\n", store);
        QCOMPARE(typo.code, 2);
        QVERIFY2(typo.err.contains(
                     "Standard input holds \"apitoken\", which is no secret of Sinch API credentials: give apiToken."),
                 typo.err.constData());
        QCOMPARE(m_server.requestCount(), 0);
    }

    // An option the credential's vendor cannot honour is refused, naming the option and the vendor,
    // as a usage error; nothing is sent.
    void optionsTheVendorCannotHonourAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        const QStringList to{QStringLiteral("--to"), QStringLiteral("+12025550143")};
        const QStringList media{QStringLiteral("--media-url"), QStringLiteral("https://media.example.com/a.png")};
        const QStringList text{QStringLiteral("--text"), QStringLiteral("Hi")};
        QTest::newRow("sinch, --media-url")
            << QStringList{QStringLiteral("send"), QStringLiteral("Honour Sinch")} + to + text + media
            << QStringLiteral("--media-url cannot be used with \"Honour Sinch\": Sinch cannot send MMS with these API "
                              "credentials. Nothing was sent.");
        QTest::newRow("infobip, --media-url")
            << QStringList{QStringLiteral("send"), QStringLiteral("Honour Infobip"), QStringLiteral("--json")} + to +
                   media
            << QStringLiteral("--media-url cannot be used with \"Honour Infobip\": Infobip cannot send MMS");
        QTest::newRow("sinch mms without media")
            << QStringList{QStringLiteral("send"), QStringLiteral("Honour MMS")} + to + text
            << QStringLiteral("\"Honour MMS\" are Sinch MMS API credentials, which send MMS only: give the media's "
                              "https address with --media-url");
        QTest::newRow("sinch, setup-channel")
            << QStringList{QStringLiteral("setup-channel"), QStringLiteral("Honour Sinch")}
            << QStringLiteral("\"Honour Sinch\" are Sinch API credentials, which have no channel to set up: "
                              "setup-channel works with API credentials of Sinch MMS and Sinch RCS.");
        QTest::newRow("in French") << QStringList{QStringLiteral("send"), QStringLiteral("Honour Sinch"),
                                                  QStringLiteral("--language"), QStringLiteral("fr")} +
                                          to + text + media
                                   << QStringLiteral("--media-url ne peut pas être utilisé avec «\u00a0Honour "
                                                     "Sinch\u00a0»\u00a0: Sinch ne peut pas envoyer de MMS");
    }

    void optionsTheVendorCannotHonourAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const QString store = m_dir.filePath(QStringLiteral("honour.db"));
        if (!QFile::exists(store)) {
            storeWithSecrets(
                QStringLiteral("honour.db"),
                {{entry("sinch", QStringLiteral("Honour Sinch"),
                        {{QStringLiteral("serviceId"), QStringLiteral("fake-plan-0001")}}),
                  "apiToken=FAKE-HONOUR-1"},
                 {entry("infobip", QStringLiteral("Honour Infobip"), {}), "apiKey=FAKE-HONOUR-2"},
                 {entry("sinch-mms", QStringLiteral("Honour MMS"),
                        {{QStringLiteral("projectId"), QStringLiteral("fake-project-0001")},
                         {QStringLiteral("appId"), QStringLiteral("FAKEAPP0001")},
                         {QStringLiteral("servicePlanId"), QStringLiteral("fake-plan-0001")}}),
                  R"({"apiToken": "RkFLRS1IT05PVVItS0VZOkZBS0UtSE9OT1VSLTM=", "smsApiToken": "FAKE-HONOUR-4"})"}});
        }
        m_server.clearRecords();
        m_server.setDefaultResponse(FakeResponse::json(200, "{}"));
        const Run r = run(arguments, {}, store);
        QCOMPARE(r.code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
        // Nothing on standard output, or with --json the refusal as a JSON object.
        if (arguments.contains(QStringLiteral("--json")))
            QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("error")).toString(),
                     QStringLiteral("usage"));
        else
            QCOMPARE(r.out, QByteArray());
        QCOMPARE(m_server.requestCount(), 0);
    }

    // detect-region: every region of the vendor asked at once, a table of what each said, and --apply
    // sets the one that accepted; never a message sent.
    // A store of Sinch credentials in region us, with these names, whose endpoint asks per {region};
    // the fake vendor accepts them in eu only.
    QString storeInTheWrongRegion(const QString &fileName, const QStringList &names)
    {
        QVector<std::pair<QJsonObject, QByteArray>> entries;
        for (const QString &name : names)
            entries.append({regionEntry(name), "apiToken=FAKE-TOKEN-REGION\n"});
        const QString store = storeWithSecrets(fileName, entries);
        m_server.setDefaultResponse(
            cctest::FakeResponse::json(401, R"({"code":"unauthorized","text":"Invalid credentials"})"));
        m_server.setResponse("GET", QStringLiteral("/eu/xms/v1/fake-plan-0001/batches"),
                             cctest::FakeResponse::json(200, R"({"batches":[],"page":0,"page_size":1,"count":0})"));
        m_server.clearRecords();
        return store;
    }

    void detectRegionFindsTheAccountsRegion()
    {
        const QString store = storeInTheWrongRegion(QStringLiteral("regions.json"), {QStringLiteral("Region Sinch")});

        Run r = run({QStringLiteral("detect-region"), QStringLiteral("Region Sinch")}, {}, store);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("eu") && r.out.contains("accepted") && r.out.contains("rejected") &&
                     r.out.contains("(HTTP 401)") && r.out.contains("--apply"),
                 r.out.constData());
        QCOMPARE(m_server.requestCount(), 5);
        for (const cctest::RecordedRequest &q : m_server.requests())
            QCOMPARE(q.method, QByteArray("GET")); // read-only: nothing sent

        r = run({QStringLiteral("detect-region"), QStringLiteral("Region Sinch"), QStringLiteral("--json")}, {}, store);
        QCOMPARE(r.code, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("accepted")).toString(), QStringLiteral("eu"));
        QCOMPARE(o.value(QStringLiteral("applied")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("region")).toString(), QStringLiteral("us"));
        QCOMPARE(o.value(QStringLiteral("regions")).toArray().size(), 5);
        QVERIFY(!r.out.contains("FAKE-TOKEN-REGION"));

        r = run({QStringLiteral("detect-region"), QStringLiteral("Region Sinch"), QStringLiteral("--apply"),
                 QStringLiteral("--language"), QStringLiteral("fr")},
                {}, store);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("eu") && r.out.contains("accepté"), r.out.constData());
        cc::CredentialStore stored(cc::Session::databasePathFor(store));
        QVERIFY(stored.load().ok());
        QCOMPARE(stored.count(), 1);
        QCOMPARE(stored.at(0)->text(QStringLiteral("region")), QStringLiteral("eu"));

        // No region accepts: the rejection's exit code, and the region is left as it is.
        m_server.setResponse("GET", QStringLiteral("/eu/xms/v1/fake-plan-0001/batches"),
                             cctest::FakeResponse::json(401, R"({"code":"unauthorized","text":"no"})"));
        r = run({QStringLiteral("detect-region"), QStringLiteral("Region Sinch"), QStringLiteral("--apply")}, {},
                store);
        QCOMPARE(r.code, int(cc::Cli::VendorAuth));
        QVERIFY(!r.err.isEmpty());
        m_server.setDefaultResponse(cctest::FakeResponse::json(404, R"({"error":"no route"})"));
    }

    // The command detect-region says to set the region is one to paste into a shell: a name with a
    // space, a quote or a $ is quoted as the shell needs (one the shell would misread otherwise, a
    // leading "-" or a control character, is given by its id).
    void detectRegionsHintPastesIntoAShell()
    {
        const QStringList names{QStringLiteral("EU Sinch"), QStringLiteral("Bob's \"Sinch\" $HOME `id`"),
                                QStringLiteral("Plain.Sinch")};
        const QString store = storeInTheWrongRegion(QStringLiteral("quoted.json"), names);
        for (const QString &name : names) {
            const Run r = run({QStringLiteral("detect-region"), name}, {}, store);
            QCOMPARE(r.code, 0);
            const QString out = QString::fromUtf8(r.out);
            const qsizetype at = out.indexOf(QStringLiteral("To set it: channel-console "));
            QVERIFY2(at >= 0, r.out.constData());
            const QString hint = out.mid(at + 11).section(QLatin1Char('\n'), 0, 0);
            if (name == QLatin1String("Plain.Sinch"))
                QCOMPARE(hint, QStringLiteral("channel-console detect-region Plain.Sinch --apply"));
            // The hint as pasted, with this build's program and store; the fake vendor answers meanwhile.
            const cctest::ConsoleRun shell =
                cctest::runConsole(QStringLiteral("/bin/sh"),
                                   {QStringLiteral("-c"),
                                    QStringLiteral("\"$0\" ") + hint.mid(int(qstrlen("channel-console "))) +
                                        QStringLiteral(" --store \"$1\" --language en"),
                                    QStringLiteral(CC_CONSOLE), store},
                                   {});
            QVERIFY2(shell.code == 0, qPrintable(hint + QLatin1Char(' ') + QString::fromUtf8(shell.err)));
            QVERIFY2(shell.out.contains("Region set to eu."), qPrintable(hint));
            cc::CredentialStore stored(cc::Session::databasePathFor(store));
            QVERIFY(stored.load().ok());
            for (const cc::Credential &c : stored.credentials())
                QCOMPARE(c.text(QStringLiteral("region")),
                         c.name() == name || names.indexOf(c.name()) < names.indexOf(name) ? QStringLiteral("eu")
                                                                                           : QStringLiteral("us"));
        }
        m_server.setDefaultResponse(cctest::FakeResponse::json(404, R"({"error":"no route"})"));
    }

    void detectRegionRefusesWhatHasNoRegions()
    {
        const QString store = storeWithSecrets(
            QStringLiteral("noregions.json"),
            {{entry("infobip", QStringLiteral("Plain Infobip"), {}), "apiKey=FAKE-KEY-REGION\n"},
             {entry("sinch", QStringLiteral("Fixed Sinch"), {{QStringLiteral("serviceId"), QStringLiteral("x")}}),
              "apiToken=FAKE-TOKEN-FIXED\n"}});
        m_server.clearRecords();
        Run r = run({QStringLiteral("detect-region"), QStringLiteral("Plain Infobip")}, {}, store);
        QCOMPARE(r.code, int(cc::Cli::Usage));
        QVERIFY(r.err.contains("Infobip"));
        r = run({QStringLiteral("detect-region"), QStringLiteral("Fixed Sinch")}, {}, store);
        QCOMPARE(r.code, int(cc::Cli::Usage));
        QVERIFY(r.err.contains("{region}"));
        QCOMPARE(m_server.requestCount(), 0);
    }

    // rotate: the new value from standard input is checked with the vendor first and replaces the old
    // one in the real keychain only when the vendor accepts it; each refusal has its exit code.
    void rotateReplacesASecretOnlyWhenTheVendorAcceptsIt()
    {
        m_server.clearRecords();
        const QString store = storeWithSecrets(
            QStringLiteral("rotate.db"), {{entry("sinch", QStringLiteral("Rotating"),
                                                 {{QStringLiteral("serviceId"), QStringLiteral("fake-plan-0001")}}),
                                           "apiToken=FAKE-TOKEN-ROTATE-OLD"},
                                          {entry("sinch", QStringLiteral("Bystander"),
                                                 {{QStringLiteral("serviceId"), QStringLiteral("fake-plan-0001")}}),
                                           "apiToken=FAKE-TOKEN-BYSTANDER"}});
        const QString rotating = idOf(store, QStringLiteral("Rotating"));
        const QString bystander = idOf(store, QStringLiteral("Bystander"));
        const QString key = QStringLiteral("channel-console/%1/apiToken").arg(rotating);
        const QString bystanderKey = QStringLiteral("channel-console/%1/apiToken").arg(bystander);
        const QByteArray sentinel = "FAKE-TOKEN-ROTATE-NEW-SENTINEL-77c3";
        const auto rotate = [&](const QStringList &extra, const QByteArray &input) {
            return run(QStringList{QStringLiteral("rotate")} + extra + QStringList{QStringLiteral("--secrets-stdin")},
                       input, store);
        };
        const QStringList args{QStringLiteral("rotating"), QStringLiteral("apiToken"), QStringLiteral("--json")};

        // Refused by the vendor, which quotes the new value back: nothing changes.
        m_server.setResponse("GET", sinchPath(QStringLiteral("/batches")),
                             FakeResponse::echoing(401, R"({"code":"denied","text":"Bad token {{echo}}"})"));
        Run r = rotate(args, "apiToken=" + sentinel + "\n");
        QCOMPARE(r.code, 10);
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("action")).toString(), QStringLiteral("rotate"));
        QCOMPARE(o.value(QStringLiteral("field")).toString(), QStringLiteral("apiToken"));
        QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized"));
        QCOMPARE(o.value(QStringLiteral("httpStatus")).toInt(), 401);
        QVERIFY2(o.value(QStringLiteral("summary")).toString().contains(QStringLiteral("old value is kept")),
                 r.out.constData());
        QCOMPARE(m_server.lastRequest().header("Authorization"), QByteArray("Bearer " + sentinel));
        QVERIFY(!r.out.contains(sentinel) && !r.err.contains(sentinel));
        QCOMPARE(lookup(key), QStringLiteral("FAKE-TOKEN-ROTATE-OLD"));
        const Run text = rotate({QStringLiteral("Rotating"), QStringLiteral("apiToken")}, "apiToken=" + sentinel);
        QCOMPARE(text.code, 10);
        QVERIFY2(text.err.contains("was not replaced; the old value is kept"), text.err.constData());
        QVERIFY(!text.out.contains(sentinel) && !text.err.contains(sentinel));

        // Refused before anything is asked of the vendor.
        m_server.clearRecords();
        QCOMPARE(rotate(args, QByteArray()).code, 2); // nothing on standard input
        Run bad = rotate({QStringLiteral("Rotating"), QStringLiteral("apiTokn")}, "apiToken=FAKE-X");
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("has no field \"apiTokn\". Did you mean apiToken?"), bad.err.constData());
        bad = rotate({QStringLiteral("Rotating"), QStringLiteral("serviceId")}, "serviceId=fake-plan-0002");
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("is not a secret"), bad.err.constData());
        bad = rotate({QStringLiteral("Nobody"), QStringLiteral("apiToken")}, "apiToken=FAKE-X");
        QCOMPARE(bad.code, 3);
        bad = rotate({QStringLiteral("Rotating"), QStringLiteral("apiToken")}, "apiKey=FAKE-X");
        QCOMPARE(bad.code, 2); // no secret of Sinch
        bad = rotate({QStringLiteral("Rotating"), QStringLiteral("apiToken")}, "apiToken=\n");
        QCOMPARE(bad.code, 4); // the value is missing, as a secret missing elsewhere
        QVERIFY2(bad.err.contains("is not on standard input"), bad.err.constData());
        QCOMPARE(m_server.requestCount(), 0);
        QCOMPARE(lookup(key), QStringLiteral("FAKE-TOKEN-ROTATE-OLD"));

        // Accepted: replaced in the keychain, the other credential untouched, its age new.
        m_server.setResponse("GET", sinchPath(QStringLiteral("/batches")),
                             FakeResponse::json(200, R"({"count":0,"page":0,"page_size":1,"batches":[]})"));
        r = rotate(args, "{\"apiToken\": \"" + sentinel + "\"}");
        QCOMPARE(r.code, 0);
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(!o.contains(QStringLiteral("error")));
        QVERIFY(!r.out.contains(sentinel) && !r.err.contains(sentinel));
        QCOMPARE(lookup(key), QString::fromLatin1(sentinel));
        QCOMPARE(lookup(bystanderKey), QStringLiteral("FAKE-TOKEN-BYSTANDER"));
        const QJsonArray listed =
            QJsonDocument::fromJson(run({QStringLiteral("list"), QStringLiteral("--json")}, {}, store).out).array();
        QCOMPARE(listed.size(), 2);
        for (const QJsonValue &v : listed) {
            QCOMPARE(v.toObject().value(QStringLiteral("secretAgeDays")).toInt(-1), 0);
            QVERIFY(v.toObject().value(QStringLiteral("secretsSetAt")).isString());
        }

        // Every attempt is in the activity log, by the field, never a value.
        cc::ActivityLog log(store);
        QStringList codes;
        for (const cc::ActivityLog::Entry &e : log.read()) {
            if (e.action == cc::ActivityLog::Action::ReplaceSecret)
                codes << e.event.code;
            QVERIFY(!e.text().contains(QString::fromLatin1(sentinel)));
        }
        QVERIFY2(codes.size() >= 3 && codes.last() == QLatin1String("credential.secret-replaced") &&
                     codes.first() == QLatin1String("credential.secret-not-replaced"),
                 qPrintable(codes.join(QLatin1Char(' '))));
    }

    // list says how old each credential's secrets are, and flags those past --max-secret-age.
    void listSaysHowOldTheSecretsAre()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        cc::Credential old = cctest::fakeCredential(cc::sinchsms::vendor(), QStringLiteral("Old secrets"));
        old.secretsSet = QStringList{QStringLiteral("apiToken")};
        old.secretsSetAt = now.addDays(-120);
        cc::Credential fresh = cctest::fakeCredential(cc::sinchsms::vendor(), QStringLiteral("Fresh secrets"));
        fresh.secretsSet = QStringList{QStringLiteral("apiToken")};
        fresh.secretsSetAt = now.addDays(-3);
        const cc::Credential none = cctest::fakeCredential(cc::infobip::vendor(), QStringLiteral("No secrets"));
        const QString store = storeWith(QStringLiteral("ages.json"), {old, fresh, none});

        const Run json = run({QStringLiteral("list"), QStringLiteral("--max-secret-age"), QStringLiteral("90"),
                              QStringLiteral("--json")},
                             {}, store);
        QCOMPARE(json.code, 0);
        const QJsonArray items = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(items.size(), 3); // in name order: fresh, none, old
        QCOMPARE(items.at(2).toObject().value(QStringLiteral("secretAgeDays")).toInt(), 120);
        QCOMPARE(items.at(2).toObject().value(QStringLiteral("secretsTooOld")).toBool(), true);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("secretAgeDays")).toInt(), 3);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("secretsTooOld")).toBool(), false);
        QVERIFY(items.at(1).toObject().value(QStringLiteral("secretAgeDays")).isNull());
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("secretsTooOld")).toBool(), false);
        // Without the option, nothing is flagged.
        const Run plain = run({QStringLiteral("list")}, {}, store);
        QVERIFY2(plain.out.contains("\t120 days\n") && !plain.out.contains("older than"), plain.out.constData());
        const Run flagged =
            run({QStringLiteral("list"), QStringLiteral("--max-secret-age"), QStringLiteral("90")}, {}, store);
        QVERIFY2(flagged.out.contains("\t120 days: older than 90 days\n"), flagged.out.constData());
        QVERIFY2(flagged.out.contains("\t3 days\n"), flagged.out.constData());
        QVERIFY2(flagged.out.contains("\t—\n"), flagged.out.constData());
        const Run french = run({QStringLiteral("list"), QStringLiteral("--max-secret-age"), QStringLiteral("90"),
                                QStringLiteral("--language"), QStringLiteral("fr")},
                               {}, store);
        QVERIFY2(QString::fromUtf8(french.out).contains(QStringLiteral("120 jours")), french.out.constData());
    }

    // send keeps the window's rule for what it sends (the media URL a full https address of a file,
    // no blank text, the text a vendor needs): refused as a usage error, before any secret is read
    // (so without a keychain too) and before anything is sent.
    void sendKeepsTheWindowsRule_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        const QStringList to{QStringLiteral("--to"), QStringLiteral("+12025550143")};
        const auto media = [](const char *url) {
            return QStringList{QStringLiteral("--media-url"), QString::fromLatin1(url)};
        };
        const QStringList text{QStringLiteral("--text"), QStringLiteral("Hi")};
        const QStringList mms{QStringLiteral("send"), QStringLiteral("Rule MMS")};
        const QStringList rcs{QStringLiteral("send"), QStringLiteral("Rule RCS")};
        const QStringList sms{QStringLiteral("send"), QStringLiteral("Rule Sinch")};
        QTest::newRow("mms, not a url") << mms + to + media("not a url")
                                        << QStringLiteral(
                                               "--media-url: Enter a full address that starts with https://");
        QTest::newRow("mms, plain http") << mms + to + media("http://example.com/a.jpg")
                                         << QStringLiteral("--media-url: Use https://: plain http://");
        QTest::newRow("mms, no file") << mms + to + media("https://media.example.com/")
                                      << QStringLiteral("--media-url: Enter the address of the media file itself");
        QTest::newRow("rcs, javascript") << rcs + to + text + media("javascript:alert(1)")
                                         << QStringLiteral("--media-url: Enter a full address");
        QTest::newRow("rcs, media without text")
            << rcs + to + media("https://media.example.com/a.png")
            << QStringLiteral("The command send needs --text <text>: the text of the message.");
        QTest::newRow("sms, blank text") << sms + to + QStringList{QStringLiteral("--text"), QStringLiteral("   ")}
                                         << QStringLiteral("--text holds only spaces");
        QTest::newRow("rcs, blank text with media")
            << rcs + to + QStringList{QStringLiteral("--text"), QStringLiteral(" \t ")} +
                   media("https://media.example.com/a.png")
            << QStringLiteral("--text holds only spaces");
        QTest::newRow("in French") << mms + to + media("http://example.com/a.jpg") +
                                          QStringList{QStringLiteral("--language"), QStringLiteral("fr")}
                                   << QStringLiteral("--media-url\u00a0: Utilisez https://");
    }

    void sendKeepsTheWindowsRule()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const QString store = m_dir.filePath(QStringLiteral("rule.db"));
        const QJsonObject app{{QStringLiteral("projectId"), QStringLiteral("fake-project-0001")},
                              {QStringLiteral("appId"), QStringLiteral("FAKEAPP0001")},
                              {QStringLiteral("servicePlanId"), QStringLiteral("fake-plan-0001")}};
        const QByteArray appSecrets = "apiToken=RkFLRS1SVUxFLUtFWTpGQUtFLVJVTEUtU0VDUkVU\nsmsApiToken=FAKE-RULE-SMS\n";
        if (!QFile::exists(store)) {
            storeWithSecrets(QStringLiteral("rule.db"),
                             {{entry("sinch-mms", QStringLiteral("Rule MMS"), app), appSecrets},
                              {entry("sinch-rcs", QStringLiteral("Rule RCS"), app), appSecrets},
                              {entry("sinch", QStringLiteral("Rule Sinch"),
                                     {{QStringLiteral("serviceId"), QStringLiteral("fake-plan-0001")}}),
                               "apiToken=FAKE-RULE-TOKEN"}});
        }
        m_server.clearRecords();
        m_server.setDefaultResponse(FakeResponse::json(200, R"({"message_id":"FAKE-RULE-ID","id":"FAKE-RULE-ID"})"));
        Run r = run(arguments, {}, store);
        QVERIFY2(r.code == 2, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
        QCOMPARE(r.out, QByteArray());
        // The same without a keychain to reach: refused before any secret is read.
        r = run(arguments, {}, store, {QStringLiteral("DBUS_SESSION_BUS_ADDRESS")});
        QVERIFY2(r.code == 2, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
        // With --json: the same refusal as a JSON object on standard output.
        r = run(arguments + QStringList{QStringLiteral("--json")}, {}, store);
        QCOMPARE(r.code, 2);
        verifyFailureJson(r.out, QStringLiteral("usage"), says);
        QCOMPARE(m_server.requestCount(), 0);
    }

    // detect-region says what check says when a secret is missing or the keychain cannot be reached
    // (exit 4, once, no region asked), and an --apply whose save fails is the database's exit code.
    void detectRegionSaysWhatTheKeychainSays()
    {
        const QString store =
            storeWithSecrets(QStringLiteral("keyless.json"),
                             {{regionEntry(QStringLiteral("Keyed Sinch")), "apiToken=FAKE-TOKEN-KEYED\n"}});
        const QByteArray keyless = QJsonDocument(regionEntry(QStringLiteral("Keyless Sinch"))).toJson();
        QCOMPARE(run({QStringLiteral("import"), fileWith(QStringLiteral("keyless.json"), keyless)}, {}, store).code, 0);
        m_server.setDefaultResponse(FakeResponse::json(401, R"({"code":"unauthorized","text":"no"})"));
        m_server.setResponse("GET", QStringLiteral("/eu/xms/v1/fake-plan-0001/batches"),
                             FakeResponse::json(200, R"({"batches":[],"page":0,"page_size":1,"count":0})"));
        m_server.clearRecords();

        // No secret stored: check's words and code, not five failed regions.
        Run r = run({QStringLiteral("detect-region"), QStringLiteral("Keyless Sinch")}, {}, store);
        QVERIFY2(r.code == 4, r.err.constData());
        QVERIFY2(r.err.contains("The field “API Token” is empty."), r.err.constData());
        QVERIFY2(!r.out.contains("failed") && !r.err.contains("No region accepted"), r.out.constData());
        r = run({QStringLiteral("detect-region"), QStringLiteral("Keyless Sinch"), QStringLiteral("--json")}, {},
                store);
        QCOMPARE(r.code, 4);
        verifyFailureJson(r.out, QStringLiteral("secret-missing"), QStringLiteral("“API Token” is empty"));
        // No keychain to reach: its message, 4.
        const QStringList noKeychain{QStringLiteral("DBUS_SESSION_BUS_ADDRESS")};
        r = run({QStringLiteral("detect-region"), QStringLiteral("Keyed Sinch")}, {}, store, noKeychain);
        QVERIFY2(r.code == 4, r.err.constData());
        QVERIFY2(r.err.contains("No system keychain is reachable") && !r.err.contains("No region accepted"),
                 r.err.constData());
        r = run({QStringLiteral("detect-region"), QStringLiteral("Keyed Sinch"), QStringLiteral("--json")}, {}, store,
                noKeychain);
        QCOMPARE(r.code, 4);
        verifyFailureJson(r.out, QStringLiteral("keychain"), QStringLiteral("No system keychain is reachable"));
        QCOMPARE(m_server.requestCount(), 0);

        // --apply whose save fails (another process holds the database's write lock past the console's
        // wait for it): 5, the reason in --json too.
        const QString database = cc::Session::databasePathFor(store);
        Run json;
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            holder.setDatabaseName(database);
            QVERIFY(holder.open());
            QVERIFY(QSqlQuery(holder).exec(QStringLiteral("BEGIN IMMEDIATE")));
            r = run({QStringLiteral("detect-region"), QStringLiteral("Keyed Sinch"), QStringLiteral("--apply")}, {},
                    store);
            json = run({QStringLiteral("detect-region"), QStringLiteral("Keyed Sinch"), QStringLiteral("--apply"),
                        QStringLiteral("--json")},
                       {}, store);
            QVERIFY(QSqlQuery(holder).exec(QStringLiteral("ROLLBACK")));
            holder.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QVERIFY2(r.code == 5, qPrintable(QString::number(r.code) + QString::fromUtf8(r.out + r.err)));
        QVERIFY2(r.err.contains("The change was not saved"), r.err.constData());
        QVERIFY2(json.code == 5, json.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QStringLiteral("applied")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("accepted")).toString(), QStringLiteral("eu"));
        QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("storage"));
        QVERIFY2(o.value(QStringLiteral("summary")).toString().contains(QStringLiteral("The change was not saved")),
                 json.out.constData());
        cc::CredentialStore stored(database);
        QVERIFY(stored.load().ok());
        for (const cc::Credential &c : stored.credentials())
            QCOMPARE(c.text(QStringLiteral("region")), QStringLiteral("us")); // left as it was
        m_server.setDefaultResponse(FakeResponse::json(404, R"({"error":"no route"})"));
    }

    // Every failure of a command run with --json is a JSON object on standard output (ok false, the
    // error's word, the translated summary), with the exit code it has without --json.
    void everyFailureIsJsonWithJson_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("keychain");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("says");
        const QStringList send{QStringLiteral("send"), QStringLiteral("Json Sinch"), QStringLiteral("--to")};
        QTest::newRow("secret not on standard input")
            << QStringList{QStringLiteral("check"), QStringLiteral("Json Sinch"), QStringLiteral("--secrets-stdin")}
            << QByteArray("apiToken=\n") << true << 4 << QStringLiteral("secret-missing")
            << QStringLiteral("is not on standard input");
        QTest::newRow("rotate, the new value not on standard input")
            << QStringList{QStringLiteral("rotate"), QStringLiteral("Json Sinch"), QStringLiteral("apiToken"),
                           QStringLiteral("--secrets-stdin")}
            << QByteArray("apiToken=\n") << true << 4 << QStringLiteral("secret-missing")
            << QStringLiteral("is not on standard input");
        QTest::newRow("no such name") << QStringList{QStringLiteral("check"), QStringLiteral("Nobody Json")}
                                      << QByteArray() << true << 3 << QStringLiteral("unknown-credential")
                                      << QStringLiteral("No API credentials named \"Nobody Json\"");
        QTest::newRow("bad --to") << send + QStringList{QStringLiteral("0612"), QStringLiteral("--text"),
                                                        QStringLiteral("Hi")}
                                  << QByteArray() << true << 6 << QStringLiteral("invalid") << QStringLiteral("--to: ");
        QTest::newRow("refused --media-url")
            << send + QStringList{QStringLiteral("+12025550143"), QStringLiteral("--media-url"),
                                  QStringLiteral("https://media.example.com/a.png")}
            << QByteArray() << true << 2 << QStringLiteral("usage") << QStringLiteral("--media-url cannot be used");
        QTest::newRow("send, no keychain")
            << send + QStringList{QStringLiteral("+12025550143"), QStringLiteral("--text"), QStringLiteral("Hi")}
            << QByteArray() << false << 4 << QStringLiteral("keychain") << QStringLiteral("keychain");
        QTest::newRow("check, no keychain")
            << QStringList{QStringLiteral("check"), QStringLiteral("Json Sinch")} << QByteArray() << false << 4
            << QStringLiteral("keychain") << QStringLiteral("keychain");
        QTest::newRow("usage, before the database")
            << QStringList{QStringLiteral("check")} << QByteArray() << true << 2 << QStringLiteral("usage")
            << QStringLiteral("The command check needs");
    }

    void everyFailureIsJsonWithJson()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(bool, keychain);
        QFETCH(int, exitCode);
        QFETCH(QString, error);
        QFETCH(QString, says);
        const QString store = m_dir.filePath(QStringLiteral("json.db"));
        if (!QFile::exists(store)) {
            storeWithSecrets(QStringLiteral("json.db"),
                             {{entry("sinch", QStringLiteral("Json Sinch"),
                                     {{QStringLiteral("serviceId"), QStringLiteral("fake-plan-0001")}}),
                               "apiToken=FAKE-JSON-TOKEN"}});
        }
        m_server.clearRecords();
        const QStringList unset = keychain ? QStringList() : QStringList{QStringLiteral("DBUS_SESSION_BUS_ADDRESS")};
        const Run plain = run(arguments, input, store, unset);
        QVERIFY2(plain.code == exitCode, plain.err.constData());
        QVERIFY2(QString::fromUtf8(plain.err).contains(says), plain.err.constData());
        const Run r = run(arguments + QStringList{QStringLiteral("--json")}, input, store, unset);
        QCOMPARE(r.code, exitCode);
        verifyFailureJson(r.out, error, says);
        QVERIFY(!r.out.contains("FAKE-JSON-TOKEN"));
        QCOMPARE(m_server.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
