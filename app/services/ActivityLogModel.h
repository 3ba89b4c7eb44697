#pragma once

#include "ActivityLog.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace cc {

// The activity log as a table: newest first. The detail is worded in the language in use when it is
// shown (ActivityEvent::text()); retranslate() when the language changes.
class ActivityLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, CredentialColumn, ActionColumn, OutcomeColumn, DetailColumn, ColumnCount };
    enum Role { ActionRole = Qt::UserRole + 1, OutcomeRole, CodeRole };

    explicit ActivityLogModel(QObject *parent = nullptr);
    void setEntries(QVector<ActivityLog::Entry> entries);
    const ActivityLog::Entry &entryAt(int row) const { return m_entries.at(row); }
    // Every row and title again, in the language now in use.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<ActivityLog::Entry> m_entries;
};

// Filters the log by text (credential or detail), action and outcome.
class ActivityLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString &text);
    void setAction(int action);   // -1: any
    void setOutcome(int outcome); // -1: any
    QVector<ActivityLog::Entry> visibleEntries() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    int m_action = -1;
    int m_outcome = -1;
};

} // namespace cc
