#include "ActivityLogDialog.h"
#include "Ask.h"
#include "ImportDialog.h"
#include "InboundPreviewDialog.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ScriptedAsk.h"
#include "TestSupport.h"
#include "WidgetShots.h"
#include "services/ActivityLogModel.h"
#include "services/CredentialListModel.h"
#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest/QtTest>

using namespace cc;

namespace {

// The owner, group and other bits (not Qt's "user" ones, which repeat the owner's or the group's).
constexpr QFileDevice::Permissions kEveryone = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                               QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                               QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

// The operator tools: inbound keyword preview, activity log, export and import.
class TestTools : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CredentialRepository> m_repo;
    std::unique_ptr<ActivityLog> m_log;
    std::unique_ptr<MainWindow> m_window;

    QString add(Credential c, const QString &secret = QStringLiteral("SENTINEL-TOOLS"))
    {
        QHash<QString, QString> secrets;
        for (const QString &key : c.schema().secretKeys())
            secrets.insert(key, secret);
        [&] { QVERIFY(cctest::waitFor([&](auto done) { m_repo->save(c, secrets, done); }).ok); }();
        return c.id;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        // The last test's window, then its repository, which saves into its store as it goes.
        m_window.reset();
        m_repo.reset();
        m_log.reset();
        m_store.reset();
        for (const QString &f : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(f));
        m_store = std::make_unique<CredentialStore>(m_dir.filePath(QStringLiteral("c.json")));
        m_secrets = std::make_unique<MemorySecretStore>();
        m_repo = std::make_unique<CredentialRepository>(m_store.get(), m_secrets.get());
        m_log = std::make_unique<ActivityLog>(m_dir.filePath(QStringLiteral("activity.jsonl")));
        m_repo->setActivityLog(m_log.get());
        m_window = std::make_unique<MainWindow>(m_repo.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void inboundPreview_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("steps");
        QTest::addColumn<QString>("reply");
        QTest::newRow("opt-out default") << QStringLiteral(" stop ") << QStringLiteral("Rule: Opt-out (keyword STOP)")
                                         << 1 << QStringLiteral("You are unsubscribed.");
        QTest::newRow("custom opt-in") << QStringLiteral("Oui") << QStringLiteral("Rule: Opt-in (keyword OUI)") << 1
                                       << QStringLiteral("Welcome!");
        QTest::newRow("help") << QStringLiteral("HELP") << QStringLiteral("Rule: Help (keyword HELP)") << 1
                              << QStringLiteral("Call us.");
        QTest::newRow("double opt-in") << QStringLiteral("join") << QStringLiteral("Rule: Double opt-in (keyword JOIN)")
                                       << 2 << QStringLiteral("(the platform asks the person to confirm)");
        QTest::newRow("custom inbound") << QStringLiteral("offers")
                                        << QStringLiteral("Rule: Custom inbound keyword (keyword OFFERS)") << 1
                                        << QStringLiteral("(no reply");
        QTest::newRow("default reply") << QStringLiteral("hello?") << QStringLiteral("Rule: Default inbound reply") << 1
                                       << QStringLiteral("Sorry, we did not understand.");
        QTest::newRow("a keyword in two lists")
            << QStringLiteral("yes")
            << QStringLiteral(
                   "Rule: Opt-in (keyword YES)\n“YES” is also a keyword of: Custom inbound keyword. The rule "
                   "above is matched first, so those never answer it.")
            << 1 << QStringLiteral("Welcome!");
    }

    void inboundPreview()
    {
        QFETCH(QString, text);
        QFETCH(QString, rule);
        QFETCH(int, steps);
        QFETCH(QString, reply);
        Credential c = cctest::fakeCredential(infobip::vendor(), QStringLiteral("Keywords"));
        c.values.insert(QStringLiteral("optInKeywords"), QStringLiteral("OUI, YES"));
        c.values.insert(QStringLiteral("optInMessage"), QStringLiteral("Welcome!"));
        c.values.insert(QStringLiteral("optOutMessage"), QStringLiteral("You are unsubscribed."));
        c.values.insert(QStringLiteral("helpMessage"), QStringLiteral("Call us."));
        c.values.insert(QStringLiteral("doubleOptInKeywords"), QStringLiteral("JOIN"));
        c.values.insert(QStringLiteral("doubleOptInMessage"), QStringLiteral("You are confirmed."));
        c.values.insert(QStringLiteral("customInboundKeywords"), QStringLiteral("OFFERS, YES"));
        c.values.insert(QStringLiteral("defaultInboundReply"), QStringLiteral("Sorry, we did not understand."));
        add(c);
        add(cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("No keywords here")));
        m_window->showInboundPreview();
        InboundPreviewDialog *d = m_window->inboundPreviewDialog();
        QVERIFY(d);
        QCOMPARE(d->credentialChoice()->count(), 1); // Sinch MMS has no keyword settings
        QTest::keyClicks(d->inbound(), text);
        QCOMPARE(d->ruleLabel()->text(), rule);
        QCOMPARE(d->conversation()->topLevelItemCount(), steps);
        QVERIFY2(d->conversation()->topLevelItem(0)->text(1).startsWith(reply),
                 qPrintable(d->conversation()->topLevelItem(0)->text(1)));
        if (steps == 2) {
            QCOMPARE(d->conversation()->topLevelItem(1)->text(0), QStringLiteral("OUI"));
            QCOMPARE(d->conversation()->topLevelItem(1)->text(1), QStringLiteral("You are confirmed."));
            QVERIFY(d->conversation()->topLevelItem(1)->text(2).contains(QStringLiteral("profile")));
            cctest::shoot(d, QStringLiteral("inbound-preview"));
        } else if (!reply.startsWith(QLatin1Char('('))) {
            QVERIFY(d->conversation()->topLevelItem(0)->text(2).contains(QStringLiteral("1 SMS")));
        }
        // The keywords in force, defaults marked as such.
        QTreeWidgetItem *optOut = d->keywordsInForce()->topLevelItem(1);
        QCOMPARE(optOut->text(0), QStringLiteral("Opt-out"));
        QCOMPARE(optOut->text(1), QStringLiteral("STOP, QUIT, CANCEL, END, UNSUBSCRIBE, NO (defaults)"));
    }

    void activityLogFilterAndCsv()
    {
        const QString id = add(cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Logged one")));
        m_repo->record(id, ActivityLog::Action::Check, ActivityLog::Outcome::Failed,
                       ActivityEvent::of("check.unauthorized", {{"status", 401}, {"http", 401}}));
        m_repo->record(id, ActivityLog::Action::TestSend, ActivityLog::Outcome::Succeeded,
                       ActivityEvent::of("send.sinch-accepted", {{"batch", QStringLiteral("01FAKE")}, {"http", 201}}));
        m_window->showActivityLog();
        ActivityLogDialog *d = m_window->activityLogDialog();
        QVERIFY(d);
        QCOMPARE(d->table()->model()->rowCount(), 3); // create, check, test send
        QCOMPARE(d->table()->model()->index(0, ActivityLogModel::ActionColumn).data().toString(),
                 QStringLiteral("Test send"));
        auto *outcome = d->findChild<QComboBox *>(QStringLiteral("outcome"));
        outcome->setCurrentIndex(2); // Failed
        QCOMPARE(d->table()->model()->rowCount(), 1);
        QCOMPARE(d->table()->model()->index(0, ActivityLogModel::DetailColumn).data().toString(),
                 QStringLiteral("The vendor rejected the credentials (HTTP 401). Check the API token or key, and "
                                "that it belongs to this service plan or project.")); // the status said once
        outcome->setCurrentIndex(0);
        QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("search")), QStringLiteral("01fake"));
        QCOMPARE(d->table()->model()->rowCount(), 1);
        cctest::shoot(d, QStringLiteral("activity-log"));
        QString error;
        const QString csv = m_dir.filePath(QStringLiteral("log.csv"));
        QVERIFY2(d->exportCsv(csv, &error), qPrintable(error));
        QCOMPARE(QFile::permissions(csv) & kEveryone, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2); // the header and the row shown
        QCOMPARE(lines.at(0).trimmed(), QByteArray("Time (UTC),API credentials,Action,Outcome,Detail,code"));
        QVERIFY(lines.at(1).contains("Batch ID: 01FAKE."));
        QVERIFY(lines.at(1).trimmed().endsWith(",send.sinch-accepted"));
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile raw(m_dir.filePath(name));
            QVERIFY(raw.open(QIODevice::ReadOnly));
            QVERIFY2(!raw.readAll().contains("SENTINEL-TOOLS"), qPrintable(name));
        }
    }

    // The menu names what it exports (menus show no tooltips): all, or the selection.
    void theExportMenuSaysWhatItExports()
    {
        add(cctest::fakeCredential(infobip::vendor(), QStringLiteral("One")));
        add(cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Two")));
        auto exportAction = [this] {
            for (QAction *a : m_window->findChildren<QAction *>()) {
                if (a->text().startsWith(QLatin1String("&Export")))
                    return a;
            }
            return static_cast<QAction *>(nullptr);
        };
        QVERIFY(exportAction());
        QCOMPARE(exportAction()->text(), QStringLiteral("&Export all…"));
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("credentialsTable"));
        table->selectRow(1);
        QCOMPARE(exportAction()->text(), QStringLiteral("&Export selected…"));
        table->clearSelection();
        QCOMPARE(exportAction()->text(), QStringLiteral("&Export all…"));
    }

    void exportThenImportRoundTrip()
    {
        Credential c = cctest::fakeCredential(infobip::vendor(), QStringLiteral("Round trip"));
        c.values.insert(QStringLiteral("validityPeriod"), 5);
        const QString id = add(c);
        add(cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Not exported")));
        const QString file = m_dir.filePath(QStringLiteral("export.json"));
        QString error;
        QVERIFY2(m_window->exportToFile({id}, file, &error), qPrintable(error));
        QCOMPARE(QFile::permissions(file) & kEveryone, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray exported = f.readAll();
        QVERIFY(!exported.contains("SENTINEL-TOOLS"));
        QVERIFY(!exported.contains("Not exported"));

        // Importing into the same console: the name clashes, so it comes in renamed, without secrets.
        m_window->importFile(file);
        ImportDialog *d = m_window->importDialog();
        QVERIFY(d);
        QCOMPARE(d->items()->topLevelItemCount(), 1);
        QCOMPARE(d->items()->topLevelItem(0)->text(0), QStringLiteral("Round trip (imported 2)"));
        QCOMPARE(d->items()->topLevelItem(0)->text(1), QStringLiteral("Renamed"));
        QVERIFY(d->items()->topLevelItem(0)->text(2).contains(QStringLiteral("API key")));
        cctest::shoot(d, QStringLiteral("import"));
        QTest::mouseClick(d->importButton(), Qt::LeftButton);
        QTRY_COMPARE(m_store->credentials().size(), 3);
        const Credential &imported = m_store->credentials().last();
        QCOMPARE(imported.name(), QStringLiteral("Round trip (imported 2)"));
        QCOMPARE(imported.values.value(QStringLiteral("validityPeriod")).toInt(), 5);
        QVERIFY(imported.secretsSet.isEmpty());
        QVERIFY(imported.id != id);
        // The list tells the operator that its secrets are still to be entered.
        const CredentialListModel model(m_repo.get());
        const QModelIndex status = model.index(2, CredentialListModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Secrets missing"));
        QCOMPARE(CredentialListModel::Look(status.data(CredentialListModel::LookRole).toInt()),
                 CredentialListModel::Look::Warning);
        const auto entries = m_log->read();
        QCOMPARE(entries.last().action, ActivityLog::Action::Import);
    }

    // Deleting many asks with a few names and how many more, then says how far it is.
    void deletingManyNamesAFewAndCountsTheRest()
    {
        QStringList ids;
        for (int i = 0; i < 8; ++i)
            ids << add(cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Bulk %1").arg(i)));
        cctest::ScriptedAsk::setNextAnswer(false);
        m_window->deleteCredentials(ids);
        const QString text = cctest::ScriptedAsk::lastText();
        for (int i = 0; i < 5; ++i)
            QVERIFY2(text.contains(QStringLiteral("Bulk %1").arg(i)), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Bulk 5")), qPrintable(text));
        QVERIFY2(text.startsWith(QStringLiteral("Delete 8 API credentials")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Bulk 4, 3 more")) || text.contains(QStringLiteral("and 3 more")),
                 qPrintable(text));
        QCOMPARE(m_store->credentials().size(), 8); // cancelled: nothing deleted

        // Many take a while (the keychain removes one entry at a time): the status bar says how far it is.
        QStringList progress;
        QObject::connect(m_window->statusBar(), &QStatusBar::messageChanged, m_window.get(),
                         [&progress](const QString &message) { progress << message; });
        cctest::ScriptedAsk::setNextAnswer(true);
        m_window->deleteCredentials(ids);
        QTRY_COMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Deleted 8 API credentials."));
        QCOMPARE(m_store->credentials().size(), 0);
        QCOMPARE(progress.first(),
                 QStringLiteral("Deleting 8 API credentials: removing their secrets from the keychain (0 done)…"));
        QVERIFY2(progress.contains(
                     QStringLiteral("Deleting 8 API credentials: removing their secrets from the keychain (4 done)…")),
                 qPrintable(progress.join(QLatin1Char('\n'))));
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Deleted 8 API credentials."));
    }

    // A file with a bad entry: the dialog lists it with its place and why, and cannot import the rest.
    void importWithABadEntryImportsNothing()
    {
        add(cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Already here")));
        const QString file = m_dir.filePath(QStringLiteral("bad-entry.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "channel-console/export", "version": 1, "credentials": [)"
                R"({"vendor": "sinch", "fields": {"name": "Good", "serviceId": "fake-1"}},)"
                R"({"vendor": "sinch", "fields": {"name": 12345, "serviceId": "fake-2"}}]})");
        f.close();
        m_window->importFile(file);
        ImportDialog *d = m_window->importDialog();
        QVERIFY(d);
        QCOMPARE(d->items()->topLevelItemCount(), 2);
        QCOMPARE(d->items()->topLevelItem(1)->text(1), QStringLiteral("Rejected"));
        QVERIFY2(d->items()->topLevelItem(1)->text(2).startsWith(
                     QStringLiteral("Entry 2 is refused: Name: the file holds the number 12345")),
                 qPrintable(d->items()->topLevelItem(1)->text(2)));
        QVERIFY(!d->importButton()->isEnabled());
        const QString summary = d->findChild<QLabel *>(QStringLiteral("summary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("refused, so nothing is imported")), qPrintable(summary));
        d->accept(); // even when accepted some other way, nothing is saved
        QCOMPARE(m_store->credentials().size(), 1);
    }

    void importRejectsABrokenFileWithAMessage()
    {
        const QString file = m_dir.filePath(QStringLiteral("broken.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ nope");
        f.close();
        cctest::ScriptedAsk::setNextAnswer(false);
        m_window->importFile(file);
        QVERIFY(!m_window->importDialog());
        QVERIFY(cctest::ScriptedAsk::lastText().contains(QStringLiteral("not valid JSON")));
        QVERIFY(cctest::ScriptedAsk::lastText().contains(QDir::toNativeSeparators(file)));
    }
};

QTEST_MAIN(TestTools)
#include "tst_tools.moc"
