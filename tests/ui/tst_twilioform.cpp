#include "CredentialDialog.h"
#include "CredentialForm.h"
#include "MemorySecretStore.h"
#include "TestSupport.h"
#include "TextFit.h"
#include "VendorFixtures.h"
#include "services/CredentialStore.h"
#include "vendors/Twilio.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest/QtTest>

using namespace cc;

// Twilio's form, built from its schema, as an operator fills it in: its note, its fields, the rules of
// its SIDs shown under the field, and what Submit saves (the Auth Token in the keychain only).
class TestTwilioForm : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CredentialRepository> m_repo;
    std::unique_ptr<CredentialDialog> m_dialog;

    QLineEdit *line(const QString &key) const
    {
        QWidget *w = m_dialog->currentForm()->findChild<QWidget *>(QStringLiteral("field-") + key);
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            return edit;
        return w ? w->findChild<QLineEdit *>(QStringLiteral("secret")) : nullptr;
    }
    void type(const QString &key, const QString &text)
    {
        QLineEdit *edit = line(key);
        QVERIFY2(edit, qPrintable(key));
        edit->selectAll();
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }
    QString issue(const QString &key) const
    {
        QLabel *l = m_dialog->currentForm()->issueLabelFor(key);
        return l && l->isVisible() ? l->text() : QString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_store = std::make_unique<CredentialStore>(m_dir.filePath(QStringLiteral("twilio.db")));
        QVERIFY(m_store->load().ok());
        m_secrets = std::make_unique<MemorySecretStore>();
        m_repo = std::make_unique<CredentialRepository>(m_store.get(), m_secrets.get());
        m_dialog = std::make_unique<CredentialDialog>(m_repo.get(), CredentialDialog::Mode::Create, Credential());
        QComboBox *vendors = m_dialog->vendorChoice();
        vendors->setCurrentIndex(vendors->findData(twilio::vendor().index()));
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        QVERIFY(m_dialog->currentForm());
    }

    void cleanup()
    {
        m_dialog.reset();
        m_repo.reset();
        m_secrets.reset();
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("twilio.db")));
    }

    // The platform's fields, in its order, with the SIDs' example as their placeholder.
    void theFormIsThePlatforms()
    {
        CredentialForm *form = m_dialog->currentForm();
        const QStringList labels{QStringLiteral("Name"),           QStringLiteral("Account SID"),
                                 QStringLiteral("Auth Token"),     QStringLiteral("Message SID"),
                                 QStringLiteral("Inbound Number"), QStringLiteral("Region")};
        QStringList shown;
        int lastY = -1;
        for (const FieldSpec &f : twilio::schema().fields) {
            if (f.advanced)
                continue;
            QLabel *label = form->labelFor(f.key);
            QVERIFY2(label && label->text().contains(f.translatedLabel()), qPrintable(f.key));
            const int y = label->mapTo(m_dialog.get(), QPoint()).y();
            QVERIFY(y > lastY);
            lastY = y;
            shown << f.translatedLabel();
        }
        QCOMPARE(shown, labels);
        QCOMPARE(line(QStringLiteral("accountSid"))->placeholderText(),
                 QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        QCOMPARE(line(QStringLiteral("messagingServiceSid"))->placeholderText(),
                 QStringLiteral("MG0123456789abcdef0123456789abcdef"));
        QCOMPARE(line(QStringLiteral("authToken"))->echoMode(), QLineEdit::Password);
        auto *region = form->findChild<QComboBox *>(QStringLiteral("field-region"));
        QVERIFY(region);
        QCOMPARE(region->count(), 4);
        QCOMPARE(region->currentText(), QStringLiteral("United States (api.twilio.com)"));

        // No inbound settings: the note says why, whole and above the fields.
        QLabel *note = form->note();
        QVERIFY(note);
        QVERIFY2(note->text().contains(QStringLiteral("no webhooks for Twilio")) &&
                     note->text().contains(QStringLiteral("no inbound messages")),
                 qPrintable(note->text()));
        QVERIFY2(cctest::cutOffWrappedText(note).isEmpty(), qPrintable(cctest::cutOffWrappedText(note)));
        QVERIFY(!form->labelFor(QStringLiteral("optInKeywords")));
    }

    // A SID of the wrong shape is said under its field, with an example, and blocks Submit.
    void sidShapesAreSaidUnderTheField()
    {
        type(kNameKey, QStringLiteral("Twilio EU"));
        type(QStringLiteral("authToken"), cctest::kFakeTwilioToken);
        type(QStringLiteral("messagingServiceSid"), cctest::kFakeServiceSid);
        type(QStringLiteral("accountSid"), cctest::kFakeServiceSid); // the service's SID in the account's field
        QVERIFY2(issue(QStringLiteral("accountSid"))
                     .contains(QStringLiteral("Account SID: this does not start with AC. It is AC followed by 32 "
                                              "hexadecimal characters")),
                 qPrintable(issue(QStringLiteral("accountSid"))));
        QVERIFY(issue(QStringLiteral("accountSid")).contains(QStringLiteral("AC0123456789abcdef0123456789abcdef")));
        QVERIFY(!m_dialog->submitButton()->isEnabled());

        type(QStringLiteral("accountSid"), cctest::kFakeAccountSid.left(20));
        QVERIFY2(issue(QStringLiteral("accountSid")).contains(QStringLiteral("exactly 32 hexadecimal characters")),
                 qPrintable(issue(QStringLiteral("accountSid"))));
        QVERIFY(!m_dialog->submitButton()->isEnabled());

        type(QStringLiteral("accountSid"), cctest::kFakeAccountSid);
        QVERIFY(issue(QStringLiteral("accountSid")).isEmpty());
        QVERIFY2(m_dialog->submitButton()->isEnabled(),
                 qPrintable(m_dialog->findChild<QLabel *>(QStringLiteral("status"))->text()));

        // Submit: the settings in the database, the Auth Token in the keychain only.
        QTest::mouseClick(m_dialog->submitButton(), Qt::LeftButton);
        QTRY_COMPARE(m_store->credentials().size(), 1);
        const Credential saved = m_store->credentials().first();
        QCOMPARE(saved.vendor, twilio::vendor());
        QCOMPARE(saved.text(QStringLiteral("accountSid")), cctest::kFakeAccountSid);
        QCOMPARE(saved.text(QStringLiteral("region")), QStringLiteral("us1"));
        QVERIFY(!saved.values.contains(QStringLiteral("authToken")));
        QTRY_COMPARE(m_secrets->entries().value(SecretStore::keyFor(saved.id, QStringLiteral("authToken"))),
                     cctest::kFakeTwilioToken);
    }
};

QTEST_MAIN(TestTwilioForm)
#include "tst_twilioform.moc"
