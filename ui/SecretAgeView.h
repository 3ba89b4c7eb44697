#pragma once

#include <QMenu>
#include <QStyledItemDelegate>

class QActionGroup;

namespace cc {

// The list's secret age column: a credential whose secrets are older than the limit
// (CredentialListModel::SecretsTooOldRole) is shown in StatusLook's warning colour with its icon;
// its text says it too ("120 days: older than 90 days"), never the colour alone.
class SecretAgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

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
