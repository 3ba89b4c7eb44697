#include "ConsoleStyle.h"
#include "CredentialsPage.h"
#include "DialogGallery.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "Palettes.h"
#include "StatusLook.h"
#include "TestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest/QtTest>

using namespace cc;
using cctest::darkPalette;
using cctest::lightPalette;

namespace {

// Hostile: backgrounds on which none of the usual status colours reads.
QPalette greyPalette()
{
    QPalette p(QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Window, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Base, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::AlternateBase, QColor(0x78, 0x78, 0x78));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

QPalette blackPalette() // a high-contrast theme: yellow on black
{
    QPalette p(QColor(Qt::black));
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button})
        p.setColor(role, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(role, Qt::yellow);
    return p;
}

QPalette paletteNamed(const QString &name)
{
    if (name == QLatin1String("dark"))
        return darkPalette();
    if (name == QLatin1String("grey"))
        return greyPalette();
    if (name == QLatin1String("black"))
        return blackPalette();
    return lightPalette();
}

double worstContrast(const QColor &color, const QPalette &palette)
{
    double worst = 21;
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase})
        worst = qMin(worst, StatusLook::contrast(color, palette.color(role)));
    return worst;
}

// More than one colour in it: something was drawn.
bool drawsSomething(QWidget *w)
{
    const QImage image = w->grab().toImage();
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != first)
                return true;
        }
    }
    return false;
}

const QString kAppPalettes[] = {QStringLiteral("light"), QStringLiteral("dark")};

} // namespace

// Successes, warnings and errors read on a light and on a dark palette (4.5:1 at least, WCAG AA), and
// none of them is told by colour alone: an icon, or the text, says which it is.
class TestStatusLook : public QObject
{
    Q_OBJECT

    QPalette m_original;

    // A label showing status: its colour from the palette around it, readable there, its icon drawn
    // before the text, and the status in words for screen readers.
    static void checkLabel(QLabel *label, Status status)
    {
        QVERIFY(label->isVisible());
        QVERIFY(!label->text().isEmpty());
        QCOMPARE(StatusLook::statusOf(label), std::optional<Status>(status));
        const QColor shown = label->palette().color(QPalette::Active, QPalette::WindowText);
        QCOMPARE(shown, StatusLook::color(status, label->parentWidget()->palette()));
        const QColor background = label->palette().color(QPalette::Window);
        QVERIFY2(StatusLook::contrast(shown, background) >= StatusLook::kMinimumContrast,
                 qPrintable(QStringLiteral("%1 on %2").arg(shown.name(), background.name())));
        auto *mark = label->findChild<QLabel *>(QStringLiteral("statusIcon"));
        QVERIFY(mark && mark->isVisible());
        QVERIFY(label->contentsRect().left() >= mark->geometry().right()); // the text starts after it
        QVERIFY(drawsSomething(mark));
        QCOMPARE(label->accessibleDescription(), StatusLook::name(status));
    }

    static void checkItem(QTreeWidgetItem *item, Status status, bool textSaysIt)
    {
        const QColor shown = item->foreground(0).color();
        QCOMPARE(shown, StatusLook::color(status, item->treeWidget()->palette()));
        QVERIFY(StatusLook::contrast(shown, item->treeWidget()->palette().color(QPalette::Base)) >=
                StatusLook::kMinimumContrast);
        if (textSaysIt)
            QVERIFY(item->text(0).startsWith(status == Status::Success ? QStringLiteral("✔") : QStringLiteral("✘")));
        else
            QVERIFY(!item->icon(0).isNull());
        QCOMPARE(item->data(0, Qt::AccessibleDescriptionRole).toString(), StatusLook::name(status));
    }

    void usePalette(const QString &name)
    {
        QApplication::setPalette(paletteNamed(name));
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ConsoleStyle::apply();
        m_original = QApplication::palette();
    }
    void cleanup() { QApplication::setPalette(m_original); }

    void contrastIsWcags()
    {
        QCOMPARE(StatusLook::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(StatusLook::contrast(Qt::white, Qt::black), 21.0);
        QCOMPARE(StatusLook::contrast(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
        // #767676 on white is the classic limit case: just above 4.5.
        QVERIFY(qAbs(StatusLook::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }

    void coloursReadOnEveryPalette_data()
    {
        QTest::addColumn<QString>("palette");
        for (const char *name : {"light", "dark", "grey", "black"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void coloursReadOnEveryPalette()
    {
        QFETCH(QString, palette);
        const QPalette p = paletteNamed(palette);
        for (const Status status : {Status::Success, Status::Warning, Status::Error}) {
            const QColor c = StatusLook::color(status, p);
            QVERIFY2(worstContrast(c, p) >= StatusLook::kMinimumContrast,
                     qPrintable(QStringLiteral("%1: %2").arg(StatusLook::name(status), c.name())));
            // A banner's tint, and its text on it.
            QPalette banner = p;
            banner.setColor(QPalette::Window, StatusLook::tint(status, p));
            QVERIFY2(StatusLook::contrast(StatusLook::color(status, banner), banner.color(QPalette::Window)) >=
                         StatusLook::kMinimumContrast,
                     qPrintable(StatusLook::color(status, banner).name() + QLatin1Char(' ') +
                                banner.color(QPalette::Window).name() + QLatin1Char(' ') + c.name()));
            QVERIFY(!StatusLook::icon(status).isNull());
        }
        // The icons are drawn in the status' colour of the palette in use, the sign in its base colour,
        // sharp at twice the size: a point of each one's fill (its disc, or its triangle), and its middle.
        QApplication::setPalette(p);
        const std::pair<Status, QPoint> fills[] = {
            {Status::Success, {16, 4}}, {Status::Warning, {10, 24}}, {Status::Error, {16, 4}}};
        for (const auto &[status, fillPoint] : fills) {
            const QImage image = StatusLook::icon(status).pixmap(QSize(32, 32)).toImage();
            QCOMPARE(image.pixelColor(fillPoint).rgb(), StatusLook::color(status, p).rgb());
            QCOMPARE(image.pixelColor(0, 31).alpha(), 0); // on transparency: a corner is left clear
        }
        const QImage tick = StatusLook::icon(Status::Success).pixmap(QSize(32, 32)).toImage();
        QCOMPARE(tick.pixelColor(14, 21).rgb(), p.color(QPalette::Base).rgb()); // on the tick's stroke
        if (palette == QLatin1String("light") || palette == QLatin1String("dark")) {
            // Still a green, an amber and a red, not just the text colour.
            const QColor success = StatusLook::color(Status::Success, p);
            const QColor warning = StatusLook::color(Status::Warning, p);
            const QColor error = StatusLook::color(Status::Error, p);
            QVERIFY(success.green() > success.red() && success.green() > success.blue());
            QVERIFY(warning.red() > warning.blue() && warning.green() > warning.blue());
            QVERIFY(error.red() > error.green() && error.red() > error.blue());
        }
        // Light and dark palettes get different colours: a dark red on white, a light red on dark grey.
        QVERIFY(StatusLook::color(Status::Error, lightPalette()).lightness() <
                StatusLook::color(Status::Error, darkPalette()).lightness());
    }

    // Each place that shows a status, on a light and on a dark application palette.
    void statusViewsShowAnIconOrTextBesideTheColour_data()
    {
        QTest::addColumn<QString>("palette");
        for (const QString &name : kAppPalettes)
            QTest::newRow(qPrintable(name)) << name;
    }

    void statusViewsShowAnIconOrTextBesideTheColour()
    {
        QFETCH(QString, palette);
        usePalette(palette);
        QTemporaryDir dir;
        cctest::DialogGallery gallery(dir.path());

        // A form's messages: an error and a warning under their fields; the asterisk of the required ones.
        {
            const std::unique_ptr<QDialog> d = gallery.make(QStringLiteral("create-sinch"), false);
            auto *dialog = static_cast<CredentialDialog *>(d.get());
            d->show();
            QVERIFY(QTest::qWaitForWindowExposed(d.get()));
            CredentialForm *form = dialog->currentForm();
            form->showIssues({{kNameKey, ValidationIssue::Severity::Error, QStringLiteral("Enter a name.")},
                              {QStringLiteral("serviceId"), ValidationIssue::Severity::Warning,
                               QStringLiteral("That looks like a phone number.")}},
                             true);
            checkLabel(form->issueLabelFor(kNameKey), Status::Error);
            checkLabel(form->issueLabelFor(QStringLiteral("serviceId")), Status::Warning);
            QVERIFY(
                form->labelFor(kNameKey)->text().contains(StatusLook::color(Status::Error, form->palette()).name()));
            // Gone with the issue: the plain label again, in the palette's own colour.
            form->showIssues({}, true);
            QLabel *name = form->issueLabelFor(kNameKey);
            QCOMPARE(StatusLook::statusOf(name), std::nullopt);
            QVERIFY(!name->findChild<QLabel *>(QStringLiteral("statusIcon")));
            QCOMPARE(name->palette().color(QPalette::WindowText), form->palette().color(QPalette::WindowText));
        }

        // A check from the form, which fails: nothing listens on the vendor's port.
        {
            const std::unique_ptr<QDialog> d = gallery.make(QStringLiteral("edit"), false);
            auto *dialog = static_cast<CredentialDialog *>(d.get());
            d->show();
            QVERIFY(QTest::qWaitForWindowExposed(d.get()));
            QVERIFY(dialog->checkButton()->isEnabled());
            QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(StatusLook::statusOf(dialog->statusLabel()).has_value(), 20000);
            checkLabel(dialog->statusLabel(), Status::Error);
        }

        // A test send: a recipient without its country code, then a send that fails.
        {
            const std::unique_ptr<QDialog> d = gallery.make(QStringLiteral("test-send-sms"), true);
            auto *dialog = static_cast<TestSendDialog *>(d.get());
            d->show();
            QVERIFY(QTest::qWaitForWindowExposed(d.get()));
            dialog->recipient()->setText(QStringLiteral("2025550143"));
            checkLabel(d->findChild<QLabel *>(QStringLiteral("recipientProblem")), Status::Error);
            dialog->recipient()->setText(QStringLiteral("+1 202 555 0143"));
            QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 20000);
            checkLabel(dialog->result(), Status::Error);
        }

        // The channel set-up: its first step fails, and so does the whole.
        {
            const std::unique_ptr<QDialog> d = gallery.make(QStringLiteral("channel-setup"), false);
            auto *dialog = static_cast<ChannelSetupDialog *>(d.get());
            d->show();
            QVERIFY(QTest::qWaitForWindowExposed(d.get()));
            QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(StatusLook::statusOf(dialog->result()).has_value(), 20000);
            checkLabel(dialog->result(), Status::Error);
            QVERIFY(dialog->steps()->topLevelItemCount() > 0);
            checkItem(dialog->steps()->topLevelItem(0), Status::Error, true);
        }

        // Checking them all: each outcome with its icon.
        {
            const std::unique_ptr<QDialog> d = gallery.make(QStringLiteral("check-all"), true);
            auto *dialog = static_cast<CheckAllDialog *>(d.get());
            QCOMPARE(dialog->results()->topLevelItemCount(), 3);
            for (int i = 0; i < 3; ++i)
                checkItem(dialog->results()->topLevelItem(i), Status::Error, false);
        }

        // The banner over the list when the database cannot be read.
        {
            MainWindow w(gallery.repository());
            w.credentialsPage()->showStoreProblem(QStringLiteral("The database is damaged."));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            auto *banner = w.findChild<QWidget *>(QStringLiteral("storeProblem"));
            QCOMPARE(banner->palette().color(QPalette::Window),
                     StatusLook::tint(Status::Error, w.credentialsPage()->palette()));
            QLabel *text = nullptr;
            for (QLabel *l : banner->findChildren<QLabel *>()) {
                if (l->text() == QLatin1String("The database is damaged."))
                    text = l;
            }
            QVERIFY(text);
            checkLabel(text, Status::Error);
        }
    }

    // A palette changed while shown (the desktop switched to its dark theme): the colours follow.
    void coloursFollowAPaletteChange()
    {
        usePalette(QStringLiteral("light"));
        QWidget window;
        auto *label = new QLabel(&window);
        auto *tree = new QTreeWidget(&window);
        auto *item = new QTreeWidgetItem(tree, {QStringLiteral("Failed")});
        auto *banner = new QWidget(&window);
        auto *bannerText = new QLabel(banner);
        StatusLook::show(label, Status::Error, QStringLiteral("It failed."));
        StatusLook::show(item, 0, Status::Success);
        StatusLook::tintPanel(banner, Status::Error);
        StatusLook::show(bannerText, Status::Error, QStringLiteral("Damaged."));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QColor lightError = label->palette().color(QPalette::WindowText);

        usePalette(QStringLiteral("dark"));
        const QPalette dark = darkPalette();
        QCOMPARE(label->palette().color(QPalette::WindowText), StatusLook::color(Status::Error, dark));
        QVERIFY(label->palette().color(QPalette::WindowText) != lightError);
        QCOMPARE(item->foreground(0).color(), StatusLook::color(Status::Success, tree->palette()));
        QCOMPARE(banner->palette().color(QPalette::Window), StatusLook::tint(Status::Error, dark));
        QVERIFY(StatusLook::contrast(bannerText->palette().color(QPalette::WindowText),
                                     banner->palette().color(QPalette::Window)) >= StatusLook::kMinimumContrast);

        StatusLook::clear(label, QStringLiteral("Plain."));
        QCOMPARE(label->palette().color(QPalette::WindowText), dark.color(QPalette::WindowText));
        usePalette(QStringLiteral("light"));
        QCOMPARE(label->palette().color(QPalette::WindowText), lightPalette().color(QPalette::WindowText));
    }
};

QTEST_MAIN(TestStatusLook)
#include "tst_statuslook.moc"
