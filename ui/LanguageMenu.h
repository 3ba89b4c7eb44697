#pragma once

#include <QMenu>

class QActionGroup;

namespace cc {

class Translator;

// The "Language" menu: switches the user-interface language at run time and remembers the choice.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(Translator *translator, QWidget *parent = nullptr);

    // The action that selects a language code ("en", "fr", "nl"), or null.
    QAction *actionFor(const QString &language) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose(const QString &language);
    void retranslateUi();
    void updateChecks();

    Translator *m_translator;
    QActionGroup *m_group;
};

} // namespace cc
