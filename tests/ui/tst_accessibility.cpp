#include "A11yCheck.h"
#include "Ask.h"
#include "ConsoleStyle.h"
#include "CredentialDialog.h"
#include "CredentialForm.h"
#include "CredentialsPage.h"
#include "DialogGallery.h"
#include "FieldEditor.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ScriptedAsk.h"
#include "TestSupport.h"
#include "Translator.h"
#include "WindowWithActions.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtTest/QtTest>

using namespace cc;

namespace {

// Opens what is folded away (advanced settings, building a token from an access key), so that
// every field is walked.
void unfoldAll(QWidget *window)
{
    for (QToolButton *b : window->findChildren<QToolButton *>()) {
        if (b->isCheckable() &&
            (b->objectName() == QLatin1String("advancedToggle") || b->objectName() == QLatin1String("buildToken")))
            b->setChecked(true);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
}

// A key as the operator types it in window: to what has focus there.
void press(QWidget *window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(window->focusWidget() ? window->focusWidget() : window, Qt::Key(key), modifiers);
}

QString native(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

QString joined(const QStringList &list)
{
    return list.join(QLatin1Char('\n'));
}

// A form of three rows (label, field) on host, with a button row under it.
struct RowForm
{
    QLineEdit *first = nullptr;
    QLineEdit *second = nullptr;
    QLineEdit *third = nullptr;
    QPushButton *ok = nullptr;
    QPushButton *cancel = nullptr;

    RowForm(QWidget *host, bool named)
    {
        auto *grid = new QGridLayout(host);
        const QList<QLineEdit **> fields{&first, &second, &third};
        for (int row = 0; row < fields.size(); ++row) {
            auto *label = new QLabel(QStringLiteral("Field %1").arg(row + 1), host);
            *fields.at(row) = new QLineEdit(host);
            if (named || row != 1)
                label->setBuddy(*fields.at(row));
            grid->addWidget(label, row, 0);
            grid->addWidget(*fields.at(row), row, 1);
        }
        ok = new QPushButton(QStringLiteral("OK"), host);
        cancel = new QPushButton(QStringLiteral("Cancel"), host);
        auto *buttons = new QHBoxLayout;
        buttons->addStretch(1);
        buttons->addWidget(ok);
        buttons->addWidget(cancel);
        grid->addLayout(buttons, 3, 0, 1, 2);
    }
};

} // namespace

// Every screen can be used with the keyboard alone and with a screen reader, in each language:
// every control Tab reaches has a name, Tab goes in reading order, the form fields say their label,
// their help and whether they are required, and the usual shortcuts do what they say.
class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Translator m_translator;

    void switchTo(const QString &language) { cctest::switchLanguage(m_translator, language); }

    static void checkWindow(QWidget *window)
    {
        unfoldAll(window);
        // CC_TAB_CHAIN=1 lists where Tab goes, to see what a report means.
        if (qEnvironmentVariableIsSet("CC_TAB_CHAIN")) {
            for (QWidget *w : cctest::tabChain(window))
                qDebug() << cctest::textfit::describe(w);
        }
        const QStringList problems =
            cctest::unnamedControls(window) + cctest::tabOrderProblems(window) + cctest::buttonsOutOfTabReach(window);
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ConsoleStyle::apply();
    }
    void cleanup() { switchTo(QStringLiteral("en")); }

    // The checks find what they are for, and nothing in a form that is right.
    void theChecksFindAnUnnamedFieldAndATabOrderThatGoesBack()
    {
        QDialog rightDialog;
        RowForm right(&rightDialog, true);
        rightDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&rightDialog));
        QCOMPARE(cctest::tabChain(&rightDialog),
                 (QList<QWidget *>{right.first, right.second, right.third, right.ok, right.cancel}));
        QCOMPARE(cctest::unnamedControls(&rightDialog), QStringList());
        QCOMPARE(cctest::tabOrderProblems(&rightDialog), QStringList());

        QDialog unnamedDialog;
        RowForm unnamed(&unnamedDialog, false);
        unnamedDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&unnamedDialog));
        const QStringList nameless = cctest::unnamedControls(&unnamedDialog);
        QCOMPARE(nameless.size(), 1);
        unnamed.second->setObjectName(QStringLiteral("second"));
        QVERIFY(cctest::unnamedControls(&unnamedDialog).first().contains(QStringLiteral("second")));

        // Up a row.
        QDialog upDialog;
        RowForm up(&upDialog, true);
        QWidget::setTabOrder(up.third, up.second);
        upDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&upDialog));
        QStringList problems = cctest::tabOrderProblems(&upDialog);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("above it")), qPrintable(problems.first()));

        // Back along a row.
        QDialog backDialog;
        RowForm back(&backDialog, true);
        QWidget::setTabOrder(back.cancel, back.ok);
        backDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&backDialog));
        problems = cctest::tabOrderProblems(&backDialog);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("before it on its row")), qPrintable(problems.first()));

        // A form scrolled in its scroll area is read in its own coordinates, and the area as one block.
        QDialog scrolled;
        auto *layout = new QVBoxLayout(&scrolled);
        auto *area = new QScrollArea(&scrolled);
        auto *inner = new QWidget;
        RowForm innerForm(inner, true);
        area->setWidget(inner);
        area->setWidgetResizable(true);
        auto *below = new QPushButton(QStringLiteral("Below"), &scrolled);
        layout->addWidget(area);
        layout->addWidget(below);
        scrolled.resize(300, 90);
        scrolled.show();
        QVERIFY(QTest::qWaitForWindowExposed(&scrolled));
        area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
        QCOMPARE(cctest::tabOrderProblems(&scrolled), QStringList());
        QWidget::setTabOrder(innerForm.third, innerForm.first);
        QCOMPARE(cctest::tabOrderProblems(&scrolled).size(), 1);
    }

    void mainWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("withCredentials");
        for (const QString &language : Translator::supportedLanguages()) {
            QTest::addRow("%s empty", qPrintable(language)) << language << false;
            QTest::addRow("%s list", qPrintable(language)) << language << true;
        }
    }

    void mainWindow()
    {
        QFETCH(QString, language);
        QFETCH(bool, withCredentials);
        switchTo(language);
        CredentialStore store(m_dir.filePath(QStringLiteral("%1-%2.json").arg(language).arg(int(withCredentials))));
        if (withCredentials) {
            store.upsert(cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Sinch US")));
            store.upsert(cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("Sinch MMS campaigns")));
        }
        MemorySecretStore secrets;
        CredentialRepository repo(&store, &secrets);
        cctest::WindowWithActions console(&repo);
        MainWindow &w = console.window;
        if (withCredentials) {
            // The banners above the list, with their buttons.
            w.credentialsPage()->showStoreNotice(QStringLiteral("A notice."));
            w.credentialsPage()->showStoreProblem(QStringLiteral("A problem."));
        }
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        checkWindow(&w);
    }

    void dialogs_data() { cctest::DialogGallery::addRowsInEachLanguage(); }

    void dialogs()
    {
        QTemporaryDir dir;
        cctest::DialogGallery gallery(dir.path());
        const std::unique_ptr<QDialog> d = gallery.makeForRow(m_translator);
        QVERIFY(d);
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        checkWindow(d.get());
    }

    // A screen reader says each field's label, its help text, and whether it is required (the red
    // asterisk says so to the eye); the label itself says it too.
    void formFieldsSayTheirLabelHelpAndWhetherRequired_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("vendor");
        for (const QString &language : Translator::supportedLanguages()) {
            for (const VendorSchema &schema : allVendorSchemas())
                QTest::addRow("%s %s", qPrintable(language), qPrintable(schema.id))
                    << language << schema.vendor.index();
        }
    }

    void formFieldsSayTheirLabelHelpAndWhetherRequired()
    {
        QFETCH(QString, language);
        QFETCH(int, vendor);
        switchTo(language);
        const QString required = QCoreApplication::translate("cc::CredentialForm", "Required");
        if (language != QLatin1String("en"))
            QVERIFY(required != QLatin1String("Required"));
        CredentialForm form(schemaFor(Vendor(vendor)));
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        unfoldAll(&form);
        for (const FieldSpec &spec : form.schema().fields) {
            QWidget *focus = form.editor(spec.key)->widget();
            while (focus->focusProxy())
                focus = focus->focusProxy();
            QWidget *speaker = cctest::a11y::speaker(focus, &form);
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(speaker);
            QVERIFY(iface);
            QCOMPARE(cctest::a11y::nameOf(speaker), spec.translatedLabel());
            const QString description = iface->text(QAccessible::Description);
            QVERIFY2(description.contains(spec.translatedHelp()),
                     qPrintable(spec.key + QLatin1String(": ") + description));
            QCOMPARE(description.contains(required), spec.required);

            QAccessibleInterface *label = QAccessible::queryAccessibleInterface(form.labelFor(spec.key));
            QCOMPARE(label->text(QAccessible::Name), spec.translatedLabel());
            QCOMPARE(label->text(QAccessible::Description), spec.required ? required : QString());
        }
    }

    // The usual keys do what they say, in the list's window, and the menu and the tooltips show them.
    void shortcutsDoWhatTheySay()
    {
        CredentialStore store(m_dir.filePath(QStringLiteral("keys.json")));
        MemorySecretStore secrets;
        CredentialRepository repo(&store, &secrets);
        for (const QString &name : {QStringLiteral("Alpha"), QStringLiteral("Bravo")})
            QVERIFY(cctest::waitFor([&](auto done) {
                        repo.save(cctest::fakeCredential(sinchsms::vendor(), name), {}, done);
                    }).ok);
        cctest::WindowWithActions console(&repo);
        MainWindow &w = console.window;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        CredentialsPage *page = w.credentialsPage();
        QTableView *table = page->table();
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("search"));
        auto tool = [&w](const char *name) { return w.findChild<QToolButton *>(QLatin1String(name)); };
        auto select = [&](const QString &name) {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                if (table->model()->index(row, 0).data().toString() == name)
                    table->selectRow(row);
            }
        };

        // The Credentials menu holds every action with its key, as Qt shows it.
        QMenu *menu = nullptr;
        for (QAction *a : w.menuBar()->actions()) {
            if (a->menu() && a->menu()->actions().contains(page->menuActions().first()))
                menu = a->menu();
        }
        QVERIFY(menu);
        QHash<QString, QKeySequence> keys;
        for (QAction *a : menu->actions())
            keys.insert(a->objectName().isEmpty() ? a->text() : a->objectName(), a->shortcut());
        QCOMPARE(keys.value(QStringLiteral("editAction")), QKeySequence(Qt::Key_Return));
        QCOMPARE(keys.value(QStringLiteral("deleteAction")), QKeySequence(QKeySequence::Delete));
        QCOMPARE(keys.value(QStringLiteral("checkAction")), QKeySequence(Qt::Key_F5));
        QCOMPARE(keys.value(QStringLiteral("findAction")), QKeySequence(QKeySequence::Find));
        QVERIFY(keys.values().contains(QKeySequence(QKeySequence::New)));
        QVERIFY(tool("edit")->toolTip().contains(native(Qt::Key_Return)));
        QVERIFY(tool("delete")->toolTip().contains(native(QKeySequence::Delete)));
        QVERIFY(tool("check")->toolTip().contains(QStringLiteral("F5")));
        QVERIFY(search->toolTip().contains(native(QKeySequence::Find)));
        QVERIFY(w.findChild<QPushButton *>(QStringLiteral("create"))->toolTip().contains(native(QKeySequence::New)));

        // Ctrl+F: to the search, its text selected to be replaced.
        table->setFocus();
        search->setText(QStringLiteral("a"));
        press(&w, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QCOMPARE(search->selectedText(), QStringLiteral("a"));
        search->clear();

        // Return in the search edits nothing; in the list it edits the selected credential; Escape closes.
        select(QStringLiteral("Bravo"));
        search->setFocus();
        press(&w, Qt::Key_Return);
        QVERIFY(!w.activeDialog());
        table->setFocus();
        press(&w, Qt::Key_Return);
        QPointer<CredentialDialog> d = w.activeDialog();
        QVERIFY(d && d->mode() == CredentialDialog::Mode::Edit);
        QCOMPARE(d->savedId(), page->selectedIds().value(0));
        QVERIFY(QTest::qWaitForWindowActive(d));
        press(d, Qt::Key_Escape);
        QTRY_VERIFY(!d);
        w.activateWindow(); // as the window system does when the dialog goes
        QVERIFY(QTest::qWaitForWindowActive(&w));

        // Ctrl+N: a new one; Escape closes it.
        press(&w, Qt::Key_N, Qt::ControlModifier);
        d = w.activeDialog();
        QVERIFY(d && d->mode() == CredentialDialog::Mode::Create);
        QVERIFY(QTest::qWaitForWindowActive(d));
        press(d, Qt::Key_Escape);
        QTRY_VERIFY(!d);
        w.activateWindow(); // as the window system does when the dialog goes
        QVERIFY(QTest::qWaitForWindowActive(&w));

        // F5 checks the selection, wherever the focus is in the window; nothing without one.
        QSignalSpy checks(page, &CredentialsPage::checkRequested);
        search->setFocus();
        press(&w, Qt::Key_F5);
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.first().first().toStringList(), page->selectedIds());
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("Bravo")));
        table->clearSelection();
        press(&w, Qt::Key_F5);
        QCOMPARE(checks.size(), 1);

        // Delete in the search deletes text, not a credential; in the list, the selected one (once
        // confirmed).
        select(QStringLiteral("Bravo"));
        search->setText(QStringLiteral("B"));
        search->setFocus();
        search->setCursorPosition(0);
        const QString asked = cctest::ScriptedAsk::lastText();
        cctest::ScriptedAsk::setNextAnswer(false);
        press(&w, Qt::Key_Delete);
        QCOMPARE(search->text(), QString());
        QCOMPARE(cctest::ScriptedAsk::lastText(), asked);
        QCOMPARE(store.credentials().size(), 2);
        select(QStringLiteral("Bravo"));
        table->setFocus();
        cctest::ScriptedAsk::setNextAnswer(true);
        press(&w, Qt::Key_Delete);
        QVERIFY(cctest::ScriptedAsk::lastText().contains(QStringLiteral("Bravo")));
        QTRY_COMPARE(store.credentials().size(), 1);
        QCOMPARE(store.credentials().first().name(), QStringLiteral("Alpha"));
    }

    void escapeClosesEveryDialog_data()
    {
        QTest::addColumn<QString>("dialog");
        for (const QString &name : cctest::DialogGallery::names())
            QTest::newRow(qPrintable(name)) << name;
    }

    void escapeClosesEveryDialog()
    {
        QFETCH(QString, dialog);
        QTemporaryDir dir;
        cctest::DialogGallery gallery(dir.path());
        const std::unique_ptr<QDialog> d = gallery.make(dialog, false);
        d->show();
        QVERIFY(QTest::qWaitForWindowActive(d.get()));
        cctest::ScriptedAsk::setNextAnswer(true); // should a form ask before closing
        press(d.get(), Qt::Key_Escape);
        QTRY_VERIFY(!d->isVisible());
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
