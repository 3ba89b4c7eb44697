#include "SecretAgeView.h"

#include "ConsoleSettings.h"
#include "domain/SecretAge.h"

#include <QActionGroup>
#include <QEvent>

#include <algorithm>

namespace cc {

namespace {
constexpr int kChoices[] = {SecretAge::kNoLimit, 30, 60, 90, 180, 365};
} // namespace

int SecretAgeMenu::savedLimit()
{
    return std::max(SecretAge::kNoLimit,
                    ConsoleSettings::open()->value(QLatin1String(kSettingsKey), SecretAge::kNoLimit).toInt());
}

SecretAgeMenu::SecretAgeMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("secretAgeMenu"));
    const int saved = savedLimit();
    for (int days : kChoices) {
        QAction *a = addAction(QString());
        a->setCheckable(true);
        a->setData(days);
        a->setChecked(days == saved);
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [this, days] { choose(days); });
    }
    retranslateUi();
}

QAction *SecretAgeMenu::actionFor(int days) const
{
    for (QAction *a : m_group->actions()) {
        if (a->data().toInt() == days)
            return a;
    }
    return nullptr;
}

void SecretAgeMenu::choose(int days)
{
    ConsoleSettings::open()->setValue(QLatin1String(kSettingsKey), days);
    Q_EMIT limitChanged(days);
}

void SecretAgeMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void SecretAgeMenu::retranslateUi()
{
    setTitle(tr("&Flag old secrets"));
    for (QAction *a : m_group->actions()) {
        const int days = a->data().toInt();
        a->setText(days == SecretAge::kNoLimit ? tr("&Off") : tr("Older than %n day(s)", nullptr, days));
    }
}

} // namespace cc
