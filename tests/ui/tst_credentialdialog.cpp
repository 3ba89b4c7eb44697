#include "Ask.h"
#include "ConsoleSettings.h"
#include "CredentialDialog.h"
#include "CredentialForm.h"
#include "CredentialsPage.h"
#include "FieldEditor.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ScriptedAsk.h"
#include "SecretEdit.h"
#include "TestSupport.h"
#include "TextFit.h"
#include "messaging/Keywords.h"
#include "messaging/PhoneNumbers.h"
#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QtTest/QtTest>

using namespace cc;

// The API Credentials screens driven as an operator would: typing and clicking.
class TestCredentialDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CredentialRepository> m_repo;
    std::unique_ptr<MainWindow> m_window;

    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("credentialsTable")); }
    QToolButton *tool(const char *name) const { return m_window->findChild<QToolButton *>(QLatin1String(name)); }

    CredentialDialog *openCreate()
    {
        auto *create = m_window->findChild<QPushButton *>(QStringLiteral("create"));
        QTest::mouseClick(create, Qt::LeftButton);
        CredentialDialog *d = m_window->activeDialog();
        [&] { QVERIFY(d && QTest::qWaitForWindowExposed(d)); }();
        return d;
    }
    // Picks the vendor with the keyboard, as a user would in the combo box.
    static void chooseVendor(CredentialDialog *d, Vendor vendor)
    {
        QComboBox *combo = d->vendorChoice();
        combo->setFocus();
        while (combo->currentData().toInt() != vendor.index() && combo->currentIndex() < combo->count() - 1)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentData().toInt(), vendor.index());
        QVERIFY(d->currentForm());
    }
    static QWidget *field(CredentialDialog *d, const QString &key)
    {
        return d->currentForm()->findChild<QWidget *>(QStringLiteral("field-") + key);
    }
    static void typeInto(CredentialDialog *d, const QString &key, const QString &text)
    {
        QWidget *w = field(d, key);
        QVERIFY2(w, qPrintable(key));
        QWidget *target = w;
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->selectAll();
        else if (auto *secret = w->findChild<QLineEdit *>(QStringLiteral("secret")))
            target = secret;
        else if (auto *keywords = w->findChild<QLineEdit *>(QStringLiteral("keywords")))
            target = keywords;
        else if (auto *message = w->findChild<QPlainTextEdit *>(QStringLiteral("message")))
            target = message;
        target->setFocus();
        QTest::keyClicks(target, text);
    }
    static QString issue(CredentialDialog *d, const QString &key)
    {
        QLabel *l = d->currentForm()->issueLabelFor(key);
        return l && l->isVisible() ? l->text() : QString();
    }
    void submit(CredentialDialog *d)
    {
        QVERIFY2(d->submitButton()->isEnabled(), qPrintable(d->findChild<QLabel *>(QStringLiteral("status"))->text()));
        QTest::mouseClick(d->submitButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_window->activeDialog());
        // The window system gives the window back its keyboard.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void selectByName(const QString &name)
    {
        QAbstractItemModel *model = table()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data().toString() == name) {
                table()->setFocus();
                table()->selectRow(r);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no row named ") + name));
    }
    const Credential *byName(const QString &name) const
    {
        for (const Credential &c : m_store->credentials()) {
            if (c.name() == name)
                return &c;
        }
        return nullptr;
    }

    void fillRequired(CredentialDialog *d, Vendor vendor, const QString &name)
    {
        typeInto(d, kNameKey, name);
        const QVariantMap fakes = cctest::fakeFields(vendor);
        for (auto it = fakes.begin(); it != fakes.end(); ++it)
            typeInto(d, it.key(), it.value().toString());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        ConsoleSettings::open()->clear();
        QFile::remove(m_dir.filePath(QStringLiteral("c.json")));
        m_store = std::make_unique<CredentialStore>(m_dir.filePath(QStringLiteral("c.json")));
        m_store->load();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_repo = std::make_unique<CredentialRepository>(m_store.get(), m_secrets.get());
        m_window = std::make_unique<MainWindow>(m_repo.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        if (CredentialDialog *d = m_window->activeDialog()) {
            cctest::ScriptedAsk::setNextAnswer(true);
            d->reject();
        }
        m_window.reset();
        m_repo.reset(); // before init() replaces the store it saves into as it goes
    }

    void createEditDuplicateDelete_data()
    {
        QTest::addColumn<int>("vendor");
        QTest::addColumn<QString>("secretKey");
        QTest::addColumn<QString>("plainKey");
        QTest::newRow("sinch") << sinchsms::vendor().index() << QStringLiteral("apiToken")
                               << QStringLiteral("serviceId");
        QTest::newRow("sinch-mms") << sinchmms::vendor().index() << QStringLiteral("smsApiToken")
                                   << QStringLiteral("appId");
        QTest::newRow("infobip") << infobip::vendor().index() << QStringLiteral("apiKey")
                                 << QStringLiteral("callbackData");
    }

    void createEditDuplicateDelete()
    {
        QFETCH(int, vendor);
        QFETCH(QString, secretKey);
        QFETCH(QString, plainKey);

        // Create: the vendor first, then its form; Submit only once the form is valid.
        CredentialDialog *d = openCreate();
        QVERIFY(!d->submitButton()->isEnabled());
        chooseVendor(d, Vendor(vendor));
        QVERIFY(!d->submitButton()->isEnabled());
        fillRequired(d, Vendor(vendor), QStringLiteral("Created"));
        submit(d);
        const Credential *created = byName(QStringLiteral("Created"));
        QVERIFY(created);
        QCOMPARE(created->vendor.index(), vendor);
        QVERIFY(created->hasSecret(secretKey));
        QVERIFY(!m_secrets->entries().value(SecretStore::keyFor(created->id, secretKey)).isEmpty());
        QCOMPARE(table()->model()->rowCount(), 1);
        const QString id = created->id;

        // Edit with Enter: a secret is shown as set, not by value; an untouched secret is not rewritten.
        selectByName(QStringLiteral("Created"));
        QTest::keyClick(table(), Qt::Key_Return);
        d = m_window->activeDialog();
        QVERIFY(d && d->mode() == CredentialDialog::Mode::Edit);
        QVERIFY(!d->vendorChoice()->isEnabled());
        SecretEdit *secret = field(d, secretKey)->findChild<SecretEdit *>();
        QVERIFY(secret->isStored());
        QVERIFY(secret->text().isEmpty());
        QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Password);
        typeInto(d, plainKey, QStringLiteral("edited-value"));
        typeInto(d, kNameKey, QStringLiteral("Edited"));
        m_secrets->setFailure(SecretError::Locked); // any keychain write would now fail the save
        submit(d);
        m_secrets->setFailure(SecretError::None);
        QCOMPARE(m_store->find(id)->name(), QStringLiteral("Edited"));
        QCOMPARE(m_store->find(id)->text(plainKey), QStringLiteral("edited-value"));

        // Duplicate: same settings, a new name, and the secrets asked for again.
        selectByName(QStringLiteral("Edited"));
        QTest::mouseClick(tool("duplicate"), Qt::LeftButton);
        d = m_window->activeDialog();
        QVERIFY(d && d->mode() == CredentialDialog::Mode::Duplicate);
        QCOMPARE(qobject_cast<QLineEdit *>(field(d, kNameKey))->text(), QStringLiteral("Edited (copy)"));
        QCOMPARE(d->currentForm()->values().value(plainKey).toString(), QStringLiteral("edited-value"));
        QVERIFY(!d->submitButton()->isEnabled());
        QVERIFY(!field(d, secretKey)->findChild<SecretEdit *>()->isStored());
        for (const FieldSpec &f : schemaFor(Vendor(vendor)).fields) {
            if (f.isSecret()) // a key pair's token must have its form: Base64 of "key id:key secret"
                typeInto(d, f.key, f.base64KeyPair ? QStringLiteral("RkFLRTpBR0FJTg==") : QStringLiteral("FAKE-AGAIN"));
        }
        submit(d);
        QCOMPARE(m_store->credentials().size(), 2);
        const Credential *copy = byName(QStringLiteral("Edited (copy)"));
        QVERIFY(copy && copy->id != id);
        QCOMPARE(m_secrets->entries().value(SecretStore::keyFor(copy->id, secretKey)), QStringLiteral("FAKE-AGAIN"));

        // Delete with the trash button: a confirmation naming it, then its keychain entries go too.
        selectByName(QStringLiteral("Edited"));
        cctest::ScriptedAsk::setNextAnswer(true);
        QTest::mouseClick(tool("delete"), Qt::LeftButton);
        QVERIFY(cctest::ScriptedAsk::lastText().contains(QStringLiteral("\"Edited\"")));
        QTRY_COMPARE(m_store->credentials().size(), 1);
        QVERIFY(!m_store->find(id));
        QTRY_VERIFY(!m_secrets->entries().contains(SecretStore::keyFor(id, secretKey)));
        QCOMPARE(table()->model()->rowCount(), 1);
    }

    void deleteCanBeCancelled()
    {
        QVERIFY(cctest::waitFor([&](auto done) {
                    m_repo->save(cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Keep me")), {}, done);
                }).ok);
        selectByName(QStringLiteral("Keep me"));
        cctest::ScriptedAsk::setNextAnswer(false);
        QTest::keyClick(table(), Qt::Key_Delete);
        QVERIFY(cctest::ScriptedAsk::lastText().contains(QStringLiteral("Keep me")));
        QCOMPARE(m_store->credentials().size(), 1);
    }

    void validationMessagesNameTheField_data()
    {
        QTest::addColumn<int>("vendor");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("says");
        QTest::addColumn<bool>("blocks");
        QTest::newRow("http base URL") << infobip::vendor().index() << QStringLiteral("baseUrl")
                                       << QStringLiteral("http://fake.api.infobip.example")
                                       << QStringLiteral("API base URL") << QStringLiteral("https://") << true;
        QTest::newRow("base URL without host")
            << infobip::vendor().index() << QStringLiteral("baseUrl") << QStringLiteral("https://")
            << QStringLiteral("API base URL") << QStringLiteral("host") << true;
        QTest::newRow("inbound number") << infobip::vendor().index() << QStringLiteral("inboundNumber")
                                        << QStringLiteral("0612345678") << QStringLiteral("Inbound Number")
                                        << QStringLiteral("+") << true;
        QTest::newRow("opt-out without STOP")
            << sinchsms::vendor().index() << QStringLiteral("optOutKeywords") << QStringLiteral("QUIT, END")
            << QStringLiteral("Opt-Out Keywords") << QStringLiteral("STOP") << false;
        QTest::newRow("endpoint over http")
            << sinchsms::vendor().index() << QStringLiteral("endpoint") << QStringLiteral("http://sms.example.com")
            << QStringLiteral("API endpoint") << QStringLiteral("https://") << true;
    }

    void validationMessagesNameTheField()
    {
        QFETCH(int, vendor);
        QFETCH(QString, key);
        QFETCH(QString, typed);
        QFETCH(QString, label);
        QFETCH(QString, says);
        QFETCH(bool, blocks);
        CredentialDialog *d = openCreate();
        chooseVendor(d, Vendor(vendor));
        fillRequired(d, Vendor(vendor), QStringLiteral("Valid"));
        QVERIFY(d->submitButton()->isEnabled());
        if (QToolButton *advanced = d->currentForm()->advancedToggle();
            advanced && schemaFor(Vendor(vendor)).field(key)->advanced)
            QTest::mouseClick(advanced, Qt::LeftButton);
        typeInto(d, key, typed);
        const QString message = issue(d, key);
        QVERIFY2(message.contains(label), qPrintable(message));
        QVERIFY2(message.contains(says), qPrintable(message));
        QCOMPARE(d->submitButton()->isEnabled(), !blocks);
    }

    // Each field's example fits that field and vendor, and its placeholder and its error show the
    // same one: addresses and numbers of every vendor's form, and keyword lists without defaults
    // (whose example holds no keyword of another list).
    void examplesFitTheFieldAndMatchItsError()
    {
        for (const VendorSchema &schema : allVendorSchemas()) {
            CredentialDialog *d = openCreate();
            chooseVendor(d, schema.vendor);
            if (QToolButton *advanced = d->currentForm()->advancedToggle())
                QTest::mouseClick(advanced, Qt::LeftButton);
            for (const FieldSpec &f : schema.fields) {
                const QString where = schema.id + QLatin1Char('/') + f.key;
                if (!d->currentForm()->isFieldShown(f.key))
                    continue; // another auth type's (tst_customform types into those)
                if (f.type == FieldType::Url) {
                    QVERIFY2(!f.example.isEmpty(), qPrintable(where));
                    auto *edit = qobject_cast<QLineEdit *>(field(d, f.key));
                    QVERIFY2(edit, qPrintable(where));
                    if (!f.advanced)
                        QCOMPARE(edit->placeholderText(), f.example);
                    typeInto(d, f.key, QStringLiteral("not an address"));
                    QVERIFY2(issue(d, f.key).contains(f.example),
                             qPrintable(where + QLatin1String(": ") + issue(d, f.key)));
                    edit->clear();
                } else if (f.type == FieldType::Phone) {
                    auto *edit = qobject_cast<QLineEdit *>(field(d, f.key));
                    QVERIFY2(edit && edit->placeholderText().contains(PhoneNumbers::example()), qPrintable(where));
                    typeInto(d, f.key, QStringLiteral("06 12 34 56 78 90"));
                    QVERIFY2(issue(d, f.key).contains(PhoneNumbers::example()),
                             qPrintable(where + QLatin1String(": ") + issue(d, f.key)));
                    edit->clear();
                }
            }
            for (const Keywords::CategoryFields &c : Keywords::categories()) {
                QWidget *box = field(d, c.keywordsKey);
                if (!box || !Keywords::defaults(c.category).isEmpty())
                    continue;
                const QString placeholder = box->findChild<QLineEdit *>(QStringLiteral("keywords"))->placeholderText();
                QVERIFY2(placeholder.contains(Keywords::examples(c.category).join(QStringLiteral(", "))),
                         qPrintable(placeholder));
                for (const Keywords::CategoryFields &other : Keywords::categories()) {
                    for (const QString &example : Keywords::examples(c.category))
                        QVERIFY2(!Keywords::defaults(other.category).contains(example), qPrintable(example));
                }
            }
            d->reject();
            QTRY_VERIFY(!m_window->activeDialog());
        }
    }

    void sameKeywordInTwoCategories()
    {
        CredentialDialog *d = openCreate();
        chooseVendor(d, sinchsms::vendor());
        fillRequired(d, sinchsms::vendor(), QStringLiteral("Keywords"));
        typeInto(d, QStringLiteral("optInKeywords"), QStringLiteral("START, Yes"));
        typeInto(d, QStringLiteral("optOutKeywords"), QStringLiteral("STOP, yes "));
        const QString message = issue(d, QStringLiteral("optOutKeywords")) + issue(d, QStringLiteral("optInKeywords"));
        QVERIFY2(message.contains(QStringLiteral("Opt-In Keywords")) &&
                     message.contains(QStringLiteral("Opt-Out Keywords")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("YES"), Qt::CaseInsensitive), qPrintable(message));
        QVERIFY(!d->submitButton()->isEnabled());
    }

    void nameMustBeUnique()
    {
        QVERIFY(cctest::waitFor([&](auto done) {
                    m_repo->save(cctest::fakeCredential(infobip::vendor(), QStringLiteral("Taken")), {}, done);
                }).ok);
        CredentialDialog *d = openCreate();
        chooseVendor(d, sinchsms::vendor());
        fillRequired(d, sinchsms::vendor(), QStringLiteral(" taken"));
        const QString message = issue(d, kNameKey);
        QVERIFY2(message.contains(QStringLiteral("Name")), qPrintable(message));
        QVERIFY(!d->submitButton()->isEnabled());
    }

    void requiredFieldsBlockSubmit()
    {
        CredentialDialog *d = openCreate();
        chooseVendor(d, sinchmms::vendor());
        fillRequired(d, sinchmms::vendor(), QStringLiteral("MMS"));
        QVERIFY(d->submitButton()->isEnabled());
        // Emptying a required field shows why Submit is off.
        auto *appId = qobject_cast<QLineEdit *>(field(d, QStringLiteral("appId")));
        appId->setFocus();
        appId->selectAll();
        QTest::keyClick(appId, Qt::Key_Backspace);
        QVERIFY(!d->submitButton()->isEnabled());
        QVERIFY2(issue(d, QStringLiteral("appId")).contains(QStringLiteral("App ID")),
                 qPrintable(issue(d, QStringLiteral("appId"))));
    }

    void validityPeriodIsHoursFrom1To48()
    {
        CredentialDialog *d = openCreate();
        chooseVendor(d, infobip::vendor());
        auto *spin = qobject_cast<QSpinBox *>(field(d, QStringLiteral("validityPeriod")));
        QVERIFY(spin);
        QCOMPARE(spin->value(), 48);
        QCOMPARE(spin->minimum(), 1);
        QCOMPARE(spin->maximum(), 48);
        QVERIFY(spin->suffix().contains(QStringLiteral("hours")));
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_Up); // cannot go past 48
        QCOMPARE(spin->value(), 48);
    }

    void messageFieldShowsSegments()
    {
        CredentialDialog *d = openCreate();
        chooseVendor(d, sinchsms::vendor());
        typeInto(d, QStringLiteral("optOutMessage"), QStringLiteral("You are unsubscribed. Reply START to rejoin."));
        auto *counter = field(d, QStringLiteral("optOutMessage"))->findChild<QLabel *>(QStringLiteral("counter"));
        QVERIFY(counter->text().contains(QStringLiteral("GSM-7")));
        // Pasted, as QTest cannot type characters outside Latin-1.
        field(d, QStringLiteral("optOutMessage"))
            ->findChild<QPlainTextEdit *>()
            ->insertPlainText(QStringLiteral(" Ciao \U0001F600"));
        QVERIFY2(counter->text().contains(QStringLiteral("UCS-2")), qPrintable(counter->text()));
    }

    void sinchMmsTokenFromAccessKey()
    {
        CredentialDialog *d = openCreate();
        chooseVendor(d, sinchmms::vendor());
        QWidget *token = field(d, QStringLiteral("apiToken"));
        QTest::mouseClick(token->findChild<QToolButton *>(QStringLiteral("buildToken")), Qt::LeftButton);
        auto *keyId = token->findChild<QLineEdit *>(QStringLiteral("keyId"));
        auto *keySecret = token->findChild<SecretEdit *>(QStringLiteral("keySecret"));
        QVERIFY(keyId && keyId->isVisible() && keySecret);
        QTest::keyClicks(keyId, QStringLiteral("fake-key-id"));
        QTest::keyClicks(keySecret->lineEdit(), QStringLiteral("fake-key-secret"));
        const QHash<QString, QString> changes = d->currentForm()->secretChanges();
        QCOMPARE(changes.value(QStringLiteral("apiToken")),
                 QString::fromLatin1(QByteArray("fake-key-id:fake-key-secret").toBase64()));
    }

    // Authentication is the console's own choice (the platform stores the API token either way): Basic
    // for a new credential; with OAuth 2.0 the token endpoint appears under Advanced (empty: Sinch's),
    // is checked as an address, and both are saved.
    void sinchMmsAuthenticationChoice()
    {
        CredentialDialog *d = openCreate();
        chooseVendor(d, sinchmms::vendor());
        fillRequired(d, sinchmms::vendor(), QStringLiteral("OAuth app"));
        auto *auth = qobject_cast<QComboBox *>(field(d, QStringLiteral("authentication")));
        QVERIFY(auth && auth->isVisible());
        QCOMPARE(auth->currentData().toString(), QStringLiteral("basic"));
        QCOMPARE(auth->currentText(), QStringLiteral("Basic (API token)"));
        QTest::mouseClick(d->currentForm()->advancedToggle(), Qt::LeftButton);
        QWidget *endpoint = field(d, QStringLiteral("tokenEndpoint"));
        QVERIFY(!endpoint->isVisible());

        auth->setFocus();
        QTest::keyClick(auth, Qt::Key_Down);
        QCOMPARE(auth->currentData().toString(), QStringLiteral("oauth2"));
        QTRY_VERIFY(endpoint->isVisible());
        QVERIFY(d->currentForm()
                    ->findChild<QLabel *>(QStringLiteral("help-tokenEndpoint"))
                    ->text()
                    .contains(sinchmms::kSinchTokenUrl));
        typeInto(d, QStringLiteral("tokenEndpoint"), QStringLiteral("not a url"));
        QTRY_VERIFY(!issue(d, QStringLiteral("tokenEndpoint")).isEmpty());
        QVERIFY(!d->submitButton()->isEnabled());
        typeInto(d, QStringLiteral("tokenEndpoint"), QStringLiteral("https://auth.example.com/oauth2/token"));
        QTRY_VERIFY(issue(d, QStringLiteral("tokenEndpoint")).isEmpty());
        submit(d);
        const Credential *saved = byName(QStringLiteral("OAuth app"));
        QVERIFY(saved);
        QCOMPARE(saved->text(QStringLiteral("authentication")), QStringLiteral("oauth2"));
        QCOMPARE(saved->text(QStringLiteral("tokenEndpoint")), QStringLiteral("https://auth.example.com/oauth2/token"));
    }

    // The token the platform stores is Base64 of "key id:key secret": the form says what it must be
    // as it is typed, and nothing else can be submitted.
    void sinchMmsTokenMustBeAKeyPair_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("says"); // empty: accepted
        QTest::newRow("the key id and secret themselves")
            << QStringLiteral("fake-key-id:fake-key-secret") << QStringLiteral("looks like the key ID and key secret");
        QTest::newRow("random text") << QStringLiteral("just some text") << QStringLiteral("is not Base64");
        QTest::newRow("Base64 of no pair")
            << QString::fromLatin1(QByteArray("fake-key-id").toBase64()) << QStringLiteral("does not decode to");
        QTest::newRow("Base64 of the pair")
            << QString::fromLatin1(QByteArray("fake-key-id:fake-secret").toBase64()) << QString();
    }

    void sinchMmsTokenMustBeAKeyPair()
    {
        QFETCH(QString, typed);
        QFETCH(QString, says);
        CredentialDialog *d = openCreate();
        chooseVendor(d, sinchmms::vendor());
        fillRequired(d, sinchmms::vendor(), QStringLiteral("Token form"));
        QVERIFY(d->submitButton()->isEnabled());
        auto *secret = field(d, QStringLiteral("apiToken"))->findChild<QLineEdit *>(QStringLiteral("secret"));
        secret->setFocus();
        secret->selectAll();
        QTest::keyClicks(secret, typed);
        const QString message = issue(d, QStringLiteral("apiToken"));
        if (says.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
            QVERIFY(d->submitButton()->isEnabled());
            return;
        }
        QVERIFY2(message.startsWith(QStringLiteral("API Token: ")) && message.contains(says), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Base64 of “key ID:key secret”")), qPrintable(message));
        QVERIFY(!message.contains(typed));
        QVERIFY(!d->submitButton()->isEnabled());
        QVERIFY(m_store->credentials().isEmpty());
    }

    // The platform's page says it; so does the form: MMS credentials only send.
    void sinchMmsFormSaysInboundNeedsASinchCredential()
    {
        CredentialDialog *d = openCreate();
        chooseVendor(d, sinchmms::vendor());
        QLabel *note = d->currentForm()->note();
        QVERIFY(note);
        QVERIFY2(note->text().contains(QStringLiteral("inbound messages")) &&
                     note->text().contains(QStringLiteral("consent")) &&
                     note->text().contains(QStringLiteral("separate Sinch (SMS) API credential")),
                 qPrintable(note->text()));
        QString cut = cctest::cutOffWrappedText(note);
        QVERIFY2(cut.isEmpty(), qPrintable(cut));
        // Still whole in a narrow window: it wraps, it is not cut.
        d->resize(420, d->height());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        cut = cctest::cutOffWrappedText(note);
        QVERIFY2(cut.isEmpty(), qPrintable(cut));
        // The note sits above the fields, under the vendor choice.
        QVERIFY(note->mapTo(d, QPoint()).y() < d->currentForm()->labelFor(kNameKey)->mapTo(d, QPoint()).y());
        // Only Sinch MMS has one.
        d->vendorChoice()->setCurrentIndex(d->vendorChoice()->findData(sinchsms::vendor().index()));
        QVERIFY(!d->currentForm()->note());
    }

    void revealReadsTheKeychainOnlyWhenAsked()
    {
        const Credential c = cctest::fakeCredential(infobip::vendor(), QStringLiteral("Reveal"));
        QVERIFY(cctest::waitFor([&](auto done) {
                    m_repo->save(c, {{QStringLiteral("apiKey"), QStringLiteral("FAKE-KEY-REVEAL")}}, done);
                }).ok);
        const int readsBefore = m_secrets->readCount();
        m_window->editCredential(c.id);
        CredentialDialog *d = m_window->activeDialog();
        SecretEdit *secret = field(d, QStringLiteral("apiKey"))->findChild<SecretEdit *>();
        QCOMPARE(m_secrets->readCount(), readsBefore);
        QTest::mouseClick(secret->toggleButton(), Qt::LeftButton);
        QTRY_COMPARE(secret->text(), QStringLiteral("FAKE-KEY-REVEAL"));
        QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Normal);
        QCOMPARE(m_secrets->readCount(), readsBefore + 1);
        QVERIFY(!secret->isChanged());
        QVERIFY(d->currentForm()->secretChanges().isEmpty());
    }

    // A stored value that cannot be read (a locked keyring) says why under its field, not only in a
    // tooltip; typing a new value clears it.
    void aRevealThatFailsSaysWhyUnderTheField()
    {
        const Credential c = cctest::fakeCredential(infobip::vendor(), QStringLiteral("Locked"));
        QVERIFY(cctest::waitFor([&](auto done) {
                    m_repo->save(c, {{QStringLiteral("apiKey"), QStringLiteral("FAKE-KEY-LOCKED")}}, done);
                }).ok);
        m_window->editCredential(c.id);
        CredentialDialog *d = m_window->activeDialog();
        QVERIFY(d && QTest::qWaitForWindowExposed(d));
        SecretEdit *secret = field(d, QStringLiteral("apiKey"))->findChild<SecretEdit *>();
        QVERIFY(!secret->problemLabel()->isVisible());
        m_secrets->setFailure(SecretError::Locked);
        QTest::mouseClick(secret->toggleButton(), Qt::LeftButton);
        QTRY_VERIFY(secret->problemLabel()->isVisible());
        m_secrets->setFailure(SecretError::None);
        const QString why = secret->problemLabel()->text();
        QVERIFY2(why.startsWith(QStringLiteral("The stored value cannot be shown: ")) && why.size() > 40,
                 qPrintable(why));
        QVERIFY(!secret->toggleButton()->isChecked());
        QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Password);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY2(cctest::cutOffWrappedText(secret->problemLabel()).isEmpty(),
                 qPrintable(cctest::cutOffWrappedText(secret->problemLabel())));
        QTest::keyClicks(secret->lineEdit(), QStringLiteral("FAKE-NEW-KEY"));
        QVERIFY(!secret->problemLabel()->isVisible());
        cctest::ScriptedAsk::setNextAnswer(true);
        d->reject();
    }

    void cancelWithChangesAsks()
    {
        CredentialDialog *d = openCreate();
        chooseVendor(d, sinchsms::vendor());
        typeInto(d, kNameKey, QStringLiteral("Unsaved"));
        cctest::ScriptedAsk::setNextAnswer(false);
        QTest::keyClick(d, Qt::Key_Escape);
        QVERIFY(cctest::ScriptedAsk::lastText().contains(QStringLiteral("Unsaved")));
        QVERIFY(m_window->activeDialog());
        QVERIFY(d->isVisible());
        cctest::ScriptedAsk::setNextAnswer(true);
        d->close();
        QTRY_VERIFY(!m_window->activeDialog());
        QVERIFY(m_store->credentials().isEmpty());
    }

    // The question names the action on each button, never shows empty quotes for a form with no
    // name yet, and shows a name as typed (not as markup). Escape keeps editing.
    void theDiscardQuestionSaysWhatEachButtonDoes()
    {
        CredentialDialog *d = openCreate();
        chooseVendor(d, sinchsms::vendor());
        typeInto(d, QStringLiteral("serviceId"), QStringLiteral("fake-service"));
        cctest::ScriptedAsk::setNextAnswer(false);
        QTest::keyClick(d, Qt::Key_Escape);
        QVERIFY2(!cctest::ScriptedAsk::lastText().contains(QStringLiteral("\"\"")),
                 qPrintable(cctest::ScriptedAsk::lastText()));
        QCOMPARE(cctest::ScriptedAsk::lastButtons(),
                 (QStringList{QStringLiteral("Discard changes"), QStringLiteral("Keep editing")}));
        QVERIFY(d->isVisible());

        typeInto(d, kNameKey, QStringLiteral("<b>Bold</b>"));
        QStringList buttons;
        bool plain = false;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            for (QAbstractButton *b : box->buttons())
                buttons << b->text();
            plain = box->textFormat() == Qt::PlainText && box->text().contains(QStringLiteral("\"<b>Bold</b>\""));
            QTest::keyClick(box, Qt::Key_Escape);
        });
        {
            const cctest::ScriptedAsk::RealQuestions real;
            d->close(); // the real question, answered with Escape
        }
        buttons.sort();
        QCOMPARE(buttons, (QStringList{QStringLiteral("Discard changes"), QStringLiteral("Keep editing")}));
        QVERIFY(plain);
        QVERIFY(d->isVisible()); // still editing
        cctest::ScriptedAsk::setNextAnswer(true);
        d->close();
        QTRY_VERIFY(!m_window->activeDialog());
    }

    void keychainFailureKeepsTheFormOpen()
    {
        CredentialDialog *d = openCreate();
        chooseVendor(d, sinchsms::vendor());
        fillRequired(d, sinchsms::vendor(), QStringLiteral("No keychain"));
        m_secrets->setFailure(SecretError::NoKeychain);
        QTest::mouseClick(d->submitButton(), Qt::LeftButton);
        auto *status = d->findChild<QLabel *>(QStringLiteral("status"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("No system keychain")));
        QVERIFY(m_window->activeDialog());
        QCOMPARE(qobject_cast<QLineEdit *>(field(d, kNameKey))->text(), QStringLiteral("No keychain"));
        QVERIFY(m_store->credentials().isEmpty());
        m_secrets->setFailure(SecretError::None);
        submit(d);
        QCOMPARE(m_store->credentials().size(), 1);
    }

    void searchFilterSortAndRememberedColumns()
    {
        for (const auto &[vendor, name] :
             {std::pair{sinchsms::vendor(), "Bravo SMS"}, std::pair{sinchmms::vendor(), "Alpha MMS"},
              std::pair{infobip::vendor(), "Charlie Infobip"}})
            QVERIFY(cctest::waitFor([&](auto done) {
                        m_repo->save(cctest::fakeCredential(vendor, QString::fromUtf8(name)), {}, done);
                    }).ok);
        QAbstractItemModel *model = table()->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Alpha MMS"));

        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("search"));
        QTest::keyClicks(search, QStringLiteral("FAKEAPP"));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Alpha MMS"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("zzz"));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("noMatch"))->isVisible());
        search->clear();

        auto *vendorFilter = m_window->findChild<QComboBox *>(QStringLiteral("vendorFilter"));
        vendorFilter->setFocus();
        QTest::keyClick(vendorFilter, Qt::Key_End); // the last vendor (Custom): none of its kind
        QCOMPARE(model->rowCount(), 0);
        QTest::keyClick(vendorFilter, Qt::Key_Up); // Twilio: none either
        QCOMPARE(model->rowCount(), 0);
        QTest::keyClick(vendorFilter, Qt::Key_Up); // Infobip
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Charlie Infobip"));
        QTest::keyClick(vendorFilter, Qt::Key_Home);
        QCOMPARE(model->rowCount(), 3);

        // Sort by vendor with a click on its header, then by name descending.
        QHeaderView *header = table()->horizontalHeader();
        const int vendorX = header->sectionViewportPosition(1) + header->sectionSize(1) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(vendorX, header->height() / 2));
        QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("Infobip"));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(vendorX, header->height() / 2));
        QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("Sinch MMS"));
        header->resizeSection(0, 333);

        // Widths and sort order are remembered between runs.
        m_window->close();
        MainWindow again(m_repo.get());
        auto *againTable = again.findChild<QTableView *>(QStringLiteral("credentialsTable"));
        QCOMPARE(againTable->horizontalHeader()->sectionSize(0), 333);
        QCOMPARE(againTable->horizontalHeader()->sortIndicatorSection(), 1);
        QCOMPARE(againTable->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(againTable->model()->index(0, 1).data().toString(), QStringLiteral("Sinch MMS"));
    }
};

QTEST_MAIN(TestCredentialDialog)
#include "tst_credentialdialog.moc"
