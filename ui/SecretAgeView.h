#pragma once

#include <QMenu>

class QActionGroup;

namespace cc {

// Tools › Flag old secrets: off (the default) or older than 30, 60, 90, 180 or 365 days; remembered in
// the console's settings (list/secretAgeLimitDays), where any other number of days is kept too.
class SecretAgeMenu : public QMenu
{
    Q_OBJECT

public:
    static constexpr const char *kSettingsKey = "list/secretAgeLimitDays";
    static int savedLimit();

    explicit SecretAgeMenu(QWidget *parent = nullptr);
    QAction *actionFor(int days) const;

Q_SIGNALS:
    void limitChanged(int days);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void choose(int days);

    QActionGroup *m_group;
};

} // namespace cc
