#include "messaging/Keywords.h"

#include <QtTest/QtTest>

using namespace cc;

Q_DECLARE_METATYPE(cc::Keywords::Rule)

// Which automatic reply an inbound SMS gets, from the keyword lists of a credential.
class TestKeywords : public QObject
{
    Q_OBJECT

private:
    static QString s(const char *text) { return QString::fromUtf8(text); }

    // A credential's values with every reply set, so that a test sees which rule answered.
    static QVariantMap replies()
    {
        return {
            {s("optInMessage"), s("Welcome back.")},
            {s("optOutMessage"), s("You will get no more messages.")},
            {s("helpMessage"), s("Call us.")},
            {s("doubleOptInMessage"), s("Reply YES to confirm.")},
            {s("defaultInboundReply"), s("We read you.")},
        };
    }

    static QVariantMap with(QVariantMap values, std::initializer_list<std::pair<const char *, const char *>> more)
    {
        for (const auto &[key, value] : more)
            values.insert(s(key), s(value));
        return values;
    }

private Q_SLOTS:
    void categoriesMapToTheirFields()
    {
        const QVector<Keywords::CategoryFields> &c = Keywords::categories();
        QCOMPARE(c.size(), 5);
        QStringList keys;
        QStringList messages;
        for (const Keywords::CategoryFields &f : c) {
            keys << f.keywordsKey;
            messages << f.messageKey;
        }
        QCOMPARE(keys, (QStringList{s("optInKeywords"), s("optOutKeywords"), s("helpKeywords"),
                                    s("doubleOptInKeywords"), s("customInboundKeywords")}));
        QCOMPARE(messages, (QStringList{s("optInMessage"), s("optOutMessage"), s("helpMessage"),
                                        s("doubleOptInMessage"), QString()}));
        QCOMPARE(c.at(1).category, Keywords::Category::OptOut);
        QCOMPARE(c.at(4).category, Keywords::Category::CustomInbound);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("keywords");

        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("only commas and blanks") << s(" , ,, ") << QStringList();
        QTest::newRow("one") << s("STOP") << QStringList{s("STOP")};
        QTest::newRow("trimmed") << s("  STOP ,  END  ") << QStringList{s("STOP"), s("END")};
        QTest::newRow("empty items dropped") << s("STOP,,END,") << QStringList{s("STOP"), s("END")};
        QTest::newRow("repeats dropped, first spelling kept")
            << s("Stop, STOP, end, stop, End") << QStringList{s("Stop"), s("end")};
        QTest::newRow("inner blanks kept") << s("STOP ALL, HELP") << QStringList{s("STOP ALL"), s("HELP")};
        QTest::newRow("accented repeat") << s("ÉTÉ, été") << QStringList{s("ÉTÉ")};
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, keywords);
        QCOMPARE(Keywords::parse(text), keywords);
    }

    void defaultsOfThePlatform()
    {
        QCOMPARE(Keywords::defaults(Keywords::Category::OptOut),
                 (QStringList{s("STOP"), s("QUIT"), s("CANCEL"), s("END"), s("UNSUBSCRIBE"), s("NO")}));
        QCOMPARE(
            Keywords::defaults(Keywords::Category::OptIn),
            (QStringList{s("SUBSCRIBE"), s("YES"), s("UNSTOP"), s("START"), s("CONTINUE"), s("RESUME"), s("BEGIN")}));
        QCOMPARE(Keywords::defaults(Keywords::Category::Help), QStringList{s("HELP")});
        QVERIFY(Keywords::defaults(Keywords::Category::DoubleOptIn).isEmpty());
        QVERIFY(Keywords::defaults(Keywords::Category::CustomInbound).isEmpty());
    }

    void customListReplacesTheDefaults()
    {
        QCOMPARE(Keywords::effective(Keywords::Category::OptOut, {}), Keywords::defaults(Keywords::Category::OptOut));
        QCOMPARE(Keywords::effective(Keywords::Category::OptOut, {{s("optOutKeywords"), s(" , ")}}),
                 Keywords::defaults(Keywords::Category::OptOut));
        QCOMPARE(Keywords::effective(Keywords::Category::OptOut, {{s("optOutKeywords"), s("ARRET, stop")}}),
                 (QStringList{s("ARRET"), s("stop")}));
        // A list stored as a list (from an import) reads the same.
        QCOMPARE(
            Keywords::effective(Keywords::Category::Help, {{s("helpKeywords"), QStringList{s("INFO"), s(" AIDE ")}}}),
            (QStringList{s("INFO"), s("AIDE")}));
        QCOMPARE(Keywords::custom(Keywords::Category::Help, {}), QStringList());
    }

    void match_data()
    {
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QString>("inbound");
        QTest::addColumn<Keywords::Rule>("rule");
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<QString>("reply");

        const QVariantMap base = replies();
        QTest::newRow("default opt-out") << base << s("STOP") << Keywords::Rule::OptOut << s("STOP")
                                         << s("You will get no more messages.");
        QTest::newRow("case and blanks ignored") << base << s("  unsubscribe\n") << Keywords::Rule::OptOut
                                                 << s("UNSUBSCRIBE") << s("You will get no more messages.");
        QTest::newRow("default opt-in") << base << s("Start") << Keywords::Rule::OptIn << s("START")
                                        << s("Welcome back.");
        QTest::newRow("default help") << base << s("help") << Keywords::Rule::Help << s("HELP") << s("Call us.");
        QTest::newRow("double opt-in") << with(base, {{"doubleOptInKeywords", "CONFIRM"}}) << s("confirm")
                                       << Keywords::Rule::DoubleOptIn << s("CONFIRM") << s("Reply YES to confirm.");
        QTest::newRow("custom inbound: no reply")
            << with(base, {{"customInboundKeywords", "DISCOUNT, OFFERS, ENROLL"}}) << s("Offers")
            << Keywords::Rule::CustomInbound << s("OFFERS") << QString();
        QTest::newRow("custom opt-out list replaces STOP")
            << with(base, {{"optOutKeywords", "ARRET"}}) << s("STOP") << Keywords::Rule::DefaultReply << QString()
            << s("We read you.");
        QTest::newRow("custom opt-out keyword, as configured")
            << with(base, {{"optOutKeywords", "Arret"}}) << s("ARRET") << Keywords::Rule::OptOut << s("Arret")
            << s("You will get no more messages.");
        QTest::newRow("opt-out wins over a repeat in another list")
            << with(base, {{"optInKeywords", "STOP"}}) << s("stop") << Keywords::Rule::OptOut << s("STOP")
            << s("You will get no more messages.");
        QTest::newRow("opt-in before help") << with(base, {{"helpKeywords", "YES"}}) << s("YES")
                                            << Keywords::Rule::OptIn << s("YES") << s("Welcome back.");
        QTest::newRow("whole text only") << base << s("please STOP") << Keywords::Rule::DefaultReply << QString()
                                         << s("We read you.");
        QTest::newRow("no match, default reply")
            << base << s("Hello?") << Keywords::Rule::DefaultReply << QString() << s("We read you.");
        QTest::newRow("no match, no default reply") << with(base, {{"defaultInboundReply", "  "}}) << s("Hello?")
                                                    << Keywords::Rule::None << QString() << QString();
        QTest::newRow("empty text") << QVariantMap() << s("   ") << Keywords::Rule::None << QString() << QString();
        QTest::newRow("matched keyword with an empty reply")
            << QVariantMap() << s("HELP") << Keywords::Rule::Help << s("HELP") << QString();
    }

    void match()
    {
        QFETCH(QVariantMap, values);
        QFETCH(QString, inbound);
        QFETCH(Keywords::Rule, rule);
        QFETCH(QString, keyword);
        QFETCH(QString, reply);

        const Keywords::Match m = Keywords::match(inbound, values);
        QCOMPARE(m.rule, rule);
        QCOMPARE(m.keyword, keyword);
        QCOMPARE(m.reply, reply);
    }

    // The rules that also hold the text, and so never answer it, are known: the preview names them.
    void laterRulesThatAlsoHoldTheTextAreNamed()
    {
        const QVariantMap values{{s("optInKeywords"), s("STOP, JOIN")}, {s("customInboundKeywords"), s("stop")}};
        const Keywords::Match m = Keywords::match(s("Stop"), values);
        QCOMPARE(m.rule, Keywords::Rule::OptOut); // the default opt-out list, in force
        QCOMPARE(m.shadowed, (QVector<Keywords::Rule>{Keywords::Rule::OptIn, Keywords::Rule::CustomInbound}));
        QVERIFY(Keywords::match(s("JOIN"), values).shadowed.isEmpty());
        QCOMPARE(Keywords::exchange(s("stop"), values).first().shadowed, m.shadowed);
    }

    void doubleOptInIsATwoStepExchange()
    {
        const QVariantMap values = with(replies(), {{"doubleOptInKeywords", "JOIN"},
                                                    {"optInKeywords", "Y, YES"},
                                                    {"doubleOptInMessage", "You are confirmed."}});
        const QVector<Keywords::Step> steps = Keywords::exchange(s(" join "), values);
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).inbound, s("join"));
        QVERIFY(steps.at(0).platformPrompt);
        QVERIFY(steps.at(0).reply.isEmpty());
        QCOMPARE(steps.at(0).keyword, s("JOIN"));
        QCOMPARE(steps.at(1).inbound, s("Y")); // the first opt-in keyword confirms
        QCOMPARE(steps.at(1).reply, s("You are confirmed."));
        QCOMPARE(steps.at(1).rule, Keywords::Rule::DoubleOptIn);
    }

    void otherRulesAreOneStep()
    {
        const QVector<Keywords::Step> steps = Keywords::exchange(s("STOP"), replies());
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.at(0).rule, Keywords::Rule::OptOut);
        QCOMPARE(steps.at(0).reply, s("You will get no more messages."));
        QVERIFY(!steps.at(0).platformPrompt);
    }
};

QTEST_GUILESS_MAIN(TestKeywords)
#include "tst_keywords.moc"
