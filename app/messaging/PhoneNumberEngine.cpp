#include "PhoneNumberEngine.h"

#include <phonenumbers/phonenumberutil.h>

#include <cstring>
#include <string>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

extern "C" __attribute__((visibility("default"))) int cc_phone_check(const char *e164, int *countryCode,
                                                                     char *formatted, int formattedSize)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    switch (util->Parse(e164, "ZZ", &number)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return CcPhoneUnknownCountry;
    case PhoneNumberUtil::TOO_LONG_NSN:
        return CcPhoneTooLongToParse;
    default:
        return CcPhoneTooShortToParse;
    }
    *countryCode = number.country_code();
    if (!util->IsValidNumber(number)) {
        switch (util->IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            return CcPhoneUnknownCountry;
        case PhoneNumberUtil::TOO_SHORT:
            return CcPhoneTooShort;
        case PhoneNumberUtil::TOO_LONG:
            return CcPhoneTooLong;
        default:
            return CcPhoneInvalid;
        }
    }
    std::string text;
    util->Format(number, PhoneNumberUtil::E164, &text);
    if (int(text.size()) >= formattedSize)
        return CcPhoneTooLongToParse;
    std::memcpy(formatted, text.c_str(), text.size() + 1);
    return CcPhoneValid;
}
