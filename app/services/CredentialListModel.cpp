#include "CredentialListModel.h"

#include "domain/SecretAge.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace cc {

CredentialListModel::FoldedTexts::FoldedTexts(std::function<void(QString &out, int row)> append)
    : m_append(std::move(append))
    , m_spans([this](int row) {
        const qsizetype start = m_text.size();
        m_append(m_text, row);
        return std::pair(start, m_text.size() - start);
    })
{
}

QStringView CredentialListModel::FoldedTexts::at(int row, int rowCount) const
{
    if (m_spans.isEmpty()) {
        m_text.clear(); // what changed rows left behind
        m_text.reserve(rowCount * 24);
    }
    const auto [start, length] = m_spans.at(row, rowCount);
    return QStringView(m_text).mid(start, length);
}

CredentialListModel::CredentialListModel(CredentialRepository *repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_nameKeys([this](QString &out, int row) { appendNameSortKey(out, m_repository->store().nameAt(row)); })
    , m_searchKeys([this](QString &out, int row) { appendSearchText(out, row); })
    , m_identifierKeys([this](QString &out, int row) {
        if (const Credential *c = credentialAt(row))
            appendNameSortKey(out, identifierText(*c));
    })
    , m_regionKeys([this](QString &out, int row) {
        if (const Credential *c = credentialAt(row))
            appendNameSortKey(out, c->text(c->schema().regionKey));
    })
    , m_sortKeys([this](int row) { return m_repository->store().sortKeysAt(row); })
{
    connect(repository, &CredentialRepository::credentialAboutToBeInserted, this,
            [this](int row) { beginInsertRows({}, row, row); });
    // The keys follow each change before the proxy sees it (it compares and filters rows at once).
    connect(repository, &CredentialRepository::credentialInserted, this, [this](int row) {
        forEachRowKeys([row](auto &keys) { keys.inserted(row); });
        endInsertRows();
    });
    connect(repository, &CredentialRepository::credentialUpdated, this, [this](int row) {
        forEachRowKeys([row](auto &keys) { keys.updated(row); });
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(repository, &CredentialRepository::credentialAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(repository, &CredentialRepository::credentialsAboutToBeReplaced, this, [this] { beginResetModel(); });
    connect(repository, &CredentialRepository::credentialsReplaced, this, [this] {
        forEachRowKeys([](auto &keys) { keys.clear(); });
        endResetModel();
    });
    connect(repository, &CredentialRepository::credentialRemoved, this, [this](int row) {
        forEachRowKeys([row](auto &keys) { keys.removed(row); });
        endRemoveRows();
    });
}

bool CredentialListModel::nameLess(int left, int right) const
{
    // Rows the store read in name order compare by place: no name need be read, nor compared.
    if (m_repository->store().rowsInNameOrder())
        return left < right;
    return nameKeyLess(nameSortKey(left), nameSortKey(right));
}

QStringView CredentialListModel::nameSortKey(int row) const
{
    return m_nameKeys.at(row, rowCount());
}

const CredentialSortKeys &CredentialListModel::sortKeys(int row) const
{
    return m_sortKeys.at(row, rowCount());
}

QStringView CredentialListModel::textSortKey(int column, int row) const
{
    return (column == RegionColumn ? m_regionKeys : m_identifierKeys).at(row, rowCount());
}

QStringView CredentialListModel::searchKey(int row) const
{
    return m_searchKeys.at(row, rowCount());
}

// The name, then the identifiers, as SearchRole gives them (the name alone of an entry that does not
// read, until the store reads the file again).
void CredentialListModel::appendSearchText(QString &out, int row) const
{
    appendNameSortKey(out, m_repository->store().nameAt(row));
    out += QLatin1Char('\n');
    if (const Credential *c = credentialAt(row))
        appendNameSortKey(out, identifierText(*c));
}

QModelIndex CredentialListModel::index(int row, int column, const QModelIndex &parent) const
{
    const bool inside =
        !parent.isValid() && row >= 0 && column >= 0 && column < ColumnCount && row < m_repository->store().count();
    return inside ? createIndex(row, column) : QModelIndex();
}

int CredentialListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_repository->store().count();
}

int CredentialListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Credential *CredentialListModel::credentialAt(int row) const
{
    return m_repository->store().at(row);
}

QModelIndex CredentialListModel::indexOfId(const QString &id) const
{
    const int row = m_repository->store().indexOf(id);
    return row < 0 ? QModelIndex() : index(row, 0);
}

QString CredentialListModel::identifierText(const Credential &c)
{
    QStringList parts;
    for (const QString &key : c.schema().identifierKeys) {
        const QString v = c.text(key);
        if (!v.isEmpty())
            parts << v;
    }
    return parts.join(QStringLiteral(" / "));
}

bool CredentialListModel::missesSecrets(const Credential &c)
{
    for (const FieldSpec &f : c.schema().fields) {
        if (f.isSecret() && c.schema().isRequired(f, c.values) && !c.hasSecret(f.key))
            return true;
    }
    return false;
}

QString CredentialListModel::statusText(const CheckStatus &s)
{
    const QString when = QLocale().toString(s.at.toLocalTime(), QLocale::ShortFormat);
    switch (s.state) {
    case CheckStatus::State::Ok:
        return tr("OK (%1)").arg(when);
    case CheckStatus::State::Failing:
        return tr("Failing (%1)").arg(when);
    case CheckStatus::State::NotChecked:
        break;
    }
    return tr("Not checked");
}

CredentialListModel::Look CredentialListModel::look(const Credential &c, int column) const
{
    if (column == SecretAgeColumn)
        return SecretAge::isTooOld(c, m_secretAgeLimit) ? Look::Warning : Look::Plain;
    if (column != StatusColumn)
        return Look::Plain;
    switch (c.lastCheck.state) {
    case CheckStatus::State::Ok:
        return Look::Success;
    case CheckStatus::State::Failing:
        return Look::Error;
    case CheckStatus::State::NotChecked:
        break;
    }
    return missesSecrets(c) ? Look::Warning : Look::Plain;
}

QVariant CredentialListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == Qt::DisplayRole && index.column() == NameColumn) // known before the rest is read
        return m_repository->store().nameAt(index.row());
    const Credential *c = credentialAt(index.row());
    if (!c)
        return {};
    switch (role) {
    case IdRole:
        return c->id;
    case VendorIdRole:
        return c->schema().id;
    case LookRole:
        return int(look(*c, index.column()));
    case SearchRole:
        return QString(c->name() + QLatin1Char('\n') + identifierText(*c));
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !c->lastCheck.detail.isEmpty())
            return c->lastCheck.detail;
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case VendorColumn:
            return c->schema().displayName;
        case IdentifierColumn:
            return identifierText(*c);
        case RegionColumn: {
            const QString key = c->schema().regionKey;
            return key.isEmpty() ? QString() : c->text(key);
        }
        case StatusColumn:
            if (c->lastCheck.state == CheckStatus::State::NotChecked && missesSecrets(*c))
                return tr("Secrets missing");
            return statusText(c->lastCheck);
        case CreatedColumn:
            return QLocale().toString(c->created.toLocalTime(), QLocale::ShortFormat);
        case ModifiedColumn:
            return QLocale().toString(c->modified.toLocalTime(), QLocale::ShortFormat);
        case SecretAgeColumn:
            return SecretAge::textWithLimit(*c, m_secretAgeLimit);
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CredentialListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case VendorColumn:
        return tr("SMS vendor");
    case IdentifierColumn:
        return tr("Identifier");
    case RegionColumn:
        return tr("Region");
    case StatusColumn:
        return tr("Last check");
    case CreatedColumn:
        return tr("Created");
    case ModifiedColumn:
        return tr("Modified");
    case SecretAgeColumn:
        //: The list's column: how long ago the secrets were last set.
        return tr("Secret age");
    default:
        return {};
    }
}

void CredentialListModel::setSecretAgeLimit(int days)
{
    if (days == m_secretAgeLimit)
        return;
    m_secretAgeLimit = std::max(days, int(SecretAge::kNoLimit));
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, SecretAgeColumn), index(rowCount() - 1, SecretAgeColumn));
}

qint64 CredentialListModel::secretAgeSortKey(int row) const
{
    const Credential *c = credentialAt(row);
    if (!c || SecretAge::days(*c) < 0)
        return std::numeric_limits<qint64>::max();
    return -c->secretsSetAt.toMSecsSinceEpoch();
}

void CredentialListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace cc
