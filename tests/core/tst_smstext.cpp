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
    // A Cyrillic letter: one UTF-16 unit, outside GSM-7.
    static QString zhe(int n) { return rep(QString(QChar(0x0436)), n); }
    static QString emoji() { return QString::fromUtf8("\xF0\x9F\x98\x80"); } // U+1F600, a surrogate pair

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
            << a(152) + QStringLiteral("{") + rep(QStringLiteral("b"), 10) << true << 163 << 164 << 2 << 153 << 141;
        QTest::newRow("escape pair at a boundary costs a third segment")
            << a(152) + QStringLiteral("{") + rep(QStringLiteral("b"), 152) << true << 305 << 306 << 3 << 153 << 152;
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
    }

    void firstForcingCharacter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("character");
        QTest::addColumn<int>("position");

        QTest::newRow("GSM-7: none") << QStringLiteral("Hello [world] ~ €5") << QString() << -1;
        QTest::newRow("first of several")
            << QString::fromUtf8("Hi \xD0\xB6 and \xF0\x9F\x98\x80") << QString::fromUtf8("\xD0\xB6") << 3;
        QTest::newRow("emoji: the whole surrogate pair")
            << QStringLiteral("Hi ") + emoji() + QString(QChar(0x0436)) << emoji() << 3;
        QTest::newRow("curly quote") << QString::fromUtf8("It\xE2\x80\x99s on") << QString::fromUtf8("\xE2\x80\x99")
                                     << 2;
        QTest::newRow("at the start") << QString::fromUtf8("çà") << QString::fromUtf8("ç") << 0;
    }

    void firstForcingCharacter()
    {
        QFETCH(QString, text);
        QFETCH(QString, character);
        QFETCH(int, position);

        const SmsInfo info = analyzeSms(text);
        QCOMPARE(info.firstUcs2Character, character);
        QCOMPARE(info.firstUcs2Position, position);
    }

    void summaryNamesCountEncodingAndCause()
    {
        const QString gsm = analyzeSms(a(161)).summary();
        QVERIFY2(gsm.contains(QStringLiteral("161")), qPrintable(gsm));
        QVERIFY2(gsm.contains(QStringLiteral("GSM-7")), qPrintable(gsm));
        QVERIFY2(gsm.contains(QStringLiteral("2 SMS")), qPrintable(gsm));
        QVERIFY2(!gsm.contains(QStringLiteral("%")), qPrintable(gsm));

        const QString ucs2 = analyzeSms(QStringLiteral("Hi ") + emoji()).summary();
        QVERIFY2(ucs2.contains(QStringLiteral("UCS-2")), qPrintable(ucs2));
        QVERIFY2(ucs2.contains(emoji()), qPrintable(ucs2));
        QVERIFY2(ucs2.contains(QStringLiteral("1 SMS")), qPrintable(ucs2));
        QVERIFY2(!ucs2.contains(QStringLiteral("%")), qPrintable(ucs2));
    }
};

QTEST_GUILESS_MAIN(TestSmsText)
#include "tst_smstext.moc"
