#pragma once

#include "CredentialRepository.h"

#include <QAbstractTableModel>

namespace cc {

// All credentials, one row each, in the store's order. Secrets never appear: the model has none.
class CredentialListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        VendorColumn,
        IdentifierColumn,
        RegionColumn,
        StatusColumn,
        CreatedColumn,
        ModifiedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,   // raw value to sort by
        SearchRole, // the text search-as-you-type looks in: name and identifiers
        VendorIdRole,
    };

    explicit CredentialListModel(CredentialRepository *repository, QObject *parent = nullptr);

    // Without QAbstractTableModel's two virtual calls: sorting 10,000 rows asks for ~270,000 indexes.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Credential *credentialAt(int row) const;
    QModelIndex indexOfId(const QString &id) const;

    static QString identifierText(const Credential &c);
    static QString statusText(const CheckStatus &s);
    // A required secret was never entered (after an import or a duplicate that was not finished).
    static bool missesSecrets(const Credential &c);

    // After a change of language: every header and every cell is re-read.
    void retranslate();

    // Whether the name at left sorts before the one at right. Sorting 10,000 rows by name makes
    // ~140,000 comparisons: they compare the names' places when the store read them with the file
    // (CredentialStore::nameRanks(), until the list first changes), else case-folded keys made once
    // (appendNameSortKey()), rather than folding both names each time.
    bool nameLess(int left, int right) const;
    // The name of the credential at row, case-folded. Valid until the next change to the list.
    QStringView nameSortKey(int row) const;
    // What the vendor, last check and date columns sort the row on: kept for every row from the first
    // sort by one of them until the list is replaced, and taken from the store's first pass while it
    // shows it, so that a list left sorted by a date shows without reading every entry first.
    const CredentialSortKeys &sortKeys(int row) const;

private:
    // Where a row's key lies in m_keyText.
    struct KeySpan
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };
    KeySpan appendNameKey(int row) const;

    CredentialRepository *m_repository;
    // All keys end to end in one string (10,000 separate strings cost a page fault each few dozen
    // at start-up); a changed row's key is appended and the old text left until the next reset.
    mutable QString m_keyText;
    mutable QVector<KeySpan> m_nameKeys;            // by row; empty until the first sort by name
    QVector<int> m_nameRanks;                       // by row; from the store's load, until a change
    mutable QVector<CredentialSortKeys> m_sortKeys; // by row; empty until the first sort that needs them
};

} // namespace cc
