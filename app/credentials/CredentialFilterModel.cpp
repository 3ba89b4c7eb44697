#include "CredentialFilterModel.h"

#include "CredentialListModel.h"

namespace cc {

CredentialFilterModel::CredentialFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CredentialListModel::SortRole);
    setDynamicSortFilter(true);
}

void CredentialFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_list = qobject_cast<const CredentialListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void CredentialFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

void CredentialFilterModel::setVendorId(const QString &vendorId)
{
    if (vendorId == m_vendorId)
        return;
    m_vendorId = vendorId;
    invalidateFilter();
}

bool CredentialFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_vendorId.isEmpty() && index.data(CredentialListModel::VendorIdRole).toString() != m_vendorId)
        return false;
    if (m_search.isEmpty())
        return true;
    return index.data(CredentialListModel::SearchRole).toString().contains(m_search, Qt::CaseInsensitive);
}

bool CredentialFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_list)
        return QSortFilterProxyModel::lessThan(left, right);
    if (left.column() == CredentialListModel::NameColumn)
        return m_list->nameLess(left.row(), right.row());
    const Credential *a = m_list->credentialAt(left.row());
    const Credential *b = m_list->credentialAt(right.row());
    if (!a || !b)
        return QSortFilterProxyModel::lessThan(left, right);
    const auto textOf = [](const Credential &c, const QString &key) { return c.values.value(key).toString(); };
    switch (left.column()) {
    case CredentialListModel::VendorColumn:
        return a->schema().displayName.compare(b->schema().displayName, Qt::CaseInsensitive) < 0;
    case CredentialListModel::RegionColumn:
        return textOf(*a, a->schema().regionKey).compare(textOf(*b, b->schema().regionKey), Qt::CaseInsensitive) < 0;
    case CredentialListModel::CreatedColumn:
        return a->created < b->created;
    case CredentialListModel::ModifiedColumn:
        return a->modified < b->modified;
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace cc
