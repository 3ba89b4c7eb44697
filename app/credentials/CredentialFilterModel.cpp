#include "CredentialFilterModel.h"

#include "CredentialListModel.h"

namespace cc {

CredentialFilterModel::CredentialFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CredentialListModel::SortRole);
    setDynamicSortFilter(true);
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

} // namespace cc
