#include "ImportDialog.h"

#include "RowDetails.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cc {

ImportDialog::ImportDialog(const QString &fileName, CredentialTransfer::Plan plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(std::move(plan))
    , m_items(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import API credentials"));
    resize(820, 420);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("From %1:").arg(QDir::toNativeSeparators(fileName)), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_items->setObjectName(QStringLiteral("items"));
    m_items->setRootIsDecorated(false);
    m_items->setWordWrap(true);
    m_items->setHeaderLabels({tr("Name"), tr("Result"), tr("Details")});
    m_items->setAccessibleName(tr("API credentials in the file"));
    m_items->header()->setStretchLastSection(true);
    for (const CredentialTransfer::Item &item : m_plan.items) {
        QString details = item.reason;
        switch (item.status) {
        case CredentialTransfer::Item::Status::Imported:
        case CredentialTransfer::Item::Status::Renamed: {
            const QString secrets =
                tr("Secrets to enter after the import: %1.").arg(item.secretsNeeded.join(QStringLiteral(", ")));
            details = details.isEmpty() ? secrets : details + QLatin1Char(' ') + secrets;
            break;
        }
        case CredentialTransfer::Item::Status::Rejected:
            details = item.refusal(); // as the command line lists it: the entry's place, its name, why
            break;
        case CredentialTransfer::Item::Status::Skipped:
            break;
        }
        auto *row = new QTreeWidgetItem(
            m_items, {item.finalName.isEmpty() ? item.shownName() : item.finalName, statusText(item.status), details});
        row->setToolTip(2, details);
    }
    m_items->resizeColumnToContents(0);
    m_items->resizeColumnToContents(1);
    m_items->setCurrentItem(m_items->topLevelItem(0));
    layout->addWidget(m_items, 1);
    layout->addWidget(new RowDetails(m_items, this));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setText(m_plan.summary());
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    const int count = int(m_plan.toImport().size());
    m_import = buttons->addButton(tr("Import %n API credential(s)", nullptr, count), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setEnabled(count > 0);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ImportDialog::statusText(CredentialTransfer::Item::Status status)
{
    switch (status) {
    case CredentialTransfer::Item::Status::Imported:
        return tr("Ready to import");
    case CredentialTransfer::Item::Status::Renamed:
        return tr("Renamed");
    case CredentialTransfer::Item::Status::Skipped:
        return tr("Skipped");
    case CredentialTransfer::Item::Status::Rejected:
        break;
    }
    return tr("Rejected");
}

} // namespace cc
