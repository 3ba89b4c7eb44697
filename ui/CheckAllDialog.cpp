#include "CheckAllDialog.h"

#include "ColumnSizing.h"
#include "RowDetails.h"
#include "StatusLook.h"
#include "services/CredentialRepository.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cc {

CheckAllDialog::CheckAllDialog(CredentialRepository *repository, CredentialActions *actions, const QStringList &ids,
                               int concurrency, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_runner(new CheckAllRunner(actions, ids, concurrency, this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_results(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("checkAllDialog"));
    resize(640, 420);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, int(ids.size()));
    m_progress->setValue(0);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setRootIsDecorated(false);
    m_results->setColumnCount(2);
    m_results->header()->setStretchLastSection(true);
    m_columns = new ColumnSizing(m_results->header());
    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    layout->addWidget(new RowDetails(m_results, this));
    layout->addWidget(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &CheckAllDialog::reject);
    connect(m_runner, &CheckAllRunner::progress, this, [this](int done, int total) {
        m_progress->setValue(done);
        m_summary->setText(tr("Checked %1 of %2…").arg(done).arg(total));
    });
    connect(m_runner, &CheckAllRunner::resultReady, this, [this](const QString &id, const OperationResult &r) {
        const Credential *c = m_repository->store().find(id);
        auto *item = new QTreeWidgetItem(m_results, {c ? c->name() : id, r.summary});
        StatusLook::show(item, 0, r.ok ? Status::Success : Status::Error);
        item->setToolTip(1, r.summary);
        if (!m_results->currentItem())
            m_results->setCurrentItem(item); // in full in the details pane, until another is chosen
        fitNames();
    });
    connect(m_runner, &CheckAllRunner::finished, this, [this](const CheckAllRunner::Summary &s) {
        m_finished = true;
        m_summary->setText(CheckAllRunner::summaryText(s));
        retranslateUi();
    });
    retranslateUi();
}

void CheckAllDialog::start()
{
    m_summary->setText(tr("Checking %n API credential(s)…", nullptr, m_runner->summary().total));
    m_runner->start();
}

void CheckAllDialog::reject()
{
    if (m_runner->isRunning()) {
        m_runner->cancel();
        return;
    }
    QDialog::reject();
}

void CheckAllDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CheckAllDialog::retranslateUi()
{
    setWindowTitle(tr("Check API credentials"));
    m_results->setHeaderLabels({tr("API credentials"), tr("Outcome")});
    m_results->setAccessibleName(tr("Outcome of each check"));
    fitNames();
    m_cancel->setText(m_finished ? tr("Close") : tr("Cancel"));
}

void CheckAllDialog::fitNames()
{
    // The names, and a title longer in French than in English; a long name no wider than half the
    // list, the outcome needs room too (the details pane shows both in full). Not a width the user set.
    m_columns->fitContents(0, width() / 2);
}

} // namespace cc
