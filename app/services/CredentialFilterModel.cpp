#include "CredentialFilterModel.h"

#include "CredentialListModel.h"

namespace cc {

CredentialFilterModel::CredentialFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
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
    m_foldedSearch.clear();
    appendNameSortKey(m_foldedSearch, m_search); // as the list folds what it looks in
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
    if (!m_list)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    if (!m_vendorId.isEmpty()) {
        const Credential *c = m_list->credentialAt(sourceRow);
        if (!c || c->schema().id != m_vendorId)
            return false;
    }
    return m_search.isEmpty() || m_list->searchKey(sourceRow).contains(m_foldedSearch);
}

bool CredentialFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_list)
        return QSortFilterProxyModel::lessThan(left, right);
    switch (left.column()) {
    case CredentialListModel::NameColumn:
        return m_list->nameLess(left.row(), right.row());
    case CredentialListModel::VendorColumn:
        return m_list->sortKeys(left.row()).vendor < m_list->sortKeys(right.row()).vendor;
    case CredentialListModel::StatusColumn:
        return CredentialSortKeys::checkedBefore(m_list->sortKeys(left.row()), m_list->sortKeys(right.row()));
    case CredentialListModel::CreatedColumn:
        return m_list->sortKeys(left.row()).created < m_list->sortKeys(right.row()).created;
    case CredentialListModel::ModifiedColumn:
        return m_list->sortKeys(left.row()).modified < m_list->sortKeys(right.row()).modified;
    case CredentialListModel::SecretAgeColumn:
        return m_list->secretAgeSortKey(left.row()) < m_list->secretAgeSortKey(right.row());
    case CredentialListModel::IdentifierColumn:
    case CredentialListModel::RegionColumn:
        return m_list->textSortKey(left.column(), left.row()) < m_list->textSortKey(left.column(), right.row());
    default:
        break;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace cc
