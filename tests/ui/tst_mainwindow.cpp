#include "Console.h"
#include "ConsoleStyle.h"
#include "CredentialsPage.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "TestSupport.h"
#include "ToolIcons.h"
#include "services/CredentialListModel.h"
#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
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
        store.upsert(cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Sinch US")));
        store.upsert(cctest::fakeCredential(infobip::vendor(), QStringLiteral("Infobip main")));
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
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("search"));
        QTest::keyClicks(search, QStringLiteral("us"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Sinch US"));
        // The search's clear button (set up with the first text) empties it and shows every row.
        auto *clear = search->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
        QVERIFY(clear);
        QToolButton *clearButton = nullptr;
        for (QToolButton *b : search->findChildren<QToolButton *>())
            clearButton = b->defaultAction() == clear ? b : clearButton;
        QVERIFY(clearButton && clearButton->isVisible());
        QTest::mouseClick(clearButton, Qt::LeftButton);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(table->model()->rowCount(), 2);
    }

    void toolButtonsHaveDrawnIcons()
    {
        CredentialStore store(m_dir.filePath(QStringLiteral("icons.json")));
        store.upsert(cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Sinch US")));
        MemorySecretStore secrets;
        CredentialRepository repo(&store, &secrets);
        MainWindow w(&repo);
        for (const char *name : {"edit", "duplicate", "delete"}) {
            auto *button = w.findChild<QToolButton *>(QLatin1String(name));
            QVERIFY2(button, name);
            // Drawn at any size, in the palette's colour; not blank.
            for (const int size : {16, 32}) {
                const QImage image = button->icon().pixmap(size).toImage();
                QCOMPARE(image.size(), QSize(size, size));
                int inked = 0;
                for (int y = 0; y < size; ++y)
                    for (int x = 0; x < size; ++x)
                        inked += qAlpha(image.pixel(x, y)) > 127;
                QVERIFY2(inked > size && inked < size * size * 3 / 5,
                         qPrintable(QStringLiteral("%1 at %2: %3").arg(QLatin1String(name)).arg(size).arg(inked)));
            }
        }
    }

    void damagedStoreIsReportedInTheWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.db"));
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

    // Another process (a command, a second window) changes the database: the window shows its
    // additions, edits and deletions within a second, keeping the operator's selection.
    void theWindowFollowsAnotherProcess()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.db"));
        CredentialStore store(path);
        QVERIFY(store.load().ok());
        const Credential kept = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("b kept"));
        const Credential doomed = cctest::fakeCredential(infobip::vendor(), QStringLiteral("c doomed"));
        QVERIFY(store.setCredentials({kept, doomed}));
        MemorySecretStore secrets;
        CredentialRepository repo(&store, &secrets);
        MainWindow w(&repo);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *table = w.findChild<QTableView *>(QStringLiteral("credentialsTable"));
        QCOMPARE(table->model()->rowCount(), 2);
        table->selectRow(0);

        CredentialStore other(path); // as the command line opens it
        QVERIFY(other.load().ok());
        QVERIFY(other.upsert(cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("a added"))) >= 0);
        Credential renamed = kept;
        renamed.values.insert(kNameKey, QStringLiteral("b renamed"));
        QVERIFY(other.upsert(renamed) >= 0);
        QString error;
        QVERIFY(other.persistRemoval({doomed.id}, &error));

        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 1500);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, 0).data().toString(), QStringLiteral("a added"), 1500);
        QCOMPARE(table->model()->index(1, 0).data().toString(), QStringLiteral("b renamed"));
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().at(0).data().toString(), QStringLiteral("b renamed"));
    }

    // The one way main() and the start-up benchmark open the window: an earlier version's file is
    // moved into the database, which the window says once; not one keychain read.
    void theConsoleMigratesAnEarlierFileWithoutTheKeychain()
    {
        const QString legacy = m_dir.filePath(QStringLiteral("console.json"));
        const QByteArray file = cctest::legacyFile({cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("b")),
                                                    cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("c")),
                                                    cctest::fakeCredential(infobip::vendor(), QStringLiteral("a"))});
        QFile f(legacy);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(file) == file.size());
        f.close();
        Console console(legacy, nullptr);
        QCOMPARE(console.session.loaded.status, CredentialStore::LoadStatus::Migrated);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("console.db"))));
        auto *table = console.window.findChild<QTableView *>(QStringLiteral("credentialsTable"));
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("a"));
        console.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&console.window));
        auto *notice = console.window.findChild<QWidget *>(QStringLiteral("storeNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->findChild<QLabel *>()->text().contains(QStringLiteral("moved into the database")));
        QCOMPARE(console.session.secrets.readCount(), 0);
        QVERIFY(!console.window.findChild<QWidget *>(QStringLiteral("storeProblem"))->isVisible());
    }

    // The console's style is Qt's own (Fusion here) but for the menu bar's overflow button, drawn
    // rather than decoded from Qt's PNGs: it shows when the window is too narrow for its menus.
    void theMenuBarsOverflowButtonIsDrawn()
    {
        ConsoleStyle::apply();
        auto *style = qobject_cast<ConsoleStyle *>(QApplication::style());
        QVERIFY(style);
        QCOMPARE(style->baseStyle()->name().toLower(), QStringLiteral("fusion"));
        ConsoleStyle::apply();
        QCOMPARE(QApplication::style(), style); // once
        QMenuBar bar;                           // the window's menus, on a bar too narrow for them
        for (int i = 0; i < 8; ++i)
            bar.addMenu(QStringLiteral("Credentials %1").arg(i));
        bar.resize(120, 30);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        auto *more = bar.findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"));
        QVERIFY(more);
        QTRY_VERIFY(more->isVisible());
        const QImage drawn = more->icon().pixmap(QSize(16, 16)).toImage();
        int inked = 0;
        for (int y = 0; y < drawn.height(); ++y)
            for (int x = 0; x < drawn.width(); ++x)
                inked += qAlpha(drawn.pixel(x, y)) > 0 ? 1 : 0;
        QVERIFY2(inked > 10, qPrintable(QString::number(inked)));
        QCOMPARE(drawn, toolIcon(ToolGlyph::MoreRight).pixmap(QSize(16, 16)).toImage());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
