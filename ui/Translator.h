#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace cc {

// Picks and installs the user-interface language: ours and Qt's own catalogues (qtbase).
class Translator : public QObject
{
    Q_OBJECT

public:
    explicit Translator(QObject *parent = nullptr);

    static QStringList supportedLanguages(); // en, fr, nl
    // The first of the system's UI languages we ship, else English.
    static QString systemLanguage();
    // The saved choice, else the system's.
    static QString preferredLanguage();
    static void savePreferredLanguage(const QString &language);

    // Installs the catalogues of the language; every widget then gets a LanguageChange event.
    bool apply(const QString &language);
    QString language() const { return m_language; }

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
};

} // namespace cc
