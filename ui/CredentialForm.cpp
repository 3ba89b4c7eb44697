#include "CredentialForm.h"

#include "FieldEditor.h"
#include "FormLabel.h"
#include "SecretEdit.h"
#include "StatusLook.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cc {

namespace {

// What a screen reader says of a field: on the widget and on every widget its focus goes to (a
// secret's or a keyword list's text box, a message's text area), which is what has focus.
void describeField(QWidget *field, const QString &name, const QString &description)
{
    for (QWidget *w = field; w; w = w->focusProxy()) {
        w->setAccessibleName(name);
        w->setAccessibleDescription(description);
    }
}

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
    // One layout for every field, the advanced ones included: one label column, one field column.
    m_rows = new QFormLayout;
    m_rows->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_rows->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_rows->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_rows->setHorizontalSpacing(kColumnSpacing);
    m_rows->setVerticalSpacing(2);
    layout->addLayout(m_rows);

    for (const FieldSpec &spec : schema.fields) {
        if (!spec.advanced)
            addField(spec);
    }
    const bool hasAdvanced =
        std::any_of(schema.fields.cbegin(), schema.fields.cend(), [](const FieldSpec &f) { return f.advanced; });
    if (hasAdvanced) {
        m_advancedToggle = new QToolButton(this);
        m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
        m_advancedToggle->setCheckable(true);
        m_advancedToggle->setAutoRaise(true);
        m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_advancedToggle->setArrowType(Qt::RightArrow);
        auto *toggleRow = new QHBoxLayout;
        toggleRow->setContentsMargins(0, 8, 0, 0);
        toggleRow->addWidget(m_advancedToggle);
        toggleRow->addStretch(1);
        m_rows->addRow(toggleRow);
        connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool on) {
            m_advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
            updateShownFields();
        });
        for (const FieldSpec &spec : schema.fields) {
            if (spec.advanced)
                addField(spec);
        }
    }
    layout->addStretch(1);
    retranslateUi();
    updateShownFields();
}

void CredentialForm::updateShownFields()
{
    const QVariantMap now = values();
    const bool advancedOpen = m_advancedToggle && m_advancedToggle->isChecked();
    for (const FieldSpec &spec : m_schema.fields) {
        const bool shown = m_schema.isShown(spec, now);
        if (!spec.shownWhenKey.isEmpty())
            m_shown.insert(spec.key, shown);
        // The row, label and field: an advanced one while the advanced settings are open.
        m_rows->setRowVisible(m_labels.value(spec.key), shown && (!spec.advanced || advancedOpen));
        if (!shown)
            m_issues.value(spec.key)->hide();
    }
}

void CredentialForm::addField(const FieldSpec &spec)
{
    auto *label = new FormLabel(this);
    label->setObjectName(QStringLiteral("label-") + spec.key);
    // The field with its issue and its help under it, in the field column.
    auto *field = new QWidget(this);
    field->setObjectName(QStringLiteral("row-") + spec.key);
    auto *column = new QVBoxLayout(field);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    FieldEditor *editor = FieldEditor::create(spec, field);
    editor->widget()->setObjectName(QStringLiteral("field-") + spec.key);
    label->setBuddy(editor->widget());
    auto *help = new QLabel(field);
    help->setObjectName(QStringLiteral("help-") + spec.key);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    QFont small = help->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    help->setFont(small);
    auto *issue = new QLabel(field);
    issue->setObjectName(QStringLiteral("issue-") + spec.key);
    issue->setWordWrap(true);
    issue->hide();

    column->addWidget(editor->widget());
    column->addWidget(issue);
    // The gap under each field: on its help text, so that a hidden field (another choice's) leaves none.
    help->setContentsMargins(0, 0, 0, 8);
    column->addWidget(help);
    m_rows->addRow(label, field);

    m_editors.insert(spec.key, editor);
    m_labels.insert(spec.key, label);
    m_helps.insert(spec.key, help);
    m_issues.insert(spec.key, issue);
    connect(editor, &FieldEditor::edited, this, [this, key = spec.key] {
        m_touched.insert(key);
        updateShownFields();
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
    updateShownFields();
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
        const bool visible =
            issue && isFieldShown(it.key()) && (!issue->isError() || showAll || m_touched.contains(it.key()));
        QLabel *label = it.value();
        if (!visible) {
            label->hide();
            StatusLook::clear(label);
            continue;
        }
        StatusLook::show(label, issue->isError() ? Status::Error : Status::Warning, issue->message);
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
    // The required fields' asterisk takes its colour from the palette.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

int CredentialForm::labelColumnHint() const
{
    int widest = 0;
    for (const QLabel *label : m_labels)
        widest = qMax(widest, label->sizeHint().width());
    return widest;
}

void CredentialForm::setLabelColumnWidth(int width)
{
    for (QLabel *label : std::as_const(m_labels))
        label->setMinimumWidth(width);
}

void CredentialForm::retranslateUi()
{
    for (const FieldSpec &spec : m_schema.fields) {
        QString text = spec.translatedLabel().toHtmlEscaped();
        if (spec.required)
            text += QStringLiteral("&nbsp;<span style=\"color:%1\">*</span>") // never alone on a line
                        .arg(StatusLook::color(Status::Error, palette()).name());
        QLabel *label = m_labels.value(spec.key);
        label->setText(text);
        // The asterisk, in words, for screen readers.
        //: Said by screen readers of a field that must be filled in (shown as a red asterisk).
        const QString required = spec.required ? tr("Required") : QString();
        label->setAccessibleName(spec.translatedLabel());
        label->setAccessibleDescription(required);
        m_helps.value(spec.key)->setText(spec.translatedHelp());
        FieldEditor *editor = m_editors.value(spec.key);
        editor->retranslate();
        describeField(editor->widget(), spec.translatedLabel(),
                      spec.required ? tr("Required. %1", "then the field's help text").arg(spec.translatedHelp())
                                    : spec.translatedHelp());
    }
    if (m_advancedToggle)
        m_advancedToggle->setText(tr("Advanced settings"));
    if (m_note)
        m_note->setText(m_schema.translatedNote());
    Q_EMIT labelsChanged();
}

} // namespace cc
