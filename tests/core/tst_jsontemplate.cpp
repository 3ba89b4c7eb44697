#include "TestSupport.h"
#include "domain/CredentialValidator.h"
#include "messaging/JsonTemplate.h"
#include "services/CredentialStore.h"
#include "services/CredentialTransfer.h"
#include "vendors/Custom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest/QtTest>

using namespace cc;

namespace {

const QStringList kRequired = custom::kPayloadPlaceholders;
const QString kDefault = QStringLiteral(R"({"to": "{{toNumber}}", "from": "{{fromNumber}}", "text": "{{message}}"})");

QHash<QString, QString> message(const QString &text)
{
    return {{QStringLiteral("toNumber"), QStringLiteral("+15550100001")},
            {QStringLiteral("fromNumber"), QStringLiteral("Console")},
            {QStringLiteral("message"), text}};
}

// Texts that break a payload built by pasting: quotes, backslashes, line ends, every control
// character, separators, placeholders of their own, lone surrogates, JSON of their own.
QStringList hostileTexts()
{
    QStringList texts{QStringLiteral("\""),
                      QStringLiteral("\\"),
                      QStringLiteral("\\\""),
                      QStringLiteral("a\"}, \"to\": \"+15550100999"),
                      QStringLiteral("line\nbreak\r\nand\ttab"),
                      QStringLiteral("{{toNumber}} {{message}} {{clientSecret}}"),
                      QStringLiteral("\u2028\u2029"),
                      QStringLiteral("</script><!--"),
                      QStringLiteral("emoji 😀 and \u0000 nul"),
                      QString(QChar(0xD800)) + QStringLiteral(" lone surrogate"),
                      QStringLiteral("\\u0022 not an escape")};
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    texts << controls + QChar(0x7f);
    QRandomGenerator random(20261205); // the same texts every run
    for (int i = 0; i < 500; ++i) {
        QString t;
        const int length = int(random.bounded(40));
        for (int k = 0; k < length; ++k) {
            static const char16_t pool[] = {u'"', u'\\', u'\n', u'\r',  u'\t', 0x01, 0x1f, u'{', u'}', u':',
                                            u',', u'a',  u'é',  0x2028, 0x7f,  u'[', u']', u' ', u'u', u'0'};
            t += QChar(pool[random.bounded(int(std::size(pool)))]);
        }
        texts << t;
    }
    return texts;
}

} // namespace

class TestJsonTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsPlaceholdersInStringValues()
    {
        QVERIFY(JsonTemplate::check(kDefault, kRequired).ok());
        // Several in one string, nested objects and arrays, other text around them.
        const QString nested = QStringLiteral(
            R"j({"messages": [{"dest": ["{{toNumber}}"], "src": "{{fromNumber}}", "body": "Hi: {{message}} ({{toNumber}})"}]})j");
        QVERIFY(JsonTemplate::check(nested, kRequired).ok());
    }

    void namesWhatIsWrong_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("placeholder");
        QTest::addColumn<int>("offset");
        using K = JsonTemplate::Problem::Kind;
        QTest::newRow("not json") << QStringLiteral(R"({"to": "{{toNumber}}", "text" "{{message}}"})")
                                  << int(K::NotJson) << QString() << 31;
        QTest::newRow("unquoted placeholder") << QStringLiteral(R"({"to": {{toNumber}}, "text": "{{message}}"})")
                                              << int(K::NotInString) << QStringLiteral("toNumber") << 7;
        QTest::newRow("missing") << QStringLiteral(R"({"to": "{{toNumber}}", "text": "{{message}}"})")
                                 << int(K::Missing) << QStringLiteral("fromNumber") << -1;
        QTest::newRow("in a name") << QStringLiteral(R"({"{{toNumber}}": "{{fromNumber}}", "t": "{{message}}"})")
                                   << int(K::InName) << QStringLiteral("toNumber") << 2;
        QTest::newRow("unknown") << QStringLiteral(
                                        R"({"to": "{{tonumber}}", "f": "{{fromNumber}}", "t": "{{message}}"})")
                                 << int(K::Unknown) << QStringLiteral("tonumber") << 8;
        QTest::newRow("an array") << QStringLiteral(R"(["{{toNumber}}", "{{fromNumber}}", "{{message}}"])")
                                  << int(K::NotObject) << QString() << -1;
        QTest::newRow("empty") << QString() << int(K::NotJson) << QString() << 0;
        // Qt's parser lets "\{" through; filled, the backslash would escape the value's first quote
        // (found by fuzz_custom).
        QTest::newRow("backslash before a placeholder")
            << QStringLiteral(R"({"to": "\{{toNumber}}", "f": "{{fromNumber}}", "t": "{{message}}"})")
            << int(K::NotJson) << QString() << 8;
    }

    void namesWhatIsWrong()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, placeholder);
        QFETCH(int, offset);
        const JsonTemplate::Problem p = JsonTemplate::check(text, kRequired);
        QCOMPARE(int(p.kind), kind);
        QCOMPARE(p.placeholder, placeholder);
        if (offset >= 0)
            QCOMPARE(p.offset, offset);
        // The sentence names the field and, where there is one, the placeholder.
        const QString said = JsonTemplate::describe(QStringLiteral("Provider Payload"), p);
        QVERIFY2(said.startsWith(QLatin1String("Provider Payload: ")), qPrintable(said));
        if (!placeholder.isEmpty())
            QVERIFY2(said.contains(JsonTemplate::placeholder(placeholder)), qPrintable(said));
        if (kind == int(JsonTemplate::Problem::Kind::NotJson))
            QVERIFY2(said.contains(QStringLiteral("character %1").arg(p.offset + 1)), qPrintable(said));
    }

    // Whatever the text, the payload stays the same JSON shape and carries the text exactly.
    void hostileTextsNeverBreakThePayload()
    {
        const QString nested =
            QStringLiteral(R"({"m": {"to": ["{{toNumber}}"], "body": "<{{message}}>"}, "f": "{{fromNumber}}"})");
        for (const QString &text : hostileTexts()) {
            for (const QString &tpl : {kDefault, nested}) {
                const QByteArray filled = JsonTemplate::fill(tpl, message(text));
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(filled, &error);
                QVERIFY2(error.error == QJsonParseError::NoError, filled.constData());
                // What a JSON reader gets back: the text (a lone surrogate becomes U+FFFD in UTF-8).
                const QString expected = QString::fromUtf8(text.toUtf8());
                if (tpl == kDefault) {
                    QCOMPARE(doc.object().keys(),
                             (QStringList{QStringLiteral("from"), QStringLiteral("text"), QStringLiteral("to")}));
                    QCOMPARE(doc.object().value(QStringLiteral("text")).toString(), expected);
                    QCOMPARE(doc.object().value(QStringLiteral("to")).toString(), QStringLiteral("+15550100001"));
                } else {
                    const QJsonObject m = doc.object().value(QStringLiteral("m")).toObject();
                    QCOMPARE(m.value(QStringLiteral("body")).toString(),
                             QLatin1Char('<') + expected + QLatin1Char('>'));
                    QCOMPARE(m.value(QStringLiteral("to")).toArray().size(), 1);
                }
            }
        }
    }

    void fillKeepsTheTemplateAsTyped()
    {
        // Spacing, order and the operator's own escapes are kept; only placeholders change.
        const QString tpl =
            QStringLiteral("{\n  \"z\": \"{{message}}\",\n  \"a\": \"x\\\"y\", \"n\": 1, \"s\": \"{{fromNumber}}\"\n}");
        QCOMPARE(JsonTemplate::fill(tpl, message(QStringLiteral("Hi"))),
                 QByteArray("{\n  \"z\": \"Hi\",\n  \"a\": \"x\\\"y\", \"n\": 1, \"s\": \"Console\"\n}"));
        // A value holding a placeholder is not filled again.
        QCOMPARE(JsonTemplate::fill(QStringLiteral(R"({"a": "{{message}}", "b": "{{toNumber}}"})"),
                                    message(QStringLiteral("{{toNumber}}"))),
                 QByteArray(R"({"a": "{{toNumber}}", "b": "+15550100001"})"));
    }

    void escapesLikeJson()
    {
        QCOMPARE(JsonTemplate::escaped(QStringLiteral("a\"b\\c\nd\re\tf")), QStringLiteral("a\\\"b\\\\c\\nd\\re\\tf"));
        QCOMPARE(JsonTemplate::escaped(QString(QChar(0x01)) + QChar(0x7f) + QChar(0x2028)),
                 QStringLiteral("\\u0001\\u007f\\u2028"));
        QCOMPARE(JsonTemplate::escaped(QStringLiteral("é😀/")), QStringLiteral("é😀/"));
    }

    // The Custom form's rules in the validator: only the chosen auth type's fields count, headers are
    // name/value pairs that may not set what the console sets, the payload is a template.
    void customFormRules()
    {
        const VendorSchema &schema = schemaFor(custom::vendor());
        CredentialValidator::Input input;
        input.schema = &schema;
        input.values = cctest::fakeCredential(custom::vendor(), QStringLiteral("Fake")).values;
        input.secretsGiven = {QStringLiteral("apiToken")};
        const auto errors = [&input] {
            QStringList out;
            for (const ValidationIssue &i : CredentialValidator::validate(input)) {
                if (i.isError())
                    out << i.fieldKey + QLatin1Char('=') + i.message;
            }
            return out;
        };
        QCOMPARE(errors(), QStringList());

        // Bearer: its token is required now, the API token is not; another type's bad URL is not checked.
        input.values.insert(QStringLiteral("authType"), QStringLiteral("bearer"));
        input.values.insert(QStringLiteral("oauthUrl"), QStringLiteral("not an address"));
        QCOMPARE(errors().size(), 1);
        QVERIFY2(errors().constFirst().startsWith(QLatin1String("bearerToken=")), qPrintable(errors().join(u'\n')));
        input.secretsGiven << QStringLiteral("bearerToken");
        QCOMPARE(errors(), QStringList());

        // OAuth 2.0: its URL now counts, with its example; the body must hold {{clientSecret}}.
        input.values.insert(QStringLiteral("authType"), QStringLiteral("oauth2"));
        input.secretsGiven << QStringLiteral("oauthClientSecret");
        QVERIFY2(errors().join(u'\n').contains(QLatin1String("https://auth.example.com/oauth2/token")),
                 qPrintable(errors().join(u'\n')));
        input.values.insert(QStringLiteral("oauthUrl"), QStringLiteral("https://auth.example.com/token"));
        QCOMPARE(errors(), QStringList());
        input.values.insert(QStringLiteral("oauthBody"), QStringLiteral(R"({"client_secret": "s3cr3t"})"));
        QVERIFY2(errors().join(u'\n').contains(QLatin1String("{{clientSecret}} is missing")),
                 qPrintable(errors().join(u'\n')));
        input.values.insert(QStringLiteral("oauthBody"), schema.field(QStringLiteral("oauthBody"))->defaultValue);

        // mTLS on: both files required.
        input.values.insert(QStringLiteral("mtls"), QStringLiteral("on"));
        QVERIFY2(errors().size() == 2, qPrintable(errors().join(u'\n')));
        QVERIFY2(errors().join(u'\n').contains(QLatin1String("clientKey=")), qPrintable(errors().join(u'\n')));
        input.values.insert(QStringLiteral("mtls"), QStringLiteral("off"));

        // Headers.
        const auto headerError = [&](const QString &headers) {
            input.values.insert(QStringLiteral("headers"), headers);
            const QStringList e = errors();
            input.values.remove(QStringLiteral("headers"));
            return e.join(u'\n');
        };
        QCOMPARE(headerError(QStringLiteral("X-Tenant: fake-tenant\nX-Trace: on")), QString());
        for (const QString &fixed : {QStringLiteral("content-type: text/plain"), QStringLiteral("Charset: latin1"),
                                     QStringLiteral("Authorization: Bearer x")})
            QVERIFY2(headerError(fixed).contains(QLatin1String("cannot be changed here")), qPrintable(fixed));
        QVERIFY(headerError(QStringLiteral("Bad Name: x")).contains(QLatin1String("not a valid name")));
        QVERIFY(headerError(QStringLiteral("X-A: 1\nx-a: 2")).contains(QLatin1String("given twice")));
        QVERIFY(headerError(QStringLiteral("X-A: a\u202Eb")).contains(QLatin1String("not allowed")));

        // Payload.
        input.values.insert(QStringLiteral("payload"), QStringLiteral(R"({"to": {{toNumber}}})"));
        QVERIFY2(errors().join(u'\n').contains(QLatin1String("not inside a string value")),
                 qPrintable(errors().join(u'\n')));
    }

    void pairsRoundTrip()
    {
        const QVector<NameValue> pairs{{QStringLiteral("X-A"), QStringLiteral("1")},
                                       {QStringLiteral("X-B"), QStringLiteral("a: b")}};
        QCOMPARE(parsePairs(joinPairs(pairs)), pairs);
        QCOMPARE(
            parsePairs(QStringLiteral("\n  X-A :  1 \n\nNoColon")),
            (QVector<NameValue>{{QStringLiteral("X-A"), QStringLiteral("1")}, {QStringLiteral("NoColon"), QString()}}));
    }

    // Import: the auth type's fields are checked as in the form; no secret is ever taken from a file.
    void importChecksTheChosenAuthType()
    {
        QTemporaryDir dir;
        cc::CredentialStore store(dir.filePath(QStringLiteral("i.db")));
        const QByteArray file =
            R"({"format": "channel-console/export", "version": 1, "credentials": [{"vendor": "custom", "fields": {"name": "Imported", "providerAppId": "a",
            "providerName": "P", "providerUrl": "https://sms.example.com/v1", "authType": "basic",
            "basicUser": "fake-user", "basicPassword": "FAKE-PASSWORD-0001"}},
            {"vendor": "custom", "fields": {"name": "No user", "providerAppId": "a",
            "providerName": "P", "providerUrl": "https://sms.example.com/v1", "authType": "basic"}}]})";
        const CredentialTransfer::Plan plan =
            CredentialTransfer::plan(file, store, CredentialTransfer::ClashPolicy::Rename);
        QCOMPARE(plan.items.size(), 2);
        QVERIFY2(plan.items.at(0).status != CredentialTransfer::Item::Status::Rejected,
                 qPrintable(plan.items.at(0).reason));
        QVERIFY(!plan.items.at(0).credential.values.contains(QStringLiteral("basicPassword")));
        QVERIFY(plan.items.at(0).reason.contains(QLatin1String("ignored")));
        QCOMPARE(plan.items.at(1).status, CredentialTransfer::Item::Status::Rejected);
        QVERIFY2(plan.items.at(1).reason.contains(QLatin1String("User name")), qPrintable(plan.items.at(1).reason));
        // Exported again: no secret in the file.
        const QByteArray out = CredentialTransfer::exportJson({plan.items.at(0).credential});
        QVERIFY(!out.contains("FAKE-PASSWORD-0001"));
        QVERIFY(out.contains("fake-user"));
    }
};

QTEST_GUILESS_MAIN(TestJsonTemplate)
#include "tst_jsontemplate.moc"
