#include "SmsSegments.h"
#include "messaging/CharacterNames.h"
#include "messaging/SmsText.h"

#include <QtTest/QtTest>

using namespace cc;

// What a message costs, as the form shows it under every message field and as the vendors bill it.
class TestSmsText : public QObject
{
    Q_OBJECT

private:
    static QString rep(const QString &s, int n) { return s.repeated(n); }
    static QString a(int n) { return rep(QStringLiteral("a"), n); }
    static QString b(int n) { return rep(QStringLiteral("b"), n); }
    // A Cyrillic letter: one UTF-16 unit, outside GSM-7.
    static QString zhe(int n) { return rep(QString(QChar(0x0436)), n); }
    static QString emoji() { return QString::fromUtf8("\xF0\x9F\x98\x80"); } // U+1F600, a surrogate pair
    static QString u(const char *utf8) { return QString::fromUtf8(utf8); }

    // User-perceived characters of more than one code point, with their UTF-16 units.
    static QString thumbsUpMediumSkin() { return u("\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD"); } // 4 units
    static QString family() // man, woman, girl, boy joined by ZWJ: 11 units
    {
        return u("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7\xE2\x80\x8D"
                 "\xF0\x9F\x91\xA6");
    }
    static QString flagFrance() { return u("\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7"); } // two regional indicators: 4 units
    static QString keycapHash() { return u("#\xEF\xB8\x8F\xE2\x83\xA3"); }        // # U+FE0F U+20E3: 3 units
    static QString eAcuteCircumflex() { return u("e\xCC\x81\xCC\x82"); }          // e U+0301 U+0302: 3 units
    static QString devanagariKshi() { return u("\xE0\xA4\x95\xE0\xA5\x8D\xE0\xA4\xB7\xE0\xA4\xBF"); } // 4 units
    static QString thaiNam() { return u("\xE0\xB8\x99\xE0\xB9\x89\xE0\xB8\xB3"); }                    // 3 units

private Q_SLOTS:
    void analyze_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("gsm");
        QTest::addColumn<int>("characters");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("segments");
        QTest::addColumn<int>("perSegment");
        QTest::addColumn<int>("remaining");

        QTest::newRow("empty: no SMS") << QString() << true << 0 << 0 << 0 << 160 << 160;
        QTest::newRow("short GSM-7") << QStringLiteral("Reply STOP to opt out") << true << 21 << 21 << 1 << 160 << 139;
        QTest::newRow("160 septets: one SMS") << a(160) << true << 160 << 160 << 1 << 160 << 0;
        QTest::newRow("161 septets: two segments") << a(161) << true << 161 << 161 << 2 << 153 << 145;
        QTest::newRow("306 septets: two full segments") << a(306) << true << 306 << 306 << 2 << 153 << 0;
        QTest::newRow("307 septets: three segments") << a(307) << true << 307 << 307 << 3 << 153 << 152;
        QTest::newRow("whole basic alphabet counts one septet each")
            << QString::fromUtf8("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                 "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
            << true << 127 << 127 << 1 << 160 << 33;
        QTest::newRow("extension table counts two septets")
            << QString::fromUtf8("^{}\\[]~|€\f") << true << 10 << 20 << 1 << 160 << 140;
        QTest::newRow("80 euro signs fill one SMS")
            << rep(QString::fromUtf8("€"), 80) << true << 80 << 160 << 1 << 160 << 0;
        QTest::newRow("81 euro signs: 76 per segment, never half an escape")
            << rep(QString::fromUtf8("€"), 81) << true << 81 << 162 << 2 << 153 << 143;
        // 152 septets, then an escape pair that would straddle the boundary: it moves whole.
        QTest::newRow("escape pair at a segment boundary moves whole")
            << a(152) + QStringLiteral("{") + b(10) << true << 163 << 164 << 2 << 153 << 141;
        QTest::newRow("escape pair at a boundary costs a third segment")
            << a(152) + QStringLiteral("{") + b(152) << true << 305 << 306 << 3 << 153 << 152;
        QTest::newRow("70 units: one UCS-2 SMS") << zhe(70) << false << 70 << 70 << 1 << 70 << 0;
        QTest::newRow("71 units: two segments") << zhe(71) << false << 71 << 71 << 2 << 67 << 63;
        QTest::newRow("134 units: two full segments") << zhe(134) << false << 134 << 134 << 2 << 67 << 0;
        QTest::newRow("135 units: three segments") << zhe(135) << false << 135 << 135 << 3 << 67 << 66;
        QTest::newRow("one UCS-2 character turns all GSM text to UCS-2")
            << a(69) + zhe(1) << false << 70 << 70 << 1 << 70 << 0;
        QTest::newRow("35 emoji fill one SMS") << rep(emoji(), 35) << false << 35 << 70 << 1 << 70 << 0;
        QTest::newRow("emoji at a segment boundary moves whole")
            << zhe(66) + emoji() + zhe(3) << false << 70 << 71 << 2 << 67 << 62;
        QTest::newRow("emoji at a boundary costs a third segment")
            << zhe(66) + emoji() + zhe(66) << false << 133 << 134 << 3 << 67 << 66;
        QTest::newRow("lowercase c cedilla is not GSM-7")
            << QString::fromUtf8("ça va") << false << 5 << 5 << 1 << 70 << 65;

        // Characters are what a person sees; units are what the SMS carries.
        QTest::newRow("a flag is one character of four units") << flagFrance() << false << 1 << 4 << 1 << 70 << 66;
        QTest::newRow("a family is one character of eleven units") << family() << false << 1 << 11 << 1 << 70 << 59;
        QTest::newRow("a skin-tone emoji is one character") << thumbsUpMediumSkin() << false << 1 << 4 << 1 << 70 << 66;
        QTest::newRow("a keycap is one character") << keycapHash() << false << 1 << 3 << 1 << 70 << 67;
        QTest::newRow("a letter with two accents is one character")
            << eAcuteCircumflex() << false << 1 << 3 << 1 << 70 << 67;
        QTest::newRow("a Devanagari cluster is one character") << devanagariKshi() << false << 1 << 4 << 1 << 70 << 66;
        QTest::newRow("a Thai cluster is one character") << thaiNam() << false << 1 << 3 << 1 << 70 << 67;
        QTest::newRow("CR LF is one line break of two septets")
            << QStringLiteral("a\r\nb") << true << 3 << 4 << 1 << 160 << 156;

        // Twilio's checks of its calculator against what its API billed (TwilioDevEd/message-segment-calculator
        // issue 66): the same encodings and segment counts here.
        QTest::newRow("Twilio: 80 a, CR LF, 79 a")
            << a(80) + QStringLiteral("\r\n") + a(79) << true << 160 << 161 << 2 << 153 << 145;
        QTest::newRow("Twilio: 80 a, LF, 79 a")
            << a(80) + QStringLiteral("\n") + a(79) << true << 160 << 160 << 1 << 160 << 0;
        QTest::newRow("Twilio: 200 a, CR LF, 105 a")
            << a(200) + QStringLiteral("\r\n") + a(105) << true << 306 << 307 << 3 << 153 << 152;
        QTest::newRow("Twilio: 70 precomposed e acute") << rep(u("\xC3\xA9"), 70) << true << 70 << 70 << 1 << 160 << 90;
        QTest::newRow("Twilio: 70 decomposed e acute")
            << rep(u("e\xCC\x81"), 70) << false << 70 << 140 << 3 << 67 << 59;
        QTest::newRow("Twilio: 1 decomposed e acute") << u("e\xCC\x81") << false << 1 << 2 << 1 << 70 << 68;
        QTest::newRow("Twilio: 70 CJK") << rep(u("\xE4\xB8\xAD"), 70) << false << 70 << 70 << 1 << 70 << 0;
        QTest::newRow("Twilio: 71 CJK") << rep(u("\xE4\xB8\xAD"), 71) << false << 71 << 71 << 2 << 67 << 63;
        QTest::newRow("Twilio: 1 pipe") << QStringLiteral("|") << true << 1 << 2 << 1 << 160 << 158;
    }

    void analyze()
    {
        QFETCH(QString, text);
        QFETCH(bool, gsm);
        QFETCH(int, characters);
        QFETCH(int, units);
        QFETCH(int, segments);
        QFETCH(int, perSegment);
        QFETCH(int, remaining);

        const SmsInfo info = analyzeSms(text);
        QCOMPARE(info.encoding, gsm ? SmsInfo::Encoding::Gsm7 : SmsInfo::Encoding::Ucs2);
        QCOMPARE(info.characters, characters);
        QCOMPARE(info.units, units);
        QCOMPARE(info.segments, segments);
        QCOMPARE(info.perSegment, perSegment);
        QCOMPARE(info.remaining, remaining);
        QCOMPARE(info.firstUcs2Character.isEmpty(), gsm);
        const QString problem = cctest::smsSegmentsProblem(text, info);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A user-perceived character that would straddle a segment boundary moves whole to the next
    // segment; one that ends exactly on it stays. Each row gives the segments' texts.
    void segmentsKeepCharactersWhole_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("gsm");
        QTest::addColumn<QStringList>("segments");

        // UCS-2: 67 units per segment, boundaries at 67, 134 and 201.
        QTest::newRow("skin-tone emoji across 67")
            << zhe(66) + thumbsUpMediumSkin() + zhe(3) << false << QStringList{zhe(66), thumbsUpMediumSkin() + zhe(3)};
        QTest::newRow("skin-tone emoji ending on 67")
            << zhe(63) + thumbsUpMediumSkin() + zhe(5) << false << QStringList{zhe(63) + thumbsUpMediumSkin(), zhe(5)};
        QTest::newRow("family across 67")
            << zhe(60) + family() + zhe(2) << false << QStringList{zhe(60), family() + zhe(2)};
        QTest::newRow("flag across 67") << zhe(65) + flagFrance() + zhe(4) << false
                                        << QStringList{zhe(65), flagFrance() + zhe(4)};
        QTest::newRow("two flags across 67, never one regional indicator of each")
            << zhe(64) + flagFrance() + flagFrance() << false << QStringList{zhe(64), flagFrance() + flagFrance()};
        QTest::newRow("keycap across 67")
            << zhe(65) + keycapHash() + zhe(10) << false << QStringList{zhe(65), keycapHash() + zhe(10)};
        QTest::newRow("accented letter across 67")
            << zhe(66) + eAcuteCircumflex() + zhe(10) << false << QStringList{zhe(66), eAcuteCircumflex() + zhe(10)};
        QTest::newRow("family across 134")
            << zhe(67) + zhe(66) + family() + zhe(5) << false << QStringList{zhe(67), zhe(66), family() + zhe(5)};
        QTest::newRow("Devanagari cluster across 134") << zhe(67) + zhe(65) + devanagariKshi() + zhe(3) << false
                                                       << QStringList{zhe(67), zhe(65), devanagariKshi() + zhe(3)};
        QTest::newRow("keycap ending on 134") << zhe(67) + zhe(64) + keycapHash() + zhe(3) << false
                                              << QStringList{zhe(67), zhe(64) + keycapHash(), zhe(3)};
        QTest::newRow("Thai cluster across 201") << zhe(67 * 2) + zhe(65) + thaiNam() + zhe(1) << false
                                                 << QStringList{zhe(67), zhe(67), zhe(65), thaiNam() + zhe(1)};
        QTest::newRow("flag across 201") << zhe(67 * 2) + zhe(66) + flagFrance() << false
                                         << QStringList{zhe(67), zhe(67), zhe(66), flagFrance()};
        QTest::newRow("skin-tone emoji across 201")
            << zhe(67 * 2) + zhe(64) + thumbsUpMediumSkin() + zhe(2) << false
            << QStringList{zhe(67), zhe(67), zhe(64), thumbsUpMediumSkin() + zhe(2)};
        QTest::newRow("skin-tone emoji right after Thai across 67")
            << zhe(62) + thaiNam() + thumbsUpMediumSkin() + zhe(3) << false
            << QStringList{zhe(62) + thaiNam(), thumbsUpMediumSkin() + zhe(3)};
        QTest::newRow("flag right after Devanagari across 134")
            << zhe(67) + zhe(61) + devanagariKshi() + flagFrance() << false
            << QStringList{zhe(67), zhe(61) + devanagariKshi(), flagFrance()};
        QTest::newRow("GSM-7 base letter with accent, text otherwise GSM-7")
            << a(66) + eAcuteCircumflex() + a(5) << false << QStringList{a(66), eAcuteCircumflex() + a(5)};

        // GSM-7: 153 septets per segment, boundaries at 153 and 306; an escape and its character stay together.
        QTest::newRow("euro across 153") << a(152) + u("€") + b(10) << true << QStringList{a(152), u("€") + b(10)};
        QTest::newRow("bracket ending on 153")
            << a(151) + QStringLiteral("[") + b(10) << true << QStringList{a(151) + QStringLiteral("["), b(10)};
        QTest::newRow("brace across 306") << a(153) + b(152) + QStringLiteral("{") + a(5) << true
                                          << QStringList{a(153), b(152), QStringLiteral("{") + a(5)};
        QTest::newRow("tilde ending on 306") << a(153) + b(151) + QStringLiteral("~") + a(5) << true
                                             << QStringList{a(153), b(151) + QStringLiteral("~"), a(5)};
        QTest::newRow("two escapes across 306")
            << a(153) + b(151) + QStringLiteral("\\|") << true
            << QStringList{a(153), b(151) + QStringLiteral("\\"), QStringLiteral("|")};
        // CR LF is one character to a person but two septets sent apart; Twilio splits them as well.
        QTest::newRow("CR LF across 153") << a(152) + QStringLiteral("\r\n") + b(10) << true
                                          << QStringList{a(152) + QStringLiteral("\r"), QStringLiteral("\n") + b(10)};
    }

    void segmentsKeepCharactersWhole()
    {
        QFETCH(QString, text);
        QFETCH(bool, gsm);
        QFETCH(QStringList, segments);

        const SmsInfo info = analyzeSms(text);
        QCOMPARE(info.encoding, gsm ? SmsInfo::Encoding::Gsm7 : SmsInfo::Encoding::Ucs2);
        QCOMPARE(info.segments, segments.size());
        QCOMPARE(cctest::smsSegmentTexts(text, info), segments);
        const QString problem = cctest::smsSegmentsProblem(text, info);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Hostile texts: a character longer than a whole segment can only be cut (between code points,
    // never inside a surrogate pair); lone surrogates count as the unit they are.
    void charactersLongerThanASegmentAreCutBetweenCodePoints()
    {
        const QString zalgo = QStringLiteral("a") + QString(100, QChar(0x0301)); // one character, 101 units
        SmsInfo info = analyzeSms(zalgo);
        QCOMPARE(info.characters, 1);
        QCOMPARE(info.segments, 2);
        QCOMPARE(cctest::smsSegmentTexts(zalgo, info),
                 (QStringList{QStringLiteral("a") + QString(66, QChar(0x0301)), QString(34, QChar(0x0301))}));
        QString problem = cctest::smsSegmentsProblem(zalgo, info);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // 40 skin-toned hands joined by ZWJ: one character (an unending ZWJ sequence) of 199 units.
        QStringList hands(40, thumbsUpMediumSkin());
        const QString chain = hands.join(QChar(0x200D));
        info = analyzeSms(chain);
        QCOMPARE(info.characters, 1);
        QCOMPARE(info.units, 199);
        QCOMPARE(info.segments, 3);
        problem = cctest::smsSegmentsProblem(chain, info);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const QString &segment : cctest::smsSegmentTexts(chain, info)) {
            QVERIFY(!segment.front().isLowSurrogate());
            QVERIFY(!segment.back().isHighSurrogate());
        }

        const QString lone = QString(QChar(0xD83D)) + zhe(66) + QString(QChar(0xDE00)) + QString(QChar(0xD83D));
        info = analyzeSms(lone);
        QCOMPARE(info.units, 69);
        QCOMPARE(info.segments, 1);
        const QString crossing = zhe(66) + QString(QChar(0xDE00)) + emoji() + QString(QChar(0xD83D));
        info = analyzeSms(crossing);
        QCOMPARE(info.units, 70);
        QCOMPARE(info.segments, 1);
        const QString over = crossing + zhe(1);
        info = analyzeSms(over);
        QCOMPARE(info.segments, 2);
        QCOMPARE(cctest::smsSegmentTexts(over, info),
                 (QStringList{zhe(66) + QString(QChar(0xDE00)), emoji() + QString(QChar(0xD83D)) + zhe(1)}));
        problem = cctest::smsSegmentsProblem(over, info);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The properties of any text, on many random ones made of every kind of character: the segments
    // put back together are the text, none is over its limit or cuts a character it need not cut, and
    // none ends early.
    void segmentsRejoinAndKeepTheirLimits()
    {
        const QStringList pieces{QStringLiteral("a"),
                                 QStringLiteral(" "),
                                 QStringLiteral("\n"),
                                 QStringLiteral("\r\n"),
                                 QStringLiteral("\r"),
                                 u("€"),
                                 QStringLiteral("{"),
                                 QStringLiteral("\\"),
                                 u("é"),
                                 zhe(1),
                                 emoji(),
                                 thumbsUpMediumSkin(),
                                 family(),
                                 flagFrance(),
                                 u("\xF0\x9F\x87\xAB"), // a regional indicator alone
                                 keycapHash(),
                                 eAcuteCircumflex(),
                                 QString(QChar(0x0301)),
                                 devanagariKshi(),
                                 thaiNam(),
                                 QString(QChar(0x200D)),
                                 QString(QChar(0x00A0)),
                                 QString(QChar(0x200B)),
                                 QStringLiteral("\t"),
                                 QString(QChar(0xD83D)),
                                 QString(QChar(0xDE00)),
                                 QString(12, QChar(0x0301))};
        QRandomGenerator random(20261212);
        int gsm = 0;
        int split = 0;
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const bool gsmOnly = round % 3 == 0;
            const int count = int(random.bounded(1, 260));
            for (int i = 0; i < count; ++i)
                text += pieces.at(int(random.bounded(gsmOnly ? 8 : int(pieces.size()))));
            const SmsInfo info = analyzeSms(text);
            gsm += info.encoding == SmsInfo::Encoding::Gsm7;
            split += info.segments > 1;
            QCOMPARE(cctest::smsSegmentTexts(text, info).join(QString()), text);
            const QString problem = cctest::smsSegmentsProblem(text, info);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1 in round %2").arg(problem).arg(round)));
        }
        QVERIFY(gsm > 500 && gsm < 2500); // both encodings, one SMS and several, were tried
        QVERIFY(split > 1000);
    }

    void firstForcingCharacter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("character");
        QTest::addColumn<int>("position");
        QTest::addColumn<uint>("codePoint");

        QTest::newRow("GSM-7: none") << QStringLiteral("Hello [world] ~ €5") << QString() << -1 << 0u;
        QTest::newRow("first of several")
            << QString::fromUtf8("Hi \xD0\xB6 and \xF0\x9F\x98\x80") << QString::fromUtf8("\xD0\xB6") << 3 << 0x436u;
        QTest::newRow("emoji: the whole surrogate pair")
            << QStringLiteral("Hi ") + emoji() + QString(QChar(0x0436)) << emoji() << 3 << 0x1F600u;
        QTest::newRow("curly quote") << QString::fromUtf8("It\xE2\x80\x99s on") << QString::fromUtf8("\xE2\x80\x99")
                                     << 2 << 0x2019u;
        QTest::newRow("at the start") << QString::fromUtf8("çà") << QString::fromUtf8("ç") << 0 << 0xE7u;
        QTest::newRow("skin-tone emoji: the whole character")
            << QStringLiteral("OK ") + thumbsUpMediumSkin() + QStringLiteral("!") << thumbsUpMediumSkin() << 3
            << 0x1F44Du;
        QTest::newRow("flag: both regional indicators")
            << QStringLiteral("Go ") + flagFrance() << flagFrance() << 3 << 0x1F1EBu;
        QTest::newRow("keycap: from its GSM-7 base")
            << QStringLiteral("Press ") + keycapHash() << keycapHash() << 6 << 0xFE0Fu;
        QTest::newRow("decomposed accent: from its GSM-7 base")
            << QStringLiteral("Caf") + u("e\xCC\x81") << u("e\xCC\x81") << 3 << 0x301u;
        QTest::newRow("no-break space") << QStringLiteral("10") + QChar(0xA0) + QStringLiteral("EUR")
                                        << QString(QChar(0xA0)) << 2 << 0xA0u;
        QTest::newRow("lone surrogate") << QStringLiteral("ab") + QChar(0xDE00) << QString(QChar(0xDE00)) << 2
                                        << 0xDE00u;
    }

    void firstForcingCharacter()
    {
        QFETCH(QString, text);
        QFETCH(QString, character);
        QFETCH(int, position);
        QFETCH(uint, codePoint);

        const SmsInfo info = analyzeSms(text);
        QCOMPARE(info.firstUcs2Character, character);
        QCOMPARE(info.firstUcs2Position, position);
        QCOMPARE(uint(info.firstUcs2CodePoint), codePoint);
    }

    // Without a translator the English plural is the catalogue's "character(s)": the test looks past it.
    void summaryNamesCountEncodingAndCause_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("summary");

        QTest::newRow("GSM-7, two SMS") << a(161) << QStringLiteral("161 * · GSM-7: 161 of 306 septets · 2 SMS");
        QTest::newRow("GSM-7, an escape counts two septets")
            << QStringLiteral("[a]") << QStringLiteral("3 * · GSM-7: 5 of 160 septets · 1 SMS");
        QTest::newRow("empty") << QString() << QStringLiteral("0 * · GSM-7: 0 of 160 septets · 0 SMS");
        QTest::newRow("UCS-2 because of an emoji")
            << QStringLiteral("Hi ") + emoji()
            << QStringLiteral("4 * · UCS-2 (because of “") + emoji() + QStringLiteral("”): 5 of 70 code units · 1 SMS");
        // Characters as seen, units as sent: a family is one character of eleven units.
        QTest::newRow("UCS-2, a family is one character") << zhe(60) + family()
                                                          << QStringLiteral("61 * · UCS-2 (because of “") + zhe(1) +
                                                                 QStringLiteral("”): 71 of 134 code units · 2 SMS");
    }

    void summaryNamesCountEncodingAndCause()
    {
        QFETCH(QString, text);
        QFETCH(QString, summary);

        const QString shown = analyzeSms(text).summary();
        const QRegularExpression expected(QRegularExpression::anchoredPattern(
            QRegularExpression::escape(summary).replace(QStringLiteral("\\*"), QStringLiteral("character\\S*"))));
        QVERIFY2(expected.match(shown).hasMatch(), qPrintable(shown));
    }

    // A character that shows as nothing is named by its code point and Unicode name, never put
    // between quotes as a blank; a mark is named with the character it is part of.
    void summaryNamesWhatCannotBeSeen_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cause");

        const QString hello = QStringLiteral("Hello");
        QTest::newRow("no-break space") << QStringLiteral("10") + QChar(0xA0) + QStringLiteral("EUR")
                                        << QStringLiteral("because of U+00A0 NO-BREAK SPACE)");
        QTest::newRow("tab") << hello + QStringLiteral("\tworld")
                             << QStringLiteral("because of U+0009 CHARACTER TABULATION)");
        QTest::newRow("zero-width space")
            << hello + QChar(0x200B) << QStringLiteral("because of U+200B ZERO WIDTH SPACE)");
        QTest::newRow("narrow no-break space") << QStringLiteral("Oui") + QChar(0x202F) + QStringLiteral("!")
                                               << QStringLiteral("because of U+202F NARROW NO-BREAK SPACE)");
        QTest::newRow("word joiner") << hello + QChar(0x2060) << QStringLiteral("because of U+2060 WORD JOINER)");
        QTest::newRow("byte order mark") << QChar(0xFEFF) + hello
                                         << QStringLiteral("because of U+FEFF ZERO WIDTH NO-BREAK SPACE)");
        QTest::newRow("soft hyphen") << QStringLiteral("co") + QChar(0xAD) + QStringLiteral("op")
                                     << QStringLiteral("because of U+00AD SOFT HYPHEN)");
        QTest::newRow("right-to-left override")
            << hello + QChar(0x202E) << QStringLiteral("because of U+202E RIGHT-TO-LEFT OVERRIDE)");
        QTest::newRow("lone high surrogate") << hello + QChar(0xD83D) << QStringLiteral("because of U+D83D)");
        QTest::newRow("lone low surrogate") << QChar(0xDE00) + hello << QStringLiteral("because of U+DE00)");
        QTest::newRow("private use") << hello + QChar(0xE000) << QStringLiteral("because of U+E000)");
        QTest::newRow("ideographic space, not in the table's spaces")
            << hello + QChar(0x3000) << QStringLiteral("because of U+3000 IDEOGRAPHIC SPACE)");
        QTest::newRow("a combining mark with no letter")
            << QStringLiteral("\n") + QChar(0x0301) << QStringLiteral("because of U+0301 COMBINING ACUTE ACCENT)");
        QTest::newRow("zero width joiner after a GSM-7 letter")
            << QStringLiteral("a") + QChar(0x200D)
            << QStringLiteral("because of U+200D ZERO WIDTH JOINER in “a") + QChar(0x200D) + QStringLiteral("”)");
        QTest::newRow("decomposed accent")
            << QStringLiteral("Caf") + u("e\xCC\x81")
            << QStringLiteral("because of U+0301 COMBINING ACUTE ACCENT in “") + u("e\xCC\x81") + QStringLiteral("”)");
        QTest::newRow("keycap") << QStringLiteral("Press ") + keycapHash()
                                << QStringLiteral("because of U+FE0F VARIATION SELECTOR-16 in “") + keycapHash() +
                                       QStringLiteral("”)");
        QTest::newRow("a visible character is quoted")
            << QStringLiteral("Go ") + flagFrance()
            << QStringLiteral("because of “") + flagFrance() + QStringLiteral("”)");
    }

    void summaryNamesWhatCannotBeSeen()
    {
        QFETCH(QString, text);
        QFETCH(QString, cause);

        const QString summary = analyzeSms(text).summary();
        QVERIFY2(summary.contains(cause), qPrintable(summary));
        QVERIFY2(!summary.contains(QStringLiteral("“”")) && !summary.contains(QStringLiteral("“ ”")),
                 qPrintable(summary));
        QVERIFY2(!summary.contains(QLatin1Char('%')), qPrintable(summary));
    }

    // User-perceived characters, as Qt finds them, and whole next to the scripts Qt tailors (where
    // Qt 6.4 itself cuts an emoji, a flag and even a surrogate pair into pieces).
    void characterBoundaries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("characters");

        const QString namaste = u("\xE0\xA4\xA8\xE0\xA4\xAE\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x87"); // नमस्ते
        const QString namasteCharacters[] = {u("\xE0\xA4\xA8"), u("\xE0\xA4\xAE"),
                                             u("\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x87")};
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("emoji and flags") << thumbsUpMediumSkin() + flagFrance() + flagFrance() + family()
                                         << QStringList{thumbsUpMediumSkin(), flagFrance(), flagFrance(), family()};
        QTest::newRow("odd regional indicators pair from the start")
            << flagFrance() + u("\xF0\x9F\x87\xAB") << QStringList{flagFrance(), u("\xF0\x9F\x87\xAB")};
        QTest::newRow("keycap and accents") << keycapHash() + eAcuteCircumflex() + QStringLiteral("\r\n")
                                            << QStringList{keycapHash(), eAcuteCircumflex(), QStringLiteral("\r\n")};
        QTest::newRow("Devanagari conjunct") << devanagariKshi() << QStringList{devanagariKshi()};
        QTest::newRow("Devanagari word") << namaste
                                         << QStringList(std::begin(namasteCharacters), std::end(namasteCharacters));
        QTest::newRow("Thai") << thaiNam() + thaiNam() << QStringList{thaiNam(), thaiNam()};
        QTest::newRow("emoji after Thai") << thaiNam() + thumbsUpMediumSkin() + flagFrance() + keycapHash()
                                          << QStringList{thaiNam(), thumbsUpMediumSkin(), flagFrance(), keycapHash()};
        QTest::newRow("emoji before and after Devanagari")
            << family() + devanagariKshi() + flagFrance() + emoji()
            << QStringList{family(), devanagariKshi(), flagFrance(), emoji()};
        QTest::newRow("accent after Devanagari")
            << devanagariKshi() + eAcuteCircumflex() << QStringList{devanagariKshi(), eAcuteCircumflex()};
        QTest::newRow("emoji after Khmer, Tibetan and Myanmar")
            << u("\xE1\x9E\x80\xE1\x9F\x92\xE1\x9E\x80") + thumbsUpMediumSkin() + u("\xE0\xBD\x80\xE0\xBD\xB1") +
                   flagFrance() + u("\xE1\x80\x80") + emoji()
            << QStringList{u("\xE1\x9E\x80\xE1\x9F\x92\xE1\x9E\x80"),
                           thumbsUpMediumSkin(),
                           u("\xE0\xBD\x80\xE0\xBD\xB1"),
                           flagFrance(),
                           u("\xE1\x80\x80"),
                           emoji()};
        QTest::newRow("lone surrogates stand alone")
            << QString(QChar(0xDE00)) + QChar(0xD83D) + QStringLiteral("a")
            << QStringList{QString(QChar(0xDE00)), QString(QChar(0xD83D)), QStringLiteral("a")};
    }

    void characterBoundaries()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, characters);

        const QVector<int> bounds = cc::characterBoundaries(text);
        QStringList found;
        for (qsizetype i = 1; i < bounds.size(); ++i)
            found << text.mid(bounds.at(i - 1), bounds.at(i) - bounds.at(i - 1));
        QCOMPARE(found, characters);
        QCOMPARE(analyzeSms(text).characters, characters.size());
    }

    // One naming for the whole console: what the form refuses in a name and what forces UCS-2.
    void characterNames()
    {
        QCOMPARE(CharacterNames::describe(0xA0), QStringLiteral("U+00A0 NO-BREAK SPACE"));
        QCOMPARE(CharacterNames::describe(0x1B), QStringLiteral("U+001B ESCAPE"));
        QCOMPARE(CharacterNames::describe(0x9B), QStringLiteral("U+009B CONTROL SEQUENCE INTRODUCER"));
        QCOMPARE(CharacterNames::describe(0x7F), QStringLiteral("U+007F DELETE"));
        QCOMPARE(CharacterNames::describe(0x202E), QStringLiteral("U+202E RIGHT-TO-LEFT OVERRIDE"));
        QCOMPARE(CharacterNames::describe(0xE0001), QStringLiteral("U+E0001 LANGUAGE TAG"));
        QCOMPARE(CharacterNames::describe(0x1F600), QStringLiteral("U+1F600")); // not in the table: the code alone
        QCOMPARE(CharacterNames::describe(0x41), QStringLiteral("U+0041"));
        QCOMPARE(CharacterNames::name(0x10FFFF), nullptr);

        for (const char32_t c : {0x09u, 0xA0u, 0xADu, 0x200Bu, 0x200Du, 0x2060u, 0xFEFFu, 0xFE0Fu, 0x3164u, 0xD800u,
                                 0xDFFFu, 0xE000u, 0x2028u, 0x0378u /* unassigned */})
            QVERIFY2(CharacterNames::isInvisible(c), qPrintable(CharacterNames::describe(c)));
        for (const char32_t c : {0x20u, 0x41u, 0x436u, 0x1F600u, 0x301u, 0x20ACu, 0x1F1EBu})
            QVERIFY2(!CharacterNames::isInvisible(c), qPrintable(CharacterNames::describe(c)));
    }
};

QTEST_GUILESS_MAIN(TestSmsText)
#include "tst_smstext.moc"
