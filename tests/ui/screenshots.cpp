// Renders the console's screens offscreen, in English, French and Dutch, to PNG files for people
// to look at: ./scripts/screenshots.sh (not a test: it asserts nothing).
//     cc_screenshots [DIR] [--dark]     --dark: with a dark palette; QT_SCALE_FACTOR=2 for a HiDPI screen
#include "CredentialDialog.h"
#include "CredentialForm.h"
#include "CredentialsPage.h"
#include "DialogGallery.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "Palettes.h"
#include "Translator.h"
#include "WindowWithActions.h"
#include "credentials/CredentialRepository.h"
#include "credentials/CredentialValidator.h"

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

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

// Lets a request to the closed port fail, as the operator would wait for it.
void waitUntil(const std::function<bool()> &done)
{
    const QDeadlineTimer deadline(20000);
    while (!done() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QStringList args = QApplication::arguments().mid(1);
    if (args.removeAll(QStringLiteral("--dark")) > 0)
        QApplication::setPalette(cctest::darkPalette());
    const QString out = QDir(args.value(0, QStringLiteral("screenshots"))).absolutePath();
    QTemporaryDir tmp;
    Translator translator;

    for (const QString &language : Translator::supportedLanguages()) {
        translator.apply(language);
        const QString dir = out + QLatin1Char('/') + language;
        QDir().mkpath(dir);

        CredentialStore empty(tmp.filePath(language + QStringLiteral("-empty.json")));
        MemorySecretStore secrets;
        CredentialRepository emptyRepo(&empty, &secrets);
        {
            MainWindow w(&emptyRepo);
            w.resize(1100, 640);
            w.show();
            save(&w, dir, QStringLiteral("empty-state"));
        }

        CredentialStore store(
            tmp.filePath(language + QStringLiteral("-list.json")) /* a database of its own for each language */);
        using S = CheckStatus::State;
        store.upsert(fake(Vendor::SinchSms, QStringLiteral("Sinch US marketing"),
                          {{QStringLiteral("serviceId"), QStringLiteral("fake-service-0001")}}, S::Ok));
        store.upsert(fake(Vendor::SinchSms, QStringLiteral("Sinch EU alerts"),
                          {{QStringLiteral("serviceId"), QStringLiteral("fake-service-0002")},
                           {QStringLiteral("region"), QStringLiteral("eu")}},
                          S::Failing));
        store.upsert(fake(Vendor::SinchMms, QStringLiteral("Sinch MMS promotions"),
                          {{QStringLiteral("projectId"), QStringLiteral("fake-project-0001")},
                           {QStringLiteral("appId"), QStringLiteral("FAKEAPP0001")}},
                          S::NotChecked));
        store.upsert(fake(Vendor::Infobip, QStringLiteral("Infobip India (DLT)"),
                          {{QStringLiteral("baseUrl"), QStringLiteral("https://fake1.api.infobip.example")}}, S::Ok));
        CredentialRepository repo(&store, &secrets);
        // With vendor actions, as the program runs: the check, test-send and set-up tools show.
        cctest::WindowWithActions console(&repo);
        MainWindow &w = console.window;
        // As the program opens it: every column whole.
        w.resize(qMax(1100, w.credentialsPage()->fullListWidth()), 640);
        w.show();
        save(&w, dir, QStringLiteral("list"));
        // Searching, with a row selected: the tools enabled and the search's clear button shown.
        w.findChild<QLineEdit *>(QStringLiteral("search"))->setText(QStringLiteral("Sinch"));
        w.findChild<QTableView *>(QStringLiteral("credentialsTable"))->selectRow(0);
        save(&w, dir, QStringLiteral("list-search"));
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

        for (const VendorSchema &schema : allVendorSchemas()) {
            CredentialDialog d(&repo, CredentialDialog::Mode::Create, Credential(), &w);
            d.vendorChoice()->setCurrentIndex(d.vendorChoice()->findData(int(schema.vendor)));
            if (QToolButton *advanced = d.currentForm()->advancedToggle())
                advanced->setChecked(true);
            // Tall enough to show the whole form at once.
            d.resize(780, d.currentForm()->sizeHint().height() + 160);
            d.show();
            save(&d, dir, QStringLiteral("form-") + schema.id);
            if (schema.vendor == Vendor::SinchSms) {
                // As Submit would find it: every required field empty.
                CredentialForm *form = d.currentForm();
                CredentialValidator::Input input;
                input.schema = &form->schema();
                input.values = form->values();
                input.secretsGiven = form->secretsGiven();
                input.store = &store;
                form->showIssues(CredentialValidator::validate(input), true);
                save(&d, dir, QStringLiteral("form-") + schema.id + QStringLiteral("-issues"));
            }
        }

        // The other dialogs, each at its own size and with fake content in it.
        const QString galleryDir = tmp.filePath(language);
        QDir().mkpath(galleryDir);
        cctest::DialogGallery gallery(galleryDir);
        for (const char *name : {"edit", "duplicate", "test-send-sms", "test-send-mms", "channel-setup", "check-all",
                                 "activity-log", "import", "inbound-preview"}) {
            const std::unique_ptr<QDialog> d = gallery.make(QLatin1String(name), true, &w);
            d->show();
            save(d.get(), dir, QLatin1String(name));
            // What a failure looks like (nothing listens on the vendor's port).
            if (auto *send = qobject_cast<TestSendDialog *>(d.get())) {
                send->sendButton()->click();
                waitUntil([send] { return !send->isRunning(); });
                save(d.get(), dir, QLatin1String(name) + QStringLiteral("-failed"));
            } else if (auto *setup = qobject_cast<ChannelSetupDialog *>(d.get())) {
                setup->startButton()->click();
                waitUntil([setup] { return setup->startButton()->isEnabled(); });
                save(d.get(), dir, QLatin1String(name) + QStringLiteral("-failed"));
            }
        }
    }
    return 0;
}
