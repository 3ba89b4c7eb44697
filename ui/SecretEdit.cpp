#include "SecretEdit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc {

SecretEdit::SecretEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_toggle(new QToolButton(this))
    , m_problem(new QLabel(this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout;
    column->addLayout(layout);
    m_problem->setObjectName(QStringLiteral("revealProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    column->addWidget(m_problem);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setObjectName(QStringLiteral("secret"));
    // No completion, no clipboard history from the input method.
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_toggle->setObjectName(QStringLiteral("showSecret"));
    m_toggle->setCheckable(true);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_toggle);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_changed = true;
        setRevealFailed(QString());
        Q_EMIT edited();
    });
    connect(m_toggle, &QToolButton::toggled, this, &SecretEdit::setShown);
    retranslateUi();
}

void SecretEdit::setStored(bool stored)
{
    m_stored = stored;
    retranslateUi();
}

QString SecretEdit::text() const
{
    return m_edit->text();
}

void SecretEdit::setText(const QString &text)
{
    m_edit->setText(text);
    m_changed = true;
    Q_EMIT edited();
}

void SecretEdit::setRevealedValue(const QString &value)
{
    if (m_changed)
        return; // the operator typed meanwhile: their value wins
    m_revealed = true;
    setRevealFailed(QString());
    m_edit->setText(value);
}

void SecretEdit::setRevealFailed(const QString &message)
{
    if (!message.isEmpty())
        m_toggle->setChecked(false);
    m_revealProblem = message;
    m_edit->setToolTip(message);
    m_problem->setVisible(!message.isEmpty());
    retranslateUi();
}

void SecretEdit::setShown(bool shown)
{
    m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    if (shown && m_stored && !m_changed && !m_revealed)
        Q_EMIT revealRequested();
    retranslateUi();
}

void SecretEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SecretEdit::retranslateUi()
{
    m_toggle->setText(m_toggle->isChecked() ? tr("Hide") : tr("Show"));
    m_toggle->setToolTip(m_toggle->isChecked() ? tr("Hide the value") : tr("Show the value"));
    m_edit->setPlaceholderText(m_stored ? tr("Stored in the keychain; type to replace it") : tr("Not set"));
    m_problem->setText(m_revealProblem.isEmpty() ? QString()
                                                 : tr("The stored value cannot be shown: %1").arg(m_revealProblem));
}

} // namespace cc
