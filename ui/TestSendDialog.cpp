#include "TestSendDialog.h"

#include "MessageEdit.h"
#include "StatusLook.h"
#include "messaging/PhoneNumbers.h"
#include "net/NetPolicy.h"
#include "services/CredentialActions.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc {

namespace {

QLabel *problemLabel(QWidget *parent, const char *name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(true);
    l->hide();
    return l;
}

} // namespace

TestSendDialog::TestSendDialog(CredentialActions *actions, const Credential &credential, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_credential(credential)
    , m_can(adapterFor(credential.vendor).capabilities())
    , m_mms(m_can.mediaRequired)
    , m_intro(new QLabel(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QLineEdit(this))
    , m_toProblem(problemLabel(this, "recipientProblem"))
    , m_fromLabel(new QLabel(this))
    , m_from(new QLineEdit(this))
    , m_fromProblem(problemLabel(this, "senderProblem"))
    , m_messageLabel(new QLabel(this))
    , m_message(new MessageEdit(this))
    , m_mediaLabel(new QLabel(this))
    , m_media(new QLineEdit(this))
    , m_mediaProblem(problemLabel(this, "mediaProblem"))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_exchangeLabel(new QLabel(this))
    , m_exchange(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("testSendDialog"));
    m_intro->setWordWrap(true);
    m_to->setObjectName(QStringLiteral("recipient"));
    m_to->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_from->setObjectName(QStringLiteral("sender"));
    m_media->setObjectName(QStringLiteral("mediaUrl"));
    m_media->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 0); // busy: the vendor gives no progress
    m_progress->hide();
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toLabel->setBuddy(m_to);
    m_fromLabel->setBuddy(m_from);
    m_messageLabel->setBuddy(m_message);
    m_mediaLabel->setBuddy(m_media);
    m_result->hide(); // no room kept for it before there is something to say
    m_exchangeLabel->setObjectName(QStringLiteral("exchangeLabel"));
    m_exchangeLabel->setWordWrap(true);
    m_exchangeLabel->setBuddy(m_exchange);
    m_exchange->setObjectName(QStringLiteral("exchange"));
    m_exchange->setReadOnly(true);
    m_exchange->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_exchange->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_exchange->setMinimumHeight(140);
    m_exchangeLabel->hide();
    m_exchange->hide();
    // An MMS's text goes with the media: its length, no SMS segments.
    m_message->setKind(m_mms ? MessageEdit::Kind::MmsText : MessageEdit::Kind::Sms);

    auto *grid = new QGridLayout;
    int row = 0;
    grid->addWidget(m_toLabel, row, 0);
    grid->addWidget(m_to, row++, 1);
    grid->addWidget(m_toProblem, row++, 1);
    // Only what the vendor takes: no sender field where it sends from its own number, no media field
    // where it cannot send MMS. Sinch SMS and Infobip take a number or a name; an MMS's sender goes
    // in MMS_SENDER.
    if (m_can.sender) {
        grid->addWidget(m_fromLabel, row, 0);
        grid->addWidget(m_from, row++, 1);
        grid->addWidget(m_fromProblem, row++, 1);
    } else {
        m_fromLabel->hide();
        m_from->hide();
        m_fromProblem->hide();
    }
    if (m_can.media) {
        QWidget::setTabOrder(m_from, m_media); // made after the message, shown above it
        grid->addWidget(m_mediaLabel, row, 0);
        grid->addWidget(m_media, row++, 1);
        grid->addWidget(m_mediaProblem, row++, 1);
    } else {
        m_mediaLabel->hide();
        m_media->hide();
    }
    grid->addWidget(m_messageLabel, row, 0, Qt::AlignTop);
    grid->addWidget(m_message, row++, 1);
    grid->setColumnStretch(1, 1);
    // Tab goes through the fields as they are on the screen (the media URL is above the message).
    QList<QWidget *> fields{m_to};
    if (m_can.sender)
        fields << m_from;
    if (m_can.media)
        fields << m_media;
    fields << m_message->textEdit() << m_message->howCountedButton();
    for (qsizetype i = 1; i < fields.size(); ++i)
        setTabOrder(fields.at(i - 1), fields.at(i));

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("send"));
    // Enter sends, again after a refusal once the message is fixed; never Close by default.
    m_send->setDefault(true);
    // Not in the button box where there is no report to fetch (Sinch MMS reports only arrive by
    // webhook): the box shows every button it holds when it is shown.
    m_report =
        m_can.deliveryReport ? buttons->addButton(QString(), QDialogButtonBox::ActionRole) : new QPushButton(this);
    m_report->setObjectName(QStringLiteral("deliveryReport"));
    m_report->setEnabled(false);
    m_report->setVisible(m_can.deliveryReport);
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("close"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addWidget(m_progress);
    layout->addWidget(m_result, 0, Qt::AlignTop);
    layout->addWidget(m_exchangeLabel);
    layout->addWidget(m_exchange, 1);
    layout->addWidget(buttons);

    connect(m_send, &QPushButton::clicked, this, &TestSendDialog::send);
    connect(m_report, &QPushButton::clicked, this, &TestSendDialog::fetchReport);
    connect(m_close, &QPushButton::clicked, this, &TestSendDialog::reject);
    connect(m_to, &QLineEdit::textChanged, this, &TestSendDialog::validate);
    connect(m_media, &QLineEdit::textChanged, this, &TestSendDialog::validate);
    connect(m_from, &QLineEdit::textChanged, this, &TestSendDialog::validate);
    connect(m_message, &MessageEdit::edited, this, &TestSendDialog::validate);
    connect(m_message->howCountedButton(), &QToolButton::toggled, this, &TestSendDialog::fitHeight);
    retranslateUi();
    validate();
    // As high as what it shows, at a width for the placeholders: no empty band above the buttons.
    resize(620, 0);
    fitHeight();
}

void TestSendDialog::fitHeight()
{
    // As high as a problem, the counting note or a result needs, shown whole; once the operator has
    // resized it, it only grows.
    QLayout *l = layout();
    l->activate();
    const int needed = l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
    if (needed > height() || height() == m_fittedHeight) {
        resize(width(), needed);
        m_fittedHeight = height();
    }
}

void TestSendDialog::setResultText(const QString &text, std::optional<Status> status)
{
    if (status)
        StatusLook::show(m_result, *status, text);
    else
        StatusLook::clear(m_result, text);
    m_result->setVisible(!text.isEmpty());
    fitHeight();
}

void TestSendDialog::validate()
{
    bool ok = true;
    const QString to = m_to->text().trimmed();
    if (to.isEmpty()) {
        ok = false;
        m_toProblem->hide();
    } else {
        const PhoneNumbers::Check check = PhoneNumbers::check(to, false);
        StatusLook::show(m_toProblem, Status::Error, check.ok ? QString() : tr("Recipient: %1").arg(check.problem));
        m_toProblem->setVisible(!check.ok);
        ok = check.ok;
    }
    if (m_can.sender) {
        const QString senderProblem = adapterFor(m_credential.vendor).senderProblem(m_from->text()).text();
        StatusLook::show(m_fromProblem, Status::Error, senderProblem);
        m_fromProblem->setVisible(!senderProblem.isEmpty());
        ok = ok && senderProblem.isEmpty();
    }
    // The rule the command line's send keeps too: a media URL that is a full https address of a file, no
    // blank text, and what the vendor needs.
    const VendorOperations::MessageCheck message =
        VendorOperations::checkMessage(m_can, m_message->text(), m_can.media ? m_media->text() : QString());
    const QString problem = message.media.text();
    StatusLook::show(m_mediaProblem, Status::Error, problem.isEmpty() ? QString() : tr("Media URL: %1").arg(problem));
    m_mediaProblem->setVisible(!problem.isEmpty());
    ok = ok && message.ok();
    m_send->setEnabled(ok && !m_task);
    if (m_previewed && !m_task) {
        // An edit after the preview: the request shown is no longer the one that would go out.
        const TestMessage now = typedMessage();
        if (now.to != m_shownMessage.to || now.from != m_shownMessage.from || now.text != m_shownMessage.text) {
            m_previewed = false;
            m_exchangeLabel->hide();
            m_exchange->hide();
            m_result->hide();
            retranslateUi();
        }
    }
    fitHeight(); // a problem shown under its field
}

TestMessage TestSendDialog::typedMessage() const
{
    TestMessage message;
    message.to = PhoneNumbers::check(m_to->text().trimmed(), false).normalized;
    if (m_can.sender)
        message.from = m_from->text().trimmed();
    message.text = m_message->text();
    if (m_can.media)
        message.mediaUrl = QUrl(m_media->text().trimmed());
    return message;
}

void TestSendDialog::preview()
{
    const int run = ++m_previewRun;
    const TestMessage message = typedMessage();
    QPointer<TestSendDialog> self(this);
    setResultText(tr("Building the request…"));
    m_actions->readSecrets(m_credential, [self, run, message](const Secrets &secrets, const SecretResult &r) {
        if (!self || run != self->m_previewRun)
            return;
        VendorOperations::Preview preview;
        if (r.ok())
            preview = self->m_actions->operations()->previewTestSend(self->m_credential, secrets, message);
        self->showPreview(preview, r, message);
    });
}

void TestSendDialog::showPreview(const VendorOperations::Preview &preview, const SecretResult &secrets,
                                 const TestMessage &message)
{
    m_shownMessage = message;
    const bool ok = secrets.ok() && preview.refusal.isEmpty();
    m_previewed = ok;
    m_showsAnswer = false;
    if (!ok) {
        setResultText((secrets.ok() ? preview.refusal.text() : secrets.message()).toHtmlEscaped(), Status::Error);
        m_exchange->clear();
    } else {
        setResultText(tr("Nothing was sent yet. Below is the request as it will go out (secrets masked); Send sends "
                         "it as it is."),
                      Status::Warning);
        m_exchange->setPlainText(preview.text);
    }
    m_exchangeLabel->setVisible(ok);
    m_exchange->setVisible(ok);
    retranslateUi();
    fitHeight();
}

void TestSendDialog::send()
{
    if (m_task || !m_send->isEnabled())
        return;
    if (m_can.preview && !m_previewed)
        return preview();
    const TestMessage message = typedMessage();
    m_previewed = false;
    m_messageId.clear();
    m_report->setEnabled(false);
    setResultText(tr("Sending…"));
    QPointer<TestSendDialog> self(this);
    m_task = m_actions->testSend(m_credential.id, message, [self](const OperationResult &result) {
        if (!self)
            return;
        self->m_task = nullptr;
        self->setRunning(false);
        self->showResult(result);
        if (result.ok && !result.messageId.isEmpty()) {
            self->m_messageId = result.messageId;
            self->m_report->setEnabled(true);
        }
    });
    setRunning(true);
}

void TestSendDialog::fetchReport()
{
    if (m_task || m_messageId.isEmpty())
        return;
    setResultText(tr("Fetching the delivery report…"));
    QPointer<TestSendDialog> self(this);
    m_task = m_actions->deliveryReport(m_credential.id, m_messageId, [self](const OperationResult &result) {
        if (!self)
            return;
        self->m_task = nullptr;
        self->setRunning(false);
        self->showResult(result);
    });
    setRunning(true);
}

void TestSendDialog::showResult(const OperationResult &result)
{
    if (m_can.preview) {
        m_showsAnswer = result.httpStatus > 0;
        m_exchange->setPlainText(
            m_showsAnswer ? QStringLiteral("HTTP %1\n\n%2").arg(result.httpStatus).arg(result.answer) : QString());
        m_exchangeLabel->setVisible(m_showsAnswer);
        m_exchange->setVisible(m_showsAnswer);
        retranslateUi();
    }
    QStringList lines;
    lines << result.summary.toHtmlEscaped();
    if (!result.messageId.isEmpty())
        lines << tr("Message ID: %1").arg(QStringLiteral("<b>%1</b>").arg(result.messageId.toHtmlEscaped()));
    if (!result.vendorState.isEmpty())
        lines << tr("Vendor status: %1").arg(result.vendorState.toHtmlEscaped());
    if (result.httpStatus > 0)
        lines << tr("HTTP status: %1").arg(result.httpStatus);
    setResultText(QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>"))),
                  result.ok ? Status::Success : Status::Error);
}

void TestSendDialog::setRunning(bool running)
{
    if (running)
        m_focusBeforeRun = focusWidget();
    m_progress->setVisible(running);
    m_to->setEnabled(!running);
    m_from->setEnabled(!running);
    m_message->setEnabled(!running);
    m_media->setEnabled(!running);
    m_report->setEnabled(!running && !m_messageId.isEmpty());
    retranslateUi();
    validate();
    // Disabled while it ran, the field or button in use gave the focus to Close (Cancel), which would
    // then take Enter: back to where the operator was, so that Enter sends again (Send is the default).
    if (!running && m_focusBeforeRun && m_focusBeforeRun->isEnabled())
        m_focusBeforeRun->setFocus();
}

void TestSendDialog::reject()
{
    if (m_task) {
        // The first Escape or Cancel stops the sending; the dialog stays to show that it did.
        m_task->cancel();
        return;
    }
    QDialog::reject();
}

bool TestSendDialog::event(QEvent *event)
{
    const bool done = QDialog::event(event);
    // A field's own layout grew after its text did (the message's counter wrapping onto two lines when
    // it names a character): the dialog's layout has taken it in by now (QLayout gets the event first).
    if (event->type() == QEvent::LayoutRequest)
        fitHeight();
    return done;
}

void TestSendDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TestSendDialog::retranslateUi()
{
    // An MMS vendor; one that sends a text or, with a media URL, media (Twilio's MMS, an RCS card that
    // may go as SMS): a message; else an SMS.
    const QString vendor = m_credential.schema().displayName;
    if (m_mms) {
        setWindowTitle(tr("Test send an MMS"));
        m_intro->setText(tr("Sends a real MMS with \"%1\" through %2. The recipient receives it and your account "
                            "is charged.")
                             .arg(m_credential.name(), vendor));
    } else if (m_can.media) {
        setWindowTitle(tr("Test send a message"));
        m_intro->setText(tr("Sends a real message with \"%1\" through %2: its text, with the media when you give a "
                            "media URL. The recipient receives it and your account is charged.")
                             .arg(m_credential.name(), vendor));
    } else {
        setWindowTitle(tr("Test send an SMS"));
        m_intro->setText(tr("Sends a real SMS with \"%1\" through %2. The recipient receives it and your account "
                            "is charged.")
                             .arg(m_credential.name(), vendor));
    }
    m_toLabel->setText(tr("Recipient"));
    m_to->setPlaceholderText(tr("+ country code and number, for example %1").arg(PhoneNumbers::example()));
    m_fromLabel->setText(tr("Sender"));
    m_from->setPlaceholderText(m_mms ? tr("Optional: the short code or long number to send from; empty uses the "
                                          "app's default MMS sender")
                                     : tr("Optional: a number or name your account may send from"));
    m_messageLabel->setText(m_mms ? tr("Text (optional)") : tr("Message"));
    m_message->textEdit()->setAccessibleName(m_messageLabel->text()); // what has focus in it
    m_mediaLabel->setText(tr("Media URL"));
    m_media->setPlaceholderText(NetPolicy::exampleMediaUrl());
    m_send->setText(m_can.preview && !m_previewed ? tr("Preview request…") : tr("Send"));
    m_exchangeLabel->setText(m_showsAnswer ? tr("The provider's answer (secrets masked):")
                                           : tr("The request that Send sends (secrets masked):"));
    m_report->setText(tr("Delivery report"));
    m_close->setText(m_task ? tr("Cancel") : tr("Close"));
}

} // namespace cc
