#pragma once

#include "domain/Credential.h"
#include "services/CredentialActions.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace cc {

// Sets up the SMS channel of a Sinch Conversation app (Sinch MMS credentials): puts the SMS
// channel credentials on the app (keeping its other channels), makes sure one webhook sends inbound
// messages to the target URL when one is given (reusing one the app has), reads the channel's state
// back, and shows the callback URL the service plan must use, ready to copy, as Sinch's current
// documentation gives it (or says that it gives none for the app's region). Each step is shown with
// its outcome.
class ChannelSetupDialog : public QDialog
{
    Q_OBJECT

public:
    ChannelSetupDialog(CredentialActions *actions, const Credential &credential, QWidget *parent = nullptr);

    QLineEdit *callbackUrl() const { return m_callback; }
    // Where the callback URL comes from, or why there is none for the app's region.
    QLabel *callbackNote() const { return m_callbackNote; }
    // Sinch MMS credentials only send: inbound messages and consent need a Sinch (SMS) credential.
    QLabel *mmsNote() const { return m_mmsNote; }
    QLineEdit *webhookTarget() const { return m_webhook; }
    QPushButton *startButton() const { return m_start; }
    QTreeWidget *steps() const { return m_steps; }
    QLabel *result() const { return m_result; }

public Q_SLOTS:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void start();
    void addStep(const SetupStep &step);
    void validate();
    void retranslateUi();

    CredentialActions *m_actions;
    Credential m_credential;
    const ChannelSetup *m_setup; // the vendor's (only offered where there is one)
    QLabel *m_intro;
    QLabel *m_callbackLabel;
    QLineEdit *m_callback;
    QPushButton *m_copy;
    QLabel *m_callbackNote;
    QLabel *m_mmsNote;
    QLabel *m_webhookLabel;
    QLineEdit *m_webhook;
    QLabel *m_webhookProblem;
    QLabel *m_webhookHint;
    QTreeWidget *m_steps;
    QLabel *m_result;
    QPushButton *m_start;
    QPushButton *m_close;
    QPointer<ActionTask> m_task;
};

} // namespace cc
