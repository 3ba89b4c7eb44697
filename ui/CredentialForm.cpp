#include "CredentialForm.h"

#include "FieldEditor.h"
#include "SecretEdit.h"
#include "StatusLook.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

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
    updateShownFields();
}

void CredentialForm::updateShownFields()
{
    const QVariantMap now = values();
    for (const FieldSpec &spec : m_schema.fields) {
        if (spec.shownWhenKey.isEmpty())
            continue;
        const bool shown = m_schema.isShown(spec, now);
        m_shown.insert(spec.key, shown);
        m_labels.value(spec.key)->setVisible(shown);
        m_editors.value(spec.key)->widget()->setVisible(shown);
        m_helps.value(spec.key)->setVisible(shown);
        if (!shown)
            m_issues.value(spec.key)->hide();
    }
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
    // The gap under each field: on its help text, so that a hidden field (another choice's) leaves none.
    help->setContentsMargins(0, 0, 0, 8);
    grid->addWidget(help, row + 2, 1);

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

void CredentialForm::retranslateUi()
{
    for (const FieldSpec &spec : m_schema.fields) {
        QString text = spec.translatedLabel().toHtmlEscaped();
        if (spec.required)
            text += QStringLiteral(" <span style=\"color:%1\">*</span>")
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
}

} // namespace cc
