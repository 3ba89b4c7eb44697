#include "messaging/CharacterNames.h"
#include "messaging/PhoneNumbers.h"

#include <QtTest/QtTest>

using namespace cc;

// Numbers from ranges kept for fiction (Ofcom's 020 7946 0xxx, NANP 555-01xx, ARCEP 01 99 00 xx xx,
// ACMA 0491 570 xxx): never a real subscriber.
class TestPhoneNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // libphonenumber is loaded with the first number checked, not with the program (it took ~2 ms
    // of every start-up); a short code or a malformed input does not need it either.
    void libphonenumberLoadsWithTheFirstNumber()
    {
        const auto loaded = [] {
            QFile maps(QStringLiteral("/proc/self/maps"));
            return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libphonenumber.so");
        };
        QVERIFY(!loaded());
        QVERIFY(PhoneNumbers::check(QStringLiteral("12345"), true).ok);
        QVERIFY(!PhoneNumbers::check(QStringLiteral("+33 a"), false).ok);
        QVERIFY(!loaded());
        const PhoneNumbers::Check c = PhoneNumbers::check(QStringLiteral("+33 1 99 00 00 00"), false);
        QVERIFY2(c.ok, qPrintable(c.problem));
        QCOMPARE(c.normalized, QStringLiteral("+33199000000"));
        QVERIFY(loaded());
    }

    void check_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("allowShortCode");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("isShortCode");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("problemMentions"); // a piece the problem must contain, when not ok

        const QString none;
        QTest::newRow("US, E.164") << QStringLiteral("+12025550143") << false << true << false
                                   << QStringLiteral("+12025550143") << none;
        QTest::newRow("US, brackets and dashes")
            << QStringLiteral("+1 (202) 555-0143") << false << true << false << QStringLiteral("+12025550143") << none;
        QTest::newRow("US, dots") << QStringLiteral("+1 202.555.0143") << false << true << false
                                  << QStringLiteral("+12025550143") << none;
        QTest::newRow("UK drama range landline")
            << QStringLiteral("+44 20 7946 0123") << false << true << false << QStringLiteral("+442079460123") << none;
        QTest::newRow("UK with the national 0 in brackets") << QStringLiteral(" +44 (0)20 7946 0123 ") << false << true
                                                            << false << QStringLiteral("+442079460123") << none;
        QTest::newRow("France, fiction range")
            << QStringLiteral("+33 1 99 00 00 00") << false << true << false << QStringLiteral("+33199000000") << none;
        QTest::newRow("France, mobile spacing")
            << QStringLiteral("+33 6 00 00 00 00") << false << true << false << QStringLiteral("+33600000000") << none;
        QTest::newRow("Australia, fiction range")
            << QStringLiteral("+61 491 570 156") << false << true << false << QStringLiteral("+61491570156") << none;

        // libphonenumber (8.12) does not list the UK drama mobile range as allocated: it is refused.
        QTest::newRow("UK drama mobile range is not a valid number")
            << QStringLiteral("+447700900123") << false << false << false << QString() << QStringLiteral("+44");
        QTest::newRow("no + : asks for the country code")
            << QStringLiteral("2025550143") << false << false << false << QString() << QStringLiteral("+33");
        QTest::newRow("national form: asks for the country code")
            << QStringLiteral("01 99 00 00 00") << true << false << false << QString() << QStringLiteral("+33");
        QTest::newRow("empty") << QString() << true << false << false << QString() << QStringLiteral("+");
        QTest::newRow("letters refused") << QStringLiteral("+1 202 555 CALL") << false << false << false << QString()
                                         << QString::fromUtf8("“C”");
        QTest::newRow("extension refused") << QStringLiteral("+1 202 555 0143 ext 2") << false << false << false
                                           << QString() << QString::fromUtf8("“e”");
        QTest::newRow("a second + refused")
            << QStringLiteral("+1+2025550143") << false << false << false << QString() << QString::fromUtf8("“+”");
        // What cannot be seen is named, with where it is; what can is quoted whole.
        QTest::newRow("zero-width space named")
            << QStringLiteral("+1 202") + QChar(0x200B) + QStringLiteral("555 0143") << false << false << false
            << QString() << QStringLiteral("U+200B ZERO WIDTH SPACE (at position 7)");
        QTest::newRow("word joiner after leading spaces")
            << QStringLiteral("  +1 202") + QChar(0x2060) + QStringLiteral("5550143") << false << false << false
            << QString() << QStringLiteral("U+2060 WORD JOINER (at position 9)");
        QTest::newRow("byte order mark before the +")
            << QChar(0xFEFF) + QStringLiteral("+12025550143") << false << false << false << QString()
            << QStringLiteral("U+FEFF ZERO WIDTH NO-BREAK SPACE (at position 1)");
        QTest::newRow("combining mark on a digit")
            << QStringLiteral("+1 2") + QChar(0x0301) + QStringLiteral("02 555 0143") << false << false << false
            << QString() << QStringLiteral("U+0301 COMBINING ACUTE ACCENT (at position 5)");
        QTest::newRow("lone surrogate") << QStringLiteral("+1 202 ") + QChar(0xDE00) << false << false << false
                                        << QString() << QStringLiteral("U+DE00 (at position 8)");
        QTest::newRow("emoji quoted whole")
            << QStringLiteral("+1 202 555 ") + QString::fromUtf8("\xF0\x9F\x98\x80") << false << false << false
            << QString() << QString::fromUtf8("“\xF0\x9F\x98\x80”");
        QTest::newRow("unknown country code") << QStringLiteral("+999 123 4567") << false << false << false << QString()
                                              << QStringLiteral("country code");
        QTest::newRow("too short for its country")
            << QStringLiteral("+1 202 555 014") << false << false << false << QString() << QStringLiteral("+1");
        QTest::newRow("too long for its country")
            << QStringLiteral("+1 202 555 01433") << false << false << false << QString() << QStringLiteral("+1");
        QTest::newRow("only a +") << QStringLiteral("+") << false << false << false << QString()
                                  << QStringLiteral("short");

        QTest::newRow("short code allowed")
            << QStringLiteral("12345") << true << true << true << QStringLiteral("12345") << none;
        QTest::newRow("short code with a space")
            << QStringLiteral("123 45") << true << true << true << QStringLiteral("12345") << none;
        QTest::newRow("3-digit short code")
            << QStringLiteral("555") << true << true << true << QStringLiteral("555") << none;
        QTest::newRow("8-digit short code")
            << QStringLiteral("12345678") << true << true << true << QStringLiteral("12345678") << none;
        QTest::newRow("2 digits is no short code")
            << QStringLiteral("12") << true << false << false << QString() << QStringLiteral("3");
        QTest::newRow("9 digits is no short code")
            << QStringLiteral("123456789") << true << false << false << QString() << QStringLiteral("8");
        QTest::newRow("short code not allowed here")
            << QStringLiteral("12345") << false << false << false << QString() << QStringLiteral("+33");
    }

    void check()
    {
        QFETCH(QString, input);
        QFETCH(bool, allowShortCode);
        QFETCH(bool, ok);
        QFETCH(bool, isShortCode);
        QFETCH(QString, normalized);
        QFETCH(QString, problemMentions);

        const PhoneNumbers::Check c = PhoneNumbers::check(input, allowShortCode);
        QVERIFY2(c.ok == ok, qPrintable(c.problem));
        QCOMPARE(c.isShortCode, isShortCode);
        QCOMPARE(c.normalized, normalized);
        QCOMPARE(c.problem.isEmpty(), ok);
        if (!ok)
            QVERIFY2(c.problem.contains(problemMentions), qPrintable(c.problem));
        // Never a blank between quotes, a lone surrogate or an invisible character in what is shown.
        for (const char32_t shown : c.problem.toUcs4())
            QVERIFY2(!CharacterNames::showsAsNothing(shown) || shown == 0x20, qPrintable(c.problem));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
