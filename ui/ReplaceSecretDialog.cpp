#include "ReplaceSecretDialog.h"

#include "SecretEdit.h"
#include "StatusLook.h"
#include "services/SecretRotation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cc {

ReplaceSecretDialog::ReplaceSecretDialog(SecretRotation *rotation, const Credential &credential, QWidget *parent)
    : QDialog(parent)
    , m_rotation(rotation)
    , m_credential(credential)
    , m_intro(new QLabel(this))
    , m_fieldLabel(new QLabel(this))
    , m_field(new QComboBox(this))
    , m_valueLabel(new QLabel(this))
    , m_value(new SecretEdit(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_replace(new QPushButton(this))
{
    setObjectName(QStringLiteral("replaceSecretDialog"));
    m_intro->setWordWrap(true);
    m_field->setObjectName(QStringLiteral("secretField"));
    for (const FieldSpec &f : credential.schema().fields) {
        if (f.isSecret())
            m_field->addItem(f.translatedLabel(), f.key);
    }
    m_value->setObjectName(QStringLiteral("newSecret"));
    m_fieldLabel->setBuddy(m_field);
    m_valueLabel->setBuddy(m_value->lineEdit());
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_replace->setObjectName(QStringLiteral("replace"));
    m_replace->setDefault(true);
    m_buttons->addButton(m_replace, QDialogButtonBox::ActionRole);

    auto *form = new QFormLayout;
    form->addRow(m_fieldLabel, m_field);
    form->addRow(m_valueLabel, m_value);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_replace, &QPushButton::clicked, this, &ReplaceSecretDialog::replace);
    connect(m_value, &SecretEdit::edited, this,
            [this] { m_replace->setEnabled(!m_busy && !m_value->text().isEmpty()); });
    retranslateUi();
    m_replace->setEnabled(false);
    resize(std::max(sizeHint().width(), 560), sizeHint().height());
}

void ReplaceSecretDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_field->setEnabled(!busy);
    m_value->setEnabled(!busy);
    m_replace->setEnabled(!busy && !m_value->text().isEmpty());
}

void ReplaceSecretDialog::replace()
{
    const QString field = m_field->currentData().toString();
    const QString value = m_value->text();
    if (m_busy || field.isEmpty() || value.isEmpty())
        return;
    setBusy(true);
    StatusLook::clear(
        m_result,
        tr("Checking the new value with %1… Nothing is sent to anybody.").arg(m_credential.schema().displayName));
    m_result->show();
    QPointer<ReplaceSecretDialog> self(this);
    m_rotation->replace(m_credential.id, field, value, [self](const SecretRotation::Result &r) {
        if (!self)
            return;
        self->setBusy(false);
        StatusLook::show(self->m_result,
                         r.unchecked ? Status::Warning
                         : r.ok      ? Status::Success
                                     : Status::Error,
                         r.summary);
        if (r.ok)
            self->m_value->setText(QString()); // replaced: nothing to send twice
        self->m_replace->setEnabled(false);
        self->adjustSize();
    });
}

void ReplaceSecretDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReplaceSecretDialog::retranslateUi()
{
    setWindowTitle(tr("Replace a secret of “%1”").arg(m_credential.name()));
    m_intro->setText(tr("The new value is checked with %1 first, with the other secrets from the keychain (a "
                        "read-only call; nothing is sent to anybody). Only if %1 accepts it does it replace the old "
                        "value in the keychain; otherwise the old value is kept and nothing changes.")
                         .arg(m_credential.schema().displayName));
    m_fieldLabel->setText(tr("&Secret:"));
    m_valueLabel->setText(tr("&New value:"));
    m_replace->setText(tr("Check and &replace"));
    // A screen reader says the label's words, without its mnemonic and colon.
    QString name = m_valueLabel->text().remove(QLatin1Char('&'));
    while (!name.isEmpty() && (name.back() == QLatin1Char(':') || name.back().isSpace()))
        name.chop(1);
    m_value->lineEdit()->setAccessibleName(name);
    int i = 0;
    for (const FieldSpec &f : m_credential.schema().fields) {
        if (f.isSecret())
            m_field->setItemText(i++, f.translatedLabel());
    }
}

} // namespace cc
