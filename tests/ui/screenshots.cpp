// Renders the console's screens offscreen, in English, French and Dutch, to PNG files for people
// to look at: ./scripts/screenshots.sh (not a test: it asserts nothing).
#include "CredentialDialog.h"
#include "CredentialForm.h"
#include "DialogGallery.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "Translator.h"
#include "credentials/CredentialRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

#include <cstdio>

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

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString out = QDir(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots")).absolutePath();
    QTemporaryDir tmp;
    Translator translator;

    for (const QString &language : Translator::supportedLanguages()) {
        translator.apply(language);
        const QString dir = out + QLatin1Char('/') + language;
        QDir().mkpath(dir);

        CredentialStore empty(tmp.filePath(QStringLiteral("empty.json")));
        MemorySecretStore secrets;
        CredentialRepository emptyRepo(&empty, &secrets);
        {
            MainWindow w(&emptyRepo);
            w.resize(1100, 640);
            w.show();
            save(&w, dir, QStringLiteral("empty-state"));
        }

        CredentialStore store(tmp.filePath(QStringLiteral("list.json")));
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
        QNetworkAccessManager manager;
        HttpClient http(&manager);
        VendorOperations ops(&http);
        CredentialActions actions(&repo, &ops);
        MainWindow w(&repo);
        w.setActions(&actions);
        w.resize(1100, 640);
        w.show();
        save(&w, dir, QStringLiteral("list"));
        // Searching, with a row selected: the tools enabled and the search's clear button shown.
        w.findChild<QLineEdit *>(QStringLiteral("search"))->setText(QStringLiteral("Sinch"));
        w.findChild<QTableView *>(QStringLiteral("credentialsTable"))->selectRow(0);
        save(&w, dir, QStringLiteral("list-search"));

        for (const VendorSchema &schema : allVendorSchemas()) {
            CredentialDialog d(&repo, CredentialDialog::Mode::Create, Credential(), &w);
            d.vendorChoice()->setCurrentIndex(d.vendorChoice()->findData(int(schema.vendor)));
            if (QToolButton *advanced = d.currentForm()->advancedToggle())
                advanced->setChecked(true);
            // Tall enough to show the whole form at once.
            d.resize(780, d.currentForm()->sizeHint().height() + 160);
            d.show();
            save(&d, dir, QStringLiteral("form-") + schema.id);
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
        }
    }
    return 0;
}
