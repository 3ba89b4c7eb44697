#pragma once

// The part of PhoneNumbers that needs libphonenumber, built as a plug-in of its own
// (channel-console-phonenumbers) that PhoneNumbers loads when it first checks a number:
// libphonenumber, protobuf and abseil took ~2 ms of every start-up to load, for numbers that are
// checked only in a form or a test-send. A C function, so that the plug-in and the program share no
// C++ types.

extern "C" {

enum CcPhoneVerdict {
    CcPhoneValid = 0,       // formatted holds the number in E.164
    CcPhoneUnknownCountry,  // no known country code after the +
    CcPhoneTooLongToParse,  // longer than any number
    CcPhoneTooShortToParse, // shorter than any number
    CcPhoneTooShort,        // parsed, but too short for its country (countryCode says which)
    CcPhoneTooLong,         // parsed, but too long for its country
    CcPhoneInvalid,         // parsed, the right length, but not a number of its country
};

// e164: '+' and digits. formatted: formattedSize bytes, written NUL-terminated when valid.
using CcPhoneCheck = int (*)(const char *e164, int *countryCode, char *formatted, int formattedSize);
#define CC_PHONE_CHECK_SYMBOL "cc_phone_check"
}
