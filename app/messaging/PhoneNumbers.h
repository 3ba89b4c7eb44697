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
};

} // namespace cc
