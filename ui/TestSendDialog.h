#pragma once

#include "StatusLook.h"
#include "domain/Credential.h"
#include "services/CredentialActions.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace cc {

class MessageEdit;

// Sends a real test SMS (or MMS for Sinch MMS) with a stored credential: the recipient, a sender
// where the vendor takes one, the message with its live segment counter, or a media URL for MMS.
// While it runs: a progress indicator and Cancel. Then the vendor's message id, the HTTP status and
// a plain-words explanation of any error; for SMS, the delivery report on request.
class TestSendDialog : public QDialog
{
    Q_OBJECT

public:
    TestSendDialog(CredentialActions *actions, const Credential &credential, QWidget *parent = nullptr);

    QLineEdit *recipient() const { return m_to; }
    QLineEdit *sender() const { return m_from; }
    MessageEdit *message() const { return m_message; }
    QLineEdit *mediaUrl() const { return m_media; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *reportButton() const { return m_report; }
    QLabel *result() const { return m_result; }
    // Vendors that show their requests (capabilities().preview): the request about to go out, then
    // the vendor's answer.
    QPlainTextEdit *exchangeText() const { return m_exchange; }
    bool isPreviewed() const { return m_previewed; }
    bool isRunning() const { return m_task; }

public Q_SLOTS:
    void reject() override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void send();
    // Builds the request the message would make and shows it; the next Send sends it.
    void preview();
    void showPreview(const VendorOperations::Preview &preview, const SecretResult &secrets, const TestMessage &message);
    TestMessage typedMessage() const;
    void fetchReport();
    void showResult(const OperationResult &result);
    // The outcome line: plain while it runs, with its status's colour and icon once it is over.
    void setResultText(const QString &text, std::optional<Status> status = std::nullopt);
    void fitHeight();
    void setRunning(bool running);
    void retranslateUi();

    CredentialActions *m_actions;
    Credential m_credential;
    VendorCapabilities m_can; // what the vendor takes: the fields shown are those
    bool m_mms;               // MMS only: the media URL is required, the text optional
    QLabel *m_intro;
    QLabel *m_toLabel;
    QLineEdit *m_to;
    QLabel *m_toProblem;
    QLabel *m_fromLabel;
    QLineEdit *m_from;
    QLabel *m_fromProblem;
    QLabel *m_messageLabel;
    MessageEdit *m_message;
    QLabel *m_mediaLabel;
    QLineEdit *m_media;
    QLabel *m_mediaProblem;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_send;
    QPushButton *m_report;
    QPushButton *m_close;
    QLabel *m_exchangeLabel;
    QPlainTextEdit *m_exchange;
    bool m_previewed = false; // the request shown is the one Send sends
    TestMessage m_shownMessage;
    bool m_showsAnswer = false;
    int m_previewRun = 0; // a preview that arrives after an edit is dropped
    QPointer<ActionTask> m_task;
    // What had the focus when a send or report request started: it has it again when it ends.
    QPointer<QWidget> m_focusBeforeRun;
    QString m_messageId;
    int m_fittedHeight = 0; // the height fitHeight() gave it, until the operator resizes it
};

} // namespace cc
