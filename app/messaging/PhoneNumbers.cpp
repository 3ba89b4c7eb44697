#include "PhoneNumbers.h"

#include "CharacterNames.h"
#include "PhoneNumberEngine.h"

#include <QCoreApplication>
#include <QLibrary>

namespace cc {

namespace {

QStringList &extraModuleDirectories()
{
    static QStringList directories;
    return directories;
}

// The plug-in: where the installed program finds it (CC_PHONE_MODULE_FROM_BINDIR, relative to the
// program), else where the build puts it beside the program, else in a folder a test named. No
// path of the build tree is compiled in.
CcPhoneCheck engine()
{
    static const CcPhoneCheck check = [] {
        const QString name = QStringLiteral(CC_PHONE_MODULE_NAME);
        QStringList candidates;
        if (QCoreApplication::instance()) {
            const QString programDir = QCoreApplication::applicationDirPath();
            candidates << programDir + QStringLiteral("/" CC_PHONE_MODULE_FROM_BINDIR)
                       << programDir + QStringLiteral("/lib/channel-console/") + name;
        }
        for (const QString &directory : std::as_const(extraModuleDirectories()))
            candidates << directory + QLatin1Char('/') + name;
        for (const QString &path : std::as_const(candidates)) {
            QLibrary library(path); // stays loaded: QLibrary unloads only when asked
            if (library.load())
                if (auto f = reinterpret_cast<CcPhoneCheck>(library.resolve(CC_PHONE_CHECK_SYMBOL)))
                    return f;
        }
        return CcPhoneCheck(nullptr);
    }();
    return check;
}

constexpr int kShortCodeMin = 3;
constexpr int kShortCodeMax = 8;

bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('(') ||
           c == QLatin1Char(')');
}

} // namespace

QString PhoneNumbers::example()
{
    return QStringLiteral("+33 1 99 00 00 00");
}

void PhoneNumbers::addModuleDirectory(const QString &directory)
{
    extraModuleDirectories() << directory;
}

PhoneNumbers::Check PhoneNumbers::check(const QString &input, bool allowShortCode)
{
    Check result;
    const QString text = input.trimmed();
    const bool hasPlus = text.startsWith(QLatin1Char('+'));

    // Only digits and the separators people type; libphonenumber alone would also take letters
    // (vanity numbers) and extensions, which an SMS number cannot have. A refused character is
    // quoted whole (an emoji is not cut in two), or named with its position when it cannot be seen
    // (a zero-width space or a word joiner pasted with the number).
    QString digits;
    const QStringView rest = QStringView(text).mid(hasPlus ? 1 : 0);
    int position = int(input.indexOf(text)) + (hasPlus ? 1 : 0); // in code points; leading blanks are BMP
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QChar c = rest.at(i);
        ++position;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digits.append(c);
            continue;
        }
        if (isSeparator(c))
            continue;
        const bool pair = c.isHighSurrogate() && i + 1 < rest.size() && rest.at(i + 1).isLowSurrogate();
        const char32_t code = pair ? QChar::surrogateToUcs4(c, rest.at(i + 1)) : c.unicode();
        result.problem = CharacterNames::showsAsNothing(code)
                             ? tr("Use only digits after the + (spaces, dots, dashes and brackets may separate "
                                  "them); remove the invisible character %1 (at position %2).")
                                   .arg(CharacterNames::describe(code))
                                   .arg(position)
                             : tr("Use only digits after the + (spaces, dots, dashes and brackets may separate "
                                  "them); “%1” is not allowed.")
                                   .arg(rest.mid(i, pair ? 2 : 1));
        return result;
    }

    if (!hasPlus) {
        if (allowShortCode && digits.size() >= kShortCodeMin && digits.size() <= kShortCodeMax) {
            result.ok = true;
            result.isShortCode = true;
            result.normalized = digits;
            return result;
        }
        result.problem = allowShortCode
                             ? tr("Start with + and the country code, for example %1, or enter a short code of %2 to "
                                  "%3 digits.")
                                   .arg(example())
                                   .arg(kShortCodeMin)
                                   .arg(kShortCodeMax)
                             : tr("Start with + and the country code, for example %1.").arg(example());
        return result;
    }

    const CcPhoneCheck checkNumber = engine();
    if (!checkNumber) {
        result.checkable = false;
        result.problem = tr("Phone numbers cannot be checked: a part of Channel Console is missing (%1). Reinstall "
                            "Channel Console.")
                             .arg(QStringLiteral(CC_PHONE_MODULE_NAME));
        return result;
    }
    int countryCode = 0;
    char formatted[32] = {};
    const QByteArray e164Input = QByteArray("+") + digits.toLatin1();
    switch (checkNumber(e164Input.constData(), &countryCode, formatted, int(sizeof formatted))) {
    case CcPhoneValid:
        result.ok = true;
        result.normalized = QString::fromLatin1(formatted);
        break;
    case CcPhoneUnknownCountry:
        result.problem = tr("The digits after the + do not start with a known country code; check them.");
        break;
    case CcPhoneTooLongToParse:
        result.problem = tr("This number is too long; enter +, the country code and the number, nothing more.");
        break;
    case CcPhoneTooShortToParse:
        result.problem = tr("This number is too short; enter +, the country code and the whole number.");
        break;
    case CcPhoneTooShort:
        result.problem = tr("This number is too short for country code +%1; check the digits.").arg(countryCode);
        break;
    case CcPhoneTooLong:
        result.problem = tr("This number is too long for country code +%1; check the digits.").arg(countryCode);
        break;
    default:
        result.problem = tr("This is not a valid number for country code +%1; check the digits.").arg(countryCode);
        break;
    }
    return result;
}

} // namespace cc
