#pragma once

#include "domain/Credential.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace cc {

class SecretEdit;
class SecretRotation;

// Replace secret…: one secret of a stored credential, chosen among its secret fields, replaced by a
// new value only once the vendor accepts it (SecretRotation). Until then, and when the check or the
// keychain fails, the old value stays; the dialog says what became of the attempt.
class ReplaceSecretDialog : public QDialog
{
    Q_OBJECT

public:
    ReplaceSecretDialog(SecretRotation *rotation, const Credential &credential, QWidget *parent = nullptr);

    QComboBox *fieldChooser() const { return m_field; }
    SecretEdit *valueEdit() const { return m_value; }
    QPushButton *replaceButton() const { return m_replace; }
    QLabel *resultLabel() const { return m_result; }
    bool isBusy() const { return m_busy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void replace();
    void setBusy(bool busy);

    SecretRotation *m_rotation;
    Credential m_credential;
    QLabel *m_intro;
    QLabel *m_fieldLabel;
    QComboBox *m_field;
    QLabel *m_valueLabel;
    SecretEdit *m_value;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_replace;
    bool m_busy = false;
};

} // namespace cc
