// Phone numbers when the plug-in that holds libphonenumber is missing (a broken installation): this
// test builds PhoneNumbers.cpp again, told to look for the plug-in where it is not.
#include "messaging/PhoneNumbers.h"

#include <QtTest/QtTest>

using namespace cc;

class TestPhoneNumbersMissing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The number is not called invalid: the problem names the missing part and says to reinstall, and
    // the check says it could not be made (the command line then exits 1, not 6).
    void aMissingPlugInIsNoFaultOfTheNumber()
    {
        const PhoneNumbers::Check c = PhoneNumbers::check(QStringLiteral("+33 1 99 00 00 00"), false);
        QVERIFY(!c.ok);
        QVERIFY(!c.checkable);
        QVERIFY2(c.problem.contains(QStringLiteral("channel-console-phonenumbers.so")), qPrintable(c.problem));
        QVERIFY2(c.problem.contains(QStringLiteral("Reinstall")), qPrintable(c.problem));
    }

    // What needs no library still works: short codes, and the rule of the + and the country code.
    void whatNeedsNoLibraryStillWorks()
    {
        QVERIFY(PhoneNumbers::check(QStringLiteral("12345"), true).ok);
        const PhoneNumbers::Check local = PhoneNumbers::check(QStringLiteral("01 99 00 00 00"), false);
        QVERIFY(!local.ok);
        QVERIFY(local.checkable);
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumbersMissing)
#include "tst_phonenumbers_missing.moc"
