#include "TestSupport.h"
#include "domain/CredentialValidator.h"
#include "services/CredentialStore.h"
#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

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
    // The store's rule, as the form asks it; selfId: the credential being edited.
    static std::function<bool(const QString &)> nameTakenIn(const CredentialStore &store, const QString &selfId = {})
    {
        return [&store, selfId](const QString &name) { return store.isNameTaken(name, selfId); };
    }

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
        const Credential existing = cctest::fakeCredential(infobip::vendor(), s("Production EU"));
        m_existingId = existing.id;
        m_store.upsert(existing);
    }

    void completeCredentialsPass_data()
    {
        QTest::addColumn<Vendor>("vendor");
        QTest::newRow("Sinch") << sinchsms::vendor();
        QTest::newRow("Sinch MMS") << sinchmms::vendor();
        QTest::newRow("Infobip") << infobip::vendor();
    }

    void completeCredentialsPass()
    {
        QFETCH(Vendor, vendor);
        CredentialValidator::Input in = input(vendor, {});
        in.nameTaken = nameTakenIn(m_store);
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
            << sinchsms::vendor() << set("name", s("   ")) << none << s("name") << E << QStringList{s("required")};
        QTest::newRow("Sinch MMS: name missing")
            << sinchmms::vendor() << drop("name") << none << s("name") << E << QStringList{s("required")};
        QTest::newRow("Infobip: name empty")
            << infobip::vendor() << set("name", QString()) << none << s("name") << E << QStringList{s("required")};
        QTest::newRow("Sinch: Service ID blank")
            << sinchsms::vendor() << set("serviceId", s(" \t")) << none << s("serviceId") << E << none;
        QTest::newRow("Sinch: API Token not given")
            << sinchsms::vendor() << QVariantMap() << QStringList{s("apiToken")} << s("apiToken") << E << none;
        QTest::newRow("Sinch MMS: Project ID")
            << sinchmms::vendor() << drop("projectId") << none << s("projectId") << E << none;
        QTest::newRow("Sinch MMS: App ID")
            << sinchmms::vendor() << set("appId", s("")) << none << s("appId") << E << none;
        QTest::newRow("Sinch MMS: Service Plan ID")
            << sinchmms::vendor() << drop("servicePlanId") << none << s("servicePlanId") << E << none;
        QTest::newRow("Sinch MMS: API Token not given")
            << sinchmms::vendor() << QVariantMap() << QStringList{s("apiToken")} << s("apiToken") << E << none;
        QTest::newRow("Sinch MMS: SMS API Token not given")
            << sinchmms::vendor() << QVariantMap() << QStringList{s("smsApiToken")} << s("smsApiToken") << E << none;
        QTest::newRow("Infobip: API base URL missing")
            << infobip::vendor() << drop("baseUrl") << none << s("baseUrl") << E << none;
        QTest::newRow("Infobip: API key not given")
            << infobip::vendor() << QVariantMap() << QStringList{s("apiKey")} << s("apiKey") << E << none;
        QTest::newRow("Infobip: optional fields may stay empty") << infobip::vendor()
                                                                 << QVariantMap{{s("principalEntityId"), s("")},
                                                                                {s("validityPeriod"), s("")},
                                                                                {s("inboundNumber"), s(" ")},
                                                                                {s("optOutKeywords"), s(" , ")}}
                                                                 << none << ok << E << none;

        // Enum fields.
        QTest::newRow("Sinch: unknown region") << sinchsms::vendor() << set("region", s("xx")) << none << s("region")
                                               << E << QStringList{s("Europe (eu)"), s("Canada (ca)")};
        QTest::newRow("Sinch MMS: region of another product") << sinchmms::vendor() << set("region", s("au")) << none
                                                              << s("region") << E << QStringList{s("Brazil (br)")};
        QTest::newRow("Sinch MMS: region missing")
            << sinchmms::vendor() << drop("region") << none << s("region") << E << QStringList{s("Europe (eu)")};

        // Name unique, case-insensitively, ignoring surrounding blanks.
        QTest::newRow("Sinch: name taken") << sinchsms::vendor() << set("name", s(" production eu ")) << none
                                           << s("name") << E << QStringList{s("production eu")};
        QTest::newRow("Infobip: name taken") << infobip::vendor() << set("name", s("PRODUCTION EU")) << none
                                             << s("name") << E << QStringList{s("PRODUCTION EU")};
        QTest::newRow("name close to a taken one")
            << sinchsms::vendor() << set("name", s("Production EU 2")) << none << ok << E << none;

        // URL fields: the base URL, and the advanced endpoints when set.
        QTest::newRow("Infobip: http to a remote host")
            << infobip::vendor() << set("baseUrl", s("http://fake.api.infobip.example")) << none << s("baseUrl") << E
            << QStringList{s("https://")};
        QTest::newRow("Infobip: not an address") << infobip::vendor() << set("baseUrl", s("fake.api.infobip")) << none
                                                 << s("baseUrl") << E << QStringList{s("https://")};
        QTest::newRow("Infobip: another scheme") << infobip::vendor() << set("baseUrl", s("ftp://fake.example")) << none
                                                 << s("baseUrl") << E << QStringList{s("ftp")};
        QTest::newRow("Infobip: http to loopback")
            << infobip::vendor() << set("baseUrl", s("http://127.0.0.1:8080")) << none << ok << E << none;
        QTest::newRow("Sinch: endpoint empty")
            << sinchsms::vendor() << set("endpoint", s("")) << none << ok << E << none;
        QTest::newRow("Sinch: endpoint over http") << sinchsms::vendor() << set("endpoint", s("http://sms.example"))
                                                   << none << s("endpoint") << E << QStringList{s("https://")};
        QTest::newRow("Sinch MMS: endpoint on loopback")
            << sinchmms::vendor() << set("endpoint", s("http://localhost:9000")) << none << ok << E << none;
        QTest::newRow("Sinch MMS: endpoint over ftp") << sinchmms::vendor() << set("endpoint", s("ftp://mms.example"))
                                                      << none << s("endpoint") << E << QStringList{s("ftp")};

        // Integer fields (Infobip's Validity Period, 1 to 48 hours), as numbers and as typed text.
        const QStringList range{s("whole number"), s("hours"), s("1"), s("48")};
        QTest::newRow("validity 12 as a number")
            << infobip::vendor() << set("validityPeriod", 12) << none << ok << E << none;
        QTest::newRow("validity \"12\"") << infobip::vendor() << set("validityPeriod", s("12")) << none << ok << E
                                         << none;
        QTest::newRow("validity \" 12 \"")
            << infobip::vendor() << set("validityPeriod", s(" 12 ")) << none << ok << E << none;
        QTest::newRow("validity 1") << infobip::vendor() << set("validityPeriod", s("1")) << none << ok << E << none;
        QTest::newRow("validity 48") << infobip::vendor() << set("validityPeriod", 48) << none << ok << E << none;
        QTest::newRow("validity 12.0 as a number")
            << infobip::vendor() << set("validityPeriod", 12.0) << none << ok << E << none;
        QTest::newRow("validity \"12.5\"")
            << infobip::vendor() << set("validityPeriod", s("12.5")) << none << s("validityPeriod") << E << range;
        QTest::newRow("validity 12.5 as a number")
            << infobip::vendor() << set("validityPeriod", 12.5) << none << s("validityPeriod") << E << range;
        QTest::newRow("validity \"abc\"")
            << infobip::vendor() << set("validityPeriod", s("abc")) << none << s("validityPeriod") << E << range;
        QTest::newRow("validity \"0\"") << infobip::vendor() << set("validityPeriod", s("0")) << none
                                        << s("validityPeriod") << E << range;
        QTest::newRow("validity \"49\"") << infobip::vendor() << set("validityPeriod", s("49")) << none
                                         << s("validityPeriod") << E << range;
        QTest::newRow("validity -3 as a number")
            << infobip::vendor() << set("validityPeriod", -3) << none << s("validityPeriod") << E << range;

        // Phone fields (Infobip's Inbound Number): international form or a short code.
        QTest::newRow("inbound number, international")
            << infobip::vendor() << set("inboundNumber", s("+1 202 555 0143")) << none << ok << E << none;
        QTest::newRow("inbound number, short code")
            << infobip::vendor() << set("inboundNumber", s("12345")) << none << ok << E << none;
        QTest::newRow("inbound number without country code")
            << infobip::vendor() << set("inboundNumber", s("202 555 0143")) << none << s("inboundNumber") << E
            << QStringList{s("+33")};
        QTest::newRow("inbound number with letters") << infobip::vendor() << set("inboundNumber", s("+1 202 555 CALL"))
                                                     << none << s("inboundNumber") << E << QStringList{s("“C”")};

        // Keyword lists: a keyword in two lists the user typed is an error on the later list.
        QTest::newRow("Infobip: opt-in and opt-out share a keyword")
            << infobip::vendor()
            << QVariantMap{{s("optInKeywords"), s("JOIN, stop")}, {s("optOutKeywords"), s("STOP, ARRET")}} << none
            << s("optOutKeywords") << E << QStringList{s("STOP"), s("Opt-In Keywords")};
        QTest::newRow("Infobip: custom inbound repeats a help keyword")
            << infobip::vendor()
            << QVariantMap{{s("helpKeywords"), s("HELP, INFO")}, {s("customInboundKeywords"), s("DISCOUNT, info")}}
            << none << s("customInboundKeywords") << E << QStringList{s("info"), s("Help Keywords")};
        QTest::newRow("Sinch: double opt-in repeats a help keyword")
            << sinchsms::vendor()
            << QVariantMap{{s("helpKeywords"), s("confirm")}, {s("doubleOptInKeywords"), s("CONFIRM")}} << none
            << s("doubleOptInKeywords") << E << QStringList{s("CONFIRM"), s("Help Keywords")};
        // A typed keyword that is a default of a list left empty: one of the two rules never answers it.
        QTest::newRow("Infobip: a custom keyword that is a default opt-in keyword")
            << infobip::vendor() << set("customInboundKeywords", s("YES, OFFERS")) << none << s("customInboundKeywords")
            << W << QStringList{s("“YES”"), s("Opt-In Keywords"), s("never reaches")};
        QTest::newRow("Sinch: STOP as an opt-in keyword while the default opt-out list is in force")
            << sinchsms::vendor() << set("optInKeywords", s("JOIN, STOP")) << none << s("optInKeywords") << W
            << QStringList{s("“STOP”"), s("Opt-Out Keywords"), s("never reaches")};
        QTest::newRow("Infobip: HELP as an opt-in keyword answers before the default help list")
            << infobip::vendor() << set("optInKeywords", s("help")) << none << s("optInKeywords") << W
            << QStringList{s("“help”"), s("Help Keywords"), s("matched first")};

        // A list of one's own replaces the defaults: without STOP, STOP stops working.
        QTest::newRow("Sinch: opt-out list without STOP")
            << sinchsms::vendor() << set("optOutKeywords", s("ARRET, QUIT")) << none << s("optOutKeywords") << W
            << QStringList{s("STOP")};
        QTest::newRow("Infobip: opt-out list without STOP")
            << infobip::vendor() << set("optOutKeywords", s("END")) << none << s("optOutKeywords") << W
            << QStringList{s("STOP")};
        QTest::newRow("Sinch: opt-out list with stop")
            << sinchsms::vendor() << set("optOutKeywords", s("arret, stop")) << none << ok << E << none;

        // Unknown keys, and keys of fields another vendor has, are ignored.
        QTest::newRow("unknown key") << sinchsms::vendor() << set("colour", s("blue")) << none << ok << E << none;
        QTest::newRow("Sinch MMS has no keyword fields")
            << sinchmms::vendor() << set("optOutKeywords", s("ARRET")) << none << ok << E << none;
        QTest::newRow("Sinch has no inbound number")
            << sinchsms::vendor() << set("inboundNumber", s("abc")) << none << ok << E << none;
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
        in.nameTaken = nameTakenIn(m_store);
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

    // Characters that hide, end a line or reorder the text are refused in the name and every
    // single-line field, with the character named; one issue for the field, none of its other rules.
    void unsafeCharactersAreRefused_data()
    {
        QTest::addColumn<Vendor>("vendor");
        QTest::addColumn<QString>("fieldKey");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("character");
        QTest::addColumn<int>("position");

        const auto row = [](const char *tag, Vendor vendor, const char *key, const QString &value,
                            const char *character, int position) {
            QTest::newRow(tag) << vendor << s(key) << value << s(character) << position;
        };
        const auto with = [](const char *before, char32_t c, const char *after) -> QString {
            return s(before) + QString::fromUcs4(&c, 1) + s(after);
        };
        // C0, NUL to the unit separator; DEL; C1.
        row("name: NUL", sinchsms::vendor(), "name", with("Prod", 0x00, "EU"), "U+0000 NULL", 5);
        row("name: ESC sequence", sinchsms::vendor(), "name", with("", 0x1B, "[2J Prod"), "U+001B ESCAPE", 1);
        row("name: CR", infobip::vendor(), "name", with("Prod", 0x0D, ""), "U+000D CARRIAGE RETURN", 5);
        row("name: LF", sinchmms::vendor(), "name", with("Prod", 0x0A, "Fake row"), "U+000A LINE FEED", 5);
        row("name: TAB", sinchsms::vendor(), "name", with("Prod", 0x09, "EU"), "U+0009 CHARACTER TABULATION", 5);
        row("name: BEL", sinchsms::vendor(), "name", with("Prod", 0x07, ""), "U+0007 ALERT", 5);
        row("name: unit separator", sinchsms::vendor(), "name", with("A", 0x1F, "B"),
            "U+001F INFORMATION SEPARATOR ONE", 2);
        row("name: DEL", sinchsms::vendor(), "name", with("Prod", 0x7F, ""), "U+007F DELETE", 5);
        row("name: C1 NEL", sinchsms::vendor(), "name", with("Prod", 0x85, ""), "U+0085 NEXT LINE", 5);
        row("name: C1 CSI", infobip::vendor(), "name", with("", 0x9B, "2J"), "U+009B CONTROL SEQUENCE INTRODUCER", 1);
        // Every bidirectional formatting character, and the line and paragraph separators.
        const std::pair<char32_t, const char *> formatting[] = {
            {0x061C, "ARABIC LETTER MARK"},      {0x200E, "LEFT-TO-RIGHT MARK"},
            {0x200F, "RIGHT-TO-LEFT MARK"},      {0x202A, "LEFT-TO-RIGHT EMBEDDING"},
            {0x202B, "RIGHT-TO-LEFT EMBEDDING"}, {0x202C, "POP DIRECTIONAL FORMATTING"},
            {0x202D, "LEFT-TO-RIGHT OVERRIDE"},  {0x202E, "RIGHT-TO-LEFT OVERRIDE"},
            {0x2066, "LEFT-TO-RIGHT ISOLATE"},   {0x2067, "RIGHT-TO-LEFT ISOLATE"},
            {0x2068, "FIRST STRONG ISOLATE"},    {0x2069, "POP DIRECTIONAL ISOLATE"},
            {0x2028, "LINE SEPARATOR"},          {0x2029, "PARAGRAPH SEPARATOR"}};
        for (const auto &[c, name] : formatting) {
            QTest::addRow("name: U+%04X", uint(c))
                << sinchsms::vendor() << s("name") << with("A", c, "B")
                << QStringLiteral("U+%1 %2").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper().arg(s(name)) << 2;
        }
        row("name: U+202E in a file name", sinchsms::vendor(), "name", with("Invoice ", 0x202E, "fdp.exe"),
            "U+202E RIGHT-TO-LEFT OVERRIDE", 9);
        // Positions count characters, not UTF-16 units.
        row("name: after an emoji", sinchsms::vendor(), "name", with("\xF0\x9F\x9A\x80", 0x202E, ""),
            "U+202E RIGHT-TO-LEFT OVERRIDE", 2);
        // Every identifier and single-line field of every vendor.
        row("Sinch: Service ID", sinchsms::vendor(), "serviceId", with("fake-", 0x1B, "plan"), "U+001B ESCAPE", 6);
        row("Sinch: region", sinchsms::vendor(), "region", with("eu", 0x0A, ""), "U+000A LINE FEED", 3);
        row("Sinch: endpoint", sinchsms::vendor(), "endpoint", with("https://sms.example/", 0x202E, ""),
            "U+202E RIGHT-TO-LEFT OVERRIDE", 21);
        row("Sinch: keyword list", sinchsms::vendor(), "optOutKeywords", with("STOP,", 0x0D, "QUIT"),
            "U+000D CARRIAGE RETURN", 6);
        row("Sinch MMS: Project ID", sinchmms::vendor(), "projectId", with("fake", 0x00, ""), "U+0000 NULL", 5);
        row("Sinch MMS: App ID", sinchmms::vendor(), "appId", with("", 0x200F, "FAKEAPP"), "U+200F RIGHT-TO-LEFT MARK",
            1);
        row("Sinch MMS: Service Plan ID", sinchmms::vendor(), "servicePlanId", with("fake", 0x9B, "plan"),
            "U+009B CONTROL SEQUENCE INTRODUCER", 5);
        row("Infobip: API base URL", infobip::vendor(), "baseUrl", with("https://fake.api.infobip.example", 0x09, ""),
            "U+0009 CHARACTER TABULATION", 33);
        row("Infobip: Principal Entity ID", infobip::vendor(), "principalEntityId", with("1", 0x2066, "2"),
            "U+2066 LEFT-TO-RIGHT ISOLATE", 2);
        row("Infobip: Content Template ID", infobip::vendor(), "contentTemplateId", with("1", 0x7F, ""),
            "U+007F DELETE", 2);
        row("Infobip: Callback Data", infobip::vendor(), "callbackData", with("ref", 0x1B, "]0;title"), "U+001B ESCAPE",
            4);
        row("Infobip: Inbound Number", infobip::vendor(), "inboundNumber", with("+1 202 555 0143", 0x202C, ""),
            "U+202C POP DIRECTIONAL FORMATTING", 16);
        row("Infobip: Custom Inbound Keywords", infobip::vendor(), "customInboundKeywords", with("OFFERS", 0x85, ""),
            "U+0085 NEXT LINE", 7);
    }

    void unsafeCharactersAreRefused()
    {
        QFETCH(Vendor, vendor);
        QFETCH(QString, fieldKey);
        QFETCH(QString, value);
        QFETCH(QString, character);
        QFETCH(int, position);

        CredentialValidator::Input in = input(vendor, {{fieldKey, value}});
        in.nameTaken = nameTakenIn(m_store);
        const QVector<ValidationIssue> issues = CredentialValidator::validate(in);
        QVERIFY2(issues.size() == 1, qPrintable(describe(issues)));
        const ValidationIssue &issue = issues.first();
        QCOMPARE(issue.fieldKey, fieldKey);
        QVERIFY(issue.isError());
        const QString label = in.schema->field(fieldKey)->translatedLabel();
        QCOMPARE(issue.message, s("%1: remove the character %2 (at position %3). Control characters and "
                                  "text-direction marks are not allowed here: they are invisible and can make the "
                                  "value look different from what is saved.")
                                    .arg(label, character)
                                    .arg(position));
    }

    // Letters of any script, accents, emoji and marks that are not formatting characters are names.
    void ordinaryNamesPass_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("accents") << s("Équipe Zürich – Süd, ça marche");
        QTest::newRow("emoji") << s("Promo \xF0\x9F\x9A\x80 SMS \xF0\x9F\x87\xAB\xF0\x9F\x87\xB7");
        QTest::newRow("CJK") << s("東京 本番アカウント");
        QTest::newRow("Korean") << s("서울 운영");
        QTest::newRow("Arabic letters") << s("حساب الإنتاج");
        QTest::newRow("Hebrew letters") << s("חשבון ייצור");
        QTest::newRow("Devanagari") << s("उत्पादन खाता");
        QTest::newRow("no-break space") << s("Prod\u00A0EU");
        QTest::newRow("zero width joiner in an emoji") << s("Team \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB");
        QTest::newRow("4,000 characters") << QString(CredentialValidator::kMaxLineLength, QLatin1Char('n'));
    }

    void ordinaryNamesPass()
    {
        QFETCH(QString, name);
        for (const Vendor vendor : {sinchsms::vendor(), sinchmms::vendor(), infobip::vendor()}) {
            CredentialValidator::Input in = input(vendor, {{s("name"), name}});
            in.nameTaken = nameTakenIn(m_store);
            const QVector<ValidationIssue> issues = CredentialValidator::validate(in);
            QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        }
    }

    // Messages are SMS text: their line ends are the operator's.
    void messagesKeepTheirLineEnds()
    {
        const QVector<ValidationIssue> issues = CredentialValidator::validate(
            input(infobip::vendor(), {{s("helpMessage"), s("Fake Co.\nReply STOP to opt out.")}}));
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    }

    void overlongValuesAreRefused()
    {
        const QString label = schemaFor(sinchsms::vendor()).field(s("name"))->translatedLabel();
        const QVector<ValidationIssue> issues = CredentialValidator::validate(
            input(sinchsms::vendor(), {{s("name"), QString(1024 * 1024, QLatin1Char('n'))}}));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().message,
                 s("%1: the value is 1048576 characters long; shorten it to at most 4000 characters.").arg(label));
    }

    void exactMessages()
    {
        auto messageFor = [](const CredentialValidator::Input &in) {
            const QVector<ValidationIssue> issues = CredentialValidator::validate(in);
            return issues.size() == 1 ? issues.first().message : describe(issues);
        };
        QCOMPARE(messageFor(input(infobip::vendor(), {{s("validityPeriod"), s("49")}})),
                 s("Validity Period: enter a whole number of hours from 1 to 48."));
        QCOMPARE(messageFor(input(sinchsms::vendor(), {{s("serviceId"), s("")}})),
                 s("Service ID: enter a value; this field is required."));
        QCOMPARE(messageFor(input(infobip::vendor(), {}, {s("apiKey")})),
                 s("API key: enter a value; this field is required."));
    }

    void editingKeepsItsOwnName()
    {
        CredentialValidator::Input in = input(infobip::vendor(), {{s("name"), s("Production EU")}});
        in.nameTaken = nameTakenIn(m_store, m_existingId);
        QVERIFY(CredentialValidator::validate(in).isEmpty());
        in.nameTaken = nameTakenIn(m_store);
        QCOMPARE(CredentialValidator::validate(in).size(), 1);
        in.nameTaken = nullptr; // no store: uniqueness is not checked
        QVERIFY(CredentialValidator::validate(in).isEmpty());
    }

    void everyIssueInFormOrder()
    {
        CredentialValidator::Input in;
        in.schema = &schemaFor(infobip::vendor());
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

    // Sinch MMS's API token is the Base64 of "key id:key secret": anything else is refused before
    // any request, with what it must be and how to make it, never "rejected credentials" later.
    void mmsTokenForm_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("problem"); // part of the message; empty when the token is fine
        const auto b64 = [](const char *text) { return QString::fromLatin1(QByteArray(text).toBase64()); };
        QTest::newRow("key id:key secret") << b64("FAKE-KEY-ID:FAKE-SECRET") << QString();
        QTest::newRow("a UUID key id, a secret with + and /")
            << b64("00000000-fake-4000-8000-000000000000:FAKE/SECRET+0102") << QString();
        QTest::newRow("without the = padding") << b64("FAKE-KEY:FAKE-SECRETX").remove(QLatin1Char('=')) << QString();
        QTest::newRow("the pair itself") << s("FAKE-KEY-ID:FAKE-SECRET") << s("looks like the key ID and key secret");
        QTest::newRow("random text") << s("not a token at all") << s("is not Base64");
        QTest::newRow("an SMS-style token") << s("FAKE-TOKEN-0001") << s("is not Base64");
        QTest::newRow("wrapped at 76 columns, as base64 does")
            << b64("00000000-fake-4000-8000-000000000000:FAKE-SECRET-THAT-MAKES-THE-LINE-WRAP").insert(76, u'\n')
            << s("is not Base64");
        QTest::newRow("Base64 of text without a colon") << b64("FAKEKEYFAKESECRET") << s("does not decode to");
        QTest::newRow("two colons") << b64("FAKE:KEY:SECRET") << s("does not decode to");
        QTest::newRow("empty key id") << b64(":FAKE-SECRET") << s("does not decode to");
        QTest::newRow("empty secret") << b64("FAKE-KEY:") << s("does not decode to");
        QTest::newRow("Base64 of binary") << s("AAEC/w==") << s("does not decode to");
        QTest::newRow("Base64 of a control character") << b64("FAKE\x1b:SECRET") << s("does not decode to");
        QTest::newRow("one character too many") << b64("FAKE-KEY:FAKE-SECRET") + QLatin1Char('A') << s("is not Base64");
    }

    void mmsTokenForm()
    {
        QFETCH(QString, token);
        QFETCH(QString, problem);
        const FieldSpec &field = *schemaFor(sinchmms::vendor()).field(s("apiToken"));
        const QString message = CredentialValidator::secretProblem(field, token);
        if (problem.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
        } else {
            QVERIFY2(message.contains(problem), qPrintable(message));
            QVERIFY2(message.startsWith(s("API Token: ")), qPrintable(message)); // names the field
            QVERIFY2(message.contains(s("Base64 of “key ID:key secret”")), qPrintable(message));
            QVERIFY2(message.contains(s("base64")), qPrintable(message)); // and how to make it
            QVERIFY2(!message.contains(token), qPrintable(message));      // never the secret itself
        }

        // The form's rules: only a typed (or given) token is checked; a stored one is not known.
        CredentialValidator::Input in = input(sinchmms::vendor(), {});
        in.secretValues.insert(s("apiToken"), token);
        const QVector<ValidationIssue> issues = CredentialValidator::validate(in);
        QCOMPARE(issues.size(), problem.isEmpty() ? 0 : 1);
        if (!problem.isEmpty()) {
            QCOMPARE(issues.first().fieldKey, s("apiToken"));
            QCOMPARE(issues.first().message, message);
            QVERIFY(issues.first().isError());
        }
    }

    void onlyKeyPairSecretsHaveAForm()
    {
        // The SMS API token and the other vendors' keys are opaque: any text goes.
        const FieldSpec &smsToken = *schemaFor(sinchmms::vendor()).field(s("smsApiToken"));
        QVERIFY(CredentialValidator::secretProblem(smsToken, s("FAKE:SMS:TOKEN")).isEmpty());
        const FieldSpec &sinch = *schemaFor(sinchsms::vendor()).field(s("apiToken"));
        QVERIFY(CredentialValidator::secretProblem(sinch, s("FAKE-TOKEN-0001")).isEmpty());
        // A typed secret counts as given.
        CredentialValidator::Input in = input(sinchmms::vendor(), {}, {s("apiToken")});
        QCOMPARE(CredentialValidator::validate(in).size(), 1);
        in.secretValues.insert(s("apiToken"), QString::fromLatin1(QByteArray("FAKE-KEY:FAKE-SECRET").toBase64()));
        QVERIFY(CredentialValidator::validate(in).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCredentialValidator)
#include "tst_credentialvalidator.moc"
