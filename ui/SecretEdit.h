#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace cc {

// A secret field: masked, with a show/hide toggle. For a stored secret it shows only whether it is
// set; its value is read from the keychain only when the operator asks to reveal it, and an
// untouched secret counts as unchanged, so it is never rewritten.
class SecretEdit : public QWidget
{
    Q_OBJECT

public:
    explicit SecretEdit(QWidget *parent = nullptr);

    // Whether the keychain holds a value for this field (editing), or not (new).
    void setStored(bool stored);
    bool isStored() const { return m_stored; }
    // True once the operator typed or built a new value.
    bool isChanged() const { return m_changed; }
    QString text() const;
    // A typed value (marks the field changed).
    void setText(const QString &text);
    // The value read from the keychain after revealRequested(); does not mark the field changed.
    void setRevealedValue(const QString &value);
    // Shown under the field when revealing failed, until a value is shown or typed.
    void setRevealFailed(const QString &message);
    QLabel *problemLabel() const { return m_problem; }

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *toggleButton() const { return m_toggle; }

Q_SIGNALS:
    void edited();
    // The operator asked to see a stored value that was not read yet.
    void revealRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setShown(bool shown);

    QLineEdit *m_edit;
    QToolButton *m_toggle;
    QLabel *m_problem;
    QString m_revealProblem;
    bool m_stored = false;
    bool m_changed = false;
    bool m_revealed = false;
    bool m_settingProgrammatically = false;
};

} // namespace cc
