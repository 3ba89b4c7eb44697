#include "PhoneNumbers.h"

#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace cc {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr int kShortCodeMin = 3;
constexpr int kShortCodeMax = 8;

bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('(') ||
           c == QLatin1Char(')');
}

} // namespace

PhoneNumbers::Check PhoneNumbers::check(const QString &input, bool allowShortCode)
{
    Check result;
    const QString text = input.trimmed();
    const bool hasPlus = text.startsWith(QLatin1Char('+'));

    // Only digits and the separators people type; libphonenumber alone would also take letters
    // (vanity numbers) and extensions, which an SMS number cannot have.
    QString digits;
    for (const QChar c : text.mid(hasPlus ? 1 : 0)) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digits.append(c);
        } else if (!isSeparator(c)) {
            result.problem = tr("Use only digits after the + (spaces, dots, dashes and brackets may separate them); "
                                "“%1” is not allowed.")
                                 .arg(c);
            return result;
        }
    }

    if (!hasPlus) {
        if (allowShortCode && digits.size() >= kShortCodeMin && digits.size() <= kShortCodeMax) {
            result.ok = true;
            result.isShortCode = true;
            result.normalized = digits;
            return result;
        }
        result.problem = allowShortCode
                             ? tr("Start with + and the country code, for example +33 1 99 00 00 00, or enter a short "
                                  "code of %1 to %2 digits.")
                                   .arg(kShortCodeMin)
                                   .arg(kShortCodeMax)
                             : tr("Start with + and the country code, for example +33 1 99 00 00 00.");
        return result;
    }

    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string e164Input = QString(QLatin1Char('+') + digits).toStdString();
    switch (util->Parse(e164Input, "ZZ", &number)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        result.problem = tr("The digits after the + do not start with a known country code; check them.");
        return result;
    case PhoneNumberUtil::TOO_LONG_NSN:
        result.problem = tr("This number is too long; enter +, the country code and the number, nothing more.");
        return result;
    default:
        result.problem = tr("This number is too short; enter +, the country code and the whole number.");
        return result;
    }

    if (!util->IsValidNumber(number)) {
        const QString code = QString::number(number.country_code());
        switch (util->IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            result.problem = tr("The digits after the + do not start with a known country code; check them.");
            break;
        case PhoneNumberUtil::TOO_SHORT:
            result.problem = tr("This number is too short for country code +%1; check the digits.").arg(code);
            break;
        case PhoneNumberUtil::TOO_LONG:
            result.problem = tr("This number is too long for country code +%1; check the digits.").arg(code);
            break;
        default:
            result.problem = tr("This is not a valid number for country code +%1; check the digits.").arg(code);
            break;
        }
        return result;
    }

    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    result.ok = true;
    result.normalized = QString::fromStdString(formatted);
    return result;
}

} // namespace cc
