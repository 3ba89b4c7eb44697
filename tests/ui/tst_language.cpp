#include "ActivityLogDialog.h"
#include "ConsoleSettings.h"
#include "CredentialForm.h"
#include "CredentialsPage.h"
#include "DialogGallery.h"
#include "FieldEditor.h"
#include "HeaderDrag.h"
#include "LanguageMenu.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "TestSupport.h"
#include "Translator.h"
#include "services/ActivityLogModel.h"
#include "services/CredentialListModel.h"
#include "vendors/Infobip.h"
#include "vendors/SinchRcs.h"
#include "vendors/SinchSms.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest/QtTest>

using namespace cc;

// The user switches the interface language from the Language menu, while the window is open.
class TestLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Translator m_translator;

    // One row per language the console speaks.
    static void addLanguageRows()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Translator::supportedLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    // What the Language menu does, then the LanguageChange events it posts to every window.
    static void choose(LanguageMenu *menu, const QString &language)
    {
        QAction *action = menu->actionFor(language);
        QVERIFY(action);
        action->trigger();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }

    static QStringList fieldLabels(const char *englishLabel)
    {
        QStringList labels;
        for (const VendorSchema &schema : allVendorSchemas()) {
            for (const FieldSpec &field : schema.fields) {
                if (qstrcmp(field.label, englishLabel) == 0)
                    labels << field.translatedLabel();
            }
        }
        return labels;
    }

    template <std::size_t N>
    static void addLabelRows(const QString &language, const std::pair<const char *, const char16_t *> (&rows)[N])
    {
        for (const auto &[english, translated] : rows)
            QTest::addRow("%s %s", qPrintable(language), english)
                << language << QByteArray(english) << QString::fromUtf16(translated);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_translator.apply(QStringLiteral("en")));
    }

    void cleanup()
    {
        m_translator.apply(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }

    void menuNamesEachLanguageInItself()
    {
        LanguageMenu menu(&m_translator);
        QCOMPARE(menu.title(), QStringLiteral("&Language"));
        const QList<QAction *> actions = menu.actions();
        QStringList names;
        for (QAction *action : actions) {
            QVERIFY(action->isCheckable());
            names << action->text();
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("English"), QStringLiteral(u"Français"), QStringLiteral("Nederlands")}));
        QVERIFY(menu.actionFor(QStringLiteral("en"))->isChecked());

        choose(&menu, QStringLiteral("nl"));
        QCOMPARE(menu.title(), QStringLiteral("&Taal"));
        QVERIFY(menu.actionFor(QStringLiteral("nl"))->isChecked());
        QVERIFY(!menu.actionFor(QStringLiteral("en"))->isChecked());
        // The names stay in their own language whatever the interface speaks.
        QCOMPARE(menu.actionFor(QStringLiteral("fr"))->text(), QStringLiteral(u"Français"));
        QCOMPARE(Translator::preferredLanguage(), QStringLiteral("nl"));
    }

    // The chosen language is kept in the console's own settings file, not under "Unknown
    // Organization" where a QSettings without an organisation puts it; what an earlier version left
    // there is moved over, and kept on.
    void theLanguageIsKeptInTheConsolesOwnSettings()
    {
        const QString app = QCoreApplication::applicationName();
        const QString own = ConsoleSettings::open()->fileName();
        QCOMPARE(QFileInfo(own).dir().dirName(), app);
        Translator::savePreferredLanguage(QStringLiteral("fr"));
        QVERIFY(QFileInfo::exists(own));

        QVERIFY(QFile::remove(own));
        {
            QSettings earlier(QSettings::UserScope, QString(), app);
            QVERIFY(earlier.fileName().contains(QStringLiteral("Unknown Organization")));
            earlier.setValue(QStringLiteral("ui/language"), QStringLiteral("nl"));
        }
        const QString earlierFile = QSettings(QSettings::UserScope, QString(), app).fileName();
        QVERIFY(QFileInfo::exists(earlierFile));
        QCOMPARE(Translator::preferredLanguage(), QStringLiteral("nl"));
        QVERIFY(QFileInfo::exists(own));
        QVERIFY(!QFileInfo::exists(earlierFile));
        QVERIFY(!QFileInfo::exists(QFileInfo(earlierFile).path())); // its empty folder too
        Translator::savePreferredLanguage(QStringLiteral("en"));
        QCOMPARE(Translator::preferredLanguage(), QStringLiteral("en"));
    }

    void switchingRetranslatesTheOpenWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("breadcrumb");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("create");
        QTest::addColumn<QString>("menuTitle");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Administration › Channels › API Credentials")
                            << QStringLiteral("API Credentials") << QStringLiteral("Create new API credentials")
                            << QStringLiteral("&Language");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringLiteral(u"Administration › Canaux › Informations d’identification de l’API")
                            << QStringLiteral(u"Informations d’identification de l’API")
                            << QStringLiteral(u"Créer des informations d’identification de l’API")
                            << QStringLiteral("&Langue");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral(u"Beheer › Kanalen › API-inloggegevens")
                            << QStringLiteral("API-inloggegevens") << QStringLiteral("Nieuwe API-inloggegevens maken")
                            << QStringLiteral("&Taal");
    }

    void switchingRetranslatesTheOpenWindow()
    {
        QFETCH(QString, language);
        QFETCH(QString, breadcrumb);
        QFETCH(QString, title);
        QFETCH(QString, create);
        QFETCH(QString, menuTitle);

        CredentialStore store(m_dir.filePath(QStringLiteral("switch.json")));
        store.upsert(cctest::fakeCredential(infobip::vendor(), QStringLiteral("Infobip main")));
        MemorySecretStore secrets;
        CredentialRepository repo(&store, &secrets);
        MainWindow w(&repo, &m_translator);
        auto *menu = w.findChild<LanguageMenu *>();
        QVERIFY(menu);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // Through the other two languages first, so that every row really switches.
        for (const QString &other : Translator::supportedLanguages()) {
            if (other != language)
                choose(menu, other);
        }
        choose(menu, language);

        QCOMPARE(m_translator.language(), language);
        QCOMPARE(Translator::preferredLanguage(), language);
        QVERIFY(menu->actionFor(language)->isChecked());
        QCOMPARE(w.windowTitle(), QStringLiteral("Channel Console"));
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("breadcrumb"))->text(), breadcrumb);
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("pageTitle"))->text(), title);
        QCOMPARE(w.findChild<QPushButton *>(QStringLiteral("create"))->text(), create);
        QCOMPARE(w.findChild<QPushButton *>(QStringLiteral("emptyCreate"))->text(), create);
        QCOMPARE(menu->title(), menuTitle);
    }

    // What happened while the console spoke French reads in Dutch once the operator switches, in the
    // open activity log and in the CSV it exports: the log keeps events, the window words them.
    void theActivityLogSpeaksTheLanguageInUse()
    {
        CredentialStore store(m_dir.filePath(QStringLiteral("log.db")));
        QVERIFY(store.load().ok());
        MemorySecretStore secrets;
        CredentialRepository repo(&store, &secrets);
        ActivityLog log(&store.database());
        repo.setActivityLog(&log);
        MainWindow w(&repo, &m_translator);
        auto *menu = w.findChild<LanguageMenu *>();
        QVERIFY(menu);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        choose(menu, QStringLiteral("fr"));

        const Credential c = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Principal"));
        QVERIFY(cctest::waitFor([&](auto done) { repo.save(c, {}, done); }).ok);
        repo.record(
            c.id, ActivityLog::Action::TestSend, ActivityLog::Outcome::Succeeded,
            ActivityEvent::of("send.sinch-accepted", {{"batch", QStringLiteral("01FAKEBATCH")}, {"http", 201}}));
        w.showActivityLog();
        ActivityLogDialog *d = w.activityLogDialog();
        QVERIFY(d);
        const auto detail = [d] {
            return d->table()->model()->index(0, ActivityLogModel::DetailColumn).data().toString();
        };
        QCOMPARE(detail(), QStringLiteral(u"HTTP 201 : Sinch a accepté le message de test. ID du lot : "
                                          u"01FAKEBATCH. Consultez le rapport de remise pour savoir s’il est arrivé."));

        // The table is told to paint its rows again, not only its titles.
        QSignalSpy repaint(d->table()->model(), &QAbstractItemModel::dataChanged);
        choose(menu, QStringLiteral("nl"));
        QVERIFY(!repaint.isEmpty());
        QCOMPARE(d->table()->model()->index(0, ActivityLogModel::ActionColumn).data().toString(),
                 QStringLiteral("Testverzending"));
        QCOMPARE(detail(), QStringLiteral("HTTP 201: Sinch heeft het testbericht geaccepteerd. Batch-ID: 01FAKEBATCH. "
                                          "Bekijk het afleveringsrapport om te zien of het is aangekomen."));
        // The filter finds what is shown, in the language shown.
        d->filter()->setText(QStringLiteral("geaccepteerd"));
        QCOMPARE(d->table()->model()->rowCount(), 1);
        d->filter()->setText(QString());

        QString error;
        const QString csv = m_dir.filePath(QStringLiteral("log-nl.csv"));
        QVERIFY2(d->exportCsv(csv, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).trimmed(), QByteArray("Tijd (UTC),API-inloggegevens,Actie,Resultaat,Details,code"));
        QVERIFY2(lines.at(2).contains("Sinch heeft het testbericht geaccepteerd") &&
                     lines.at(2).trimmed().endsWith(",send.sinch-accepted"),
                 lines.at(2).constData());
        QVERIFY2(lines.at(1).trimmed().endsWith(",Aanmaken,Geslaagd,,credential.created"), lines.at(1).constData());
    }

    void fieldLabelsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("english");
        QTest::addColumn<QString>("expected");
        // French: the platform's own French labels (shared/seeds/001 and 003).
        const std::pair<const char *, const char16_t *> french[] = {
            {"Name", u"Nom"},
            {"Service ID", u"ID de service"},
            {"API Token", u"Jeton API"},
            {"Project ID", u"Identifiant de projet"},
            {"App ID", u"ID de l’application"},
            {"Service Plan ID", u"Identifiant du plan de service"},
            {"SMS API Token", u"Jeton d’API SMS"},
            {"API base URL", u"URL de base de l’API"},
            {"API key", u"Clé API"},
            {"Opt-In Keywords", u"Mots-clés d’opt-in"},
            {"Opt-In Message", u"Message d’opt-in"},
            {"Opt-Out Keywords", u"Mots-clés d’opt-out"},
            {"Opt-Out Message", u"Message d’opt-out"},
            {"Help Keywords", u"Mots-clés d’aide"},
            {"Help Message", u"Message d’aide"},
            {"Double Opt-In Keywords", u"Mots-clés de double opt-in"},
            {"Double Opt-In Message", u"Message de double opt-in"},
            {"Principal Entity ID", u"ID d’entité principale"},
            {"Content Template ID", u"ID de modèle de contenu"},
            {"Validity Period", u"Période de validité"},
            {"Callback Data", u"Données de rappel"},
            {"Inbound Number", u"Numéro entrant"},
            {"Custom Inbound Keywords", u"Mots-clés entrants personnalisés"},
            {"Default Inbound Reply Message", u"Message de réponse entrant par défaut"},
        };
        for (const auto &[english, translated] : french)
            QTest::addRow("fr %s", english)
                << QStringLiteral("fr") << QByteArray(english) << QString::fromUtf16(translated);
        const std::pair<const char *, const char16_t *> dutch[] = {
            {"Name", u"Naam"},
            {"Service ID", u"Service-ID"},
            {"API Token", u"API-token"},
            {"API key", u"API-sleutel"},
            {"Opt-In Keywords", u"Opt-in-trefwoorden"},
            {"Opt-In Message", u"Opt-in-bericht"},
            {"Validity Period", u"Geldigheidsduur"},
            {"Callback Data", u"Callbackgegevens"},
            {"Inbound Number", u"Inkomend nummer"},
        };
        for (const auto &[english, translated] : dutch)
            QTest::addRow("nl %s", english)
                << QStringLiteral("nl") << QByteArray(english) << QString::fromUtf16(translated);
        QTest::addRow("en Validity Period")
            << QStringLiteral("en") << QByteArray("Validity Period") << QStringLiteral("Validity Period");
    }

    void fieldLabelsFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QByteArray, english);
        QFETCH(QString, expected);
        LanguageMenu menu(&m_translator);
        choose(&menu, language);
        const QStringList labels = fieldLabels(english.constData());
        QVERIFY2(!labels.isEmpty(), "no form has this field");
        for (const QString &label : labels)
            QCOMPARE(label, expected);
    }

    // Every label of every vendor's form is translated: none is left in English in French or Dutch.
    void everyFieldLabelIsTranslated_data() { addLanguageRows(); }

    void everyFieldLabelIsTranslated()
    {
        QFETCH(QString, language);
        LanguageMenu menu(&m_translator);
        choose(&menu, language);
        QStringList problems;
        for (const VendorSchema &schema : allVendorSchemas()) {
            for (const FieldSpec &field : schema.fields) {
                const QString english = QString::fromUtf8(field.label);
                const QString shown = field.translatedLabel();
                if (shown.isEmpty() || (language == QLatin1String("en")) != (shown == english))
                    problems << schema.displayName + QLatin1Char('/') + field.key + QStringLiteral(": ") + shown;
                if (field.help && field.translatedHelp().isEmpty())
                    problems << schema.displayName + QLatin1Char('/') + field.key + QStringLiteral(": no help");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Sinch RCS's API rate limit at 0 reads "No limit" in the language in use, not "0 requests/s", and is
    // still 0 when saved; any other value shows with its unit. A field whose minimum means nothing
    // special (Infobip's validity, 1 hour at least) shows its number.
    void rateLimitZeroReadsNoLimit_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("noLimit");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("No limit");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Aucune limite");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Geen limiet");
    }

    void rateLimitZeroReadsNoLimit()
    {
        QFETCH(QString, language);
        QFETCH(QString, noLimit);
        const QString key = QStringLiteral("rateLimit");
        CredentialForm form(schemaFor(sinchrcs::vendor()));
        form.load(Credential::create(sinchrcs::vendor()).values, {});
        auto *spin = qobject_cast<QSpinBox *>(form.editor(key)->widget());
        QVERIFY(spin);
        QCOMPARE(spin->text(), QStringLiteral("No limit"));
        LanguageMenu menu(&m_translator);
        choose(&menu, language); // while the form is open
        QCOMPARE(spin->text(), noLimit);
        QCOMPARE(form.values().value(key).toInt(), 0);
        QCOMPARE(form.values().value(key).typeId(), QMetaType::Int);
        form.load({{key, 5}}, {});
        QVERIFY2(spin->text().startsWith(QStringLiteral("5 ")) && spin->text() != noLimit, qPrintable(spin->text()));
        QCOMPARE(form.values().value(key).toInt(), 5);
        spin->stepDown(); // 4
        spin->setValue(0);
        QCOMPARE(spin->text(), noLimit);
        QCOMPARE(form.values().value(key).toInt(), 0);

        CredentialForm infobipForm(schemaFor(infobip::vendor()));
        auto *validity = qobject_cast<QSpinBox *>(infobipForm.editor(QStringLiteral("validityPeriod"))->widget());
        QVERIFY(validity);
        validity->setValue(validity->minimum());
        QVERIFY(validity->specialValueText().isEmpty());
        QVERIFY2(validity->text().startsWith(QStringLiteral("1 ")), qPrintable(validity->text()));
    }

    // Plural forms read right in each language: French counts 0 as singular, English and Dutch do not.
    void pluralsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en 1") << QStringLiteral("en") << 1 << QStringLiteral("wait 1 second before");
        QTest::newRow("en 0") << QStringLiteral("en") << 0 << QStringLiteral("wait 0 seconds before");
        QTest::newRow("en 30") << QStringLiteral("en") << 30 << QStringLiteral("wait 30 seconds before");
        QTest::newRow("fr 0") << QStringLiteral("fr") << 0 << QStringLiteral("attendre 0 seconde avant");
        QTest::newRow("fr 1") << QStringLiteral("fr") << 1 << QStringLiteral("attendre 1 seconde avant");
        QTest::newRow("fr 2") << QStringLiteral("fr") << 2 << QStringLiteral("attendre 2 secondes avant");
        QTest::newRow("nl 1") << QStringLiteral("nl") << 1 << QStringLiteral("vraagt 1 seconde te wachten");
        QTest::newRow("nl 0") << QStringLiteral("nl") << 0 << QStringLiteral("vraagt 0 seconden te wachten");
        QTest::newRow("nl 30") << QStringLiteral("nl") << 30 << QStringLiteral("vraagt 30 seconden te wachten");
    }

    void pluralsFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, expected);
        LanguageMenu menu(&m_translator);
        choose(&menu, language);
        const QString text = QCoreApplication::translate(
            "cc::NetError", "Too many requests: the vendor asks to wait %n second(s) before trying again (HTTP 429).",
            nullptr, count);
        QVERIFY2(text.contains(expected), qPrintable(text));
    }

    // On the first run (nothing saved) the window is wide enough for every column of the list, each
    // as wide as its title and the dates in it: nothing cut at the right, no sideways scrolling.
    // What a long deletion says in the status bar, with the count and how far it is.
    void deletionProgressFollowsTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("Deleting 300 API credentials: removing their secrets from the "
                                              "keychain (120 done)\u2026 / Deleted 300 API credentials.");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringLiteral("Suppression de 300 ensembles d\u2019informations d\u2019identification "
                                              "de l\u2019API\u00a0: retrait de leurs secrets du trousseau de cl\u00e9s "
                                              "(120 sur 300)\u2026 / 300 ensembles d\u2019informations "
                                              "d\u2019identification de l\u2019API supprim\u00e9s.");
        QTest::newRow("nl") << QStringLiteral("nl")
                            << QStringLiteral("300 sets API-inloggegevens verwijderen: hun geheimen worden uit de "
                                              "sleutelbos gehaald (120 van 300)\u2026 / 300 sets API-inloggegevens "
                                              "verwijderd.");
    }

    void deletionProgressFollowsTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QVERIFY(m_translator.apply(language));
        const char *const during =
            "Deleting %n API credentials: removing their secrets from the keychain (%1 done)\u2026";
        const QString text = QCoreApplication::translate("cc::MainWindow", during, nullptr, 300).arg(120) +
                             QStringLiteral(" / ") +
                             QCoreApplication::translate("cc::MainWindow", "Deleted %n API credentials.", nullptr, 300);
        QCOMPARE(text, expected);
    }

    void theFirstWindowShowsEveryColumnWhole_data() { addLanguageRows(); }

    void theFirstWindowShowsEveryColumnWhole()
    {
        QFETCH(QString, language);
        QVERIFY(m_translator.apply(language));
        ConsoleSettings::open()->remove(QStringLiteral("mainWindow/geometry"));
        ConsoleSettings::open()->remove(QStringLiteral("credentialsPage/headerState"));
        CredentialStore store(m_dir.filePath(QStringLiteral("columns-%1.json").arg(language)));
        store.upsert(cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Sinch US")));
        MemorySecretStore secrets;
        CredentialRepository repo(&store, &secrets);
        MainWindow w(&repo, &m_translator);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *table = w.findChild<QTableView *>(QStringLiteral("credentialsTable"));
        QHeaderView *header = table->horizontalHeader();
        QVERIFY2(header->length() <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(header->length()).arg(table->viewport()->width())));
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        const QFontMetrics fm = table->fontMetrics();
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            const QString title = table->model()->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(header->fontMetrics().horizontalAdvance(title) < header->sectionSize(c), qPrintable(title));
        }
        for (const int c : {CredentialListModel::CreatedColumn, CredentialListModel::ModifiedColumn}) {
            const QString date = table->model()->index(0, c).data().toString();
            QVERIFY2(!date.isEmpty() && fm.horizontalAdvance(date) < header->sectionSize(c), qPrintable(date));
        }
    }

    // A column width the user set by dragging is kept through changes of language, while the window is
    // open and after it is opened again; the columns the user left alone still follow their titles.
    void userColumnWidthsSurviveALanguageSwitch()
    {
        ConsoleSettings::open()->remove(QStringLiteral("mainWindow/geometry"));
        ConsoleSettings::open()->remove(QStringLiteral("credentialsPage/headerState"));
        CredentialStore store(m_dir.filePath(QStringLiteral("widths.json")));
        store.upsert(cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Sinch US")));
        MemorySecretStore secrets;
        CredentialRepository repo(&store, &secrets);
        using C = CredentialListModel;
        const auto header = [](MainWindow &w) {
            return w.findChild<QTableView *>(QStringLiteral("credentialsTable"))->horizontalHeader();
        };
        {
            MainWindow w(&repo, &m_translator);
            auto *menu = w.findChild<LanguageMenu *>();
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            // Narrower than its title in any language (the code widens such a column), and a wide name.
            cctest::dragColumnEdge(header(w), C::StatusColumn, 60);
            cctest::dragColumnEdge(header(w), C::NameColumn, 400);
            QCOMPARE(header(w)->sectionSize(C::StatusColumn), 60);
            QCOMPARE(header(w)->sectionSize(C::NameColumn), 400);
            for (const char *language : {"fr", "nl", "en", "fr"}) {
                choose(menu, QLatin1String(language));
                QCOMPARE(header(w)->sectionSize(C::StatusColumn), 60);
                QCOMPARE(header(w)->sectionSize(C::NameColumn), 400);
                // The vendor's column, left alone, is as wide as its title in this language.
                const QString title = header(w)->model()->headerData(C::VendorColumn, Qt::Horizontal).toString();
                QVERIFY2(header(w)->fontMetrics().horizontalAdvance(title) < header(w)->sectionSize(C::VendorColumn),
                         qPrintable(title));
            }
            w.close(); // saves the widths
        }
        MainWindow again(&repo, &m_translator);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(header(again)->sectionSize(C::StatusColumn), 60);
        choose(again.findChild<LanguageMenu *>(), QStringLiteral("nl"));
        QCOMPARE(header(again)->sectionSize(C::StatusColumn), 60);
        QCOMPARE(header(again)->sectionSize(C::NameColumn), 400);
        ConsoleSettings::open()->remove(QStringLiteral("credentialsPage/headerState"));
    }

    // The check-all list: the names' width the user set is kept through a change of language.
    void checkAllColumnWidthSurvivesALanguageSwitch()
    {
        QTemporaryDir dir;
        cctest::DialogGallery gallery(dir.path());
        const std::unique_ptr<QDialog> d = gallery.make(QStringLiteral("check-all"), true); // every check done
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        QHeaderView *header = d->findChild<QTreeWidget *>(QStringLiteral("results"))->header();
        const int fitted = header->sectionSize(0);
        cctest::dragColumnEdge(header, 0, 70); // narrower than the names
        QCOMPARE(header->sectionSize(0), 70);
        LanguageMenu menu(&m_translator);
        choose(&menu, QStringLiteral("fr"));
        QCOMPARE(header->sectionSize(0), 70);
        choose(&menu, QStringLiteral("en"));
        QCOMPARE(header->sectionSize(0), 70);
        QVERIFY(fitted > 70);
    }

    // The inbound preview's list, refilled at each keystroke: the reply's width the user set is kept as the
    // text changes and through a change of language.
    void inboundPreviewColumnWidthSurvivesTypingAndALanguageSwitch()
    {
        QTemporaryDir dir;
        cctest::DialogGallery gallery(dir.path());
        const std::unique_ptr<QDialog> d = gallery.make(QStringLiteral("inbound-preview"), true); // "join"
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        QHeaderView *header = d->findChild<QTreeWidget *>(QStringLiteral("conversation"))->header();
        cctest::dragColumnEdge(header, 1, 90);
        QCOMPARE(header->sectionSize(1), 90);
        QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("inbound")), QStringLiteral(" now"));
        QCOMPARE(header->sectionSize(1), 90);
        LanguageMenu menu(&m_translator);
        choose(&menu, QStringLiteral("nl"));
        QCOMPARE(header->sectionSize(1), 90);
    }

    // Qt's own catalogues (qtbase) load with ours: standard buttons speak the language too.
    void qtStandardButtonsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Cancel");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Annuler");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Annuleren");
    }

    void qtStandardButtonsFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, cancel);
        QDialogButtonBox opened(QDialogButtonBox::Cancel);
        opened.show();
        LanguageMenu menu(&m_translator);
        choose(&menu, language);
        auto textOf = [](const QDialogButtonBox &box) {
            return box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&'));
        };
        QCOMPARE(textOf(QDialogButtonBox(QDialogButtonBox::Cancel)), cancel);
        QCOMPARE(textOf(opened), cancel);
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
