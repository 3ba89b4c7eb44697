#include "FakeSinchConversation.h"
#include "FakeVendorServer.h"
#include "MemorySecretStore.h"
#include "OpenApiValidator.h"
#include "TestSupport.h"
#include "VendorFixtures.h"
#include "net/HttpClient.h"
#include "services/ActivityLog.h"
#include "services/CheckAllRunner.h"
#include "services/CredentialActions.h"
#include "services/CredentialRepository.h"
#include "services/CredentialStore.h"
#include "services/RequestPacer.h"
#include "services/VendorOperations.h"
#include "vendors/SinchRcs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QtTest/QtTest>

#include <memory>
#include <optional>

using namespace cc;
using namespace cctest;

Q_DECLARE_METATYPE(cctest::FakeResponse)

namespace {

const QString kApp = QStringLiteral("/v1/projects/fake-project-0001/apps/FAKEAPP0001");
const QString kSend = QStringLiteral("/v1/projects/fake-project-0001/messages:send");
const QByteArray kSent = R"({"accepted_time":"2026-11-23T10:00:00Z","message_id":"01FAKERCS0001"})";
const QByteArray kAppBody = R"({"id":"FAKEAPP0001","display_name":"Fake app","channel_credentials":[]})";
const QUrl kMedia(QStringLiteral("https://media.example.com/fake-card.png"));
// Secrets with '/' and '+', so that their Base64, percent-encoded and JSON forms all differ.
const QString kHostileToken = QStringLiteral("RkFLRS1LRVktMDEwMjpGQUtFL1NFQ1JFVCswMTAy"); // the pair below
const QString kHostilePair = QStringLiteral("FAKE-KEY-0102:FAKE/SECRET+0102");
const QString kHostileSmsToken = QStringLiteral("FAKE/SMS-API+0103");
const QByteArray kRcsSecrets = "apiToken=RkFLRS1LRVk6RkFLRS1TRUNSRVQ=\nsmsApiToken=FAKE-SMS-API-TOKEN\n";

QByteArray conversationError(int code, const char *status, const char *message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                      QJsonObject{{QStringLiteral("code"), code},
                                                  {QStringLiteral("message"), QString::fromUtf8(message)},
                                                  {QStringLiteral("status"), QString::fromUtf8(status)}}}})
        .toJson(QJsonDocument::Compact);
}

// Time as the test moves it: the pacer's wake-up runs only when advance() reaches it.
class FakeClock final : public PacerClock
{
public:
    struct State
    {
        qint64 now = 0;
        qint64 wakeAt = -1;
        std::function<void()> wake;
    };
    explicit FakeClock(std::shared_ptr<State> state)
        : m_state(std::move(state))
    {
    }
    qint64 nowMs() const override { return m_state->now; }
    void wakeIn(qint64 delayMs, std::function<void()> wake) override
    {
        m_state->wakeAt = m_state->now + delayMs;
        m_state->wake = std::move(wake);
    }

private:
    std::shared_ptr<State> m_state;
};

void advance(FakeClock::State *clock, qint64 ms)
{
    clock->now += ms;
    if (clock->wake && clock->now >= clock->wakeAt) {
        const std::function<void()> wake = std::exchange(clock->wake, {});
        wake();
    }
}

} // namespace

// Sinch RCS: its form, its check and test send through the Conversation app (RCS first, SMS as the
// fallback), the app's SMS-channel set-up, the vendor's faults, the activity log, the command line,
// and its API rate limit on every request made with one credential.
class TestSinchRcs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<FakeClock::State> m_clock;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<HttpClient> m_client;
    std::unique_ptr<VendorOperations> m_ops;
    std::unique_ptr<FakeVendorServer> m_server;
    OpenApiSpec m_spec;

    Credential rcs(int perSecond = 0, const QString &appId = QStringLiteral("FAKEAPP0001")) const
    {
        Credential c = fakeCredential(sinchrcs::vendor(), QStringLiteral("RCS app ") + appId);
        c.values.insert(QStringLiteral("endpoint"), m_server->url().toString());
        c.values.insert(QStringLiteral("appId"), appId);
        c.values.insert(QStringLiteral("rateLimit"), perSecond);
        return c;
    }
    static Secrets secrets()
    {
        return {{QStringLiteral("apiToken"), kFakeConvToken}, {QStringLiteral("smsApiToken"), kFakeSmsApiToken}};
    }

    template <typename Start> OperationResult run(Start start)
    {
        std::optional<OperationResult> result;
        start([&result](const OperationResult &r) { result = r; });
        [&] { QTRY_VERIFY2_WITH_TIMEOUT(result.has_value(), "the operation never finished", 20000); }();
        return result.value_or(OperationResult());
    }
    OperationResult send(const Credential &c, const QString &text, const QUrl &media = QUrl(),
                         const Secrets &s = secrets())
    {
        return run([&](VendorOperations::Done done) {
            m_ops->testSend(c, s, TestMessage{QString(), kUsNumber, text, media}, done);
        });
    }
    QJsonObject lastBody() const { return QJsonDocument::fromJson(m_server->lastRequest().body).object(); }

    // The console itself, for the command-line tests.
    struct Cli
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Cli console(QStringList arguments, const QString &store, const QByteArray &input = kRcsSecrets)
    {
        arguments << QStringLiteral("--store") << store << QStringLiteral("--language") << QStringLiteral("en");
        QProcess p;
        p.start(QStringLiteral(CC_CONSOLE), arguments);
        [&] { QVERIFY(p.waitForStarted()); }();
        p.write(input);
        p.closeWriteChannel();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000); }();
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QString storeWith(const QString &name, const QVector<Credential> &credentials)
    {
        const QString path = m_dir.filePath(name);
        CredentialStore store(path);
        [&] { QVERIFY(store.load().ok()); }();
        QString error;
        [&] { QVERIFY2(store.setCredentials(credentials, &error), qPrintable(error)); }();
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_spec.load(QStringLiteral(CC_API_SPECS_DIR "/sinch/sinch-conversation.patched.json"), &error),
                 qPrintable(error));
    }

    void init()
    {
        m_clock = std::make_shared<FakeClock::State>();
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<HttpClient>(m_manager.get());
        m_client->setTransferTimeout(10000);
        m_ops = std::make_unique<VendorOperations>(m_client.get(), std::make_unique<FakeClock>(m_clock));
        m_server = std::make_unique<FakeVendorServer>();
        QVERIFY(m_server->isListening());
    }

    // Whatever went to the fake Sinch is what the Conversation API spec describes.
    void cleanup()
    {
        for (const RecordedRequest &got : m_server->requests()) {
            const QStringList problems =
                m_spec.checkReceived(m_server->url(), got.method, got.path, got.query, got.headers, got.body);
            QVERIFY2(problems.isEmpty(), qPrintable(got.path + QLatin1String(": ") + problems.join(u"; ")));
        }
        m_ops.reset();
        m_client.reset();
        m_server.reset();
        m_manager.reset();
    }

    // The platform's form: its fields in its order, the region, authentication and endpoints the console
    // adds.
    void formIsThePlatforms()
    {
        const VendorSchema &s = schemaFor(sinchrcs::vendor());
        QCOMPARE(s.id, QStringLiteral("sinch-rcs"));
        QCOMPARE(s.displayName, QStringLiteral("Sinch RCS"));
        QStringList keys;
        for (const FieldSpec &f : s.fields)
            keys << f.key;
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("name"), QStringLiteral("projectId"), QStringLiteral("appId"),
                              QStringLiteral("apiToken"), QStringLiteral("servicePlanId"),
                              QStringLiteral("smsApiToken"), QStringLiteral("useCustomDataset"),
                              QStringLiteral("rateLimit"), QStringLiteral("region"), QStringLiteral("authentication"),
                              QStringLiteral("endpoint"), QStringLiteral("tokenEndpoint")}));
        QCOMPARE(s.secretKeys(), (QStringList{QStringLiteral("apiToken"), QStringLiteral("smsApiToken")}));
        QVERIFY(s.field(QStringLiteral("apiToken"))->base64KeyPair); // Sinch MMS's rule
        const FieldSpec *dataset = s.field(QStringLiteral("useCustomDataset"));
        QCOMPARE(dataset->type, FieldType::Enum);
        QCOMPARE(dataset->defaultValue.toString(), QStringLiteral("no"));
        QCOMPARE(dataset->choices.size(), 2);
        QVERIFY(QString::fromUtf8(dataset->help).contains(QStringLiteral("not here")));
        const FieldSpec *limit = s.field(QStringLiteral("rateLimit"));
        QCOMPARE(limit->type, FieldType::Integer);
        QCOMPARE(limit->minimum, 0);
        QCOMPARE(limit->defaultValue.toInt(), 0);
        QVERIFY(s.field(QStringLiteral("endpoint"))->advanced);
        QStringList regions;
        for (const Choice &c : s.field(QStringLiteral("region"))->choices)
            regions << c.value;
        QCOMPARE(regions, (QStringList{QStringLiteral("us"), QStringLiteral("eu"), QStringLiteral("br")}));

        const VendorCapabilities can = sinchrcs::adapter().capabilities();
        QVERIFY(can.media && !can.mediaRequired && can.channelSetup);
        QVERIFY(!can.sender && !can.deliveryReport);
        // A token of the wrong form is refused before anything is sent, as for Sinch MMS.
        const OperationResult wrong = send(rcs(), QStringLiteral("Hi"), QUrl(),
                                           {{QStringLiteral("apiToken"), QStringLiteral("not a token")},
                                            {QStringLiteral("smsApiToken"), kFakeSmsApiToken}});
        QVERIFY(!wrong.ok);
        QCOMPARE(wrong.event.code, QStringLiteral("refused.secret-form"));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void checkReadsTheConversationApp()
    {
        m_server->setResponse("GET", kApp, FakeResponse::json(200, kAppBody));
        const OperationResult r = run([&](auto done) { m_ops->check(rcs(), secrets(), done); });
        QVERIFY2(r.ok, qPrintable(r.summary));
        QCOMPARE(r.event.code, QStringLiteral("check.ok"));
        QVERIFY(r.summary.contains(QStringLiteral("Sinch RCS")));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->lastRequest().method, QByteArray("GET"));
        QCOMPARE(m_server->lastRequest().header("Authorization"), QByteArray("Basic " + kFakeConvToken.toUtf8()));
    }

    void sendsRcsFirstThenSms_data()
    {
        QTest::addColumn<QUrl>("media");
        QTest::addColumn<QString>("kind");
        QTest::newRow("text") << QUrl() << QStringLiteral("text_message");
        QTest::newRow("rich card") << kMedia << QStringLiteral("card_message");
    }

    void sendsRcsFirstThenSms()
    {
        QFETCH(QUrl, media);
        QFETCH(QString, kind);
        m_server->setResponse("POST", kSend, FakeResponse::json(200, kSent));
        const OperationResult r = send(rcs(), QStringLiteral("Hello from the console"), media);
        QVERIFY2(r.ok, qPrintable(r.summary));
        QCOMPARE(r.messageId, QStringLiteral("01FAKERCS0001"));
        QCOMPARE(r.event.code, QStringLiteral("send.sinch-rcs-accepted"));
        QVERIFY(r.summary.contains(QStringLiteral("01FAKERCS0001")));

        const QJsonObject body = lastBody();
        QCOMPARE(body.value(QStringLiteral("app_id")).toString(), QStringLiteral("FAKEAPP0001"));
        QCOMPARE(body.value(QStringLiteral("channel_priority_order")).toArray(),
                 (QJsonArray{QStringLiteral("RCS"), QStringLiteral("SMS")}));
        const QJsonArray identities = body.value(QStringLiteral("recipient"))
                                          .toObject()
                                          .value(QStringLiteral("identified_by"))
                                          .toObject()
                                          .value(QStringLiteral("channel_identities"))
                                          .toArray();
        QCOMPARE(identities.size(), 2);
        for (const QJsonValue &v : identities)
            QCOMPARE(v.toObject().value(QStringLiteral("identity")).toString(), kUsNumber);
        QCOMPARE(identities.at(0).toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("RCS"));
        const QJsonObject message = body.value(QStringLiteral("message")).toObject();
        QCOMPARE(message.keys(), QStringList{kind}); // exactly one kind of message
        if (media.isEmpty()) {
            QCOMPARE(message.value(kind).toObject().value(QStringLiteral("text")).toString(),
                     QStringLiteral("Hello from the console"));
        } else {
            const QJsonObject card = message.value(kind).toObject();
            QCOMPARE(card.value(QStringLiteral("title")).toString(), QStringLiteral("Hello from the console"));
            QCOMPARE(card.value(QStringLiteral("media_message")).toObject().value(QStringLiteral("url")).toString(),
                     kMedia.toString());
        }
        QVERIFY(!body.contains(QStringLiteral("channel_properties")));
    }

    // An RCS text is the message: a media URL alone is refused, and so is a sender (the app's agent sends).
    void sendNeedsATextAndTakesNoSender()
    {
        const OperationResult noText = send(rcs(), QString(), kMedia);
        QCOMPARE(noText.event.code, QStringLiteral("refused.no-text"));
        // A text of only spaces is none, and a media URL that is no https address of a file is refused
        // too, whoever calls: the rule the dialog and the command line keep before.
        QCOMPARE(send(rcs(), QStringLiteral("  \t "), kMedia).event.code, QStringLiteral("refused.no-text"));
        for (const char *url : {"javascript:alert(1)", "http://example.com/a.jpg", "https://example.com/"}) {
            const OperationResult badMedia = send(rcs(), QStringLiteral("Hi"), QUrl(QString::fromLatin1(url)));
            QCOMPARE(badMedia.event.code, QStringLiteral("refused.address"));
            QVERIFY2(badMedia.summary.contains(QLatin1String("https://")), qPrintable(badMedia.summary));
        }
        const OperationResult sender = run([&](auto done) {
            m_ops->testSend(rcs(), secrets(),
                            TestMessage{QStringLiteral("+15550100"), kUsNumber, QStringLiteral("Hi"), QUrl()}, done);
        });
        QCOMPARE(sender.event.code, QStringLiteral("refused.no-sender-support"));
        QCOMPARE(m_server->requestCount(), 0);
        const OperationResult report =
            run([&](auto done) { m_ops->deliveryReport(rcs(), secrets(), QStringLiteral("01FAKERCS0001"), done); });
        QCOMPARE(report.event.code, QStringLiteral("refused.report-rcs"));
    }

    void vendorFaults_data()
    {
        QTest::addColumn<FakeResponse>("answer");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("401") << FakeResponse::json(401, conversationError(401, "UNAUTHENTICATED",
                                                                          "Invalid authentication credentials"))
                             << int(NetError::Kind::Unauthorized) << QStringLiteral("Invalid authentication");
        QTest::newRow("404") << FakeResponse::json(404,
                                                   conversationError(404, "NOT_FOUND", "App FAKEAPP0001 not found"))
                             << int(NetError::Kind::NotFound) << QStringLiteral("App FAKEAPP0001 not found");
        QTest::newRow("400") << FakeResponse::json(
                                    400, conversationError(400, "INVALID_ARGUMENT", "RCS channel is not configured"))
                             << int(NetError::Kind::BadRequest) << QStringLiteral("RCS channel is not configured");
        QTest::newRow("429") << FakeResponse::rateLimited(7, conversationError(429, "RESOURCE_EXHAUSTED", "Slow down"))
                             << int(NetError::Kind::RateLimited) << QString();
        QTest::newRow("malformed") << FakeResponse::malformedJson() << int(NetError::Kind::MalformedResponse)
                                   << QString();
        QTest::newRow("no message id") << FakeResponse::json(200, R"({"accepted_time":"2026-11-23T10:00:00Z"})")
                                       << int(NetError::Kind::MalformedResponse) << QString();
    }

    void vendorFaults()
    {
        QFETCH(FakeResponse, answer);
        QFETCH(int, kind);
        QFETCH(QString, words);
        m_server->setResponse("POST", kSend, answer);
        const OperationResult r = send(rcs(), QStringLiteral("Hi"));
        QVERIFY(!r.ok);
        QCOMPARE(int(r.error.kind), kind);
        QCOMPARE(m_server->requestCount(), 1); // a send is never repeated
        QVERIFY(!r.summary.isEmpty());
        if (!words.isEmpty()) // Sinch's own words, from its error body
            QVERIFY2(r.error.vendorMessage.contains(words), qPrintable(r.error.vendorMessage));
        if (kind == int(NetError::Kind::RateLimited))
            QCOMPARE(r.error.retryAfterSeconds, 7);
    }

    // A vendor that writes the tokens back, in every form, in its error and in an app it returns:
    // no text of the outcome, and nothing the activity log keeps, holds any of them.
    void anEchoingVendorNeverShowsTheTokens()
    {
        const QByteArray echo = R"({"error":{"code":400,"message":"{{echo}}","status":"{{authorization}}"}})";
        m_server->setResponse("POST", kSend, FakeResponse::echoing(400, echo));
        m_server->setResponse("GET", kApp,
                              FakeResponse::echoing(200, R"({"id":"FAKEAPP0001","display_name":"{{echo}}"})"));
        const Secrets hostile{{QStringLiteral("apiToken"), kHostileToken},
                              {QStringLiteral("smsApiToken"), kHostileSmsToken}};
        const OperationResult sent = send(rcs(), QStringLiteral("Hi"), kMedia, hostile);
        const OperationResult checked = run([&](auto done) { m_ops->check(rcs(), hostile, done); });
        QVERIFY(!sent.ok);
        QVERIFY(checked.ok);
        for (const OperationResult &r : {sent, checked}) {
            const QString all = r.summary + r.error.vendorMessage + r.error.detail + r.messageId + r.vendorState +
                                QString::fromUtf8(QJsonDocument(r.event.toJson()).toJson());
            for (const QString &secret : {kHostileToken, kHostilePair, kHostileSmsToken, QStringLiteral("FAKE/SECRET")})
                QVERIFY2(!all.contains(secret), qPrintable(secret + QStringLiteral(" in ") + all));
        }
    }

    // The Conversation app's SMS-channel set-up, as for Sinch MMS: the service plan's ID and token.
    void setsUpTheAppsSmsChannel()
    {
        FakeSinchConversation sinch(m_server.get(), QStringLiteral("fake-project-0001"), QStringLiteral("FAKEAPP0001"));
        QList<SetupStep> steps;
        const OperationResult r = run([&](auto done) {
            m_ops->setUpChannel(
                rcs(), secrets(), QUrl(QStringLiteral("https://hooks.example.com/in")),
                [&steps](const SetupStep &s) { steps << s; }, done);
        });
        QVERIFY2(r.ok, qPrintable(r.summary));
        QCOMPARE(steps.size(), 5);
        QCOMPARE(sinch.webhooks().size(), 1);
        bool sms = false;
        for (const QJsonValue &v : sinch.channelCredentials)
            sms = sms || v.toObject().value(QStringLiteral("channel")).toString() == QLatin1String("SMS");
        QVERIFY(sms);
        QVERIFY(r.summary.contains(QStringLiteral("fake-plan-0001")));
    }

    // The pacer alone: at most N starts in any second, in order; another key is not held up; a
    // start whose context is gone never runs; a taken start leaves its queue.
    void pacerKeepsToTheRate()
    {
        auto state = std::make_shared<FakeClock::State>();
        RequestPacer pacer(std::make_unique<FakeClock>(state));
        QObject context;
        QStringList started;
        for (int i = 0; i < 5; ++i)
            pacer.schedule(QStringLiteral("a"), 2, &context, [&started, i] { started << QString::number(i); });
        pacer.schedule(QStringLiteral("b"), 2, &context, [&started] { started << QStringLiteral("b"); });
        pacer.schedule(QStringLiteral("c"), 0, &context, [&started] { started << QStringLiteral("c"); });
        QCOMPARE(started,
                 (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(pacer.waiting(QStringLiteral("a")), 3);
        advance(state.get(), 999);
        QCOMPARE(started.size(), 4);
        advance(state.get(), 1);
        QCOMPARE(started.mid(4), (QStringList{QStringLiteral("2"), QStringLiteral("3")}));

        {
            QObject gone;
            pacer.schedule(QStringLiteral("a"), 2, &gone, [&started] { started << QStringLiteral("gone"); });
        }
        const quint64 taken =
            pacer.schedule(QStringLiteral("a"), 2, &context, [&started] { started << QStringLiteral("taken"); });
        QVERIFY(pacer.take(taken));
        QVERIFY(!pacer.take(taken));
        advance(state.get(), 1000);
        QCOMPARE(started.mid(6), QStringList{QStringLiteral("4")});
        QCOMPARE(pacer.waiting(QStringLiteral("a")), 0);
    }

    // Checks of one credential at 2 a second: two go, the others wait for the clock, not for a
    // sleep; the answers of the first two change nothing.
    void checksKeepToTheCredentialsLimit()
    {
        m_server->setResponse("GET", kApp, FakeResponse::json(200, kAppBody));
        const Credential c = rcs(2);
        int done = 0;
        for (int i = 0; i < 5; ++i)
            m_ops->check(c, secrets(), [&done](const OperationResult &r) { done += r.ok ? 1 : 0; });
        QTRY_COMPARE(done, 2);
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(m_ops->waitingRequests(c.id), 3);
        advance(m_clock.get(), 500);
        QCOMPARE(m_ops->waitingRequests(c.id), 3);
        advance(m_clock.get(), 500);
        QTRY_COMPARE(done, 4);
        QCOMPARE(m_server->requestCount(), 4);
        advance(m_clock.get(), 1000);
        QTRY_COMPARE(done, 5);
        QCOMPARE(m_server->requestCount(), 5);

        // Without a limit nothing waits.
        const Credential free = rcs(0);
        for (int i = 0; i < 3; ++i)
            m_ops->check(free, secrets(), [&done](const OperationResult &r) { done += r.ok ? 1 : 0; });
        QCOMPARE(m_ops->waitingRequests(free.id), 0);
        QTRY_COMPARE(done, 8);
    }

    // A set-up of five steps at 1 request a second: each step waits for the clock.
    void setupStepsKeepToTheLimit()
    {
        FakeSinchConversation sinch(m_server.get(), QStringLiteral("fake-project-0001"), QStringLiteral("FAKEAPP0001"));
        const Credential c = rcs(1);
        QList<SetupStep> steps;
        std::optional<OperationResult> result;
        m_ops->setUpChannel(
            c, secrets(), QUrl(QStringLiteral("https://hooks.example.com/in")),
            [&steps](const SetupStep &s) { steps << s; }, [&result](const OperationResult &r) { result = r; });
        for (int i = 1; i <= 5; ++i) {
            QTRY_COMPARE(steps.size(), i);
            QCOMPARE(m_server->requestCount(), i);
            if (i < 5)
                QCOMPARE(m_ops->waitingRequests(c.id), 1);
            advance(m_clock.get(), 1000);
        }
        QTRY_VERIFY(result.has_value());
        QVERIFY2(result->ok, qPrintable(result->summary));
    }

    // Through the window's path: a test send uses the credential's one request this second, so
    // Check all checks the other credential at once and this one when the clock allows; cancelling
    // ends a waiting check at once. The activity log keeps the send and the checks.
    void checkAllAndTheLogKeepToTheLimit()
    {
        const QString other = QStringLiteral("/v1/projects/fake-project-0001/apps/FAKEAPP0002");
        m_server->setResponse("GET", kApp, FakeResponse::json(200, kAppBody));
        m_server->setResponse("GET", other, FakeResponse::json(200, kAppBody));
        m_server->setResponse("POST", kSend, FakeResponse::json(200, kSent));
        CredentialStore store(m_dir.filePath(QStringLiteral("check-all.db")));
        QVERIFY(store.load().ok());
        MemorySecretStore keychain;
        ActivityLog log(&store.database());
        CredentialRepository repository(&store, &keychain);
        repository.setActivityLog(&log);
        CredentialActions actions(&repository, m_ops.get());
        const Credential limited = rcs(1);
        const Credential free = rcs(0, QStringLiteral("FAKEAPP0002"));
        for (const Credential &c : {limited, free})
            QVERIFY(waitFor([&](auto done) { repository.save(c, secrets(), done); }).ok);

        std::optional<OperationResult> sent;
        actions.testSend(limited.id, TestMessage{QString(), kUsNumber, QStringLiteral("Hi"), QUrl()},
                         [&sent](const OperationResult &r) { sent = r; });
        QTRY_VERIFY(sent.has_value());
        QVERIFY2(sent->ok, qPrintable(sent->summary));

        QStringList checked;
        std::optional<CheckAllRunner::Summary> summary;
        CheckAllRunner checkAll(&actions, {limited.id, free.id}, CheckAllRunner::kConcurrency);
        connect(&checkAll, &CheckAllRunner::resultReady,
                [&checked](const QString &id, const OperationResult &) { checked << id; });
        connect(&checkAll, &CheckAllRunner::finished, [&summary](const CheckAllRunner::Summary &s) { summary = s; });
        checkAll.start();
        QTRY_COMPARE(checked, QStringList{free.id});
        QTRY_COMPARE(m_ops->waitingRequests(limited.id), 1);
        QCOMPARE(m_server->requestCount(), 2); // the send and the other credential's check
        advance(m_clock.get(), 1000);
        QTRY_VERIFY(summary.has_value());
        QCOMPARE(summary->ok, 2);
        QCOMPARE(m_server->requestCount(), 3);

        // A check waiting for its turn is cancelled at once, without the clock moving.
        advance(m_clock.get(), 1000);
        actions.testSend(limited.id, TestMessage{QString(), kUsNumber, QStringLiteral("Hi"), QUrl()},
                         [](const OperationResult &) {});
        QTRY_COMPARE(m_server->requestCount(), 4);
        summary.reset();
        CheckAllRunner cancelled(&actions, {limited.id}, CheckAllRunner::kConcurrency);
        connect(&cancelled, &CheckAllRunner::finished, [&summary](const CheckAllRunner::Summary &s) { summary = s; });
        cancelled.start();
        QTRY_COMPARE(m_ops->waitingRequests(limited.id), 1);
        cancelled.cancel();
        QTRY_VERIFY(summary.has_value());
        QCOMPARE(summary->cancelled, 1);
        QCOMPARE(m_server->requestCount(), 4);

        const QVector<ActivityLog::Entry> entries = log.read();
        const auto count = [&entries](ActivityLog::Action action, const char *code) {
            return std::count_if(entries.begin(), entries.end(), [&](const ActivityLog::Entry &e) {
                return e.action == action && e.event.code == QLatin1String(code);
            });
        };
        QCOMPARE(count(ActivityLog::Action::TestSend, "send.sinch-rcs-accepted"), 2);
        QCOMPARE(count(ActivityLog::Action::Check, "check.ok"), 2);
    }

    // The command line: check, send (a rich card), setup-channel, export and import of an RCS
    // credential; --from is refused (the app's agent sends). The log keeps the send.
    void commandLine()
    {
        m_server->setResponse("GET", kApp, FakeResponse::json(200, kAppBody));
        m_server->setResponse("POST", kSend, FakeResponse::json(200, kSent));
        Credential c = rcs(5);
        c.values.insert(cc::kNameKey, QStringLiteral("RCS app"));
        c.values.insert(QStringLiteral("useCustomDataset"), QStringLiteral("yes"));
        const QString store = storeWith(QStringLiteral("cli.db"), {c});

        const Cli check =
            console({QStringLiteral("check"), QStringLiteral("RCS app"), QStringLiteral("--secrets-stdin")}, store);
        QVERIFY2(check.code == 0, check.err.constData());

        const Cli sent = console({QStringLiteral("send"), QStringLiteral("RCS app"), QStringLiteral("--to"), kUsNumber,
                                  QStringLiteral("--text"), QStringLiteral("Hello"), QStringLiteral("--media-url"),
                                  kMedia.toString(), QStringLiteral("--secrets-stdin"), QStringLiteral("--json")},
                                 store);
        QVERIFY2(sent.code == 0, sent.err.constData());
        QCOMPARE(QJsonDocument::fromJson(sent.out).object().value(QStringLiteral("messageId")).toString(),
                 QStringLiteral("01FAKERCS0001"));
        QVERIFY(lastBody().value(QStringLiteral("message")).toObject().contains(QStringLiteral("card_message")));

        const int before = m_server->requestCount();
        const Cli from = console({QStringLiteral("send"), QStringLiteral("RCS app"), QStringLiteral("--to"), kUsNumber,
                                  QStringLiteral("--text"), QStringLiteral("Hello"), QStringLiteral("--from"),
                                  QStringLiteral("+15550100"), QStringLiteral("--secrets-stdin")},
                                 store);
        QCOMPARE(from.code, 2);
        QVERIFY2(from.err.contains("--from"), from.err.constData());
        QCOMPARE(m_server->requestCount(), before);

        FakeSinchConversation sinch(m_server.get(), QStringLiteral("fake-project-0001"), QStringLiteral("FAKEAPP0001"));
        const Cli setup = console(
            {QStringLiteral("setup-channel"), QStringLiteral("RCS app"), QStringLiteral("--secrets-stdin")}, store);
        QVERIFY2(setup.code == 0, setup.err.constData());
        QVERIFY2(setup.out.contains("fake-plan-0001"), setup.out.constData());

        const QVector<ActivityLog::Entry> entries = ActivityLog(store).read();
        QVERIFY(std::any_of(entries.begin(), entries.end(), [](const ActivityLog::Entry &e) {
            return e.action == ActivityLog::Action::TestSend &&
                   e.event.code == QLatin1String("send.sinch-rcs-accepted");
        }));

        const QString file = m_dir.filePath(QStringLiteral("rcs-export.json"));
        const Cli exported = console({QStringLiteral("export"), file, QStringLiteral("RCS app")}, store, {});
        QVERIFY2(exported.code == 0, exported.err.constData());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("sinch-rcs"));
        QVERIFY(!text.contains("RkFLRS1LRVk6RkFLRS1TRUNSRVQ=") && !text.contains("FAKE-SMS-API-TOKEN"));
        const QString copy = m_dir.filePath(QStringLiteral("imported.db"));
        const Cli imported = console({QStringLiteral("import"), file, QStringLiteral("--secrets-stdin")}, copy);
        QVERIFY2(imported.code == 0, imported.err.constData());
        CredentialStore back(copy);
        QVERIFY(back.load().ok());
        QCOMPARE(back.credentials().size(), 1);
        const Credential got = back.credentials().constFirst();
        QVERIFY(got.vendor == sinchrcs::vendor());
        QCOMPARE(got.values.value(QStringLiteral("rateLimit")).toInt(), 5);
        QCOMPARE(got.text(QStringLiteral("useCustomDataset")), QStringLiteral("yes"));
    }
};

QTEST_MAIN(TestSinchRcs)
#include "tst_sinchrcs.moc"
