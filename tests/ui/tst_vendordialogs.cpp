#include "Ask.h"
#include "ChannelSetupDialog.h"
#include "CheckAllDialog.h"
#include "CredentialDialog.h"
#include "CredentialForm.h"
#include "CredentialsPage.h"
#include "FakeSinchConversation.h"
#include "FakeVendorServer.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MessageEdit.h"
#include "RegionDialog.h"
#include "ReplaceSecretDialog.h"
#include "RowDetails.h"
#include "ScriptedAsk.h"
#include "SecretAgeView.h"
#include "SecretEdit.h"
#include "StatusLook.h"
#include "TestSendDialog.h"
#include "TestSupport.h"
#include "TextFit.h"
#include "VendorFixtures.h"
#include "WidgetShots.h"
#include "net/HttpClient.h"
#include "services/CredentialActions.h"
#include "services/CredentialListModel.h"
#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchRcs.h"
#include "vendors/SinchSms.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest/QtTest>

using namespace cc;
using cctest::FakeResponse;
using cctest::FakeVendorServer;

namespace {
const QString kPlan = QStringLiteral("/xms/v1/fake-service-0001");
const QString kApp = QStringLiteral("/v1/projects/fake-project-0001/apps/FAKEAPP0001");
} // namespace

// The check, test-send and channel set-up dialogs, driven through their widgets against a fake vendor.
class TestVendorDialogs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeVendorServer> m_server;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CredentialRepository> m_repo;
    std::unique_ptr<ActivityLog> m_log;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<VendorOperations> m_ops;
    std::unique_ptr<CredentialActions> m_actions;
    std::unique_ptr<MainWindow> m_window;

    QString add(Vendor vendor, const QString &name)
    {
        Credential c = cctest::fakeCredential(vendor, name);
        c.values.insert(QStringLiteral("endpoint"), m_server->url().toString());
        QHash<QString, QString> secrets;
        for (const FieldSpec &f : c.schema().fields) {
            if (f.isSecret()) // a key pair's token has its form: Base64 of "key id:key secret"
                secrets.insert(f.key,
                               f.base64KeyPair ? cctest::kFakeConvToken : QStringLiteral("FAKE-") + f.key.toUpper());
        }
        [&] { QVERIFY(cctest::waitFor([&](auto done) { m_repo->save(c, secrets, done); }).ok); }();
        return c.id;
    }
    void select(const QString &id)
    {
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("credentialsTable"));
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data(CredentialListModel::IdRole).toString() == id)
                table->selectRow(r);
        }
    }
    QToolButton *tool(const char *name) const { return m_window->findChild<QToolButton *>(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_server = std::make_unique<FakeVendorServer>();
        QFile::remove(m_dir.filePath(QStringLiteral("c.json")));
        QFile::remove(m_dir.filePath(QStringLiteral("a.jsonl")));
        m_store = std::make_unique<CredentialStore>(m_dir.filePath(QStringLiteral("c.json")));
        m_secrets = std::make_unique<MemorySecretStore>();
        m_repo = std::make_unique<CredentialRepository>(m_store.get(), m_secrets.get());
        m_log = std::make_unique<ActivityLog>(m_dir.filePath(QStringLiteral("a.jsonl")));
        m_repo->setActivityLog(m_log.get());
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_http = std::make_unique<HttpClient>(m_manager.get());
        m_ops = std::make_unique<VendorOperations>(m_http.get());
        m_actions = std::make_unique<CredentialActions>(m_repo.get(), m_ops.get());
        m_window = std::make_unique<MainWindow>(m_repo.get());
        m_window->setActions(m_actions.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_actions.reset();
        m_ops.reset();
        m_http.reset();
        m_manager.reset();
        m_repo.reset(); // before init() replaces the store it saves into as it goes
    }

    void testSendThroughTheDialog()
    {
        const QString id = add(sinchsms::vendor(), QStringLiteral("Sinch test"));
        m_server->setResponse(
            "POST", kPlan + QStringLiteral("/batches"),
            FakeResponse::json(201, R"({"id":"01FAKEBATCH","to":["12025550143"],"body":"Hi"})").withDelay(300));
        m_server->setResponse("GET", kPlan + QStringLiteral("/batches/01FAKEBATCH/delivery_report"),
                              FakeResponse::json(200,
                                                 "{\"batch_id\":\"01FAKEBATCH\",\"total_message_count\":1,"
                                                 "\"statuses\":[{\"code\":0,\"status\":\"Delivered\",\"count\":1}]}"));
        select(id);
        QTest::mouseClick(tool("testSend"), Qt::LeftButton);
        TestSendDialog *d = m_window->testSendDialog();
        QVERIFY(d && QTest::qWaitForWindowExposed(d));
        QVERIFY(!d->sendButton()->isEnabled());

        // A number without its country code is refused with a message naming the field.
        QTest::keyClicks(d->recipient(), QStringLiteral("2025550143"));
        auto *problem = d->findChild<QLabel *>(QStringLiteral("recipientProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().startsWith(QStringLiteral("Recipient:")));
        // A word joiner pasted with a number is named where it is, not quoted as a blank.
        d->recipient()->setText(QStringLiteral("+1 202") + QChar(0x2060) + QStringLiteral("555 0143"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("U+2060 WORD JOINER (at position 7)")),
                 qPrintable(problem->text()));
        QVERIFY(!problem->text().contains(QChar(0x2060)));
        QVERIFY(!d->sendButton()->isEnabled());
        d->recipient()->clear();
        QTest::keyClicks(d->recipient(), QStringLiteral("+1 202 555 0143"));
        QVERIFY(!problem->isVisible());
        QTest::keyClicks(d->message()->textEdit(), QStringLiteral("Hello from the console"));
        QVERIFY(d->message()->counter()->text().contains(QStringLiteral("1 SMS")));
        QVERIFY(d->sendButton()->isEnabled());

        QTest::mouseClick(d->sendButton(), Qt::LeftButton);
        // While it runs: a progress indicator, and the close button cancels.
        QVERIFY(d->findChild<QProgressBar *>(QStringLiteral("progress"))->isVisible());
        QCOMPARE(d->findChild<QPushButton *>(QStringLiteral("close"))->text(), QStringLiteral("Cancel"));
        cctest::shoot(d, QStringLiteral("test-send-running"));
        QTRY_VERIFY(d->result()->text().contains(QStringLiteral("01FAKEBATCH")));
        QVERIFY(d->result()->text().contains(QStringLiteral("201")));
        QVERIFY(!d->findChild<QProgressBar *>(QStringLiteral("progress"))->isVisible());
        cctest::shoot(d, QStringLiteral("test-send-done"));

        const QJsonObject body = QJsonDocument::fromJson(m_server->lastRequest().body).object();
        QCOMPARE(body.value(QStringLiteral("to")).toArray().first().toString(), QStringLiteral("+12025550143"));
        QCOMPARE(body.value(QStringLiteral("body")).toString(), QStringLiteral("Hello from the console"));
        QCOMPARE(m_server->lastRequest().header("Authorization"), QByteArray("Bearer FAKE-APITOKEN"));

        // The delivery report, on request.
        QVERIFY(d->reportButton()->isEnabled());
        QTest::mouseClick(d->reportButton(), Qt::LeftButton);
        QTRY_VERIFY(d->result()->text().contains(QStringLiteral("Delivered")));

        const auto entries = m_log->read();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.last().action, ActivityLog::Action::TestSend);
        QCOMPARE(entries.last().outcome, ActivityLog::Outcome::Succeeded);
    }

    // Under the message: characters as a person counts them, segments in code units, and what
    // forces UCS-2 named by its code point when it cannot be seen; the tooltip says how each counts.
    // The vendor is sent the text as typed, invisible characters and all.
    void testSendCounterCountsWhatPeopleSee()
    {
        const QString id = add(sinchsms::vendor(), QStringLiteral("Sinch counter"));
        m_server->setResponse("POST", kPlan + QStringLiteral("/batches"),
                              FakeResponse::json(201, R"({"id":"01FAKECOUNT","to":["12025550143"],"body":"x"})"));
        m_window->openTestSend(id);
        TestSendDialog *d = m_window->testSendDialog();
        QVERIFY(d && QTest::qWaitForWindowExposed(d));
        QLabel *counter = d->message()->counter();
        QVERIFY(counter->toolTip().contains(QStringLiteral("septets")));
        QVERIFY(counter->toolTip().contains(QStringLiteral("67")));

        // The message is kept as typed: a no-break space, a line separator and a tab stay themselves.
        const QString asTyped =
            QStringLiteral("a") + QChar(0xA0) + QStringLiteral("b\nc") + QChar(0x2028) + QStringLiteral("d\te\n\nf");
        d->message()->setText(asTyped);
        QCOMPARE(d->message()->text(), asTyped);

        // Pasted, as QTest cannot type characters outside Latin-1.
        d->message()->textEdit()->clear();
        const QString price = QStringLiteral("Total: 10") + QChar(0xA0) + QStringLiteral("EUR");
        d->message()->textEdit()->insertPlainText(price);
        QVERIFY2(counter->text().contains(QStringLiteral("UCS-2 (because of U+00A0 NO-BREAK SPACE)")),
                 qPrintable(counter->text()));
        QVERIFY2(!counter->text().contains(QChar(0xA0)), qPrintable(counter->text()));
        cctest::shoot(d, QStringLiteral("test-send-named-character"));

        // A family of three is one character of eight code units; 64 letters and it make two SMS,
        // the family whole in the second.
        const QString family =
            QString::fromUtf8("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7");
        d->message()->textEdit()->setPlainText(QString(64, QChar(0x0436)) + family);
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^65 character\\S* · UCS-2 \\(because of “ж”\\): 72 of 134 code units · 2 SMS$"))
                     .match(counter->text())
                     .hasMatch(),
                 qPrintable(counter->text()));

        d->message()->textEdit()->setPlainText(price);
        QTest::keyClicks(d->recipient(), QStringLiteral("+12025550143"));
        QTest::mouseClick(d->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(d->result()->text().contains(QStringLiteral("01FAKECOUNT")));
        const QJsonObject body = QJsonDocument::fromJson(m_server->lastRequest().body).object();
        QCOMPARE(body.value(QStringLiteral("body")).toString(), price);
    }

    // Credentials › Replace secret…: refused by the vendor, the old value stays and the dialog says
    // why; accepted, it is replaced and the dialog says so.
    void replaceSecretThroughTheDialog()
    {
        const QString id = add(sinchsms::vendor(), QStringLiteral("Rotate me"));
        const QString entry = SecretStore::keyFor(id, QStringLiteral("apiToken"));
        const QString old = m_secrets->entries().value(entry);
        select(id);
        QAction *action = m_window->findChild<QAction *>(QStringLiteral("replaceSecretAction"));
        QVERIFY(action && action->isVisible() && action->isEnabled());
        action->trigger();
        ReplaceSecretDialog *d = m_window->replaceSecretDialog();
        QVERIFY(d && QTest::qWaitForWindowExposed(d));
        QCOMPARE(d->fieldChooser()->count(), 1);
        QCOMPARE(d->fieldChooser()->currentData().toString(), QStringLiteral("apiToken"));
        QVERIFY(!d->replaceButton()->isEnabled());

        m_server->setResponse("GET", kPlan + QStringLiteral("/batches"),
                              FakeResponse::json(401, R"({"code":"unauthorized","text":"Fake: invalid token"})"));
        QTest::keyClicks(d->valueEdit()->lineEdit(), QStringLiteral("FAKE-TOKEN-REFUSED"));
        QVERIFY(d->replaceButton()->isEnabled());
        QTest::mouseClick(d->replaceButton(), Qt::LeftButton);
        QTRY_VERIFY(!d->isBusy() && StatusLook::statusOf(d->resultLabel()).has_value());
        QCOMPARE(*StatusLook::statusOf(d->resultLabel()), Status::Error);
        QVERIFY2(d->resultLabel()->text().contains(QStringLiteral("old value is kept")),
                 qPrintable(d->resultLabel()->text()));
        QCOMPARE(m_secrets->entries().value(entry), old);

        m_server->setResponse("GET", kPlan + QStringLiteral("/batches"),
                              FakeResponse::json(200, R"({"count":0,"page":0,"page_size":1,"batches":[]})"));
        d->valueEdit()->lineEdit()->clear();
        QTest::keyClicks(d->valueEdit()->lineEdit(), QStringLiteral("FAKE-TOKEN-ACCEPTED"));
        QTest::mouseClick(d->replaceButton(), Qt::LeftButton);
        QTRY_VERIFY(!d->isBusy() && StatusLook::statusOf(d->resultLabel()) == Status::Success);
        QVERIFY2(d->resultLabel()->text().contains(QStringLiteral("was replaced")),
                 qPrintable(d->resultLabel()->text()));
        QCOMPARE(m_secrets->entries().value(entry), QStringLiteral("FAKE-TOKEN-ACCEPTED"));
    }

    // Tools › Flag old secrets: the list's secret age column says it in words and in the warning look,
    // and so does the details pane.
    void oldSecretsAreFlaggedInTheList()
    {
        const QString id = add(sinchsms::vendor(), QStringLiteral("Old token"));
        Credential c = *m_store->find(id);
        c.secretsSetAt = QDateTime::currentDateTimeUtc().addDays(-100);
        QVERIFY(m_store->upsert(c) >= 0);
        select(id);
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("credentialsTable"));
        const QModelIndex age = table->model()->index(0, CredentialListModel::SecretAgeColumn);
        // (The test runs without the English catalogue, which words "%n day(s)" as "100 days".)
        QVERIFY2(age.data().toString().startsWith(QStringLiteral("100 day")), qPrintable(age.data().toString()));
        QVERIFY(!age.data().toString().contains(QStringLiteral("older")));
        auto *menu = m_window->findChild<SecretAgeMenu *>(QStringLiteral("secretAgeMenu"));
        QVERIFY(menu && menu->actionFor(0)->isChecked());
        menu->actionFor(90)->trigger();
        QVERIFY2(age.data().toString().contains(QStringLiteral(": older than 90 day")),
                 qPrintable(age.data().toString()));
        QCOMPARE(CredentialListModel::Look(age.data(CredentialListModel::LookRole).toInt()),
                 CredentialListModel::Look::Warning);
        QCOMPARE(SecretAgeMenu::savedLimit(), 90);
        // The delegate paints it with the warning's colour and icon.
        auto *delegate =
            qobject_cast<StatusDelegate *>(table->itemDelegateForColumn(CredentialListModel::SecretAgeColumn));
        QCOMPARE(delegate->statusAt(age), Status::Warning);
        table->viewport()->repaint();
        auto *details = m_window->findChild<RowDetails *>();
        QVERIFY(details);
        QTRY_VERIFY2(details->text().contains(QStringLiteral("Secret age: 100 day")) &&
                         details->text().contains(QStringLiteral("older than 90 day")),
                     qPrintable(details->text()));
        menu->actionFor(0)->trigger();
        QVERIFY(!age.data().toString().contains(QStringLiteral("older")));
        QCOMPARE(SecretAgeMenu::savedLimit(), 0);
    }

    void testSendShowsTheVendorsError()
    {
        const QString id = add(sinchsms::vendor(), QStringLiteral("Bad token"));
        m_server->setResponse("POST", kPlan + QStringLiteral("/batches"),
                              FakeResponse::json(401, R"({"code":"unauthorized","text":"Fake: invalid token"})"));
        m_window->openTestSend(id);
        TestSendDialog *d = m_window->testSendDialog();
        QTest::keyClicks(d->recipient(), QStringLiteral("+12025550143"));
        QTest::keyClicks(d->message()->textEdit(), QStringLiteral("Hi"));
        QTest::mouseClick(d->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(d->result()->text().contains(QStringLiteral("401")));
        QVERIFY2(d->result()->text().contains(QStringLiteral("rejected the credentials")),
                 qPrintable(d->result()->text()));
        QVERIFY(!d->reportButton()->isEnabled());
    }

    void cancelAHangingTestSend()
    {
        const QString id = add(sinchsms::vendor(), QStringLiteral("Hanging"));
        m_server->setResponse("POST", kPlan + QStringLiteral("/batches"), FakeResponse::hang());
        m_window->openTestSend(id);
        TestSendDialog *d = m_window->testSendDialog();
        QTest::keyClicks(d->recipient(), QStringLiteral("+12025550143"));
        QTest::keyClicks(d->message()->textEdit(), QStringLiteral("Hi"));
        QTest::mouseClick(d->sendButton(), Qt::LeftButton);
        QTRY_COMPARE(m_server->requestCount(), 1);
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("close")), Qt::LeftButton);
        QTRY_VERIFY(d->result()->text().contains(QStringLiteral("Cancelled")));
        QVERIFY(d->isVisible()); // the first Cancel stops the sending, not the dialog
    }

    void mmsTestSendNeedsAMediaUrl()
    {
        const QString id = add(sinchmms::vendor(), QStringLiteral("MMS"));
        m_server->setResponse(
            "POST", QStringLiteral("/v1/projects/fake-project-0001/messages:send"),
            FakeResponse::json(200, R"({"accepted_time":"2026-11-23T10:00:00Z","message_id":"01FAKEMSG"})"));
        m_window->openTestSend(id);
        TestSendDialog *d = m_window->testSendDialog();
        QVERIFY(d->mediaUrl()->isVisible());
        QVERIFY(d->sender()->isVisible()); // it goes in MMS_SENDER
        QTest::keyClicks(d->recipient(), QStringLiteral("+12025550143"));
        QVERIFY(!d->sendButton()->isEnabled());
        QTest::keyClicks(d->mediaUrl(), QStringLiteral("http://media.example.com/cat.jpg"));
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("mediaProblem"))->text().contains(QStringLiteral("Media URL")));
        QVERIFY(!d->sendButton()->isEnabled());
        d->mediaUrl()->clear();
        QTest::keyClicks(d->mediaUrl(), QStringLiteral("https://media.example.com/cat.jpg"));
        QVERIFY(d->sendButton()->isEnabled());
        // An MMS sender is a short code or a long number, never a name.
        QTest::keyClicks(d->sender(), QStringLiteral("Acme"));
        auto *senderProblem = d->findChild<QLabel *>(QStringLiteral("senderProblem"));
        QVERIFY(senderProblem->isVisible() && senderProblem->text().startsWith(QStringLiteral("Sender: ")));
        QVERIFY(!d->sendButton()->isEnabled());
        d->sender()->clear();
        QTest::keyClicks(d->sender(), QStringLiteral("+1 202 555 0100"));
        QVERIFY(!senderProblem->isVisible());
        QVERIFY(d->sendButton()->isEnabled());
        cctest::shoot(d, QStringLiteral("test-send-mms"));
        QTest::mouseClick(d->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(d->result()->text().contains(QStringLiteral("01FAKEMSG")));
        const QJsonObject body = QJsonDocument::fromJson(m_server->lastRequest().body).object();
        QCOMPARE(body.value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("media_message"))
                     .toObject()
                     .value(QStringLiteral("url"))
                     .toString(),
                 QStringLiteral("https://media.example.com/cat.jpg"));
        QCOMPARE(body.value(QStringLiteral("channel_properties")).toObject(),
                 (QJsonObject{{QStringLiteral("MMS_SENDER"), QStringLiteral("+12025550100")}}));
        // Sent, with a message id: still no delivery report to offer, Sinch sends MMS reports by webhook only.
        for (QPushButton *button : d->findChildren<QPushButton *>())
            QVERIFY2(!button->isVisible() || button->text() != QLatin1String("Delivery report"),
                     qPrintable(button->objectName()));
    }

    // Under an MMS's text: its length and that it goes with the media, never SMS segments or an encoding.
    // How it is counted shows in the dialog on request, not only in a tooltip.
    // The rule the command line's send keeps too: an RCS card needs its text, with media or not; a
    // text of only spaces is none; a media URL must be an https address of a file.
    void rcsTestSendNeedsItsText()
    {
        m_window->openTestSend(add(sinchrcs::vendor(), QStringLiteral("RCS")));
        TestSendDialog *d = m_window->testSendDialog();
        QTest::keyClicks(d->recipient(), QStringLiteral("+12025550143"));
        QTest::keyClicks(d->mediaUrl(), QStringLiteral("https://media.example.com/card.png"));
        QVERIFY(!d->sendButton()->isEnabled());
        QTest::keyClicks(d->message()->textEdit(), QStringLiteral("   "));
        QVERIFY(!d->sendButton()->isEnabled());
        QTest::keyClicks(d->message()->textEdit(), QStringLiteral("Hi"));
        QVERIFY(d->sendButton()->isEnabled());
        d->mediaUrl()->clear();
        QTest::keyClicks(d->mediaUrl(), QStringLiteral("javascript:alert(1)"));
        auto *problem = d->findChild<QLabel *>(QStringLiteral("mediaProblem"));
        QVERIFY(problem->isVisible() && problem->text().contains(QStringLiteral("https://")));
        QVERIFY(!d->sendButton()->isEnabled());
    }

    void mmsTestSendCountsNoSegments()
    {
        m_window->openTestSend(add(sinchmms::vendor(), QStringLiteral("MMS counter")));
        TestSendDialog *d = m_window->testSendDialog();
        QVERIFY(d && QTest::qWaitForWindowExposed(d));
        QLabel *counter = d->message()->counter();
        QCOMPARE(counter->text(), QStringLiteral("No text: the MMS carries the media alone."));
        QTest::keyClicks(d->message()->textEdit(), QStringLiteral("Hello"));
        // (No translator here: the plural shows as written in the source.)
        const auto says = [counter](int characters) {
            return QRegularExpression(
                       QStringLiteral("^%1 character\\S* · sent with the media in one MMS, not split into SMS$")
                           .arg(characters))
                .match(counter->text())
                .hasMatch();
        };
        QVERIFY2(says(5), qPrintable(counter->text()));
        // Far longer than an SMS, with a character that would force UCS-2: still one message, no encoding.
        d->message()->textEdit()->setPlainText(QString(400, QLatin1Char('a')) + QStringLiteral("€😀"));
        QVERIFY2(says(402), qPrintable(counter->text()));
        for (const char *sms : {"septets", "code units", "GSM-7", "UCS-2 (", "3 SMS"})
            QVERIFY2(!counter->text().contains(QLatin1String(sms)), sms);
        QVERIFY(!d->message()->countingNote()->isVisible());
        QTest::mouseClick(d->message()->howCountedButton(), Qt::LeftButton);
        QLabel *note = d->message()->countingNote();
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("travels with its media")), qPrintable(note->text()));
        QVERIFY(!note->text().contains(QStringLiteral("septets")));
        QVERIFY2(cctest::cutOffWrappedText(note).isEmpty(), qPrintable(cctest::cutOffWrappedText(note)));
        QTest::mouseClick(d->message()->howCountedButton(), Qt::LeftButton);
        QVERIFY(!note->isVisible());
    }

    // An SMS's counting note, in the dialog on request: septets and code units.
    void smsCountingNoteShowsOnRequest()
    {
        m_window->openTestSend(add(infobip::vendor(), QStringLiteral("SMS counter")));
        TestSendDialog *d = m_window->testSendDialog();
        QVERIFY(d && QTest::qWaitForWindowExposed(d));
        QLabel *note = d->message()->countingNote();
        QVERIFY(!note->isVisible());
        QTest::mouseClick(d->message()->howCountedButton(), Qt::LeftButton);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("160 septets")) && note->text().contains(QStringLiteral("67")),
                 qPrintable(note->text()));
        QVERIFY2(cctest::cutOffWrappedText(note).isEmpty(), qPrintable(cctest::cutOffWrappedText(note)));
    }

    // Tab goes through the test-send dialog as it reads: down the fields (the media URL above the message),
    // then the buttons from left to right.
    void testSendTabOrderFollowsTheScreen_data()
    {
        QTest::addColumn<int>("vendor");
        QTest::newRow("sinch") << sinchsms::vendor().index();
        QTest::newRow("sinch mms") << sinchmms::vendor().index();
        QTest::newRow("infobip") << infobip::vendor().index();
    }

    void testSendTabOrderFollowsTheScreen()
    {
        QFETCH(int, vendor);
        m_window->openTestSend(add(Vendor(vendor), QStringLiteral("Tab order")));
        TestSendDialog *d = m_window->testSendDialog();
        QVERIFY(d && QTest::qWaitForWindowExposed(d));
        QTest::keyClicks(d->recipient(), QStringLiteral("+12025550143"));
        QTest::keyClicks(d->message()->textEdit(), QStringLiteral("Hello"));
        if (d->mediaUrl()->isVisible())
            QTest::keyClicks(d->mediaUrl(), QStringLiteral("https://media.example.com/cat.jpg"));
        QVERIFY(d->sendButton()->isEnabled());
        // The dialog's own focus (the offscreen platform activates no window).
        d->recipient()->setFocus();
        QCOMPARE(d->focusWidget(), d->recipient());
        QList<QWidget *> chain{d->recipient()};
        for (int i = 0; i < 20; ++i) {
            QTest::keyClick(d->focusWidget(), Qt::Key_Tab);
            if (d->focusWidget() == d->recipient())
                break;
            chain << d->focusWidget();
        }
        QStringList names;
        for (QWidget *w : chain)
            names << w->objectName();
        const QString order = names.join(QStringLiteral(", "));
        // Every field and button, once.
        QList<QWidget *> expected{d->recipient(), d->message()->textEdit(), d->message()->howCountedButton(),
                                  d->sendButton(), d->findChild<QPushButton *>(QStringLiteral("close"))};
        if (d->sender()->isVisible())
            expected << d->sender();
        if (d->mediaUrl()->isVisible())
            expected << d->mediaUrl();
        QCOMPARE(chain.size(), expected.size());
        for (QWidget *w : expected)
            QVERIFY2(chain.contains(w), qPrintable(w->objectName() + QStringLiteral(" not in ") + order));
        // Each one below the last, or on its row to its right.
        for (qsizetype i = 1; i < chain.size(); ++i) {
            const QRect before(chain.at(i - 1)->mapTo(d, QPoint()), chain.at(i - 1)->size());
            const QRect after(chain.at(i)->mapTo(d, QPoint()), chain.at(i)->size());
            const bool sameRow = after.top() < before.bottom() && before.top() < after.bottom();
            QVERIFY2(sameRow ? after.left() > before.left() : after.top() >= before.bottom(), qPrintable(order));
        }
    }

    // The dialog is as high as what it shows: no empty band between the fields and the buttons, in the
    // short MMS form too; a result that comes later shows whole.
    void testSendSizesToItsContent_data()
    {
        QTest::addColumn<int>("vendor");
        QTest::newRow("sinch") << sinchsms::vendor().index();
        QTest::newRow("sinch mms") << sinchmms::vendor().index();
    }

    void testSendSizesToItsContent()
    {
        QFETCH(int, vendor);
        const bool mms = Vendor(vendor) == sinchmms::vendor();
        m_server->setResponse(
            "POST",
            mms ? QStringLiteral("/v1/projects/fake-project-0001/messages:send") : kPlan + QStringLiteral("/batches"),
            FakeResponse::json(400, R"({"code":"bad_request","text":"Fake: the request was refused )"
                                    R"(because the recipient cannot receive this kind of message"})"));
        m_window->openTestSend(add(Vendor(vendor), QStringLiteral("Sized")));
        TestSendDialog *d = m_window->testSendDialog();
        QVERIFY(d && QTest::qWaitForWindowExposed(d));
        const auto band = [d] {
            auto *buttons = d->findChild<QDialogButtonBox *>();
            int lowest = 0;
            for (QWidget *w : d->findChildren<QWidget *>()) {
                if (w->isVisible() && w != buttons && !buttons->isAncestorOf(w))
                    lowest = qMax(lowest, w->mapTo(d, QPoint(0, w->height())).y());
            }
            return buttons->mapTo(d, QPoint()).y() - lowest;
        };
        const int spacing = d->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, d);
        QVERIFY2(band() <= 2 * spacing, qPrintable(QString::number(band())));
        QTest::keyClicks(d->recipient(), QStringLiteral("+12025550143"));
        if (mms)
            QTest::keyClicks(d->mediaUrl(), QStringLiteral("https://media.example.com/cat.jpg"));
        else
            QTest::keyClicks(d->message()->textEdit(), QStringLiteral("Hello"));
        QTest::mouseClick(d->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(d->result()->text().contains(QStringLiteral("400")));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY2(cctest::cutOffWrappedText(d->result()).isEmpty(), qPrintable(cctest::cutOffWrappedText(d->result())));
        QVERIFY2(band() <= 2 * spacing, qPrintable(QString::number(band())));
    }

    // After a refused send, Send is still the default button, for an MMS as for an SMS: the operator
    // fixes what the vendor refused and presses Enter to try again; Enter never closes the dialog
    // with its answer. Sent with the mouse or with Enter from a field.
    void testSendStaysTheDefaultAfterAFailure_data()
    {
        QTest::addColumn<int>("vendor");
        QTest::addColumn<bool>("withEnter");
        for (const bool enter : {false, true}) {
            QTest::addRow("sinch %s", enter ? "enter" : "click") << sinchsms::vendor().index() << enter;
            QTest::addRow("sinch mms %s", enter ? "enter" : "click") << sinchmms::vendor().index() << enter;
        }
    }

    void testSendStaysTheDefaultAfterAFailure()
    {
        QFETCH(int, vendor);
        QFETCH(bool, withEnter);
        const bool mms = Vendor(vendor) == sinchmms::vendor();
        const QString path =
            mms ? QStringLiteral("/v1/projects/fake-project-0001/messages:send") : kPlan + QStringLiteral("/batches");
        m_server->setResponse("POST", path,
                              FakeResponse::json(400, R"({"code":"bad_request","text":"Fake: refused"})"));
        m_window->openTestSend(add(Vendor(vendor), QStringLiteral("Default button")));
        TestSendDialog *d = m_window->testSendDialog();
        QVERIFY(d && QTest::qWaitForWindowExposed(d));
        auto *close = d->findChild<QPushButton *>(QStringLiteral("close"));
        QTest::keyClicks(d->recipient(), QStringLiteral("+12025550143"));
        // Enter pressed in the last line typed in (the message area takes Enter as a new line).
        QLineEdit *typedIn = mms ? d->mediaUrl() : d->recipient();
        if (mms)
            QTest::keyClicks(d->mediaUrl(), QStringLiteral("https://media.example.com/cat.jpg"));
        else
            QTest::keyClicks(d->message()->textEdit(), QStringLiteral("Hello"));
        QVERIFY(d->sendButton()->isDefault());
        if (withEnter) {
            typedIn->setFocus();
            QTest::keyClick(typedIn, Qt::Key_Return);
        } else
            QTest::mouseClick(d->sendButton(), Qt::LeftButton);
        QVERIFY(d->isRunning());
        QTRY_VERIFY(!d->isRunning());
        QVERIFY(d->result()->text().contains(QStringLiteral("400")));
        // The focus where it was (the Send button clicked, the field Enter was pressed in), not on Close.
        QWidget *focus = d->focusWidget();
        QCOMPARE(focus, withEnter ? static_cast<QWidget *>(typedIn) : d->sendButton());
        QVERIFY(d->sendButton()->isDefault());
        QVERIFY(!close->isDefault());
        // Enter where the focus is sends again, and the dialog stays open.
        const int before = m_server->requestCount();
        QTest::keyClick(focus, Qt::Key_Return);
        QVERIFY(d->isVisible());
        QTRY_VERIFY(m_server->requestCount() > before);
        QTRY_VERIFY(!d->isRunning());
        QVERIFY(d->isVisible());
        QVERIFY(d->sendButton()->isDefault());
    }

    // The test-send dialog offers only what the vendor takes: a media field where it sends MMS, a
    // sender where it takes one, the delivery report where there is one to fetch.
    void testSendOffersOnlyWhatTheVendorTakes_data()
    {
        QTest::addColumn<int>("vendor");
        QTest::addColumn<bool>("media");
        QTest::addColumn<bool>("sender");
        QTest::addColumn<bool>("report");
        QTest::newRow("sinch") << sinchsms::vendor().index() << false << true << true;
        QTest::newRow("sinch mms") << sinchmms::vendor().index() << true << true << false;
        QTest::newRow("infobip") << infobip::vendor().index() << false << true << true;
    }

    void testSendOffersOnlyWhatTheVendorTakes()
    {
        QFETCH(int, vendor);
        QFETCH(bool, media);
        QFETCH(bool, sender);
        QFETCH(bool, report);
        m_window->openTestSend(add(Vendor(vendor), QStringLiteral("Offers")));
        TestSendDialog *d = m_window->testSendDialog();
        QVERIFY(d && QTest::qWaitForWindowExposed(d));
        QCOMPARE(d->mediaUrl()->isVisible(), media);
        QCOMPARE(d->sender()->isVisible(), sender);
        QCOMPARE(d->reportButton()->isVisible(), report);
        QCOMPARE(adapterFor(Vendor(vendor)).capabilities().deliveryReport, report); // from the one table
        // No label stands for a field that is not there.
        for (QLabel *label : d->findChildren<QLabel *>()) {
            if (label->text() == QLatin1String("Media URL"))
                QCOMPARE(label->isVisible(), media);
            if (label->text() == QLatin1String("Sender"))
                QCOMPARE(label->isVisible(), sender);
        }
    }

    void channelSetupShowsEachStep()
    {
        const QString id = add(sinchmms::vendor(), QStringLiteral("MMS app"));
        QJsonArray after = cctest::fakeChannelCredentials();
        QJsonObject sms = after.at(1).toObject();
        sms.insert(QStringLiteral("state"), QJsonObject{{QStringLiteral("status"), QStringLiteral("ACTIVE")}});
        after[1] = sms;
        const auto app = [](const QJsonArray &credentials) {
            return QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("FAKEAPP0001")},
                                             {QStringLiteral("display_name"), QStringLiteral("Fake app")},
                                             {QStringLiteral("channel_credentials"), credentials}})
                .toJson(QJsonDocument::Compact);
        };
        m_server->queueResponse("GET", kApp, FakeResponse::json(200, app(cctest::fakeChannelCredentials())));
        m_server->queueResponse("GET", kApp, FakeResponse::json(200, app(after)));
        m_server->setResponse("PATCH", kApp, FakeResponse::json(200, app(after)));
        m_server->setResponse("GET", kApp + QStringLiteral("/webhooks"), FakeResponse::json(200, "{}"));
        m_server->setResponse(
            "POST", QStringLiteral("/v1/projects/fake-project-0001/webhooks"),
            FakeResponse::json(200, "{\"id\":\"FAKEHOOK\",\"app_id\":\"FAKEAPP0001\",\"target\":"
                                    "\"https://hooks.example.com/in\",\"triggers\":[\"MESSAGE_INBOUND\"]}"));
        select(id);
        QVERIFY(tool("setupChannel")->isEnabled());
        QTest::mouseClick(tool("setupChannel"), Qt::LeftButton);
        ChannelSetupDialog *d = m_window->channelSetupDialog();
        QVERIFY(d && QTest::qWaitForWindowExposed(d));
        // Sinch's current documentation: xms-adapter, us1 for the API's us; the dialog says it follows it.
        QCOMPARE(d->callbackUrl()->text(),
                 QStringLiteral(
                     "https://xms-adapter.us1.conversation-api.int.prod.sinch.com/adapter/v1/FAKEAPP0001/callback"));
        QVERIFY(d->callbackUrl()->isVisible());
        // Read whole in its field, not only copied from it.
        QVERIFY2(d->callbackUrl()->width() >=
                     d->callbackUrl()->fontMetrics().horizontalAdvance(d->callbackUrl()->text()) + 8,
                 qPrintable(QString::number(d->callbackUrl()->width())));
        QVERIFY(
            d->callbackNote()->text().contains(QStringLiteral("the console follows Sinch's current documentation")));
        // Sinch MMS only sends: inbound messages and consent need a Sinch (SMS) credential.
        QVERIFY(d->mmsNote()->text().contains(QStringLiteral("separate Sinch (SMS) API credential")));
        // What the webhook is for, under its field rather than in its tooltip only.
        auto *hint = d->findChild<QLabel *>(QStringLiteral("webhookHint"));
        QCOMPARE(hint->text(),
                 QStringLiteral("Optional: where the Conversation API posts inbound messages (MESSAGE_INBOUND)."));
        for (QLabel *note : {d->callbackNote(), d->mmsNote(), hint}) {
            const QString cut = cctest::cutOffWrappedText(note);
            QVERIFY2(cut.isEmpty(), qPrintable(cut));
        }
        QTest::keyClicks(d->webhookTarget(), QStringLiteral("https://hooks.example.com/in"));
        QTest::mouseClick(d->startButton(), Qt::LeftButton);
        QTRY_COMPARE(d->steps()->topLevelItemCount(), 5);
        QTRY_VERIFY(d->result()->text().contains(QStringLiteral("ACTIVE")));
        for (int i = 0; i < 5; ++i)
            QVERIFY(d->steps()->topLevelItem(i)->text(0).startsWith(QStringLiteral("✔")));
        cctest::shoot(d, QStringLiteral("channel-setup"));
        // The SMS channel credentials went to the app, the WhatsApp one stayed.
        QJsonArray sent;
        for (const cctest::RecordedRequest &r : m_server->requests()) {
            if (r.method == "PATCH")
                sent = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("channel_credentials")).toArray();
        }
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(0).toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("WHATSAPP"));
        QCOMPARE(sent.at(1)
                     .toObject()
                     .value(QStringLiteral("static_bearer"))
                     .toObject()
                     .value(QStringLiteral("token"))
                     .toString(),
                 QStringLiteral("FAKE-SMSAPITOKEN"));
        // Only Sinch MMS credentials have a channel to set up.
        select(add(infobip::vendor(), QStringLiteral("Infobip")));
        QVERIFY(!tool("setupChannel")->isEnabled());
    }

    // A second set-up with the same webhook target reuses the webhook the first made, and says so.
    void channelSetupTwiceReusesTheWebhook()
    {
        cctest::FakeSinchConversation sinch(m_server.get(), QStringLiteral("fake-project-0001"),
                                            QStringLiteral("FAKEAPP0001"));
        const QString id = add(sinchmms::vendor(), QStringLiteral("MMS app"));
        m_window->openChannelSetup(id);
        ChannelSetupDialog *d = m_window->channelSetupDialog();
        QVERIFY(d && QTest::qWaitForWindowExposed(d));
        QTest::keyClicks(d->webhookTarget(), QStringLiteral("https://hooks.example.com/in"));
        for (int run = 0; run < 2; ++run) {
            QTest::mouseClick(d->startButton(), Qt::LeftButton);
            QTRY_VERIFY(d->startButton()->isEnabled());
            QCOMPARE(d->steps()->topLevelItemCount(), 5);
        }
        QCOMPARE(sinch.webhooks().size(), 1);
        QTreeWidgetItem *webhookStep = d->steps()->topLevelItem(3);
        QVERIFY(webhookStep->text(0).startsWith(QStringLiteral("✔")));
        QVERIFY2(webhookStep->text(1).startsWith(QStringLiteral("Already set up")), qPrintable(webhookStep->text(1)));
        QVERIFY(d->result()->text().contains(QStringLiteral("xms-adapter.us1")));
    }

    // Where Sinch documents no SMS adapter (br), the dialog makes up no address and says why.
    void channelSetupForBrazilShowsNoMadeUpAddress()
    {
        Credential c = cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("MMS Brazil"));
        c.values.insert(QStringLiteral("region"), QStringLiteral("br"));
        ChannelSetupDialog d(m_actions.get(), c);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(!d.callbackUrl()->isVisible());
        QVERIFY(d.callbackUrl()->text().isEmpty());
        QVERIFY(!d.findChild<QPushButton *>(QStringLiteral("copyCallback"))->isVisible());
        QVERIFY2(d.callbackNote()->text().contains(QStringLiteral("none for region br")),
                 qPrintable(d.callbackNote()->text()));
        QVERIFY(!d.callbackNote()->text().contains(QStringLiteral("adapter.br")));
        const QString cut = cctest::cutOffWrappedText(d.callbackNote());
        QVERIFY2(cut.isEmpty(), qPrintable(cut));
    }

    void checkFromTheFormBeforeSaving()
    {
        m_server->setResponse("GET", kPlan + QStringLiteral("/batches"),
                              FakeResponse::json(200, R"({"count":0,"page":0,"page_size":1,"batches":[]})"));
        m_window->createCredential();
        CredentialDialog *d = m_window->activeDialog();
        QVERIFY(d && d->checkButton()->isVisible());
        QVERIFY(!d->checkButton()->isEnabled()); // no vendor yet: nothing to check
        d->vendorChoice()->setCurrentIndex(d->vendorChoice()->findData(sinchsms::vendor().index()));
        CredentialForm *form = d->currentForm();
        QVERIFY(!d->checkButton()->isEnabled()); // the service plan and token are still empty
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("field-serviceId")),
                         QStringLiteral("fake-service-0001"));
        QVERIFY(!d->checkButton()->isEnabled());
        QTest::keyClicks(form->findChild<QWidget *>(QStringLiteral("field-apiToken"))->findChild<QLineEdit *>(),
                         QStringLiteral("FAKE-TYPED-TOKEN"));
        QVERIFY(d->checkButton()->isEnabled()); // a check needs no name
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("field-name")), QStringLiteral("Tried first"));
        QTest::mouseClick(form->advancedToggle(), Qt::LeftButton);
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("field-endpoint")), m_server->url().toString());
        // What Check does is said in the window before it is pressed, not only in its tooltip.
        QCOMPARE(d->statusLabel()->text(), QStringLiteral("Check tries these values with the vendor, without saving "
                                                          "them and without sending a message."));
        QTest::mouseClick(d->checkButton(), Qt::LeftButton);
        QTRY_VERIFY2(d->statusLabel()->text().contains(QStringLiteral("The credentials work")),
                     qPrintable(d->statusLabel()->text()));
        QCOMPARE(m_server->lastRequest().header("Authorization"), QByteArray("Bearer FAKE-TYPED-TOKEN"));
        QVERIFY(m_store->credentials().isEmpty()); // checking saves nothing
        QCOMPARE(m_secrets->readCount(), 0);
        cctest::ScriptedAsk::setNextAnswer(true);
        d->reject();
    }

    // "Find region…" in the form: every region asked with the values typed, the one that accepted
    // them offered, and the form's region set to it; nothing saved, nothing sent.
    void findRegionFromTheForm()
    {
        const QString ok = QStringLiteral(R"({"count":0,"page":0,"page_size":1,"batches":[]})");
        m_server->setDefaultResponse(FakeResponse::json(401, R"({"code":"unauthorized","text":"Invalid"})"));
        m_server->setResponse("GET", QStringLiteral("/ca") + kPlan + QStringLiteral("/batches"),
                              FakeResponse::json(200, ok.toUtf8()));
        m_window->createCredential();
        CredentialDialog *d = m_window->activeDialog();
        QVERIFY(d);
        d->vendorChoice()->setCurrentIndex(d->vendorChoice()->findData(infobip::vendor().index()));
        QVERIFY(!d->findRegionButton()->isVisible()); // Infobip: the account's own address, no regions
        d->vendorChoice()->setCurrentIndex(d->vendorChoice()->findData(sinchsms::vendor().index()));
        QVERIFY(d->findRegionButton()->isVisible());
        CredentialForm *form = d->currentForm();
        QVERIFY(!d->findRegionButton()->isEnabled()); // nothing to try yet
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("field-serviceId")),
                         QStringLiteral("fake-service-0001"));
        QTest::keyClicks(form->findChild<QWidget *>(QStringLiteral("field-apiToken"))->findChild<QLineEdit *>(),
                         QStringLiteral("FAKE-TYPED-TOKEN"));
        QTest::mouseClick(form->advancedToggle(), Qt::LeftButton);
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("field-endpoint")),
                         m_server->url().toString() + QStringLiteral("/{region}"));
        QTRY_VERIFY(d->findRegionButton()->isEnabled());
        QTest::mouseClick(d->findRegionButton(), Qt::LeftButton);
        RegionDialog *regions = nullptr;
        QTRY_VERIFY((regions = d->findChild<RegionDialog *>()) != nullptr);
        auto *use = regions->findChild<QPushButton *>(QStringLiteral("useRegion"));
        QTRY_VERIFY_WITH_TIMEOUT(use->isEnabled(), 20000);
        QCOMPARE(use->text(), QStringLiteral("Use region ca"));
        auto *table = regions->findChild<QTreeWidget *>(QStringLiteral("regions"));
        QCOMPARE(table->topLevelItemCount(), 5);
        QCOMPARE(table->topLevelItem(0)->text(1), QStringLiteral("rejected (HTTP 401)"));
        QCOMPARE(table->topLevelItem(4)->text(1), QStringLiteral("accepted (HTTP 200)"));
        cctest::shoot(regions, QStringLiteral("find-region"));
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(form->values().value(QStringLiteral("region")).toString(), QStringLiteral("ca"));
        QCOMPARE(m_server->requestCount(), 5);
        for (const cctest::RecordedRequest &r : m_server->requests())
            QCOMPARE(r.method, QByteArray("GET"));
        QVERIFY(m_store->credentials().isEmpty()); // nothing saved
        cctest::ScriptedAsk::setNextAnswer(true);
        d->reject();
    }

    // The list's Last check column shows a failing check in the error's look and a passing one in the
    // success's, beside the words that say it; never checked, it is plain.
    void lastCheckShowsItsStatusInTheList()
    {
        const QString id = add(sinchsms::vendor(), QStringLiteral("Looked at"));
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("credentialsTable"));
        auto *delegate =
            qobject_cast<StatusDelegate *>(table->itemDelegateForColumn(CredentialListModel::StatusColumn));
        QVERIFY(delegate);
        const auto cell = [&] {
            select(id);
            return table->model()->index(table->currentIndex().row(), CredentialListModel::StatusColumn);
        };
        QCOMPARE(cell().data().toString(), QStringLiteral("Not checked"));
        QCOMPARE(delegate->statusAt(cell()), std::nullopt);

        m_server->setResponse("GET", kPlan + QStringLiteral("/batches"),
                              FakeResponse::json(401, R"({"code":"unauthorized","text":"Fake: invalid token"})"));
        m_window->checkCredentials({id});
        QTRY_COMPARE(m_store->find(id)->lastCheck.state, CheckStatus::State::Failing);
        QVERIFY2(cell().data().toString().startsWith(QStringLiteral("Failing (")),
                 qPrintable(cell().data().toString()));
        QCOMPARE(delegate->statusAt(cell()), Status::Error);
        table->viewport()->repaint();

        m_server->setResponse("GET", kPlan + QStringLiteral("/batches"),
                              FakeResponse::json(200, R"({"count":0,"page":0,"page_size":1,"batches":[]})"));
        m_window->checkCredentials({id});
        QTRY_COMPARE(m_store->find(id)->lastCheck.state, CheckStatus::State::Ok);
        QVERIFY2(cell().data().toString().startsWith(QStringLiteral("OK (")), qPrintable(cell().data().toString()));
        QCOMPARE(delegate->statusAt(cell()), Status::Success);
        cctest::shoot(m_window.get(), QStringLiteral("list-last-check"));
    }

    void checkManyIsBoundedAndUpdatesTheList()
    {
        QStringList ids;
        for (int i = 0; i < 20; ++i)
            ids << add(sinchsms::vendor(), QStringLiteral("Sinch %1").arg(i, 2, 10, QLatin1Char('0')));
        m_server->setResponse(
            "GET", kPlan + QStringLiteral("/batches"),
            FakeResponse::json(200, R"({"count":0,"page":0,"page_size":1,"batches":[]})").withDelay(150));
        m_server->clearRecords();
        m_window->checkAll();
        CheckAllDialog *d = m_window->checkAllDialog();
        QVERIFY(d);
        QTRY_VERIFY(m_server->requestCount() > 0);
        cctest::shoot(d, QStringLiteral("check-all-running"));
        QTRY_VERIFY_WITH_TIMEOUT(!d->runner()->isRunning(), 30000);
        QCOMPARE(m_server->requestCount(), 20);
        QVERIFY2(m_server->maxInFlight() <= CheckAllRunner::kConcurrency,
                 qPrintable(QString::number(m_server->maxInFlight())));
        QVERIFY(m_server->maxInFlight() >= 2); // concurrent, not one by one
        QCOMPARE(d->progressBar()->value(), 20);
        QCOMPARE(d->summary()->text(), QStringLiteral("20 checked: 20 OK, 0 failing."));
        QCOMPARE(d->results()->topLevelItemCount(), 20);
        cctest::shoot(d, QStringLiteral("check-all-done"));
        for (const QString &id : ids)
            QCOMPARE(m_store->find(id)->lastCheck.state, CheckStatus::State::Ok);
    }

    void cancelCheckAll()
    {
        for (int i = 0; i < 30; ++i)
            add(sinchsms::vendor(), QStringLiteral("Slow %1").arg(i));
        m_server->setResponse(
            "GET", kPlan + QStringLiteral("/batches"),
            FakeResponse::json(200, R"({"count":0,"page":0,"page_size":1,"batches":[]})").withDelay(400));
        m_server->clearRecords();
        m_window->checkAll();
        CheckAllDialog *d = m_window->checkAllDialog();
        QTRY_VERIFY(d->progressBar()->value() >= 8); // the first wave is back
        QTest::mouseClick(d->cancelButton(), Qt::LeftButton);
        const int started = d->runner()->started();
        QVERIFY(started < 30);
        QTRY_VERIFY(!d->runner()->isRunning());
        QCOMPARE(d->runner()->started(), started); // nothing more started after Cancel
        QVERIFY2(d->summary()->text().contains(QStringLiteral("cancelled")), qPrintable(d->summary()->text()));
        QCOMPARE(d->runner()->summary().ok + d->runner()->summary().cancelled + d->runner()->summary().failing, 30);
        QCOMPARE(d->cancelButton()->text(), QStringLiteral("Close"));
        QVERIFY(m_server->requestCount() <= started);
    }
};

QTEST_MAIN(TestVendorDialogs)
#include "tst_vendordialogs.moc"
