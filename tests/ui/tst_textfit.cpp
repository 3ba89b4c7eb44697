#include "CredentialsPage.h"
#include "DialogGallery.h"
#include "FieldEditor.h"
#include "FormLabel.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "RowDetails.h"
#include "TestSupport.h"
#include "TextFit.h"
#include "Translator.h"
#include "WidgetShots.h"
#include "WindowWithActions.h"
#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableView>
#include <QTextEdit>
#include <QTreeWidget>
#include <QtTest/QtTest>

using namespace cc;

// No text of the main window is cut off in English, French or Dutch at the window's default size.
class TestTextFit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Translator m_translator;

    void switchTo(const QString &language) { cctest::switchLanguage(m_translator, language); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { switchTo(QStringLiteral("en")); }

    void mainWindowTextsFit_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("withCredentials");
        QTest::addColumn<bool>("switchedWhileOpen");
        for (const QString &language : Translator::supportedLanguages()) {
            for (const bool withCredentials : {false, true}) {
                for (const bool switched : {false, true}) {
                    QTest::addRow("%s %s %s", qPrintable(language), withCredentials ? "list" : "empty",
                                  switched ? "switched" : "at start")
                        << language << withCredentials << switched;
                }
            }
        }
    }

    void mainWindowTextsFit()
    {
        QFETCH(QString, language);
        QFETCH(bool, withCredentials);
        QFETCH(bool, switchedWhileOpen);

        CredentialStore store(m_dir.filePath(
            QStringLiteral("%1-%2-%3.json").arg(language).arg(int(withCredentials)).arg(int(switchedWhileOpen))));
        if (withCredentials) {
            store.upsert(cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Sinch US")));
            store.upsert(cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("Sinch MMS campaigns")));
            store.upsert(cctest::fakeCredential(infobip::vendor(), QStringLiteral("Infobip main")));
        }
        MemorySecretStore secrets;
        CredentialRepository repo(&store, &secrets);
        if (!switchedWhileOpen)
            switchTo(language);
        // With vendor actions, as the program runs: the check, test-send and set-up tools are on the toolbar.
        cctest::WindowWithActions console(&repo);
        MainWindow &w = console.window;
        // The default size: wide enough for the list's columns, as they are before it shows.
        const auto *page = w.findChild<CredentialsPage *>();
        QVERIFY(page);
        const QSize made(qMax(1100, page->fullListWidth()), 640);
        QCOMPARE(w.size(), made);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        if (switchedWhileOpen)
            switchTo(language);
        // Let the layouts take the new texts' sizes.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();

        QCOMPARE(w.size(), made); // not grown to fit the texts
        // CC_TEXTFIT_SCREENSHOTS=<dir> keeps a picture of each row, to see what a report means.
        const QString shots = qEnvironmentVariable("CC_TEXTFIT_SCREENSHOTS");
        if (!shots.isEmpty())
            w.grab().save(QDir(shots).filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png")));
        const QStringList cut = cctest::cutOffTexts(&w) + cctest::cutOffMenuTexts(w.menuBar());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }

    // Each form and dialog, at the size it gives itself, empty and with content, in each language.
    void dialogTextsFit_data() { cctest::DialogGallery::addRowsInEachLanguage(); }

    void dialogTextsFit()
    {
        QTemporaryDir dir;
        cctest::DialogGallery gallery(dir.path());
        const std::unique_ptr<QDialog> d = gallery.makeForRow(m_translator);
        QVERIFY(d);
        const QSize defaultSize = d->size();
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();

        QCOMPARE(d->size(), defaultSize); // not grown to make room for a longer translation
        const QString shots = qEnvironmentVariable("CC_TEXTFIT_SCREENSHOTS");
        if (!shots.isEmpty())
            d->grab().save(QDir(shots).filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png")));
        const QStringList cut = cctest::cutOffTexts(d.get());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }

    // Long names, identifiers, messages and log details in every list: a cell too narrow for its text
    // (elided, or wrapped onto more lines than its row holds) is shown whole in its window's details pane
    // when its row is selected, without hovering, in each language.
    void longTextsAreReadableWithoutHovering_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("window");
        for (const QString &language : Translator::supportedLanguages()) {
            for (const char *window :
                 {"main-window", "check-all", "inbound-preview", "activity-log", "import", "channel-setup"})
                QTest::addRow("%s %s", qPrintable(language), window) << language << QString::fromLatin1(window);
        }
    }

    void longTextsAreReadableWithoutHovering()
    {
        QFETCH(QString, language);
        QFETCH(QString, window);
        switchTo(language);
        QTemporaryDir dir;
        cctest::DialogGallery gallery(dir.path(), cctest::DialogGallery::Texts::Long);
        std::unique_ptr<QWidget> w;
        if (window == QLatin1String("main-window")) {
            auto main = std::make_unique<MainWindow>(gallery.repository());
            main->setActions(gallery.actions());
            w = std::move(main);
        } else {
            w = gallery.make(window, true);
        }
        QVERIFY(w);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        if (window == QLatin1String("channel-setup")) { // its steps, against a closed port
            w->findChild<QPushButton *>(QStringLiteral("start"))->click();
            QTRY_VERIFY(!w->findChild<QLabel *>(QStringLiteral("result"))->text().isEmpty() &&
                        w->findChild<QTreeWidget *>(QStringLiteral("steps"))->topLevelItemCount() > 0 &&
                        w->findChild<QPushButton *>(QStringLiteral("start"))->isEnabled());
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();

        int cutCells = 0;
        QStringList problems;
        for (QAbstractItemView *view : w->findChildren<QAbstractItemView *>()) {
            if (!view->isVisible() || qobject_cast<QHeaderView *>(view))
                continue;
            const auto *details = [&]() -> RowDetails * {
                for (RowDetails *d : w->findChildren<RowDetails *>()) {
                    if (d->view() == view)
                        return d;
                }
                return nullptr;
            }();
            const QList<QModelIndex> cut = cctest::cutOffCells(view);
            cutCells += int(cut.size());
            if (!details) {
                for (const QModelIndex &index : cut)
                    problems << view->objectName() +
                                    QStringLiteral(" cuts \"%1\" and has no details pane").arg(index.data().toString());
                continue;
            }
            problems += cctest::cellsReadableNowhere(view, details);
        }
        const QString shots = qEnvironmentVariable("CC_TEXTFIT_SCREENSHOTS");
        if (!shots.isEmpty())
            w->grab().save(QDir(shots).filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // Not blind: the list does cut its long names and identifiers.
        if (window == QLatin1String("main-window"))
            QVERIFY(cutCells > 0);
    }

    // The cell check is not blind: a cell cut in its column and missing from the details is reported,
    // and so is a details pane too low for its text.
    void cellCheckerReportsACutCell()
    {
        QWidget root;
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Nom"), QStringLiteral("Identifiant")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("Court")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("fake-identifier-0123456789abcdef-0123456789")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("Aussi court")));
        auto *table = new QTableView(&root);
        table->setObjectName(QStringLiteral("cutCells"));
        table->setModel(&model);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->horizontalHeader()->resizeSection(1, 80);
        table->setGeometry(0, 0, 400, 120);
        auto *details = new QTextEdit(&root);
        details->setGeometry(0, 130, 400, 60);
        root.resize(400, 200);
        root.show();
        QVERIFY(QTest::qWaitForWindowExposed(&root));
        const QList<QModelIndex> cut = cctest::cutOffCells(table);
        QCOMPARE(cut.size(), 1);
        QCOMPARE(cut.first(), model.index(0, 1));
        QStringList report = cctest::cellsReadableNowhere(table, details);
        QVERIFY2(report.size() == 1 && report.first().contains(QStringLiteral("not in the details")),
                 qPrintable(report.join(QLatin1Char('\n'))));
        details->setPlainText(QStringLiteral("Identifiant : fake-identifier-0123456789abcdef-0123456789\n\n\n\n\n"));
        details->setFixedHeight(details->fontMetrics().height() + 4);
        report = cctest::cellsReadableNowhere(table, details);
        QVERIFY2(report.size() == 1 && report.first().contains(QStringLiteral("its details too")),
                 qPrintable(report.join(QLatin1Char('\n'))));
        table->horizontalHeader()->resizeSection(1, 400);
        QVERIFY(cctest::cutOffCells(table).isEmpty());
    }

    // The dialog check is not blind: a button squeezed below its text's width is reported.
    void dialogCheckerReportsAShrunkButton()
    {
        QTemporaryDir dir;
        cctest::DialogGallery gallery(dir.path());
        const std::unique_ptr<QDialog> d = gallery.make(QStringLiteral("test-send-sms"), true);
        auto *send = static_cast<TestSendDialog *>(d.get())->sendButton();
        send->setObjectName(QStringLiteral("send"));
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        QVERIFY(cctest::cutOffTexts(d.get()).isEmpty());
        send->setFixedWidth(send->minimumSizeHint().width() - 10);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        const QStringList cut = cctest::cutOffTexts(d.get());
        QVERIFY2(cut.size() == 1 && cut.first().contains(QStringLiteral("/send \"Send\"")),
                 qPrintable(cut.join(QLatin1Char('\n'))));
    }

    // The menu check is not blind either: a menu narrower than its items is reported.
    void menuCheckerReportsANarrowMenu()
    {
        QMenuBar bar;
        QMenu *menu = bar.addMenu(QStringLiteral("&Outils"));
        menu->addAction(QStringLiteral("Vérifier &toutes les informations d’identification de l’API"));
        menu->setFixedWidth(60);
        bar.resize(400, 30);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        const QStringList cut = cctest::cutOffMenuTexts(&bar);
        QVERIFY2(cut.size() == 2, qPrintable(cut.join(QLatin1Char('\n')))); // the menu and its item
    }

    // The checker itself: it reports what is cut and only that.
    void checkerReportsCutOffTexts()
    {
        QWidget root;
        root.setObjectName(QStringLiteral("root"));
        const QString longText = QStringLiteral("Informations d’identification de l’API");
        auto *cutLabel = new QLabel(longText, &root);
        cutLabel->setObjectName(QStringLiteral("cutLabel"));
        cutLabel->setGeometry(0, 0, 40, 20);
        auto *wrapped = new QLabel(longText, &root);
        wrapped->setWordWrap(true);
        wrapped->setGeometry(0, 20, 40, 200);
        auto *fitting = new QLabel(QStringLiteral("Nom"), &root);
        fitting->setGeometry(0, 220, 400, 20);
        auto *button = new QPushButton(QStringLiteral("&Créer des informations d’identification"), &root);
        button->setObjectName(QStringLiteral("cutButton"));
        button->setGeometry(0, 240, 60, 30);
        auto *check = new QCheckBox(longText, &root);
        check->setObjectName(QStringLiteral("cutCheck"));
        check->setGeometry(0, 270, 60, 20);
        auto *box = new QGroupBox(longText, &root);
        box->setObjectName(QStringLiteral("cutBox"));
        box->setGeometry(0, 290, 60, 60);
        auto *tabs = new QTabBar(&root);
        tabs->setObjectName(QStringLiteral("cutTabs"));
        tabs->setElideMode(Qt::ElideRight);
        tabs->setUsesScrollButtons(false);
        tabs->addTab(longText);
        tabs->addTab(QStringLiteral("Avancé"));
        tabs->setGeometry(0, 350, 120, 30);
        auto *combo = new QComboBox(&root);
        combo->setObjectName(QStringLiteral("cutCombo"));
        combo->addItem(longText);
        combo->setGeometry(0, 380, 80, 24);
        QStandardItemModel model(1, 2);
        model.setHorizontalHeaderLabels({longText, QStringLiteral("Nom")});
        auto *table = new QTableView(&root);
        table->setObjectName(QStringLiteral("cutTable"));
        table->setModel(&model);
        table->horizontalHeader()->resizeSection(0, 60);
        table->setGeometry(200, 0, 200, 100);
        auto *hidden = new QLabel(longText, &root);
        hidden->setGeometry(0, 300, 10, 20);
        hidden->hide();
        root.resize(400, 400);
        root.show();
        QVERIFY(QTest::qWaitForWindowExposed(&root));

        const QStringList cut = cctest::cutOffTexts(&root);
        const QString report = cut.join(QLatin1Char('\n'));
        for (const char *name : {"cutLabel", "cutButton", "cutCheck", "cutBox", "cutTabs", "cutCombo", "cutTable"})
            QVERIFY2(report.contains(QLatin1String("/") + QLatin1String(name) + QLatin1String(" \"")),
                     qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("\"Créer des informations")), qPrintable(report)); // & not drawn
        // Both squeezed tabs, one column title; nothing wrapped, fitting or hidden.
        QVERIFY2(cut.size() == 8, qPrintable(report));
    }

    // The message's counter names what forces UCS-2 (U+00A0 NO-BREAK SPACE) and wraps onto a second
    // line: the dialog grows with it, its lines whole above the buttons, in each language, opened in it
    // or switched to while open.
    void testSendCounterShowsWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("switchedWhileOpen");
        for (const QString &language : Translator::supportedLanguages()) {
            QTest::addRow("%s", qPrintable(language)) << language << false;
            QTest::addRow("%s switched", qPrintable(language)) << language << true;
        }
    }

    void testSendCounterShowsWhole()
    {
        QFETCH(QString, language);
        QFETCH(bool, switchedWhileOpen);
        switchTo(switchedWhileOpen ? QStringLiteral("en") : language);
        QTemporaryDir dir;
        cctest::DialogGallery gallery(dir.path());
        const std::unique_ptr<QDialog> dialog = gallery.make(QStringLiteral("test-send-sms"), false);
        auto *d = qobject_cast<TestSendDialog *>(dialog.get());
        QVERIFY(d);
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d));
        const int before = d->height();
        // Pasted: QTest types Latin-1 only.
        d->message()->textEdit()->insertPlainText(QStringLiteral("Total: 10") + QChar(0xA0) + QStringLiteral("EUR"));
        if (switchedWhileOpen)
            switchTo(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();

        QLabel *counter = d->message()->counter();
        QVERIFY2(counter->text().contains(QStringLiteral("U+00A0")), qPrintable(counter->text()));
        // Two lines or more at the dialog's width (else this test would test nothing).
        QVERIFY2(counter->heightForWidth(counter->width()) > counter->fontMetrics().lineSpacing() * 3 / 2,
                 qPrintable(counter->text()));
        QVERIFY(d->height() > before);
        cctest::shoot(d, QStringLiteral("test-send-counter-") + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY2(cctest::cutOffWrappedText(counter).isEmpty(), qPrintable(cctest::cutOffWrappedText(counter)));
        const QRect shown(counter->mapTo(d, QPoint()), counter->size());
        QVERIFY(QRect(d->message()->mapTo(d, QPoint()), d->message()->size()).contains(shown));
        auto *buttons = d->findChild<QDialogButtonBox *>();
        QVERIFY2(shown.bottom() < buttons->mapTo(d, QPoint()).y(),
                 qPrintable(QStringLiteral("counter to %1, buttons from %2")
                                .arg(shown.bottom())
                                .arg(buttons->mapTo(d, QPoint()).y())));
        const QStringList cut = cctest::cutOffTexts(d);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }

    // Every vendor's form, in each language: the vendor's row, the fields and the advanced settings share
    // one label column and one field column, labels right-aligned; a long label ("Utiliser un jeu de
    // données personnalisé pour le trafic entrant") wraps within the column's maximum, whole, instead of
    // widening it and squeezing every field; opening the advanced settings moves no column.
    void formColumnsLineUp_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("vendor");
        for (const QString &language : Translator::supportedLanguages()) {
            for (const VendorSchema &schema : allVendorSchemas())
                QTest::addRow("%s %s", qPrintable(language), qPrintable(schema.id)) << language << schema.id;
        }
    }

    void formColumnsLineUp()
    {
        QFETCH(QString, language);
        QFETCH(QString, vendor);
        switchTo(language);
        QTemporaryDir dir;
        cctest::DialogGallery gallery(dir.path());
        const std::unique_ptr<QDialog> dialog = gallery.make(QStringLiteral("create-") + vendor, false);
        auto *d = qobject_cast<CredentialDialog *>(dialog.get());
        QVERIFY(d && d->currentForm());
        CredentialForm *form = d->currentForm();
        QToolButton *advanced = form->advancedToggle();
        if (advanced)
            advanced->setChecked(false);
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);

        auto *vendorLabel = d->findChild<QLabel *>(QStringLiteral("vendorLabel"));
        QVERIFY(vendorLabel && vendorLabel->buddy() == d->vendorChoice());
        const auto left = [d](const QWidget *w) { return w->mapTo(d, QPoint()).x(); };
        const auto right = [d](const QWidget *w) { return w->mapTo(d, QPoint(w->width(), 0)).x(); };
        const int labelsEnd = right(vendorLabel);
        const int fieldsStart = left(d->vendorChoice());
        const auto checkColumns = [&](const QString &when) {
            QStringList problems;
            for (const FieldSpec &spec : form->schema().fields) {
                QLabel *label = form->labelFor(spec.key);
                QWidget *field = form->editor(spec.key)->widget();
                if (!label->isVisible())
                    continue;
                if (right(label) != labelsEnd || !(label->alignment() & Qt::AlignRight))
                    problems
                        << QStringLiteral("label %1 ends at %2, not %3").arg(spec.key).arg(right(label)).arg(labelsEnd);
                if (left(field) != fieldsStart)
                    problems << QStringLiteral("field %1 starts at %2, not %3")
                                    .arg(spec.key)
                                    .arg(left(field))
                                    .arg(fieldsStart);
                if (label->width() > FormLabel::maximumColumnWidth(label))
                    problems << QStringLiteral("label %1 is %2 wide").arg(spec.key).arg(label->width());
                if (const QString cut = cctest::cutOffWrappedText(label); !cut.isEmpty())
                    problems << cut;
                if (label->buddy() != field)
                    problems << QStringLiteral("label %1 names another field").arg(spec.key);
            }
            QVERIFY2(problems.isEmpty(), qPrintable(when + QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
        };
        checkColumns(QStringLiteral("advanced settings closed"));
        QVERIFY(vendorLabel->alignment() & Qt::AlignRight);
        // The field column keeps most of the dialog's width.
        QVERIFY2(fieldsStart - left(vendorLabel) <=
                     FormLabel::maximumColumnWidth(vendorLabel) + CredentialForm::kColumnSpacing,
                 qPrintable(QString::number(fieldsStart)));
        if (!advanced)
            return;
        advanced->setChecked(true);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(left(d->vendorChoice()), fieldsStart);
        checkColumns(QStringLiteral("advanced settings open"));
    }

    // A wrapped note lower than its lines need is cut at the bottom; a hidden one is not shown at all.
    void wrappedCheckerReportsACutNote()
    {
        QWidget root;
        const QString text = QStringLiteral("Les identifiants Sinch MMS servent uniquement à envoyer des MMS. Le "
                                            "suivi des messages entrants demande des identifiants Sinch (SMS).");
        auto *whole = new QLabel(text, &root);
        whole->setWordWrap(true);
        whole->setGeometry(0, 0, 200, whole->heightForWidth(200));
        auto *cut = new QLabel(text, &root);
        cut->setObjectName(QStringLiteral("cutNote"));
        cut->setWordWrap(true);
        cut->setGeometry(0, 200, 200, cut->fontMetrics().height() + 2); // one line of several
        auto *hidden = new QLabel(text, &root);
        hidden->setWordWrap(true);
        hidden->hide();
        root.resize(400, 400);
        root.show();
        QVERIFY(QTest::qWaitForWindowExposed(&root));
        QVERIFY2(cctest::cutOffWrappedText(whole).isEmpty(), qPrintable(cctest::cutOffWrappedText(whole)));
        QVERIFY(cctest::cutOffWrappedText(cut).contains(QStringLiteral("cutNote")));
        QVERIFY(cctest::cutOffWrappedText(hidden).contains(QStringLiteral("not visible")));
    }
};

QTEST_MAIN(TestTextFit)
#include "tst_textfit.moc"
