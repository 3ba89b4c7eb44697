#include "CredentialForm.h"

#include "FieldEditor.h"
#include "SecretEdit.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc {

namespace {
const QColor kErrorColor(0xb3, 0x26, 0x1e);
const QColor kWarningColor(0x8a, 0x5a, 0x00);
} // namespace

CredentialForm::CredentialForm(const VendorSchema &schema, QWidget *parent)
    : QWidget(parent)
    , m_schema(schema)
{
    setObjectName(QStringLiteral("form-") + schema.id);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (schema.note) {
        m_note = new QLabel(this);
        m_note->setObjectName(QStringLiteral("formNote"));
        m_note->setWordWrap(true);
        m_note->setFrameShape(QFrame::StyledPanel);
        m_note->setMargin(6);
        layout->addWidget(m_note);
        layout->addSpacing(6);
    }
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    layout->addLayout(grid);

    QWidget *advanced = nullptr;
    QGridLayout *advancedGrid = nullptr;
    for (const FieldSpec &spec : schema.fields) {
        if (!spec.advanced) {
            addField(grid, spec);
            continue;
        }
        if (!advanced) {
            m_advancedToggle = new QToolButton(this);
            m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
            m_advancedToggle->setCheckable(true);
            m_advancedToggle->setAutoRaise(true);
            m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            m_advancedToggle->setArrowType(Qt::RightArrow);
            advanced = new QWidget(this);
            advanced->setObjectName(QStringLiteral("advanced"));
            advancedGrid = new QGridLayout(advanced);
            advancedGrid->setContentsMargins(0, 0, 0, 0);
            advancedGrid->setColumnStretch(1, 1);
            advancedGrid->setHorizontalSpacing(12);
            advancedGrid->setVerticalSpacing(2);
            advanced->hide();
            connect(m_advancedToggle, &QToolButton::toggled, this, [this, advanced](bool on) {
                advanced->setVisible(on);
                m_advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
            });
        }
        addField(advancedGrid, spec);
    }
    if (advanced) {
        layout->addSpacing(8);
        layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
        layout->addWidget(advanced);
    }
    layout->addStretch(1);
    retranslateUi();
}

void CredentialForm::addField(QGridLayout *grid, const FieldSpec &spec)
{
    const int row = grid->rowCount();
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("label-") + spec.key);
    label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    label->setContentsMargins(0, 4, 0, 0);
    FieldEditor *editor = FieldEditor::create(spec, this);
    editor->widget()->setObjectName(QStringLiteral("field-") + spec.key);
    label->setBuddy(editor->widget());
    auto *help = new QLabel(this);
    help->setObjectName(QStringLiteral("help-") + spec.key);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    QFont small = help->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    help->setFont(small);
    auto *issue = new QLabel(this);
    issue->setObjectName(QStringLiteral("issue-") + spec.key);
    issue->setWordWrap(true);
    issue->hide();

    grid->addWidget(label, row, 0);
    grid->addWidget(editor->widget(), row, 1);
    grid->addWidget(issue, row + 1, 1);
    grid->addWidget(help, row + 2, 1);
    grid->setRowMinimumHeight(row + 3, 8);

    m_editors.insert(spec.key, editor);
    m_labels.insert(spec.key, label);
    m_helps.insert(spec.key, help);
    m_issues.insert(spec.key, issue);
    connect(editor, &FieldEditor::edited, this, [this, key = spec.key] {
        m_touched.insert(key);
        Q_EMIT edited();
    });
    if (SecretEdit *secret = editor->secretEdit())
        connect(secret, &SecretEdit::revealRequested, this, [this, key = spec.key] { Q_EMIT revealRequested(key); });
}

void CredentialForm::load(const QVariantMap &values, const QStringList &storedSecrets)
{
    for (const FieldSpec &spec : m_schema.fields) {
        FieldEditor *e = m_editors.value(spec.key);
        if (SecretEdit *secret = e->secretEdit())
            secret->setStored(storedSecrets.contains(spec.key));
        else if (values.contains(spec.key))
            e->setValue(values.value(spec.key));
        else if (spec.defaultValue.isValid())
            e->setValue(spec.defaultValue);
    }
    m_touched.clear();
    m_loadedValues = this->values();
}

QVariantMap CredentialForm::values() const
{
    QVariantMap out;
    for (const FieldSpec &spec : m_schema.fields) {
        if (spec.isSecret())
            continue;
        const QVariant v = m_editors.value(spec.key)->value();
        // Store text trimmed of surrounding blanks, except messages, whose spacing is the sender's.
        if (v.typeId() == QMetaType::QString && spec.type != FieldType::Message)
            out.insert(spec.key, v.toString().trimmed());
        else
            out.insert(spec.key, v);
    }
    return out;
}

QHash<QString, QString> CredentialForm::secretChanges() const
{
    QHash<QString, QString> changes;
    for (const FieldSpec &spec : m_schema.fields) {
        const SecretEdit *secret = m_editors.value(spec.key)->secretEdit();
        if (secret && secret->isChanged() && !secret->text().trimmed().isEmpty())
            changes.insert(spec.key, secret->text().trimmed());
    }
    return changes;
}

QStringList CredentialForm::secretsGiven() const
{
    QStringList given;
    for (const FieldSpec &spec : m_schema.fields) {
        const SecretEdit *secret = m_editors.value(spec.key)->secretEdit();
        if (!secret)
            continue;
        if (secret->isChanged() ? !secret->text().trimmed().isEmpty() : secret->isStored())
            given << spec.key;
    }
    return given;
}

bool CredentialForm::isDirty() const
{
    return values() != m_loadedValues || !secretChanges().isEmpty();
}

void CredentialForm::showIssues(const QVector<ValidationIssue> &issues, bool showAll)
{
    QHash<QString, const ValidationIssue *> first;
    for (const ValidationIssue &issue : issues) {
        // Errors before warnings for the same field.
        const ValidationIssue *seen = first.value(issue.fieldKey);
        if (!seen || (issue.isError() && !seen->isError()))
            first.insert(issue.fieldKey, &issue);
    }
    for (auto it = m_issues.begin(); it != m_issues.end(); ++it) {
        const ValidationIssue *issue = first.value(it.key());
        const bool visible = issue && (!issue->isError() || showAll || m_touched.contains(it.key()));
        QLabel *label = it.value();
        if (!visible) {
            label->hide();
            label->clear();
            continue;
        }
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, issue->isError() ? kErrorColor : kWarningColor);
        label->setPalette(p);
        label->setText(issue->message);
        label->show();
    }
}

void CredentialForm::setRevealedSecret(const QString &key, const QString &value)
{
    if (FieldEditor *e = m_editors.value(key); e && e->secretEdit())
        e->secretEdit()->setRevealedValue(value);
}

void CredentialForm::setRevealFailed(const QString &key, const QString &message)
{
    if (FieldEditor *e = m_editors.value(key); e && e->secretEdit())
        e->secretEdit()->setRevealFailed(message);
}

void CredentialForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CredentialForm::retranslateUi()
{
    for (const FieldSpec &spec : m_schema.fields) {
        QString text = spec.translatedLabel().toHtmlEscaped();
        if (spec.required)
            text += QStringLiteral(" <span style=\"color:#b3261e\">*</span>");
        m_labels.value(spec.key)->setText(text);
        m_helps.value(spec.key)->setText(spec.translatedHelp());
        m_editors.value(spec.key)->retranslate();
    }
    if (m_advancedToggle)
        m_advancedToggle->setText(tr("Advanced settings"));
    if (m_note)
        m_note->setText(m_schema.translatedNote());
}

} // namespace cc
