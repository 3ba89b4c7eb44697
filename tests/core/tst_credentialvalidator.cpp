#include "TestSupport.h"
#include "credentials/CredentialStore.h"
#include "credentials/CredentialValidator.h"

#include <QtTest/QtTest>

using namespace cc;

Q_DECLARE_METATYPE(cc::ValidationIssue::Severity)

// Every rule of the forms: what the user is told, on which field, and whether it blocks saving.
class TestCredentialValidator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CredentialStore m_store{m_dir.filePath(QStringLiteral("v.json"))};
    QString m_existingId;

    static QString s(const char *text) { return QString::fromUtf8(text); }

    // A complete, valid credential of the vendor (the fixture plus every secret), then the changes;
    // an invalid QVariant in changes removes the key.
    static CredentialValidator::Input input(Vendor vendor, const QVariantMap &changes,
                                            const QStringList &missingSecrets = {})
    {
        CredentialValidator::Input in;
        in.schema = &schemaFor(vendor);
        in.values = cctest::fakeCredential(vendor, s("Test credential")).values;
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (it.value().isValid())
                in.values.insert(it.key(), it.value());
            else
                in.values.remove(it.key());
        }
        for (const QString &key : in.schema->secretKeys()) {
            if (!missingSecrets.contains(key))
                in.secretsGiven << key;
        }
        return in;
    }

    static QString describe(const QVector<ValidationIssue> &issues)
    {
        QStringList lines;
        for (const ValidationIssue &i : issues)
            lines << i.fieldKey + s(i.isError() ? " error: " : " warning: ") + i.message;
        return lines.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Credential existing = cctest::fakeCredential(Vendor::Infobip, s("Production EU"));
        m_existingId = existing.id;
        m_store.upsert(existing);
    }

    void completeCredentialsPass_data()
    {
        QTest::addColumn<Vendor>("vendor");
        QTest::newRow("Sinch") << Vendor::SinchSms;
        QTest::newRow("Sinch MMS") << Vendor::SinchMms;
        QTest::newRow("Infobip") << Vendor::Infobip;
    }

    void completeCredentialsPass()
    {
        QFETCH(Vendor, vendor);
        CredentialValidator::Input in = input(vendor, {});
        in.store = &m_store;
        const QVector<ValidationIssue> issues = CredentialValidator::validate(in);
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        QVERIFY(!CredentialValidator::hasErrors(issues));
    }

    void rules_data()
    {
        QTest::addColumn<Vendor>("vendor");
        QTest::addColumn<QVariantMap>("changes");
        QTest::addColumn<QStringList>("missingSecrets");
        QTest::addColumn<QString>("fieldKey"); // empty: no issue at all
        QTest::addColumn<ValidationIssue::Severity>("severity");
        QTest::addColumn<QStringList>("mentions"); // besides the field's label

        const auto E = ValidationIssue::Severity::Error;
        const auto W = ValidationIssue::Severity::Warning;
        const QStringList none;
        const QString ok;
        auto set = [](const char *key, const QVariant &value) { return QVariantMap{{s(key), value}}; };
        auto drop = [](const char *key) { return QVariantMap{{s(key), QVariant()}}; };

        // Required fields, per vendor.
        QTest::newRow("Sinch: name blank")
            << Vendor::SinchSms << set("name", s("   ")) << none << s("name") << E << QStringList{s("required")};
        QTest::newRow("Sinch MMS: name missing")
            << Vendor::SinchMms << drop("name") << none << s("name") << E << QStringList{s("required")};
        QTest::newRow("Infobip: name empty")
            << Vendor::Infobip << set("name", QString()) << none << s("name") << E << QStringList{s("required")};
        QTest::newRow("Sinch: Service ID blank")
            << Vendor::SinchSms << set("serviceId", s(" \t")) << none << s("serviceId") << E << none;
        QTest::newRow("Sinch: API Token not given")
            << Vendor::SinchSms << QVariantMap() << QStringList{s("apiToken")} << s("apiToken") << E << none;
        QTest::newRow("Sinch MMS: Project ID")
            << Vendor::SinchMms << drop("projectId") << none << s("projectId") << E << none;
        QTest::newRow("Sinch MMS: App ID")
            << Vendor::SinchMms << set("appId", s("")) << none << s("appId") << E << none;
        QTest::newRow("Sinch MMS: Service Plan ID")
            << Vendor::SinchMms << drop("servicePlanId") << none << s("servicePlanId") << E << none;
        QTest::newRow("Sinch MMS: API Token not given")
            << Vendor::SinchMms << QVariantMap() << QStringList{s("apiToken")} << s("apiToken") << E << none;
        QTest::newRow("Sinch MMS: SMS API Token not given")
            << Vendor::SinchMms << QVariantMap() << QStringList{s("smsApiToken")} << s("smsApiToken") << E << none;
        QTest::newRow("Infobip: API base URL missing")
            << Vendor::Infobip << drop("baseUrl") << none << s("baseUrl") << E << none;
        QTest::newRow("Infobip: API key not given")
            << Vendor::Infobip << QVariantMap() << QStringList{s("apiKey")} << s("apiKey") << E << none;
        QTest::newRow("Infobip: optional fields may stay empty") << Vendor::Infobip
                                                                 << QVariantMap{{s("principalEntityId"), s("")},
                                                                                {s("validityPeriod"), s("")},
                                                                                {s("inboundNumber"), s(" ")},
                                                                                {s("optOutKeywords"), s(" , ")}}
                                                                 << none << ok << E << none;

        // Enum fields.
        QTest::newRow("Sinch: unknown region") << Vendor::SinchSms << set("region", s("xx")) << none << s("region") << E
                                               << QStringList{s("Europe (eu)"), s("Canada (ca)")};
        QTest::newRow("Sinch MMS: region of another product")
            << Vendor::SinchMms << set("region", s("au")) << none << s("region") << E << QStringList{s("Brazil (br)")};
        QTest::newRow("Sinch MMS: region missing")
            << Vendor::SinchMms << drop("region") << none << s("region") << E << QStringList{s("Europe (eu)")};

        // Name unique, case-insensitively, ignoring surrounding blanks.
        QTest::newRow("Sinch: name taken") << Vendor::SinchSms << set("name", s(" production eu ")) << none << s("name")
                                           << E << QStringList{s("production eu")};
        QTest::newRow("Infobip: name taken") << Vendor::Infobip << set("name", s("PRODUCTION EU")) << none << s("name")
                                             << E << QStringList{s("PRODUCTION EU")};
        QTest::newRow("name close to a taken one")
            << Vendor::SinchSms << set("name", s("Production EU 2")) << none << ok << E << none;

        // URL fields: the base URL, and the advanced endpoints when set.
        QTest::newRow("Infobip: http to a remote host")
            << Vendor::Infobip << set("baseUrl", s("http://fake.api.infobip.example")) << none << s("baseUrl") << E
            << QStringList{s("https://")};
        QTest::newRow("Infobip: not an address") << Vendor::Infobip << set("baseUrl", s("fake.api.infobip")) << none
                                                 << s("baseUrl") << E << QStringList{s("https://")};
        QTest::newRow("Infobip: another scheme") << Vendor::Infobip << set("baseUrl", s("ftp://fake.example")) << none
                                                 << s("baseUrl") << E << QStringList{s("ftp")};
        QTest::newRow("Infobip: http to loopback")
            << Vendor::Infobip << set("baseUrl", s("http://127.0.0.1:8080")) << none << ok << E << none;
        QTest::newRow("Sinch: endpoint empty") << Vendor::SinchSms << set("endpoint", s("")) << none << ok << E << none;
        QTest::newRow("Sinch: endpoint over http") << Vendor::SinchSms << set("endpoint", s("http://sms.example"))
                                                   << none << s("endpoint") << E << QStringList{s("https://")};
        QTest::newRow("Sinch MMS: endpoint on loopback")
            << Vendor::SinchMms << set("endpoint", s("http://localhost:9000")) << none << ok << E << none;
        QTest::newRow("Sinch MMS: endpoint over ftp") << Vendor::SinchMms << set("endpoint", s("ftp://mms.example"))
                                                      << none << s("endpoint") << E << QStringList{s("ftp")};

        // Integer fields (Infobip's Validity Period, 1 to 48 hours), as numbers and as typed text.
        const QStringList range{s("whole number"), s("hours"), s("1"), s("48")};
        QTest::newRow("validity 12 as a number")
            << Vendor::Infobip << set("validityPeriod", 12) << none << ok << E << none;
        QTest::newRow("validity \"12\"") << Vendor::Infobip << set("validityPeriod", s("12")) << none << ok << E
                                         << none;
        QTest::newRow("validity \" 12 \"")
            << Vendor::Infobip << set("validityPeriod", s(" 12 ")) << none << ok << E << none;
        QTest::newRow("validity 1") << Vendor::Infobip << set("validityPeriod", s("1")) << none << ok << E << none;
        QTest::newRow("validity 48") << Vendor::Infobip << set("validityPeriod", 48) << none << ok << E << none;
        QTest::newRow("validity 12.0 as a number")
            << Vendor::Infobip << set("validityPeriod", 12.0) << none << ok << E << none;
        QTest::newRow("validity \"12.5\"")
            << Vendor::Infobip << set("validityPeriod", s("12.5")) << none << s("validityPeriod") << E << range;
        QTest::newRow("validity 12.5 as a number")
            << Vendor::Infobip << set("validityPeriod", 12.5) << none << s("validityPeriod") << E << range;
        QTest::newRow("validity \"abc\"")
            << Vendor::Infobip << set("validityPeriod", s("abc")) << none << s("validityPeriod") << E << range;
        QTest::newRow("validity \"0\"") << Vendor::Infobip << set("validityPeriod", s("0")) << none
                                        << s("validityPeriod") << E << range;
        QTest::newRow("validity \"49\"") << Vendor::Infobip << set("validityPeriod", s("49")) << none
                                         << s("validityPeriod") << E << range;
        QTest::newRow("validity -3 as a number")
            << Vendor::Infobip << set("validityPeriod", -3) << none << s("validityPeriod") << E << range;

        // Phone fields (Infobip's Inbound Number): international form or a short code.
        QTest::newRow("inbound number, international")
            << Vendor::Infobip << set("inboundNumber", s("+1 202 555 0143")) << none << ok << E << none;
        QTest::newRow("inbound number, short code")
            << Vendor::Infobip << set("inboundNumber", s("12345")) << none << ok << E << none;
        QTest::newRow("inbound number without country code")
            << Vendor::Infobip << set("inboundNumber", s("202 555 0143")) << none << s("inboundNumber") << E
            << QStringList{s("+33")};
        QTest::newRow("inbound number with letters") << Vendor::Infobip << set("inboundNumber", s("+1 202 555 CALL"))
                                                     << none << s("inboundNumber") << E << QStringList{s("“C”")};

        // Keyword lists: a keyword in two lists the user typed is an error on the later list.
        QTest::newRow("Infobip: opt-in and opt-out share a keyword")
            << Vendor::Infobip
            << QVariantMap{{s("optInKeywords"), s("JOIN, stop")}, {s("optOutKeywords"), s("STOP, ARRET")}} << none
            << s("optOutKeywords") << E << QStringList{s("STOP"), s("Opt-In Keywords")};
        QTest::newRow("Infobip: custom inbound repeats a help keyword")
            << Vendor::Infobip
            << QVariantMap{{s("helpKeywords"), s("HELP, INFO")}, {s("customInboundKeywords"), s("DISCOUNT, info")}}
            << none << s("customInboundKeywords") << E << QStringList{s("info"), s("Help Keywords")};
        QTest::newRow("Sinch: double opt-in repeats a help keyword")
            << Vendor::SinchSms
            << QVariantMap{{s("helpKeywords"), s("confirm")}, {s("doubleOptInKeywords"), s("CONFIRM")}} << none
            << s("doubleOptInKeywords") << E << QStringList{s("CONFIRM"), s("Help Keywords")};
        QTest::newRow("Infobip: a custom keyword that is only a default elsewhere")
            << Vendor::Infobip << set("customInboundKeywords", s("YES, OFFERS")) << none << ok << E << none;

        // A list of one's own replaces the defaults: without STOP, STOP stops working.
        QTest::newRow("Sinch: opt-out list without STOP") << Vendor::SinchSms << set("optOutKeywords", s("ARRET, QUIT"))
                                                          << none << s("optOutKeywords") << W << QStringList{s("STOP")};
        QTest::newRow("Infobip: opt-out list without STOP")
            << Vendor::Infobip << set("optOutKeywords", s("END")) << none << s("optOutKeywords") << W
            << QStringList{s("STOP")};
        QTest::newRow("Sinch: opt-out list with stop")
            << Vendor::SinchSms << set("optOutKeywords", s("arret, stop")) << none << ok << E << none;

        // Unknown keys, and keys of fields another vendor has, are ignored.
        QTest::newRow("unknown key") << Vendor::SinchSms << set("colour", s("blue")) << none << ok << E << none;
        QTest::newRow("Sinch MMS has no keyword fields")
            << Vendor::SinchMms << set("optOutKeywords", s("ARRET")) << none << ok << E << none;
        QTest::newRow("Sinch has no inbound number")
            << Vendor::SinchSms << set("inboundNumber", s("abc")) << none << ok << E << none;
    }

    void rules()
    {
        QFETCH(Vendor, vendor);
        QFETCH(QVariantMap, changes);
        QFETCH(QStringList, missingSecrets);
        QFETCH(QString, fieldKey);
        QFETCH(ValidationIssue::Severity, severity);
        QFETCH(QStringList, mentions);

        CredentialValidator::Input in = input(vendor, changes, missingSecrets);
        in.store = &m_store;
        const QVector<ValidationIssue> issues = CredentialValidator::validate(in);
        if (fieldKey.isEmpty()) {
            QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
            return;
        }
        QVERIFY2(issues.size() == 1, qPrintable(describe(issues)));
        const ValidationIssue &issue = issues.first();
        QCOMPARE(issue.fieldKey, fieldKey);
        QCOMPARE(issue.severity, severity);
        QCOMPARE(CredentialValidator::hasErrors(issues), severity == ValidationIssue::Severity::Error);
        const FieldSpec *field = in.schema->field(fieldKey);
        QVERIFY(field);
        QVERIFY2(issue.message.startsWith(field->translatedLabel() + s(": ")), qPrintable(issue.message));
        for (const QString &m : mentions)
            QVERIFY2(issue.message.contains(m), qPrintable(m + s(" not in: ") + issue.message));
        QVERIFY2(!issue.message.contains(QLatin1Char('%')), qPrintable(issue.message));
    }

    void exactMessages()
    {
        auto messageFor = [](const CredentialValidator::Input &in) {
            const QVector<ValidationIssue> issues = CredentialValidator::validate(in);
            return issues.size() == 1 ? issues.first().message : describe(issues);
        };
        QCOMPARE(messageFor(input(Vendor::Infobip, {{s("validityPeriod"), s("49")}})),
                 s("Validity Period: enter a whole number of hours from 1 to 48."));
        QCOMPARE(messageFor(input(Vendor::SinchSms, {{s("serviceId"), s("")}})),
                 s("Service ID: enter a value; this field is required."));
        QCOMPARE(messageFor(input(Vendor::Infobip, {}, {s("apiKey")})),
                 s("API key: enter a value; this field is required."));
    }

    void editingKeepsItsOwnName()
    {
        CredentialValidator::Input in = input(Vendor::Infobip, {{s("name"), s("Production EU")}});
        in.store = &m_store;
        in.selfId = m_existingId;
        QVERIFY(CredentialValidator::validate(in).isEmpty());
        in.selfId.clear();
        QCOMPARE(CredentialValidator::validate(in).size(), 1);
        in.store = nullptr; // no store: uniqueness is not checked
        QVERIFY(CredentialValidator::validate(in).isEmpty());
    }

    void everyIssueInFormOrder()
    {
        CredentialValidator::Input in;
        in.schema = &schemaFor(Vendor::Infobip);
        in.values = {{s("validityPeriod"), s("abc")}, {s("optOutKeywords"), s("END")}};
        const QVector<ValidationIssue> issues = CredentialValidator::validate(in);
        QStringList keys;
        for (const ValidationIssue &i : issues)
            keys << i.fieldKey;
        QCOMPARE(keys, (QStringList{s("name"), s("baseUrl"), s("apiKey"), s("validityPeriod"), s("optOutKeywords")}));
        QVERIFY(CredentialValidator::hasErrors(issues));
        QVERIFY(!CredentialValidator::hasErrors({issues.last()}));
    }

    void noSchemaNoIssues() { QVERIFY(CredentialValidator::validate({}).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestCredentialValidator)
#include "tst_credentialvalidator.moc"
