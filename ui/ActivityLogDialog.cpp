#include "ActivityLogDialog.h"

#include "Ask.h"
#include "RowDetails.h"
#include "secrets/PrivateFile.h"
#include "services/ActivityLog.h"
#include "services/ActivityLogModel.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cc {

ActivityLogDialog::ActivityLogDialog(ActivityLog *log, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_model(new ActivityLogModel(this))
    , m_filter(new ActivityLogFilter(this))
    , m_search(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_skipped(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("activityLog"));
    resize(900, 520);
    m_filter->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_action->setObjectName(QStringLiteral("action"));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_action->addItem(QString(), -1);
    for (int a = int(ActivityLog::Action::Create); a <= int(ActivityLog::Action::ReplaceSecret); ++a)
        m_action->addItem(QString(), a);
    m_outcome->addItem(QString(), -1);
    m_outcome->addItem(QString(), int(ActivityLog::Outcome::Succeeded));
    m_outcome->addItem(QString(), int(ActivityLog::Outcome::Failed));
    m_table->setModel(m_filter);
    m_table->setObjectName(QStringLiteral("entries"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_export->setObjectName(QStringLiteral("exportCsv"));

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_action);
    bar->addWidget(m_outcome);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(new RowDetails(m_table, this)); // a long vendor error in full
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_skipped, 1);
    bottom->addWidget(m_export);
    bottom->addWidget(m_close);
    layout->addLayout(bottom);

    connect(m_search, &QLineEdit::textChanged, m_filter, &ActivityLogFilter::setText);
    connect(m_action, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setAction(m_action->currentData().toInt()); });
    connect(m_outcome, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setOutcome(m_outcome->currentData().toInt()); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the activity log"),
                                                          QDir::home().filePath(QStringLiteral("activity.csv")),
                                                          tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            Ask::warning(this, tr("Export the activity log"), error, QStringLiteral("exportFailed"));
    });
    reload();
    retranslateUi();
}

void ActivityLogDialog::reload()
{
    m_model->setEntries(m_log->read(&m_skippedLines));
    m_table->resizeColumnsToContents();
    retranslateUi();
}

bool ActivityLogDialog::exportCsv(const QString &path, QString *error) const
{
    QString why;
    if (!PrivateFile::write(path, ActivityLog::toCsv(m_filter->visibleEntries()), &why)) {
        *error = tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    return true;
}

void ActivityLogDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ActivityLogDialog::retranslateUi()
{
    setWindowTitle(tr("Activity log"));
    m_search->setPlaceholderText(tr("Filter by credentials or detail"));
    m_search->setAccessibleName(tr("Filter"));
    m_action->setAccessibleName(tr("Action"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_table->setAccessibleName(windowTitle());
    m_action->setItemText(0, tr("All actions"));
    for (int i = 1; i < m_action->count(); ++i)
        m_action->setItemText(i, ActivityLog::actionLabel(ActivityLog::Action(m_action->itemData(i).toInt())));
    m_outcome->setItemText(0, tr("All outcomes"));
    m_outcome->setItemText(1, ActivityLog::outcomeLabel(ActivityLog::Outcome::Succeeded));
    m_outcome->setItemText(2, ActivityLog::outcomeLabel(ActivityLog::Outcome::Failed));
    m_skipped->setText(m_skippedLines > 0
                           ? tr("%n damaged line(s) of the log file were skipped.", nullptr, m_skippedLines)
                           : QString());
    m_export->setText(tr("Export as CSV…"));
    m_close->setText(tr("Close"));
    m_model->retranslate(); // the details too: the log keeps events, not sentences
}

} // namespace cc
