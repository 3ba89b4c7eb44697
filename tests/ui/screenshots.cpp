// Renders the console's screens offscreen, in English, French and Dutch, to PNG files for people
// to look at: ./scripts/screenshots.sh (not a test: it asserts nothing). --dark: with a dark palette
// (QT_SCALE_FACTOR=2 for a HiDPI screen). With --readme, only the few
// the README shows, under the names it uses (./scripts/screenshots.sh --readme writes them to
// docs/screenshots/). Every name, identifier, number and token in them is an obvious fake, and the
// clock, time zone and locale are fixed, so that a second run draws the same pictures.
#include "ChannelSetupDialog.h"
#include "ConsoleSettings.h"
#include "CredentialDialog.h"
#include "CredentialForm.h"
#include "DialogGallery.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "Palettes.h"
#include "TestSendDialog.h"
#include "Translator.h"
#include "WindowWithActions.h"
#include "services/CredentialRepository.h"
#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace cc;

namespace {

void save(QWidget *w, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    if (w->grab().save(path))
        std::printf("%s\n", qPrintable(path));
}

Credential fake(Vendor vendor, const QString &name, const QVariantMap &values, CheckStatus::State state)
{
    Credential c = Credential::create(vendor);
    c.values.insert(kNameKey, name);
    for (auto it = values.begin(); it != values.end(); ++it)
        c.values.insert(it.key(), it.value());
    c.secretsSet = c.schema().secretKeys();
    c.created = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    c.modified = QDateTime(QDate(2026, 11, 20), QTime(16, 5), Qt::UTC);
    if (state != CheckStatus::State::NotChecked)
        c.lastCheck = {state, QDateTime(QDate(2026, 11, 23), QTime(8, 15), Qt::UTC),
                       state == CheckStatus::State::Failing ? QStringLiteral("HTTP 401") : QString()};
    return c;
}

// The main window over four fake API credentials, with vendor actions as the program runs (the check,
// test-send and set-up tools show), at the size of a first start; shot() is called with it shown.
void withList(const QString &file, const std::function<void(MainWindow &)> &shot)
{
    CredentialStore store(file);
    using S = CheckStatus::State;
    store.upsert(fake(sinchsms::vendor(), QStringLiteral("Sinch US marketing"),
                      {{QStringLiteral("serviceId"), QStringLiteral("fake-service-0001")}}, S::Ok));
    store.upsert(fake(sinchsms::vendor(), QStringLiteral("Sinch EU alerts"),
                      {{QStringLiteral("serviceId"), QStringLiteral("fake-service-0002")},
                       {QStringLiteral("region"), QStringLiteral("eu")}},
                      S::Failing));
    store.upsert(fake(sinchmms::vendor(), QStringLiteral("Sinch MMS promotions"),
                      {{QStringLiteral("projectId"), QStringLiteral("fake-project-0001")},
                       {QStringLiteral("appId"), QStringLiteral("FAKEAPP0001")}},
                      S::NotChecked));
    store.upsert(fake(infobip::vendor(), QStringLiteral("Infobip India (DLT)"),
                      {{QStringLiteral("baseUrl"), QStringLiteral("https://fake1.api.infobip.example")}}, S::Ok));
    MemorySecretStore secrets;
    CredentialRepository repo(&store, &secrets);
    cctest::WindowWithActions console(&repo);
    console.window.show();
    shot(console.window);
}

// The list with the failing credentials selected: its check's detail shows under the list.
void shootList(MainWindow &w, const QString &dir, const QString &name)
{
    auto *table = w.findChild<QTableView *>(QStringLiteral("credentialsTable"));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString() == QLatin1String("Sinch EU alerts"))
            table->selectRow(row);
    }
    save(&w, dir, name);
}

// Lets a request to the closed port fail, as the operator would wait for it.
void waitUntil(const std::function<bool()> &done)
{
    const QDeadlineTimer deadline(20000);
    while (!done() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

// A dialog with fake content; a test send or a set-up is also shot failing (nothing listens on the
// vendor's port) when failures is true.
void shootDialog(cctest::DialogGallery &gallery, const char *dialog, QWidget *parent, const QString &dir,
                 const QString &name, bool failures = false)
{
    const std::unique_ptr<QDialog> d = gallery.make(QLatin1String(dialog), true, parent);
    d->show();
    save(d.get(), dir, name);
    if (!failures)
        return;
    if (auto *send = qobject_cast<TestSendDialog *>(d.get())) {
        send->sendButton()->click();
        waitUntil([send] { return !send->isRunning(); });
        save(d.get(), dir, name + QStringLiteral("-failed"));
    } else if (auto *setup = qobject_cast<ChannelSetupDialog *>(d.get())) {
        setup->startButton()->click();
        waitUntil([setup] { return setup->startButton()->isEnabled(); });
        save(d.get(), dir, name + QStringLiteral("-failed"));
    }
}

// What the README shows: the list, a form and the test-send dialog in English, the list in French and
// the MMS test-send dialog in Dutch.
void readmeScreens(Translator &translator, const QString &out, const QTemporaryDir &tmp)
{
    QDir().mkpath(out);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("nl")}) {
        translator.apply(language);
        const QString galleryDir = tmp.filePath(QStringLiteral("readme-") + language);
        QDir().mkpath(galleryDir);
        cctest::DialogGallery gallery(galleryDir);
        withList(tmp.filePath(QStringLiteral("readme-list-%1.json").arg(language)), [&](MainWindow &w) {
            if (language == QLatin1String("nl")) {
                shootDialog(gallery, "test-send-mms", &w, out, QStringLiteral("test-send-mms-nl"));
                return;
            }
            shootList(w, out, QStringLiteral("list-") + language);
            if (language == QLatin1String("en")) {
                shootDialog(gallery, "edit", &w, out, QStringLiteral("form-en"));
                shootDialog(gallery, "test-send-sms", &w, out, QStringLiteral("test-send-en"));
            }
        });
    }
}

void everyScreen(Translator &translator, const QString &out, const QTemporaryDir &tmp)
{
    for (const QString &language : Translator::supportedLanguages()) {
        translator.apply(language);
        const QString dir = out + QLatin1Char('/') + language;
        QDir().mkpath(dir);

        CredentialStore empty(tmp.filePath(QStringLiteral("empty-%1.json").arg(language)));
        MemorySecretStore secrets;
        CredentialRepository emptyRepo(&empty, &secrets);
        {
            MainWindow w(&emptyRepo);
            w.resize(1100, 640);
            w.show();
            save(&w, dir, QStringLiteral("empty-state"));
        }

        withList(tmp.filePath(QStringLiteral("list-%1.json").arg(language)), [&](MainWindow &w) {
            w.resize(1100, 640);
            save(&w, dir, QStringLiteral("list"));
            // Searching, with a row selected: the tools enabled and the search's clear button shown.
            w.findChild<QLineEdit *>(QStringLiteral("search"))->setText(QStringLiteral("Sinch"));
            w.findChild<QTableView *>(QStringLiteral("credentialsTable"))->selectRow(0);
            save(&w, dir, QStringLiteral("list-search"));
        });
        {
            // A database that cannot be read: the banner over the list.
            const QString damaged = tmp.filePath(language + QStringLiteral("-damaged.db"));
            QFile file(damaged);
            if (file.open(QIODevice::WriteOnly))
                file.write("{ not a database");
            file.close();
            CredentialStore broken(damaged);
            const CredentialStore::LoadResult loaded = broken.load();
            CredentialRepository brokenRepo(&broken, &secrets);
            MainWindow problem(&brokenRepo);
            problem.reportLoadProblem(loaded);
            problem.resize(1100, 640);
            problem.show();
            save(&problem, dir, QStringLiteral("list-problem"));
        }

        // Each vendor's form, tall enough to show it whole at once.
        const QString galleryDir = tmp.filePath(language);
        QDir().mkpath(galleryDir);
        cctest::DialogGallery gallery(galleryDir);
        for (const VendorSchema &schema : allVendorSchemas()) {
            CredentialDialog d(gallery.repository(), CredentialDialog::Mode::Create, Credential());
            d.vendorChoice()->setCurrentIndex(d.vendorChoice()->findData(schema.vendor.index()));
            if (QToolButton *advanced = d.currentForm()->advancedToggle())
                advanced->setChecked(true);
            d.resize(780, d.currentForm()->sizeHint().height() + 160);
            d.show();
            save(&d, dir, QStringLiteral("form-") + schema.id);
            // A form whose fields depend on a choice (Custom's auth type, mTLS): each choice's.
            for (const FieldSpec &control : schema.fields) {
                const bool controls =
                    std::any_of(schema.fields.begin(), schema.fields.end(),
                                [&control](const FieldSpec &f) { return f.shownWhenKey == control.key; });
                for (const Choice &choice : controls ? control.choices : QVector<Choice>()) {
                    d.currentForm()->load({{control.key, choice.value}}, {});
                    d.resize(780, d.currentForm()->sizeHint().height() + 160);
                    save(&d, dir, QStringLiteral("form-%1-%2-%3").arg(schema.id, control.key, choice.value));
                }
            }
        }

        // The other dialogs, each at its own size and with fake content in it.
        for (const char *name : {"edit", "duplicate", "test-send-sms", "test-send-mms", "test-send-custom",
                                 "channel-setup", "check-all", "activity-log", "import", "inbound-preview"})
            shootDialog(gallery, name, nullptr, dir, QLatin1String(name), true);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The same pictures on every machine and every run: dates in UTC, each language's own locale.
    qputenv("TZ", "UTC");
    qputenv("LC_ALL", "C.UTF-8");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool readme = args.removeAll(QStringLiteral("--readme")) > 0;
    if (args.removeAll(QStringLiteral("--dark")) > 0)
        QApplication::setPalette(cctest::darkPalette());
    const QString out = QDir(args.value(0, QStringLiteral("screenshots"))).absolutePath();
    // A first start: the default window size and column widths, none left by an earlier run.
    ConsoleSettings::open()->clear();
    QTemporaryDir tmp;
    Translator translator;
    if (readme)
        readmeScreens(translator, out, tmp);
    else
        everyScreen(translator, out, tmp);
    return 0;
}
