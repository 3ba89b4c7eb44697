#include "LanguageMenu.h"

#include "Translator.h"

#include <QActionGroup>
#include <QEvent>

namespace cc {

namespace {
// Each language's name in that language, so that anyone finds their own whatever is shown now:
// these are never translated.
QString nativeName(const QString &language)
{
    if (language == QLatin1String("fr"))
        return QStringLiteral(u"Français");
    if (language == QLatin1String("nl"))
        return QStringLiteral("Nederlands");
    return QStringLiteral("English");
}
} // namespace

LanguageMenu::LanguageMenu(Translator *translator, QWidget *parent)
    : QMenu(parent)
    , m_translator(translator)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    for (const QString &language : Translator::supportedLanguages()) {
        QAction *action = addAction(nativeName(language));
        action->setObjectName(QStringLiteral("language_") + language);
        action->setData(language);
        action->setCheckable(true);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
    }
    retranslateUi();
    updateChecks();
}

QAction *LanguageMenu::actionFor(const QString &language) const
{
    for (QAction *action : m_group->actions()) {
        if (action->data().toString() == language)
            return action;
    }
    return nullptr;
}

void LanguageMenu::choose(const QString &language)
{
    // Installing the catalogues sends LanguageChange to every window, which retranslates itself.
    if (language != m_translator->language())
        m_translator->apply(language);
    Translator::savePreferredLanguage(language);
    updateChecks();
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Another menu or the command line may have switched the language.
        updateChecks();
    }
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
}

void LanguageMenu::updateChecks()
{
    if (QAction *current = actionFor(m_translator->language()))
        current->setChecked(true);
}

} // namespace cc
