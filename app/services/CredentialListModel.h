#pragma once

#include "CredentialRepository.h"

#include <QAbstractTableModel>

#include <functional>
#include <utility>

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
        SecretAgeColumn, // since the secrets were last set; flagged past the limit (setSecretAgeLimit())
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SearchRole, // the text search-as-you-type looks in: name and identifiers
        VendorIdRole,
        LookRole, // int, a Look: how the cell shows (the Last check and Secret age columns)
    };
    // A cell that needs a status' colour and icon: a passing or failing last check, secrets that are
    // missing or older than the limit. The text says it too, never the look alone.
    enum class Look { Plain, Success, Warning, Error };

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
    // How a cell of c's row in column shows (LookRole).
    Look look(const Credential &c, int column) const;

    // Flags the credentials whose secrets are older than this many days (SecretAge::kNoLimit: none).
    void setSecretAgeLimit(int days);
    int secretAgeLimit() const { return m_secretAgeLimit; }
    // What the secret age column sorts the row on: the youngest first, those without secrets last.
    qint64 secretAgeSortKey(int row) const;

    // After a change of language: every header and every cell is re-read.
    void retranslate();

    // Whether the name at left sorts before the one at right. Sorting 10,000 rows by name makes
    // ~140,000 comparisons. While the rows are in the order the store read them, name order, they
    // compare their places; after a change, case-folded keys made once (appendNameSortKey()), in the
    // same order (nameKeyLess()).
    bool nameLess(int left, int right) const;
    // The name of the credential at row, case-folded. Valid until the next change to the list.
    QStringView nameSortKey(int row) const;
    // What the vendor, last check and date columns sort the row on: kept for every row from the first
    // sort by one of them until the list is replaced, and taken from the store's first read while it
    // holds it, so that a list left sorted by a date shows without reading every row whole first.
    const CredentialSortKeys &sortKeys(int row) const;
    // What the identifier or region column sorts the row on: its text, case-folded. Valid until the
    // next change to the list.
    QStringView textSortKey(int column, int row) const;
    // What search-as-you-type looks in (SearchRole's text), case-folded: each keystroke looks through
    // all 10,000 rows, and building each row's text every time was most of it.
    QStringView searchKey(int row) const;

private:
    // Something kept for every row: made for all of them the first time one is asked for, then
    // following each change to the list (a changed row's made again), until the list is replaced.
    template <typename Key> class RowKeys
    {
    public:
        explicit RowKeys(std::function<Key(int row)> make)
            : m_make(std::move(make))
        {
        }
        bool isEmpty() const { return m_keys.isEmpty(); }
        const Key &at(int row, int rowCount) const
        {
            if (m_keys.isEmpty()) {
                m_keys.reserve(rowCount);
                for (int i = 0; i < rowCount; ++i)
                    m_keys.append(m_make(i));
            }
            return m_keys.at(row);
        }
        void inserted(int row)
        {
            if (!m_keys.isEmpty())
                m_keys.insert(row, m_make(row));
        }
        void updated(int row)
        {
            if (!m_keys.isEmpty())
                m_keys[row] = m_make(row);
        }
        void removed(int row)
        {
            if (!m_keys.isEmpty())
                m_keys.removeAt(row);
        }
        void clear() { m_keys.clear(); }

    private:
        std::function<Key(int row)> m_make;
        mutable QVector<Key> m_keys;
    };

    // Case-folded text for every row, all end to end in one string (10,000 separate strings cost a
    // page fault each few dozen at start-up); a changed row's text is appended and the old one left
    // until the texts are all made again.
    class FoldedTexts
    {
    public:
        explicit FoldedTexts(std::function<void(QString &out, int row)> append);
        FoldedTexts(const FoldedTexts &) = delete;
        FoldedTexts &operator=(const FoldedTexts &) = delete;
        QStringView at(int row, int rowCount) const;
        RowKeys<std::pair<qsizetype, qsizetype>> &rows() { return m_spans; } // for the list's changes

    private:
        std::function<void(QString &out, int row)> m_append;
        mutable QString m_text;
        RowKeys<std::pair<qsizetype, qsizetype>> m_spans; // where each row's text lies in m_text
    };

    void appendSearchText(QString &out, int row) const;
    // Calls f with each of the per-row keys, for a change to the list.
    template <typename F> void forEachRowKeys(F &&f)
    {
        f(m_nameKeys.rows());
        f(m_searchKeys.rows());
        f(m_identifierKeys.rows());
        f(m_regionKeys.rows());
        f(m_sortKeys);
    }

    CredentialRepository *m_repository;
    FoldedTexts m_nameKeys;                 // from the first sort by name
    FoldedTexts m_searchKeys;               // from the first search
    FoldedTexts m_identifierKeys;           // from the first sort by identifier
    FoldedTexts m_regionKeys;               // from the first sort by region
    RowKeys<CredentialSortKeys> m_sortKeys; // from the first sort that needs them
    int m_secretAgeLimit = 0;
};

} // namespace cc
