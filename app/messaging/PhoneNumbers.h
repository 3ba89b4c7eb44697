#pragma once

#include <QCoreApplication>
#include <QString>

namespace cc {

// Phone numbers through libphonenumber, never a hand-made pattern.
class PhoneNumbers
{
    Q_DECLARE_TR_FUNCTIONS(cc::PhoneNumbers)

public:
    struct Check
    {
        bool ok = false;
        bool isShortCode = false;
        QString normalized;    // E.164 (+CCNNN...) or the short code's digits
        QString problem;       // translated; what is wrong and what is expected (without the field's name)
        bool checkable = true; // false when the phone number plug-in is missing: nothing is known of the number
    };

    // A valid number in E.164 form (a leading + and the country code; spaces, dots, dashes and
    // brackets tolerated), or, when allowShortCode, a short code (3 to 8 digits).
    static Check check(const QString &input, bool allowShortCode);

    // The example number every placeholder and message shows: in a range set aside for fiction.
    static QString example();

    // Another folder to look for the plug-in in, after the installed place and the build's place
    // beside the program: for programs that do not sit beside it (tests). Before the first check.
    static void addModuleDirectory(const QString &directory);
};

} // namespace cc
