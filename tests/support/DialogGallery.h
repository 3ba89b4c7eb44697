#pragma once

// Every form and dialog of the console, built over obviously fake API credentials, empty or with content
// in them: the text-fit test lays each one out in each language, and cc_screenshots renders them. With
// Texts::Long, the names, identifiers, messages and log details are longer than any column is wide.
// Nothing is sent: the vendor endpoints point at a closed port of this computer.

#include "ActivityLogDialog.h"
#include "ChannelSetupDialog.h"
#include "CheckAllDialog.h"
#include "CredentialDialog.h"
#include "CredentialForm.h"
#include "ImportDialog.h"
#include "InboundPreviewDialog.h"
#include "MemorySecretStore.h"
#include "MessageEdit.h"
#include "ReplaceSecretDialog.h"
#include "SecretEdit.h"
#include "TestSendDialog.h"
#include "Translator.h"
#include "net/HttpClient.h"
#include "services/ActivityLog.h"
#include "services/CredentialActions.h"
#include "services/CredentialRepository.h"
#include "services/CredentialTransfer.h"
#include "services/SecretRotation.h"
#include "services/VendorOperations.h"
#include "vendors/Custom.h"
#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QtTest/QtTest>

#include <memory>

namespace cctest {

// Installs language's catalogues and lets every widget retranslate itself at once.
inline void switchLanguage(cc::Translator &translator, const QString &language)
{
    QVERIFY(translator.apply(language));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

class DialogGallery
{
public:
    enum class Texts { Ordinary, Long };

    // Files (credentials, activity log) go under dir.
    explicit DialogGallery(const QString &dir, Texts texts = Texts::Ordinary)
        : m_store(QDir(dir).filePath(QStringLiteral("gallery.json")))
        , m_log(QDir(dir).filePath(QStringLiteral("gallery-activity.jsonl")))
        , m_repo(&m_store, &m_secrets)
        , m_http(&m_manager)
        , m_ops(&m_http)
        , m_actions(&m_repo, &m_ops)
        , m_rotation(&m_repo, &m_actions)
    {
        m_repo.setActivityLog(&m_log);
        // A closed port: a check fails at once with "connection refused", and nothing leaves the machine.
        const QString closed = QStringLiteral("http://127.0.0.1:9");
        const bool long_ = texts == Texts::Long;
        // Long: more than a column shows, and identifiers without a space to wrap at.
        const auto pick = [long_](const char *ordinary, const char *longer) {
            return QString::fromUtf8(long_ ? longer : ordinary);
        };
        const QString smsName = pick("Sinch US marketing", "Sinch US marketing for the winter promotions of the "
                                                           "stores of the east coast (short code 12345)");
        const QString mmsName = pick("Sinch MMS promotions", "Sinch MMS promotions with the pictures of the week "
                                                             "for the members of the loyalty programme");
        const QString infobipName = pick("Infobip India (DLT)", "Infobip India (DLT) for the transactional "
                                                                "messages of the orders and deliveries");
        m_sms = add(cc::sinchsms::vendor(), smsName,
                    {{QStringLiteral("serviceId"),
                      pick("fake-service-0001", "fake-service-0001-0123456789abcdef-0123456789abcdef-0123456789")},
                     {QStringLiteral("endpoint"), closed},
                     {QStringLiteral("optInKeywords"), QStringLiteral("OUI, YES")},
                     {QStringLiteral("optInMessage"),
                      pick("Welcome! Text STOP to opt out.",
                           "Welcome to the winter loyalty programme of Example Stores! You will get up to four "
                           "messages a month with offers and news. Message and data rates may apply. Text HELP for "
                           "help or STOP to opt out at any time.")},
                     {QStringLiteral("optOutMessage"), QStringLiteral("You are unsubscribed.")},
                     {QStringLiteral("helpMessage"), QStringLiteral("Call us on +44 7700 900123.")},
                     {QStringLiteral("doubleOptInKeywords"), QStringLiteral("JOIN")},
                     {QStringLiteral("doubleOptInMessage"),
                      pick("You are confirmed.",
                           "You are confirmed: from now on you receive the offers of the week, see "
                           "https://example.com/offers/winter-loyalty-programme-confirmed-members-only.")}});
        m_mms = add(cc::sinchmms::vendor(), mmsName,
                    {{QStringLiteral("projectId"),
                      pick("fake-project-0001", "fake-project-0001-0123456789abcdef-0123456789abcdef")},
                     {QStringLiteral("appId"), pick("FAKEAPP0001", "FAKEAPP0001FAKEAPP0001FAKEAPP0001")},
                     {QStringLiteral("servicePlanId"), QStringLiteral("fake-plan-0001")},
                     {QStringLiteral("endpoint"), closed}});
        m_infobip = add(cc::infobip::vendor(), infobipName,
                        {{QStringLiteral("baseUrl"), closed},
                         {QStringLiteral("customInboundKeywords"), QStringLiteral("OFFERS")},
                         {QStringLiteral("defaultInboundReply"), QStringLiteral("Sorry, we did not understand.")}});
        m_custom = add(cc::custom::vendor(),
                       pick("Acme SMS gateway", "Acme SMS gateway of the customer care team for "
                                                "the order and delivery notifications"),
                       {{QStringLiteral("providerAppId"), QStringLiteral("fake-app-0001")},
                        {QStringLiteral("providerName"), QStringLiteral("Acme SMS")},
                        {QStringLiteral("providerUrl"), QString(closed + QStringLiteral("/v1/messages"))},
                        {QStringLiteral("authType"), QStringLiteral("bearer")},
                        {QStringLiteral("headers"), QStringLiteral("X-Tenant: fake-tenant")}});
        const QDateTime t(QDate(2026, 11, 23), QTime(8, 15), Qt::UTC);
        if (long_) { // the list shows a check's detail only in its tooltip unless it is shown elsewhere
            QString error;
            m_repo.recordCheck(m_sms,
                               {cc::CheckStatus::State::Failing, t,
                                QStringLiteral("HTTP 400: the vendor refused the request: the sender is not "
                                               "registered for the destination country, see "
                                               "https://example.com/docs/errors/sender-not-registered-for-country")},
                               &error);
        }
        using A = cc::ActivityLog::Action;
        using O = cc::ActivityLog::Outcome;
        using E = cc::ActivityEvent;
        m_log.append({t, m_sms, smsName, A::Create, O::Succeeded, E::of("credential.created")});
        m_log.append({t.addSecs(60), m_sms, smsName, A::Check, O::Failed,
                      E::of("check.unauthorized", {{"status", 401}, {"http", 401}},
                            pick("", "the API token of service fake-service-0001-0123456789abcdef-0123456789abcdef-"
                                     "0123456789 is not valid"))});
        m_log.append(
            {t.addSecs(120), m_sms, smsName, A::TestSend, O::Succeeded,
             E::of("send.sinch-accepted",
                   {{"batch", pick("01FAKEBATCH0001", "01FAKEBATCH0001FAKEBATCH0001FAKEBATCH0001FAKEBATCH0001")},
                    {"http", 201}})});
        m_log.append(
            {t.addSecs(180), m_mms, mmsName, A::ChannelSetup, O::Succeeded, E::of("setup.active", {{"http", 200}})});
        m_log.append({t.addSecs(240), m_infobip, infobipName, A::Export, O::Succeeded,
                      E::of("export.written", {{"file", QStringLiteral("/home/operator/infobip.json")}})});
    }

    // The names of the dialogs make() builds, in the order a person meets them.
    static QStringList names()
    {
        return {
            QStringLiteral("create-empty"),     QStringLiteral("create-sinch"),    QStringLiteral("create-sinch-mms"),
            QStringLiteral("create-sinch-rcs"), QStringLiteral("create-infobip"),  QStringLiteral("edit"),
            QStringLiteral("duplicate"),        QStringLiteral("test-send-sms"),   QStringLiteral("test-send-mms"),
            QStringLiteral("channel-setup"),    QStringLiteral("replace-secret"),  QStringLiteral("check-all"),
            QStringLiteral("activity-log"),     QStringLiteral("import"),          QStringLiteral("inbound-preview"),
            QStringLiteral("create-custom"),    QStringLiteral("test-send-custom")};
    }

    // The rows of a test over every dialog in every language, empty and with content: the columns
    // language, dialog and withContent.
    static void addRowsInEachLanguage()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("dialog");
        QTest::addColumn<bool>("withContent");
        for (const QString &language : cc::Translator::supportedLanguages()) {
            for (const QString &dialog : names()) {
                for (const bool content : {false, true}) {
                    QTest::addRow("%s %s %s", qPrintable(language), qPrintable(dialog), content ? "filled" : "empty")
                        << language << dialog << content;
                }
            }
        }
    }

    // In a test with addRowsInEachLanguage()'s rows: the row's dialog, in the row's language, not shown yet.
    std::unique_ptr<QDialog> makeForRow(cc::Translator &translator)
    {
        QFETCH(QString, language);
        QFETCH(QString, dialog);
        QFETCH(bool, withContent);
        switchLanguage(translator, language);
        return make(dialog, withContent);
    }

    // The dialog called name, not shown yet; with content: fields typed in, checks run, a preview answered.
    std::unique_ptr<QDialog> make(const QString &name, bool withContent, QWidget *parent = nullptr)
    {
        using cc::CredentialDialog;
        if (name.startsWith(QLatin1String("create-"))) {
            auto d =
                std::make_unique<CredentialDialog>(&m_repo, CredentialDialog::Mode::Create, cc::Credential(), parent);
            const QString vendor = name.mid(7);
            for (const cc::VendorSchema &schema : cc::allVendorSchemas()) {
                if (schema.id == vendor)
                    d->vendorChoice()->setCurrentIndex(d->vendorChoice()->findData(schema.vendor.index()));
            }
            expandAdvanced(d.get());
            return d;
        }
        if (name == QLatin1String("edit") || name == QLatin1String("duplicate")) {
            auto d = std::make_unique<CredentialDialog>(
                &m_repo,
                name == QLatin1String("edit") ? CredentialDialog::Mode::Edit : CredentialDialog::Mode::Duplicate,
                *m_store.find(m_sms), parent);
            d->setActions(&m_actions);
            expandAdvanced(d.get());
            return d;
        }
        if (name == QLatin1String("test-send-custom")) {
            // Its request shown before it goes out (the preview reads the fake secrets first).
            auto d = std::make_unique<cc::TestSendDialog>(&m_actions, *m_store.find(m_custom), parent);
            if (withContent) {
                d->recipient()->setText(QStringLiteral("+1 202 555 0143"));
                d->sender()->setText(QStringLiteral("ACME"));
                d->message()->textEdit()->setPlainText(QStringLiteral("Hello \"from\" the console: code 123456."));
                d->sendButton()->click();
                const QDeadlineTimer deadline(10000);
                while (!d->isPreviewed() && !deadline.hasExpired())
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            }
            return d;
        }
        if (name.startsWith(QLatin1String("test-send-"))) {
            const bool mms = name.endsWith(QLatin1String("mms"));
            auto d = std::make_unique<cc::TestSendDialog>(&m_actions, *m_store.find(mms ? m_mms : m_sms), parent);
            if (withContent) {
                d->recipient()->setText(QStringLiteral("+1 202 555 0143"));
                d->sender()->setText(mms ? QStringLiteral("12345") : QStringLiteral("ACME")); // MMS: a short code
                d->message()->textEdit()->setPlainText(QStringLiteral("Hello from the console: your code is 123456."));
                if (mms)
                    d->mediaUrl()->setText(QStringLiteral("https://example.com/image.jpg"));
            }
            return d;
        }
        if (name == QLatin1String("channel-setup")) {
            auto d = std::make_unique<cc::ChannelSetupDialog>(&m_actions, *m_store.find(m_mms), parent);
            if (withContent)
                d->webhookTarget()->setText(QStringLiteral("https://hooks.example.com/inbound"));
            return d;
        }
        if (name == QLatin1String("replace-secret")) {
            auto d = std::make_unique<cc::ReplaceSecretDialog>(&m_rotation, *m_store.find(m_mms), parent);
            if (withContent)
                d->valueEdit()->setText(QStringLiteral("RkFLRS1ORVctS0VZOkZBS0UtTkVXLVNFQ1JFVA=="));
            return d;
        }
        if (name == QLatin1String("check-all")) {
            auto d = std::make_unique<cc::CheckAllDialog>(&m_repo, &m_actions, QStringList{m_sms, m_mms, m_infobip}, 2,
                                                          parent);
            if (withContent) {
                d->start();
                bool finished = false;
                QObject::connect(d->runner(), &cc::CheckAllRunner::finished, d.get(), [&finished] { finished = true; });
                const QDeadlineTimer deadline(20000);
                while (!finished && !deadline.hasExpired())
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            }
            return d;
        }
        if (name == QLatin1String("activity-log"))
            return std::make_unique<cc::ActivityLogDialog>(&m_log, parent);
        if (name == QLatin1String("import")) {
            // One new, one renamed (its name is taken) and one rejected entry.
            QVector<cc::Credential> exported{*m_store.find(m_sms), *m_store.find(m_infobip)};
            exported[1].values.insert(cc::kNameKey, QStringLiteral("Infobip Europe"));
            QJsonDocument doc = QJsonDocument::fromJson(cc::CredentialTransfer::exportJson(exported));
            QJsonObject root = doc.object();
            QJsonArray items = root.value(QStringLiteral("credentials")).toArray();
            items.append(
                QJsonObject{{QStringLiteral("vendor"), QStringLiteral("fake-vendor")},
                            {QStringLiteral("fields"), QJsonObject{{cc::kNameKey, QStringLiteral("Unknown vendor")}}}});
            root.insert(QStringLiteral("credentials"), items);
            const auto plan = cc::CredentialTransfer::plan(QJsonDocument(root).toJson(), m_store,
                                                           cc::CredentialTransfer::ClashPolicy::Rename);
            return std::make_unique<cc::ImportDialog>(QStringLiteral("/home/operator/channel-console-export.json"),
                                                      plan, parent);
        }
        if (name == QLatin1String("inbound-preview")) {
            auto d = std::make_unique<cc::InboundPreviewDialog>(&m_repo, m_sms, parent);
            if (withContent)
                d->inbound()->setText(QStringLiteral("join"));
            return d;
        }
        return nullptr;
    }

    cc::CredentialRepository *repository() { return &m_repo; }
    cc::CredentialActions *actions() { return &m_actions; }

private:
    QString add(cc::Vendor vendor, const QString &name, const QVariantMap &values)
    {
        cc::Credential c = cc::Credential::create(vendor);
        c.values.insert(cc::kNameKey, name);
        for (auto it = values.begin(); it != values.end(); ++it)
            c.values.insert(it.key(), it.value());
        QHash<QString, QString> secrets;
        for (const cc::FieldSpec &f : c.schema().fields) {
            if (f.isSecret()) // a key pair's token has its form: Base64 of "key id:key secret"
                secrets.insert(f.key, f.base64KeyPair ? QStringLiteral("RkFLRS1LRVk6RkFLRS1TRUNSRVQ=")
                                                      : QStringLiteral("FAKE-") + f.key.toUpper());
        }
        bool saved = false;
        m_repo.save(c, secrets, [&saved](const cc::CredentialRepository::Outcome &) { saved = true; });
        const QDeadlineTimer deadline(10000);
        while (!saved && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return c.id;
    }

    static void expandAdvanced(cc::CredentialDialog *d)
    {
        if (d->currentForm() && d->currentForm()->advancedToggle())
            d->currentForm()->advancedToggle()->setChecked(true);
    }

    cc::CredentialStore m_store;
    cc::MemorySecretStore m_secrets;
    cc::ActivityLog m_log;
    cc::CredentialRepository m_repo;
    QNetworkAccessManager m_manager;
    cc::HttpClient m_http;
    cc::VendorOperations m_ops;
    cc::CredentialActions m_actions;
    cc::SecretRotation m_rotation;
    QString m_sms;
    QString m_mms;
    QString m_infobip;
    QString m_custom;
};

} // namespace cctest
