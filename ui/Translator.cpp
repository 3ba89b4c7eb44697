#include "Translator.h"

#include "ConsoleSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace cc {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

Translator::Translator(QObject *parent)
    : QObject(parent)
{
}

QStringList Translator::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("nl")};
}

QString Translator::systemLanguage()
{
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString language = QLocale(ui).name().section(QLatin1Char('_'), 0, 0);
        if (supportedLanguages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString Translator::preferredLanguage()
{
    const QString saved = ConsoleSettings::open()->value(kLanguageKey).toString();
    return supportedLanguages().contains(saved) ? saved : systemLanguage();
}

void Translator::savePreferredLanguage(const QString &language)
{
    ConsoleSettings::open()->setValue(kLanguageKey, language);
}

bool Translator::apply(const QString &language)
{
    if (!supportedLanguages().contains(language))
        return false;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    const bool ok = m_app.load(QStringLiteral(":/i18n/channelconsole_") + language);
    if (ok)
        QCoreApplication::installTranslator(&m_app);
    if (language != QLatin1String("en") &&
        m_qt.load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    // Numbers and dates follow the system's conventions when it speaks the same language (nl_BE stays
    // Belgian), else the chosen language's.
    const QLocale chosen(language);
    QLocale::setDefault(QLocale::system().language() == chosen.language() ? QLocale::system() : chosen);
    m_language = language;
    return ok;
}

} // namespace cc
