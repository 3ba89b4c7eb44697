#pragma once

#include "domain/Credential.h"
#include "domain/CredentialValidator.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QFormLayout;
class QLabel;
class QToolButton;

namespace cc {

class FieldEditor;

// One vendor's form, generated from its schema: every field in the schema's order, with its
// label, required marker, help text, a fitting editor, and its validation message.
class CredentialForm : public QWidget
{
    Q_OBJECT

public:
    // The space between the label column and the field column, here and in the rows a dialog puts
    // above the form (the vendor's).
    static constexpr int kColumnSpacing = 12;

    explicit CredentialForm(const VendorSchema &schema, QWidget *parent = nullptr);

    const VendorSchema &schema() const { return m_schema; }
    // Fills the form. Secret fields show only whether the keychain holds a value (storedSecrets).
    void load(const QVariantMap &values, const QStringList &storedSecrets);

    QVariantMap values() const;
    // Only the secrets the operator typed or built: an untouched secret is never rewritten.
    QHash<QString, QString> secretChanges() const;
    // Secret fields that have a value: stored and untouched, or typed.
    QStringList secretsGiven() const;
    bool isDirty() const;

    // Shows each issue under its field. Errors of fields not touched yet stay hidden unless
    // showAll, so that a new form does not open full of red.
    void showIssues(const QVector<ValidationIssue> &issues, bool showAll);
    void setRevealedSecret(const QString &key, const QString &value);
    void setRevealFailed(const QString &key, const QString &message);

    FieldEditor *editor(const QString &key) const { return m_editors.value(key); }
    QLabel *labelFor(const QString &key) const { return m_labels.value(key); }
    QLabel *issueLabelFor(const QString &key) const { return m_issues.value(key); }
    QToolButton *advancedToggle() const { return m_advancedToggle; }
    bool isFieldShown(const QString &key) const { return m_shown.value(key, true); }
    // The schema's note under the form's heading; null when it has none.
    QLabel *note() const { return m_note; }

    // The width its label column asks for (its widest label, up to FormLabel::maximumColumnWidth()),
    // advanced and hidden fields included, so that opening them moves no column.
    int labelColumnHint() const;
    // Widens its label column to width, to line it up with labels outside the form.
    void setLabelColumnWidth(int width);

Q_SIGNALS:
    void edited();
    void revealRequested(const QString &fieldKey);
    // Its labels were worded again (a change of language): labelColumnHint() may have changed.
    void labelsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addField(const FieldSpec &spec);
    // Shows the fields whose shownWhen rule the current values meet (the advanced ones while the
    // advanced settings are open), hides the others.
    void updateShownFields();
    void retranslateUi();

    VendorSchema m_schema;
    QFormLayout *m_rows = nullptr;
    QHash<QString, FieldEditor *> m_editors;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QLabel *> m_helps;
    QHash<QString, QLabel *> m_issues;
    QHash<QString, bool> m_shown; // fields with a shownWhen rule: whether they are shown
    QSet<QString> m_touched;
    QToolButton *m_advancedToggle = nullptr;
    QLabel *m_note = nullptr;
    QVariantMap m_loadedValues;
};

} // namespace cc
