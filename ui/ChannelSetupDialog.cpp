#include "ChannelSetupDialog.h"

#include "RowDetails.h"
#include "StatusLook.h"
#include "net/NetPolicy.h"
#include "services/CredentialActions.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cc {

ChannelSetupDialog::ChannelSetupDialog(CredentialActions *actions, const Credential &credential, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_credential(credential)
    , m_setup(adapterFor(credential.vendor).channelSetup())
    , m_intro(new QLabel(this))
    , m_callbackLabel(new QLabel(this))
    , m_callback(new QLineEdit(this))
    , m_copy(new QPushButton(this))
    , m_callbackNote(new QLabel(this))
    , m_mmsNote(new QLabel(this))
    , m_webhookLabel(new QLabel(this))
    , m_webhook(new QLineEdit(this))
    , m_webhookProblem(new QLabel(this))
    , m_webhookHint(new QLabel(this))
    , m_steps(new QTreeWidget(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("channelSetupDialog"));
    resize(720, 480);
    m_intro->setWordWrap(true);
    m_callback->setObjectName(QStringLiteral("callbackUrl"));
    m_callback->setReadOnly(true);
    const QUrl callback = m_setup->callbackUrl(credential);
    m_callback->setText(callback.toString());
    m_callback->setCursorPosition(0); // show where the address starts: https://…
    // Read whole, not only copied: the dialog is as wide as the address (within a screen's width).
    m_callback->setMinimumWidth(std::min(m_callback->fontMetrics().horizontalAdvance(m_callback->text()) + 16, 960));
    // No made-up host where Sinch documents none: the note says so instead.
    m_callback->setVisible(!callback.isEmpty());
    m_copy->setObjectName(QStringLiteral("copyCallback"));
    m_copy->setVisible(!callback.isEmpty());
    m_callbackNote->setObjectName(QStringLiteral("callbackNote"));
    m_callbackNote->setWordWrap(true);
    m_callbackNote->setForegroundRole(QPalette::PlaceholderText); // a note, as the webhook's hint
    m_mmsNote->setObjectName(QStringLiteral("mmsNote"));
    m_mmsNote->setWordWrap(true);
    m_webhook->setObjectName(QStringLiteral("webhookTarget"));
    m_webhook->setPlaceholderText(NetPolicy::exampleWebhookUrl());
    m_webhookProblem->setObjectName(QStringLiteral("webhookProblem"));
    m_webhookProblem->setWordWrap(true);
    m_webhookProblem->hide();
    m_webhookHint->setObjectName(QStringLiteral("webhookHint"));
    m_webhookHint->setWordWrap(true);
    m_webhookHint->setForegroundRole(QPalette::PlaceholderText);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setColumnCount(2);
    m_steps->header()->setStretchLastSection(true);
    m_steps->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_callbackLabel->setBuddy(m_callback);
    m_webhookLabel->setBuddy(m_webhook);

    auto *grid = new QGridLayout;
    grid->addWidget(m_callbackLabel, 0, 0, callback.isEmpty() ? Qt::AlignTop : Qt::Alignment());
    if (callback.isEmpty()) {
        grid->addWidget(m_callbackNote, 0, 1);
    } else {
        // Made only when it is shown: a layout no one holds would be lost with its items.
        auto *callbackRow = new QHBoxLayout;
        callbackRow->addWidget(m_callback, 1);
        callbackRow->addWidget(m_copy);
        grid->addLayout(callbackRow, 0, 1);
        grid->addWidget(m_callbackNote, 1, 1);
    }
    grid->addWidget(m_webhookLabel, 2, 0);
    grid->addWidget(m_webhook, 2, 1);
    grid->addWidget(m_webhookHint, 3, 1);
    grid->addWidget(m_webhookProblem, 4, 1);
    grid->setColumnStretch(1, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("start"));
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_mmsNote);
    layout->addLayout(grid);
    layout->addWidget(m_steps, 1);
    layout->addWidget(new RowDetails(m_steps, this));
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_callback->text());
        m_copy->setText(tr("Copied"));
    });
    connect(m_webhook, &QLineEdit::textChanged, this, &ChannelSetupDialog::validate);
    connect(m_start, &QPushButton::clicked, this, &ChannelSetupDialog::start);
    connect(m_close, &QPushButton::clicked, this, &ChannelSetupDialog::reject);
    retranslateUi();
    validate();
    // Wide enough from the start for the callback address and the texts beside it (not grown on show).
    resize(std::max(width(), minimumSizeHint().width()), height());
}

void ChannelSetupDialog::validate()
{
    const QString target = m_webhook->text().trimmed();
    const QString problem =
        target.isEmpty() ? QString()
                         : NetPolicy::checkBaseUrl(QUrl(target, QUrl::StrictMode), NetPolicy::exampleWebhookUrl());
    StatusLook::show(m_webhookProblem, Status::Error,
                     problem.isEmpty() ? QString() : tr("Webhook target URL: %1").arg(problem));
    m_webhookProblem->setVisible(!problem.isEmpty());
    m_start->setEnabled(problem.isEmpty() && !m_task);
}

void ChannelSetupDialog::start()
{
    if (m_task)
        return;
    m_steps->clear();
    StatusLook::clear(m_result, tr("Setting up the SMS channel…"));
    QPointer<ChannelSetupDialog> self(this);
    const QString target = m_webhook->text().trimmed();
    m_task = m_actions->setUpChannel(
        m_credential.id, target.isEmpty() ? QUrl() : QUrl(target),
        [self](const SetupStep &step) {
            if (self)
                self->addStep(step);
        },
        [self](const OperationResult &result) {
            if (!self)
                return;
            self->m_task = nullptr;
            QString text = result.summary.toHtmlEscaped();
            if (!result.vendorState.isEmpty())
                text += QStringLiteral("<br>") +
                        tr("SMS channel state: %1").arg(QStringLiteral("<b>%1</b>").arg(result.vendorState));
            StatusLook::show(self->m_result, result.ok ? Status::Success : Status::Error,
                             QStringLiteral("<p>%1</p>").arg(text));
            self->retranslateUi();
            self->validate();
        });
    retranslateUi();
    validate();
}

void ChannelSetupDialog::addStep(const SetupStep &step)
{
    auto *item = new QTreeWidgetItem(
        m_steps,
        {(step.ok ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + m_setup->stepName(step.kind), step.summary});
    item->setData(0, Qt::UserRole, step.kind);
    item->setData(0, Qt::UserRole + 1, step.ok);
    item->setToolTip(1, step.summary);
    // Its text says how it went (✔, ✘): no icon besides.
    StatusLook::show(item, 0, step.ok ? Status::Success : Status::Error, false);
    m_steps->setCurrentItem(item); // the details pane shows the latest step in full
    m_steps->resizeColumnToContents(0);
}

void ChannelSetupDialog::reject()
{
    if (m_task) {
        m_task->cancel();
        return;
    }
    QDialog::reject();
}

void ChannelSetupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ChannelSetupDialog::retranslateUi()
{
    setWindowTitle(tr("Set up the SMS channel"));
    m_intro->setText(m_setup->intro(m_credential));
    m_mmsNote->setText(m_credential.schema().translatedNote());
    m_callbackNote->setText(m_setup->callbackNote(m_credential));
    m_callbackLabel->setText(tr("Callback URL"));
    m_copy->setText(tr("Copy"));
    m_webhookLabel->setText(tr("Webhook target URL"));
    m_webhookHint->setText(tr("Optional: where the Conversation API posts inbound messages (MESSAGE_INBOUND)."));
    m_webhook->setToolTip(m_webhookHint->text());
    m_steps->setHeaderLabels({tr("Step"), tr("Outcome")});
    m_steps->setAccessibleName(tr("Steps of the set-up"));
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        item->setText(0, (item->data(0, Qt::UserRole + 1).toBool() ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) +
                             m_setup->stepName(item->data(0, Qt::UserRole).toInt()));
    }
    m_start->setText(tr("Set up"));
    m_close->setText(m_task ? tr("Cancel") : tr("Close"));
}

} // namespace cc
