#include "CredentialDialog.h"
#include "CredentialForm.h"
#include "FakeVendorServer.h"
#include "FieldEditor.h"
#include "MemorySecretStore.h"
#include "MessageEdit.h"
#include "TestSendDialog.h"
#include "TestSupport.h"
#include "net/HttpClient.h"
#include "services/CredentialActions.h"
#include "services/CredentialRepository.h"
#include "vendors/Custom.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QtTest/QtTest>

using namespace cc;
using cctest::FakeResponse;
using cctest::FakeVendorServer;

// The Custom form (fields that follow the auth type, headers as name/value rows, the payload) and the
// test send that shows its request before it goes out, through their widgets.
class TestCustomForm : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CredentialRepository> m_repo;

    static void choose(CredentialForm *form, const QString &key, const QString &value)
    {
        auto *combo = qobject_cast<QComboBox *>(form->editor(key)->widget());
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(value));
        Q_EMIT combo->activated(combo->currentIndex()); // as a person's choice
    }

    static QStringList shownSecrets(const CredentialForm *form)
    {
        QStringList out;
        for (const FieldSpec &f : form->schema().fields) {
            if (f.isSecret() && form->editor(f.key)->widget()->isVisible())
                out << f.key;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("c.db")));
        m_store = std::make_unique<CredentialStore>(m_dir.filePath(QStringLiteral("c.db")));
        m_secrets = std::make_unique<MemorySecretStore>();
        m_repo = std::make_unique<CredentialRepository>(m_store.get(), m_secrets.get());
    }

    void cleanup() { m_repo.reset(); }

    void fieldsFollowTheAuthType()
    {
        CredentialForm form(schemaFor(custom::vendor()));
        form.load(Credential::create(custom::vendor()).values, {});
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QCOMPARE(shownSecrets(&form), QStringList{QStringLiteral("apiToken")});
        const QHash<QString, QStringList> secretsOf{
            {QStringLiteral("basic"), {QStringLiteral("basicPassword")}},
            {QStringLiteral("bearer"), {QStringLiteral("bearerToken")}},
            {QStringLiteral("oauth2"), {QStringLiteral("oauthClientSecret")}},
            {QStringLiteral("mac"), {QStringLiteral("macSecret")}},
            {QStringLiteral("none"), {}},
        };
        for (auto it = secretsOf.begin(); it != secretsOf.end(); ++it) {
            choose(&form, QStringLiteral("authType"), it.key());
            QCOMPARE(shownSecrets(&form), it.value());
            QCOMPARE(form.labelFor(QStringLiteral("oauthUrl"))->isVisible(), it.key() == QLatin1String("oauth2"));
            QCOMPARE(form.editor(QStringLiteral("macHashFormat"))->widget()->isVisible(),
                     it.key() == QLatin1String("mac"));
        }
        QVERIFY(!form.editor(QStringLiteral("clientCertificate"))->widget()->isVisible());
        choose(&form, QStringLiteral("mtls"), QStringLiteral("on"));
        QVERIFY(form.editor(QStringLiteral("clientCertificate"))->widget()->isVisible());
        QVERIFY(form.editor(QStringLiteral("clientKeyPassphrase"))->widget()->isVisible());
        // A hidden field's error is not shown (it is not checked either).
        CredentialValidator::Input input{&form.schema(), form.values(), form.secretsGiven(), {}, {}};
        form.showIssues(CredentialValidator::validate(input), true);
        QVERIFY(!form.issueLabelFor(QStringLiteral("apiToken"))->isVisible());
        QVERIFY(form.issueLabelFor(QStringLiteral("clientKey"))->isVisible());
    }

    void headersAreNameValueRows()
    {
        CredentialForm form(schemaFor(custom::vendor()));
        form.load({{QStringLiteral("headers"), QStringLiteral("X-Tenant: fake-tenant")}}, {});
        form.show();
        form.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        QWidget *box = form.editor(QStringLiteral("headers"))->widget();
        QCOMPARE(box->findChildren<QLineEdit *>(QStringLiteral("pairName")).size(), 1);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("addPair")), Qt::LeftButton);
        const QList<QLineEdit *> names = box->findChildren<QLineEdit *>(QStringLiteral("pairName"));
        QCOMPARE(names.size(), 2);
        QLineEdit *fresh = names.at(0)->text().isEmpty() ? names.at(0) : names.at(1);
        QVERIFY(fresh->hasFocus());
        QTest::keyClicks(fresh, QStringLiteral("Content-Type"));
        QTest::keyClick(fresh, Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("text/plain"));
        QCOMPARE(form.values().value(QStringLiteral("headers")).toString(),
                 QStringLiteral("X-Tenant: fake-tenant\nContent-Type: text/plain"));
        CredentialValidator::Input input{&form.schema(), form.values(), {}, {}, {}};
        bool refused = false;
        for (const ValidationIssue &i : CredentialValidator::validate(input))
            refused = refused || (i.fieldKey == QLatin1String("headers") && i.message.contains(QLatin1String("fixed")));
        QVERIFY(refused);
        // Removed with its button: the value follows.
        for (QToolButton *remove : box->findChildren<QToolButton *>(QStringLiteral("removePair"))) {
            if (remove->isVisible() &&
                remove->parentWidget()->findChild<QLineEdit *>(QStringLiteral("pairName"))->text() ==
                    QLatin1String("Content-Type"))
                QTest::mouseClick(remove, Qt::LeftButton);
        }
        QCOMPARE(form.values().value(QStringLiteral("headers")).toString(), QStringLiteral("X-Tenant: fake-tenant"));
    }

    // Send first shows the request; only the next Send sends it, and the answer shows after.
    void testSendShowsTheRequestFirst()
    {
        FakeVendorServer server;
        server.setResponse(
            "POST", QStringLiteral("/v1/messages"),
            FakeResponse::json(200, "{\"messageId\": \"fake-msg-0101\", \"echo\": \"FAKE-BEARER-0101\"}"));
        Credential c = cctest::fakeCredential(custom::vendor(), QStringLiteral("Custom test"));
        c.values.insert(QStringLiteral("providerUrl"), server.url(QStringLiteral("/v1/messages")).toString());
        c.values.insert(QStringLiteral("authType"), QStringLiteral("bearer"));
        QVERIFY(cctest::waitFor([&](auto done) {
                    m_repo->save(c, {{QStringLiteral("bearerToken"), QStringLiteral("FAKE-BEARER-0101")}}, done);
                }).ok);
        QNetworkAccessManager manager;
        HttpClient http(&manager);
        VendorOperations ops(&http);
        CredentialActions actions(m_repo.get(), &ops);
        TestSendDialog d(&actions, *m_store->find(c.id));
        d.show();
        d.recipient()->setText(QStringLiteral("+1 202 555 0143"));
        d.message()->textEdit()->setPlainText(QStringLiteral("Hi \"there\""));
        QCOMPARE(d.sendButton()->text(), QStringLiteral("Preview request…"));
        QTest::mouseClick(d.sendButton(), Qt::LeftButton);
        QTRY_VERIFY(d.isPreviewed());
        QVERIFY(d.exchangeText()->isVisible());
        const QString preview = d.exchangeText()->toPlainText();
        QVERIFY2(preview.startsWith(QStringLiteral("POST ") + server.url(QStringLiteral("/v1/messages")).toString()),
                 qPrintable(preview));
        QVERIFY(preview.contains(QLatin1String("\"text\": \"Hi \\\"there\\\"\"")));
        QVERIFY(!preview.contains(QLatin1String("FAKE-BEARER-0101")));
        QCOMPARE(server.requestCount(), 0);
        QCOMPARE(d.sendButton()->text(), QStringLiteral("Send"));

        // An edit drops the preview: what was shown would not be what goes out.
        d.message()->textEdit()->setPlainText(QStringLiteral("Hi again"));
        QVERIFY(!d.isPreviewed());
        QVERIFY(!d.exchangeText()->isVisible());
        QTest::mouseClick(d.sendButton(), Qt::LeftButton);
        QTRY_VERIFY(d.isPreviewed());
        QTest::mouseClick(d.sendButton(), Qt::LeftButton);
        QTRY_COMPARE(server.requestCount(), 1);
        QTRY_VERIFY(!d.isRunning());
        QCOMPARE(QJsonDocument::fromJson(server.lastRequest().body).object().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Hi again"));
        QVERIFY2(d.result()->text().contains(QLatin1String("fake-msg-0101")), qPrintable(d.result()->text()));
        const QString answer = d.exchangeText()->toPlainText();
        QVERIFY2(answer.startsWith(QLatin1String("HTTP 200")), qPrintable(answer));
        QVERIFY(answer.contains(QLatin1String("fake-msg-0101")));
        QVERIFY2(!answer.contains(QLatin1String("FAKE-BEARER-0101")), qPrintable(answer)); // an echoed secret
    }
};

QTEST_MAIN(TestCustomForm)
#include "tst_customform.moc"
