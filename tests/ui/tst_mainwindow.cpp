#include "CredentialsPage.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "credentials/CredentialListModel.h"
#include "credentials/MemorySecretStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QtTest/QtTest>

using namespace cc;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensOnApiCredentialsWithAnEmptyState()
    {
        CredentialStore store(m_dir.filePath(QStringLiteral("empty.json")));
        MemorySecretStore secrets;
        CredentialRepository repo(&store, &secrets);
        MainWindow w(&repo);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.windowTitle(), QStringLiteral("Channel Console"));
        auto *breadcrumb = w.findChild<QLabel *>(QStringLiteral("breadcrumb"));
        QVERIFY(breadcrumb);
        QCOMPARE(breadcrumb->text(), QStringLiteral("Administration › Channels › API Credentials"));
        auto *emptyCreate = w.findChild<QPushButton *>(QStringLiteral("emptyCreate"));
        QVERIFY(emptyCreate && emptyCreate->isVisible());
        QVERIFY(!w.findChild<QTableView *>(QStringLiteral("credentialsTable"))->isVisible());
        QCOMPARE(w.findChild<QPushButton *>(QStringLiteral("create"))->text(),
                 QStringLiteral("Create new API credentials"));
    }

    void listShowsStoredCredentials()
    {
        CredentialStore store(m_dir.filePath(QStringLiteral("two.json")));
        store.upsert(cctest::fakeCredential(Vendor::SinchSms, QStringLiteral("Sinch US")));
        store.upsert(cctest::fakeCredential(Vendor::Infobip, QStringLiteral("Infobip main")));
        MemorySecretStore secrets;
        CredentialRepository repo(&store, &secrets);
        MainWindow w(&repo);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *table = w.findChild<QTableView *>(QStringLiteral("credentialsTable"));
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 2);
        // Sorted by name.
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Infobip main"));
        QTest::keyClicks(w.findChild<QLineEdit *>(QStringLiteral("search")), QStringLiteral("us"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Sinch US"));
    }

    void damagedStoreIsReportedInTheWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        CredentialStore store(path);
        const auto loaded = store.load();
        MemorySecretStore secrets;
        CredentialRepository repo(&store, &secrets);
        MainWindow w(&repo);
        w.reportLoadProblem(loaded);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *problem = w.findChild<QWidget *>(QStringLiteral("storeProblem"));
        QVERIFY(problem->isVisible());
        const QString text = problem->findChild<QLabel *>()->text();
        QVERIFY2(text.contains(QDir::toNativeSeparators(path)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("A copy was kept as")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
