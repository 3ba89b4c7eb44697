#include "RegionDialog.h"

#include "RowDetails.h"
#include "StatusLook.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cc {

RegionDialog::RegionDialog(VendorOperations *operations, const Credential &credential, const Secrets &secrets,
                           QWidget *parent)
    : QDialog(parent)
    , m_credential(credential)
    , m_probe(new RegionProbe(operations, this))
    , m_intro(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_problem(RegionProbe::problem(credential))
{
    setObjectName(QStringLiteral("regionDialog"));
    resize(560, 360);
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("regions"));
    m_table->setRootIsDecorated(false);
    m_table->setColumnCount(3);
    m_table->header()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_use = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(QStringLiteral("useRegion"));
    m_use->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(new RowDetails(m_table, this)); // a region's answer in full
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_use, &QPushButton::clicked, this, [this] {
        Q_EMIT regionChosen(m_probe->acceptedRegion());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_probe, &RegionProbe::outcomeReady, this, &RegionDialog::showOutcome);
    connect(m_probe, &RegionProbe::finished, this, &RegionDialog::showEnd);
    if (m_problem.isEmpty()) {
        m_probe->start(credential, secrets);
        for (int i = 0; i < m_probe->outcomes().size(); ++i) {
            auto *item = new QTreeWidgetItem(m_table);
            item->setText(0, m_probe->outcomes().at(i).region);
        }
    }
    retranslateUi();
}

void RegionDialog::showOutcome(int index)
{
    const RegionProbe::Outcome &o = m_probe->outcomes().at(index);
    QTreeWidgetItem *item = m_table->topLevelItem(index);
    if (!item)
        return;
    item->setText(1, RegionProbe::outcomeText(o));
    item->setText(2, RegionProbe::timeText(o));
    item->setToolTip(1, o.summary);
    using Kind = RegionProbe::Outcome::Kind;
    StatusLook::show(item, 1, o.kind == Kind::Accepted ? Status::Success : Status::Error, true);
    for (int column = 0; column < 2; ++column)
        m_table->resizeColumnToContents(column);
    if (o.kind == Kind::Accepted || !m_table->currentItem())
        m_table->setCurrentItem(item); // the details pane shows its answer in full
}

void RegionDialog::showEnd()
{
    retranslateUi();
}

void RegionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RegionDialog::retranslateUi()
{
    setWindowTitle(tr("Find region"));
    m_intro->setText(tr("Checks these API credentials with every region of %1 at once, as Check does: read only, "
                        "nothing is sent.")
                         .arg(m_credential.schema().displayName));
    m_table->setHeaderLabels({tr("Region"), tr("Outcome"), tr("Time")});
    m_table->setAccessibleName(tr("Regions and their answers"));
    for (int i = 0; i < m_table->topLevelItemCount() && i < m_probe->outcomes().size(); ++i) {
        if (m_probe->outcomes().at(i).kind != RegionProbe::Outcome::Kind::Pending)
            showOutcome(i);
        else
            m_table->topLevelItem(i)->setText(1, RegionProbe::kindText(RegionProbe::Outcome::Kind::Pending));
    }
    const QString accepted = m_probe->acceptedRegion();
    const QString current = m_credential.text(m_credential.schema().regionKey);
    m_use->setText(accepted.isEmpty() ? tr("Use region") : tr("Use region %1").arg(accepted));
    m_use->setEnabled(!m_probe->isRunning() && !accepted.isEmpty() && accepted != current);
    m_close->setText(tr("Close"));
    if (!m_problem.isEmpty())
        StatusLook::show(m_status, Status::Error, m_problem);
    else if (m_probe->isRunning())
        StatusLook::clear(m_status, tr("Asking every region…"));
    else if (!accepted.isEmpty())
        StatusLook::show(m_status, Status::Success,
                         accepted == current
                             ? tr("The API credentials work in region %1, the one the form has.").arg(accepted)
                             : tr("The API credentials work in region %1.").arg(accepted));
    else
        StatusLook::show(
            m_status, Status::Error,
            std::any_of(m_probe->outcomes().begin(), m_probe->outcomes().end(),
                        [](const RegionProbe::Outcome &o) { return o.kind == RegionProbe::Outcome::Kind::Accepted; })
                ? tr("More than one region accepted the API credentials; choose the region yourself.")
                : tr("No region accepted the API credentials: check the secrets, and the project, app "
                     "or service plan IDs."));
}

} // namespace cc
