#include "CredentialStore.h"

#include "CredentialFileCodec.h"
#include "CredentialReadAhead.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace cc {

namespace {
const QString kFormat = QStringLiteral("channel-console/credentials");
}

// A load begun from a read-ahead's first pass (see load()).
struct CredentialStore::Pending
{
    explicit Pending(std::shared_ptr<CredentialReadAhead::Passes> p)
        : passes(std::move(p))
        , parsed(size_t(passes->index().entries.size()))
    {
    }
    ~Pending() { passes->whenRead(nullptr, {}); }

    std::shared_ptr<CredentialReadAhead::Passes> passes;
    std::vector<std::unique_ptr<Credential>> parsed; // what at() read, by row
};

CredentialStore::CredentialStore(QString filePath)
    : m_filePath(std::move(filePath))
{
}

CredentialStore::~CredentialStore() = default;

std::shared_ptr<void> CredentialStore::whenSettleable(QObject *receiver, std::function<void()> done)
{
    if (!m_pending)
        return nullptr;
    const auto passes = m_pending->passes;
    passes->whenRead(receiver, std::move(done));
    return std::shared_ptr<void>(nullptr, [passes](void *) { passes->whenRead(nullptr, {}); });
}

void CredentialStore::continueLoading()
{
    if (m_pending)
        m_pending->passes->proceed();
}

void CredentialStore::settle() const
{
    if (!m_pending)
        return;
    std::optional<QVector<Credential>> read = m_pending->passes->takeCredentials();
    if (read && m_pending->passes->isSameAsIndex()) { // what the list shows already
        m_credentials = std::move(*read);
        m_pending.reset();
        return;
    }
    if (m_settleObserver)
        m_settleObserver(true);
    m_pending.reset();
    if (read)
        m_credentials = std::move(*read);
    else // an entry the first pass let through: read again, for the message
        m_lateResult = const_cast<CredentialStore *>(this)->readFile();
    if (m_settleObserver)
        m_settleObserver(false);
}

QString CredentialStore::nameAt(int row) const
{
    if (m_pending)
        return m_pending->passes->index().names.at(row);
    return m_credentials.at(row).name();
}

CredentialSortKeys CredentialStore::sortKeysAt(int row) const
{
    if (m_pending) {
        const CredentialFileIndex &index = m_pending->passes->index();
        return CredentialFileCodec::sortKeys(index.entries.at(row), index.parts.at(row));
    }
    return CredentialSortKeys::of(m_credentials.at(row));
}

QVector<int> CredentialStore::nameRanks() const
{
    return m_pending ? m_pending->passes->index().nameRanks : QVector<int>();
}

const Credential *CredentialStore::at(int row) const
{
    if (row < 0 || row >= count())
        return nullptr;
    if (!m_pending)
        return &m_credentials.at(row);
    std::unique_ptr<Credential> &entry = m_pending->parsed[size_t(row)];
    if (!entry) {
        entry = std::make_unique<Credential>();
        // An entry that does not read (its id stays empty) is found by the second pass too, and the
        // store read again; until then the list shows only its name.
        (void)CredentialFileCodec::readEntry(m_pending->passes->index().entries.at(row), entry.get());
    }
    return entry->id.isEmpty() ? nullptr : entry.get();
}

QString CredentialStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/credentials.json");
}

int CredentialStore::indexOf(const QString &id) const
{
    settle();
    for (int i = 0; i < m_credentials.size(); ++i) {
        if (m_credentials.at(i).id == id)
            return i;
    }
    return -1;
}

const Credential *CredentialStore::find(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_credentials.at(i);
}

QVector<const Credential *> CredentialStore::findAll(const QStringList &ids) const
{
    settle();
    QHash<QString, qsizetype> position;
    for (qsizetype i = 0; i < ids.size(); ++i)
        position.insert(ids.at(i), i);
    QVector<const Credential *> found(ids.size(), nullptr);
    for (const Credential &c : m_credentials) {
        if (const auto it = position.constFind(c.id); it != position.cend())
            found[*it] = &c;
    }
    found.removeAll(nullptr);
    return found;
}

bool CredentialStore::isNameTaken(const QString &name, const QString &exceptId) const
{
    settle();
    const QString wanted = name.trimmed();
    for (const Credential &c : m_credentials) {
        if (c.id != exceptId && c.name().trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int CredentialStore::upsert(const Credential &credential)
{
    settle();
    const int i = indexOf(credential.id);
    if (i >= 0) {
        m_credentials[i] = credential;
        return i;
    }
    m_credentials.append(credential);
    return int(m_credentials.size()) - 1;
}

QByteArray CredentialStore::serialize() const
{
    settle();
    return CredentialFileCodec::write(m_credentials, kFormat, kSchemaVersion);
}

CredentialStore::LoadResult CredentialStore::parse(const QByteArray &data, const QString &path,
                                                   QVector<Credential> *out)
{
    if (readDirectly(data, out))
        return {LoadStatus::Loaded, {}, {}};
    return parseDocument(data, path, out);
}

bool CredentialStore::readDirectly(QByteArrayView data, QVector<Credential> *out)
{
    return CredentialFileCodec::read(data, kFormat, kSchemaVersion, out);
}

bool CredentialStore::indexDirectly(QByteArrayView data, CredentialFileIndex *out)
{
    return CredentialFileCodec::index(data, kFormat, kSchemaVersion, out);
}

CredentialStore::LoadResult CredentialStore::parseDocument(const QByteArray &data, const QString &path,
                                                           QVector<Credential> *out)
{
    LoadResult r;
    const QString file = QDir::toNativeSeparators(path);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError) {
        // An error at the very end of the data means it stops early: a cut-off copy or a full disk.
        const bool truncated = pe.offset >= data.trimmed().size() - 1 || data.trimmed().isEmpty();
        r.status = truncated ? LoadStatus::Truncated : LoadStatus::Corrupt;
        r.message = truncated ? tr("The credentials file %1 is truncated: it ends after %n bytes, in the middle of "
                                   "its content.",
                                   nullptr, int(data.size()))
                                    .arg(file)
                              : tr("The credentials file %1 is damaged: it is not valid JSON (%2 at byte %3).")
                                    .arg(file, pe.errorString())
                                    .arg(pe.offset);
        return r;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != kFormat) {
        r.status = LoadStatus::Corrupt;
        r.message = tr("The file %1 is not a Channel Console credentials file.").arg(file);
        return r;
    }
    const int version = root.value(QStringLiteral("schemaVersion")).toInt(-1);
    if (version > kSchemaVersion) {
        r.status = LoadStatus::NewerVersion;
        r.message = tr("The credentials file %1 was written by a newer version of Channel Console (file format %2; "
                       "this version reads up to %3). Update Channel Console to use it.")
                        .arg(file)
                        .arg(version)
                        .arg(kSchemaVersion);
        return r;
    }
    if (version < 1 || !root.value(QStringLiteral("credentials")).isArray()) {
        r.status = LoadStatus::Corrupt;
        r.message = tr("The credentials file %1 is damaged: its format version or its list of credentials is "
                       "missing.")
                        .arg(file);
        return r;
    }
    QVector<Credential> list;
    const QJsonArray array = root.value(QStringLiteral("credentials")).toArray();
    list.reserve(array.size());
    for (const QJsonValue &v : array) {
        Credential c;
        QString why;
        if (!v.isObject() || !Credential::fromJson(v.toObject(), &c, &why)) {
            r.status = LoadStatus::Corrupt;
            r.message = tr("The credentials file %1 is damaged: %2.")
                            .arg(file, why.isEmpty() ? tr("an entry is not an object") : why);
            return r;
        }
        list.append(c);
    }
    *out = std::move(list);
    r.status = LoadStatus::Loaded;
    return r;
}

CredentialStore::LoadResult CredentialStore::load(CredentialReadAhead *readAhead)
{
    m_pending.reset();
    m_lateResult = {LoadStatus::Loaded, {}, {}};
    if (readAhead && readAhead->filePath() == m_filePath) {
        if (auto passes = readAhead->takePasses()) {
            m_credentials.clear();
            m_readOnly = false;
            m_pending = std::make_unique<Pending>(std::move(passes));
            m_pendingCount = int(m_pending->parsed.size());
            return {LoadStatus::Loaded, {}, {}};
        }
    }
    return readFile();
}

CredentialStore::LoadResult CredentialStore::readFile()
{
    m_credentials.clear();
    m_readOnly = false;
    QFile file(m_filePath);
    if (!file.exists())
        return {};
    LoadResult r;
    if (!file.open(QIODevice::ReadOnly)) {
        r.status = LoadStatus::Unreadable;
        r.message = tr("The credentials file %1 cannot be read: %2. Check its permissions.")
                        .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        m_readOnly = true;
        return r;
    }
    const QByteArray data = file.readAll();
    file.close();
    QVector<Credential> list;
    r = parse(data, m_filePath, &list);
    if (r.ok()) {
        m_credentials = std::move(list);
        return r;
    }
    // Keep the damaged file untouched and a copy aside; saving stays off until the user decides.
    m_readOnly = true;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = m_filePath + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(backup); ++n)
        backup = m_filePath + QStringLiteral(".damaged-") + stamp + QLatin1Char('-') + QString::number(n);
    if (QFile::copy(m_filePath, backup)) {
        r.backupPath = backup;
        r.message += QLatin1Char(' ') + tr("A copy was kept as %1.").arg(QDir::toNativeSeparators(backup));
    }
    return r;
}

bool CredentialStore::save(QString *error)
{
    if (m_readOnly) {
        *error = tr("The credentials file %1 was not loaded, so it is not overwritten. Choose to start afresh, or "
                    "repair the file and restart.")
                     .arg(QDir::toNativeSeparators(m_filePath));
        return false;
    }
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the credentials file %1: %2.")
                     .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray data = serialize();
    if (file.write(data) != data.size() || !file.commit()) {
        *error = tr("Cannot write the credentials file %1: %2. The previous version is unchanged.")
                     .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return false;
    }
    return true;
}

} // namespace cc
