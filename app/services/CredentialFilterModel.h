#pragma once

#include <QSortFilterProxyModel>

namespace cc {

class CredentialListModel;

// Search as you type over names and identifiers, and a filter by vendor.
class CredentialFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CredentialFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Empty: every vendor.
    void setVendorId(const QString &vendorId);
    QString vendorId() const { return m_vendorId; }

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    // Both look at what CredentialListModel keeps for each row (search texts, sort keys): no QVariant
    // or lower-cased copy per row or comparison, which matters over 10,000 rows. Over another
    // model, Qt's own.
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const CredentialListModel *m_list = nullptr; // the source model when it is one
    QString m_search;
    QString m_foldedSearch; // m_search case-folded, looked for in CredentialListModel::searchKey()
    QString m_vendorId;
};

} // namespace cc
