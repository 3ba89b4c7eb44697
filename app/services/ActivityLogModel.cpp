#include "ActivityLogModel.h"

#include <QLocale>

#include <algorithm>

namespace cc {

ActivityLogModel::ActivityLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ActivityLogModel::setEntries(QVector<ActivityLog::Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

void ActivityLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ActivityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ActivityLog::Entry &e = m_entries.at(index.row());
    if (role == ActionRole)
        return int(e.action);
    if (role == OutcomeRole)
        return int(e.outcome);
    if (role == CodeRole)
        return e.event.code;
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return e.text();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
    case CredentialColumn:
        return e.credentialName;
    case ActionColumn:
        return ActivityLog::actionLabel(e.action);
    case OutcomeColumn:
        return ActivityLog::outcomeLabel(e.outcome);
    case DetailColumn:
        return e.text();
    default:
        return {};
    }
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case CredentialColumn:
        return tr("API credentials");
    case ActionColumn:
        return tr("Action");
    case OutcomeColumn:
        return tr("Outcome");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

void ActivityLogFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ActivityLogFilter::setAction(int action)
{
    m_action = action;
    invalidateFilter();
}

void ActivityLogFilter::setOutcome(int outcome)
{
    m_outcome = outcome;
    invalidateFilter();
}

QVector<ActivityLog::Entry> ActivityLogFilter::visibleEntries() const
{
    QVector<ActivityLog::Entry> out;
    auto *source = static_cast<ActivityLogModel *>(sourceModel());
    for (int r = 0; r < rowCount(); ++r)
        out.prepend(source->entryAt(mapToSource(index(r, 0)).row())); // oldest first, like the file
    return out;
}

bool ActivityLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_action >= 0 && i.data(ActivityLogModel::ActionRole).toInt() != m_action)
        return false;
    if (m_outcome >= 0 && i.data(ActivityLogModel::OutcomeRole).toInt() != m_outcome)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c : {int(ActivityLogModel::CredentialColumn), int(ActivityLogModel::DetailColumn)}) {
        if (sourceModel()->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace cc
