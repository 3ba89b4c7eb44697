#include "domain/FieldSchema.h"
#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

#include <QtTest/QtTest>

using namespace cc;

// The forms must have every field of the source documents (shared/seeds), in their order.
class TestSchema : public QObject
{
    Q_OBJECT

private:
    static QStringList list(std::initializer_list<const char *> items)
    {
        QStringList out;
        for (const char *i : items)
            out << QString::fromUtf8(i);
        return out;
    }

    static QStringList labels(const VendorSchema &s, bool withAdvanced = false)
    {
        QStringList out;
        for (const FieldSpec &f : s.fields) {
            if (withAdvanced || !f.advanced)
                out << QString::fromLatin1(f.label);
        }
        return out;
    }

private Q_SLOTS:
    void vendorsInOrder()
    {
        QStringList names;
        for (const VendorSchema &s : allVendorSchemas())
            names << s.displayName;
        // The platform's order of its SMS vendor list.
        QCOMPARE(names, (QStringList{QStringLiteral("Sinch"), QStringLiteral("Sinch MMS"), QStringLiteral("Sinch RCS"),
                                     QStringLiteral("Infobip"), QStringLiteral("Twilio"), QStringLiteral("Custom")}));
    }

    void sinchFieldsInDocumentOrder()
    {
        // 000: Name, Service ID, API Token, then the keyword pairs; Region added for the regional API.
        QCOMPARE(labels(schemaFor(sinchsms::vendor())),
                 (list({"Name", "Service ID", "API Token", "Region", "Opt-In Keywords", "Opt-In Message",
                        "Opt-Out Keywords", "Opt-Out Message", "Help Keywords", "Help Message",
                        "Double Opt-In Keywords", "Double Opt-In Message"})));
        QCOMPARE(schemaFor(sinchsms::vendor()).secretKeys(), QStringList{QStringLiteral("apiToken")});
    }

    void sinchMmsFieldsInDocumentOrder()
    {
        // 002's fields, then the region and the console's choice of authentication (Basic or OAuth 2.0).
        QCOMPARE(labels(schemaFor(sinchmms::vendor())),
                 (list({"Name", "Project ID", "App ID", "API Token", "Service Plan ID", "SMS API Token", "Region",
                        "Authentication"})));
        QCOMPARE(schemaFor(sinchmms::vendor()).secretKeys(),
                 (QStringList{QStringLiteral("apiToken"), QStringLiteral("smsApiToken")}));
    }

    void infobipFieldsOfTheNewerRevision()
    {
        // 003 (the newer revision) adds Inbound Number, Custom Inbound Keywords, Default Inbound Reply Message.
        QCOMPARE(
            labels(schemaFor(infobip::vendor())),
            (list({"Name", "API base URL", "API key", "Opt-In Keywords", "Opt-In Message", "Opt-Out Keywords",
                   "Opt-Out Message", "Help Keywords", "Help Message", "Double Opt-In Keywords",
                   "Double Opt-In Message", "Principal Entity ID", "Content Template ID", "Validity Period",
                   "Callback Data", "Inbound Number", "Custom Inbound Keywords", "Default Inbound Reply Message"})));
        QCOMPARE(schemaFor(infobip::vendor()).secretKeys(), QStringList{QStringLiteral("apiKey")});
    }

    void validityPeriodDefaultsTo48Hours()
    {
        const FieldSpec *f = schemaFor(infobip::vendor()).field(QStringLiteral("validityPeriod"));
        QVERIFY(f);
        QCOMPARE(f->type, FieldType::Integer);
        QCOMPARE(f->defaultValue.toInt(), 48);
        QCOMPARE(f->minimum, 1);
        QCOMPARE(f->maximum, 48);
    }

    void regions_data()
    {
        QTest::addColumn<int>("vendor");
        QTest::addColumn<QStringList>("regions");
        QTest::newRow("sinch") << sinchsms::vendor().index() << list({"us", "eu", "au", "br", "ca"});
        QTest::newRow("sinch-mms") << sinchmms::vendor().index() << list({"us", "eu", "br"});
    }

    void regions()
    {
        QFETCH(int, vendor);
        QFETCH(QStringList, regions);
        const VendorSchema &s = schemaFor(Vendor(vendor));
        const FieldSpec *f = s.field(s.regionKey);
        QVERIFY(f);
        QStringList values;
        for (const Choice &c : f->choices)
            values << c.value;
        QCOMPARE(values, regions);
        QCOMPARE(f->defaultValue.toString(), QStringLiteral("us"));
        QVERIFY(f->required);
    }

    void everyFieldHasLabelAndHelp()
    {
        for (const VendorSchema &s : allVendorSchemas()) {
            QSet<QString> keys;
            for (const FieldSpec &f : s.fields) {
                QVERIFY2(f.label && *f.label, qPrintable(f.key));
                QVERIFY2(f.help && *f.help, qPrintable(f.key));
                QVERIFY2(!keys.contains(f.key), qPrintable(QStringLiteral("duplicate key ") + f.key));
                keys.insert(f.key);
            }
            QCOMPARE(s.fields.first().key, kNameKey);
            QVERIFY(s.fields.first().required);
            QCOMPARE(schemaForId(s.id), &s);
        }
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
