#include "CredentialStore.h"

#include "domain/StoreMessages.h"

#include "ActivityLog.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace cc {

namespace {

const QString kLegacyFormat = QStringLiteral("channel-console/credentials");
// An earlier version's file larger than this is no credentials file (it held ~500 bytes an entry).
constexpr qint64 kLegacyMaxBytes = 256LL * 1024 * 1024;
// Check outcomes kept per credential.
constexpr int kCheckHistoryKept = 50;

const QString kColumns = QStringLiteral("id, vendor, fields, secrets, created, modified, check_state, check_at, "
                                        "check_detail, secrets_set_at");

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString fieldsText(const Credential &c)
{
    QJsonObject fields;
    for (auto it = c.values.cbegin(); it != c.values.cend(); ++it) {
        const FieldSpec *f = c.schema().field(it.key());
        if (!f || !f->isSecret()) // a secret never reaches the database
            fields.insert(it.key(), QJsonValue::fromVariant(it.value()));
    }
    return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

// The columns a change writes, and their values (the name again, on its own, for the first read).
const QString kWritten = QStringLiteral("vendor, name, name_key, fields, secrets, created, modified, check_state, "
                                        "check_at, check_detail, secrets_set_at");

QVariantList rowValues(const Credential &c)
{
    return {c.schema().id,
            Database::text(c.name()),
            Database::text(CredentialStore::nameKey(c.name())),
            fieldsText(c),
            Database::text(c.secretsSet.join(QLatin1Char(','))),
            timeValue(c.created),
            timeValue(c.modified),
            QString(CheckStatus::stateName(c.lastCheck.state)),
            timeValue(c.lastCheck.at),
            Database::text(c.lastCheck.detail),
            timeValue(c.secretsSetAt)};
}

// A row as read with kColumns, checked as an earlier version's file entry was.
bool credentialFrom(const QSqlQuery &q, Credential *out, QString *why)
{
    CredentialRecord r;
    r.id = q.value(0).toString();
    r.vendorId = q.value(1).toString();
    QJsonParseError pe;
    const QJsonDocument fields = QJsonDocument::fromJson(q.value(2).toString().toUtf8(), &pe);
    r.hasFields = pe.error == QJsonParseError::NoError && fields.isObject();
    const QJsonObject object = fields.object();
    r.fields.reserve(object.size());
    for (auto it = object.begin(); it != object.end(); ++it)
        r.fields.append({it.key(), it.value().toVariant()});
    const QString secrets = q.value(3).toString();
    if (!secrets.isEmpty())
        r.secretsSet = secrets.split(QLatin1Char(','));
    r.created = timeFrom(q.value(4));
    r.modified = timeFrom(q.value(5));
    r.checkState = q.value(6).toString();
    r.checkAt = timeFrom(q.value(7));
    r.checkDetail = q.value(8).toString();
    r.secretsSetAt = timeFrom(q.value(9));
    return Credential::fromRecord(std::move(r), out, why);
}

bool insertRow(QSqlQuery &q, const Credential &c, QString *error)
{
    return Database::run(
        q, QStringLiteral("INSERT INTO credentials (id, %1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)").arg(kWritten),
        QVariantList{c.id} + rowValues(c), error);
}

bool indexEntries(QSqlQuery &q, const QString &id, const QStringList &fields, QString *error)
{
    for (const QString &field : fields) {
        if (!Database::run(
                q, QStringLiteral("INSERT OR IGNORE INTO keychain_entries (credential_id, field) VALUES (?, ?)"),
                {id, field}, error))
            return false;
    }
    return true;
}

} // namespace

CredentialStore::CredentialStore(QString databasePath, QString legacyPath)
    : m_db(std::make_unique<Database>(databasePath.isEmpty() ? QString() : QFileInfo(databasePath).absoluteFilePath()))
    , m_legacyPath(std::move(legacyPath))
{
    if (m_legacyPath.isEmpty() && !databasePath.isEmpty())
        m_legacyPath = QFileInfo(databasePath).absolutePath() + QStringLiteral("/credentials.json");
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::defaultPath()
{
    return Database::defaultPath();
}

QString CredentialStore::filePath() const
{
    return m_db->path();
}

const Credential *CredentialStore::find(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_credentials.at(i);
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
    const QString wanted = nameKey(name);
    for (const Credential &c : m_credentials) {
        if (c.id != exceptId && nameKey(c.name()) == wanted)
            return true;
    }
    return false;
}

int CredentialStore::cacheUpsert(const Credential &credential)
{
    settle();
    const int i = indexOf(credential.id);
    if (i >= 0) {
        if (nameKey(m_credentials.at(i).name()) != nameKey(credential.name()))
            m_nameOrder = false;
        m_credentials[i] = credential;
        return i;
    }
    m_nameOrder = false;
    m_credentials.append(credential);
    return int(m_credentials.size()) - 1;
}

// ---- Loading --------------------------------------------------------------------------------------

CredentialStore::LoadResult CredentialStore::load()
{
    m_credentials.clear();
    m_light.clear();
    m_lightCount = 0;
    m_opened.clear();
    m_rowQuery.reset();
    m_lazy = false;
    m_nameOrder = false;
    m_lateResult = {LoadStatus::Loaded, {}, {}};
    m_readOnly = false;
    m_backupPath.clear();
    const QString path = m_db->path();
    const bool fresh = !path.isEmpty() && !QFileInfo::exists(path);
    if (fresh && !m_legacyPath.isEmpty() && QFileInfo(m_legacyPath).isFile())
        return migrateLegacy();
    const Database::OpenResult opened = m_db->open();
    switch (opened.status) {
    case Database::Status::Created:
        return {};
    case Database::Status::Opened:
        return readLight();
    case Database::Status::NewerVersion: {
        LoadResult r = readAll();
        m_readOnly = true;
        r.status = LoadStatus::NewerVersion;
        r.message = opened.message;
        return r;
    }
    case Database::Status::Damaged:
        return damaged({LoadStatus::Corrupt, opened.message, {}});
    case Database::Status::NotRegular:
    case Database::Status::Unreadable:
        break;
    }
    m_readOnly = true;
    return {LoadStatus::Unreadable, opened.message, {}};
}

// The first page of rows in name order, and how many rows there are, in one statement (one snapshot):
// the list shows its first rows without reading the other names, nor comparing any (see
// CredentialListModel::nameLess()).
CredentialStore::LoadResult CredentialStore::readLight()
{
    constexpr int kFirstPage = 128; // more than a window shows at once
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, name, (SELECT count(*) FROM credentials) FROM credentials ORDER BY "
                               "name_key LIMIT %1")
                    .arg(kFirstPage)))
        return readAll(); // which says what is wrong
    QVector<Light> rows;
    int count = 0;
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toString()});
        count = q.value(2).toInt();
    }
    if (q.lastError().isValid() || count < rows.size())
        return readAll();
    m_light = std::move(rows);
    m_lightCount = count;
    m_lightKeys.clear();
    m_opened.clear();
    m_opened.resize(size_t(count));
    m_lazy = true;
    m_nameOrder = true;
    return {LoadStatus::Loaded, {}, {}};
}

// The rows after the first page, once the list asks for one of them: those it has read stay as they
// are. Rows another process added or removed since the first read do not change the count the list was
// given (missing ones show empty and do not open) until the settle replaces the list with what is
// stored (see settle()).
void CredentialStore::readLightNames() const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    bool ran = false;
    if (!m_light.isEmpty() && // the first page has a row whenever there are rows
        q.prepare(QStringLiteral("SELECT seq, name FROM credentials WHERE name_key > ? ORDER BY name_key"))) {
        q.addBindValue(nameKey(m_light.constLast().name));
        ran = q.exec();
    }
    m_light.reserve(m_lightCount);
    while (ran && m_light.size() < m_lightCount && q.next())
        m_light.append({q.value(0).toLongLong(), q.value(1).toString()});
    m_light.resize(m_lightCount); // seq 0 is no row
}

const Credential *CredentialStore::at(int row) const
{
    if (row < 0 || row >= count())
        return nullptr;
    if (!m_lazy)
        return &m_credentials.at(row);
    std::unique_ptr<Credential> &opened = m_opened[size_t(row)];
    if (!opened) {
        if (!m_rowQuery) {
            auto q = std::make_unique<QSqlQuery>(m_db->connection());
            q->setForwardOnly(true);
            if (!q->prepare(QStringLiteral("SELECT %1 FROM credentials WHERE seq = ?").arg(kColumns)))
                return nullptr;
            m_rowQuery = std::move(q);
        }
        QSqlQuery &q = *m_rowQuery;
        opened = std::make_unique<Credential>();
        QString why; // a row that does not read shows its name only; the settle drops it and says why
        q.bindValue(0, light(row).seq);
        if (!q.exec() || !q.next() || !credentialFrom(q, opened.get(), &why))
            opened->id.clear();
        q.finish(); // no read transaction left open between rows
    }
    return opened->id.isEmpty() ? nullptr : opened.get();
}

void CredentialStore::readLightSortKeys() const
{
    m_lightKeys.fill(CredentialSortKeys(), m_lightCount);
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT vendor, created, modified, check_state, check_at FROM credentials ORDER BY "
                               "name_key")))
        return;
    for (qsizetype row = 0; row < m_lightKeys.size() && q.next(); ++row) {
        CredentialSortKeys &keys = m_lightKeys[row];
        keys.vendor = CredentialSortKeys::vendorKey(q.value(0).toString());
        keys.created = q.value(1).isNull() ? CredentialSortKeys::kNever : q.value(1).toLongLong();
        keys.modified = q.value(2).isNull() ? CredentialSortKeys::kNever : q.value(2).toLongLong();
        keys.checkState = CheckStatus::stateNamed(q.value(3).toString());
        if (keys.checkState != CheckStatus::State::NotChecked && !q.value(4).isNull())
            keys.checked = q.value(4).toLongLong();
    }
}

CredentialSortKeys CredentialStore::sortKeysAt(int row) const
{
    if (!m_lazy)
        return CredentialSortKeys::of(m_credentials.at(row));
    if (m_lightKeys.isEmpty())
        readLightSortKeys();
    return m_lightKeys.value(row);
}

void CredentialStore::settle() const
{
    if (!m_lazy)
        return;
    // The list shows the light rows until this is done; a change of rows is announced first.
    auto *self = const_cast<CredentialStore *>(this);
    self->m_credentials.clear();
    QVector<qint64> seqs;
    const LoadResult read = self->readAll(&seqs);
    // The rows the list may have shown are those read light: the first page, or all of them.
    bool same = seqs.size() == m_lightCount;
    for (qsizetype i = 0; same && i < m_light.size(); ++i)
        same = seqs.at(i) == m_light.at(i).seq;
    if (!same && m_settleObserver)
        m_settleObserver(true);
    m_lazy = false;
    m_light.clear();
    m_lightCount = 0;
    m_lightKeys.clear();
    m_opened.clear();
    m_rowQuery.reset();
    m_lateResult = read;
    if (!same && m_settleObserver)
        m_settleObserver(false);
}

// Every row that reads, in order, with its seq; the rows that do not read are counted. False with
// *failure when the query cannot run or stops part-way (a damaged page).
bool CredentialStore::readRows(Rows *rows, QSqlError *failure) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    const bool ok = q.exec(QStringLiteral("SELECT %1, seq FROM credentials ORDER BY name_key").arg(kColumns));
    rows->ran = ok;
    while (ok && q.next()) {
        Credential c;
        QString why;
        if (credentialFrom(q, &c, &why)) {
            rows->credentials.append(std::move(c));
            rows->seqs.append(q.value(10).toLongLong());
        } else if (rows->skipped++ == 0) {
            rows->firstWhy = why;
        }
    }
    *failure = q.lastError();
    return ok && !failure->isValid();
}

CredentialStore::LoadResult CredentialStore::readAll(QVector<qint64> *seqs)
{
    Rows rows;
    QSqlError failure;
    const bool whole = readRows(&rows, &failure);
    m_credentials = std::move(rows.credentials);
    m_nameOrder = true;
    if (seqs)
        *seqs = std::move(rows.seqs);
    if (!rows.ran) {
        return damaged({LoadStatus::Corrupt,
                        tr("The credentials database %1 cannot be read: %2.")
                            .arg(QDir::toNativeSeparators(m_db->path()), failure.text().trimmed()),
                        {}});
    }
    if (!whole) { // a damaged page part-way: what was read is shown, read-only
        return damaged({LoadStatus::Corrupt,
                        tr("The credentials database %1 is damaged: %2. The API credentials read before the damage "
                           "are shown; you can export them.")
                            .arg(QDir::toNativeSeparators(m_db->path()), failure.text().trimmed()),
                        {}});
    }
    LoadResult r{LoadStatus::Loaded, {}, {}};
    if (rows.skipped > 0) {
        // Left in the database untouched: a later version, or a repair, may read them.
        r.message = tr("%n stored API credentials could not be read and are not shown (the first: %1). They are left "
                       "in the database as they are.",
                       nullptr, rows.skipped)
                        .arg(rows.firstWhy);
    }
    return r;
}

bool CredentialStore::readStored(QVector<Credential> *out) const
{
    ensureOpen();
    Rows rows;
    QSqlError failure;
    if (!readRows(&rows, &failure))
        return false;
    *out = std::move(rows.credentials);
    return true;
}

QString CredentialStore::keepCopy(const QString &path) const
{
    // One copy per damaged content: a start after the first finds its copy and makes no other.
    QFile original(path);
    if (!original.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&original);
    const QByteArray digest = hash.result();
    const QFileInfo info(path);
    QDirIterator it(info.absolutePath(), {info.fileName() + QStringLiteral(".damaged-*")}, QDir::Files);
    while (it.hasNext()) {
        const QString candidate = it.next();
        QFile copy(candidate);
        if (QFileInfo(candidate).size() != info.size() || !copy.open(QIODevice::ReadOnly))
            continue;
        QCryptographicHash other(QCryptographicHash::Sha256);
        other.addData(&copy);
        if (other.result() == digest)
            return candidate;
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(backup); ++n)
        backup = path + QStringLiteral(".damaged-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::copy(path, backup))
        return QString();
    QFile::setPermissions(backup, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return backup;
}

CredentialStore::LoadResult CredentialStore::damaged(LoadResult r)
{
    // The damaged file stays untouched, with a copy aside; nothing is saved until the user decides.
    m_readOnly = true;
    m_backupPath = keepCopy(m_db->path());
    r.backupPath = m_backupPath;
    if (!m_backupPath.isEmpty())
        r.message += QLatin1Char(' ') + tr("A copy was kept as %1.").arg(QDir::toNativeSeparators(m_backupPath));
    return r;
}

bool CredentialStore::startAfresh(QString *error)
{
    const QString path = m_db->path();
    if (m_backupPath.isEmpty() && QFileInfo::exists(path))
        m_backupPath = keepCopy(path);
    if (QFileInfo::exists(path) && m_backupPath.isEmpty()) {
        *error = tr("No copy of %1 could be kept, so it is not replaced. Free some space, or copy it elsewhere "
                    "yourself.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    m_rowQuery.reset();
    m_db->close();
    if (QFileInfo::exists(path)) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    const Database::OpenResult opened = m_db->open();
    if (!opened.ok()) {
        *error = opened.message;
        return false;
    }
    m_credentials.clear();
    m_light.clear();
    m_opened.clear();
    m_lazy = false;
    m_readOnly = false;
    return true;
}

// ---- The JSON file of earlier versions ----------------------------------------------------------

CredentialStore::LoadResult CredentialStore::parseLegacy(const QByteArray &data, const QString &path,
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
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != kLegacyFormat) {
        r.status = LoadStatus::Corrupt;
        r.message = tr("The file %1 is not a Channel Console credentials file.").arg(file);
        return r;
    }
    const int version = root.value(QStringLiteral("schemaVersion")).toInt(-1);
    if (version > kLegacySchemaVersion) {
        r.status = LoadStatus::NewerVersion;
        r.message = tr("The credentials file %1 was written by a newer version of Channel Console (file format %2; "
                       "this version reads up to %3). Update Channel Console to use it.")
                        .arg(file)
                        .arg(version)
                        .arg(kLegacySchemaVersion);
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
    QSet<QString> ids;
    for (const QJsonValue &v : array) {
        Credential c;
        QString why;
        if (v.isObject() && Credential::fromJson(v.toObject(), &c, &why) && ids.contains(c.id))
            why = tr("entry %1 appears twice").arg(c.id); // two credentials would share their secrets
        if (!why.isEmpty() || !v.isObject() || c.id.isEmpty()) {
            r.status = LoadStatus::Corrupt;
            r.message = tr("The credentials file %1 is damaged: %2.")
                            .arg(file, why.isEmpty() ? tr("an entry is not an object") : why);
            return r;
        }
        ids.insert(c.id);
        list.append(c);
    }
    *out = std::move(list);
    r.status = LoadStatus::Loaded;
    return r;
}

CredentialStore::LoadResult CredentialStore::migrateLegacy()
{
    const QString legacy = QDir::toNativeSeparators(m_legacyPath);
    QFile file(m_legacyPath);
    if (file.size() > kLegacyMaxBytes || !file.open(QIODevice::ReadOnly)) {
        m_readOnly = true;
        return {LoadStatus::Unreadable,
                file.size() > kLegacyMaxBytes
                    ? tr("The file %1 is too large to be a credentials file of an earlier version; it is left as it "
                         "is.")
                          .arg(legacy)
                    : tr("The credentials file %1 cannot be read: %2. Check its permissions.")
                          .arg(legacy, file.errorString()),
                {}};
    }
    QVector<Credential> list;
    LoadResult parsed = parseLegacy(file.readAll(), m_legacyPath, &list);
    file.close();
    if (!parsed.ok()) {
        // Nothing is made until the operator decides: the next start tries again.
        m_readOnly = true;
        parsed.message += QLatin1Char(' ') + tr("It was written by an earlier version and is not moved into the "
                                                "database; it is left as it is.");
        return parsed;
    }
    // Names were unique case-insensitively; the database's rule is the same, but an edited file may
    // repeat one: the later ones get a number.
    QSet<QString> names;
    for (Credential &c : list) {
        const QString name = c.name().trimmed();
        QString candidate = name;
        for (int n = 2; names.contains(nameKey(candidate)); ++n)
            candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
        if (candidate != name)
            c.values.insert(kNameKey, candidate);
        names.insert(nameKey(candidate));
    }
    const QString activityPath = QFileInfo(m_legacyPath).absolutePath() + QStringLiteral("/activity.jsonl");
    const QVector<ActivityLog::Entry> activity = ActivityLog::readLegacy(activityPath);
    const Database::OpenResult opened = m_db->open();
    QString error = opened.message;
    const bool written =
        opened.ok() && m_db->transact(
                           [&](QSqlQuery &q, QString *why) {
                               for (const Credential &c : std::as_const(list)) {
                                   if (!insertRow(q, c, why) || !indexEntries(q, c.id, c.secretsSet, why))
                                       return false;
                               }
                               for (const ActivityLog::Entry &e : activity) {
                                   if (!ActivityLog::insert(q, e, why))
                                       return false;
                               }
                               return true;
                           },
                           &error);
    if (!written) {
        // No half-made database is left: the next start migrates again.
        m_db->close();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_db->path() + suffix);
        m_readOnly = true;
        return {LoadStatus::Unreadable,
                tr("The credentials file %1 of an earlier version could not be moved into the database %2: %3 It is "
                   "left as it is; nothing is saved until this is solved.")
                    .arg(legacy, QDir::toNativeSeparators(m_db->path()), error),
                {}};
    }
    // What a later start reads: the rows in name order (readAll()), not the file's order.
    const LoadResult reread = readAll();
    if (!reread.ok())
        return reread;
    return {LoadStatus::Migrated,
            tr("The %n API credentials of %1 (written by an earlier version) were moved into the database %2. The "
               "old file is kept as it was; Channel Console no longer reads it.",
               nullptr, int(m_credentials.size()))
                .arg(legacy, QDir::toNativeSeparators(m_db->path())),
            {}};
}

// ---- Changes ------------------------------------------------------------------------------------

void CredentialStore::ensureOpen() const
{
    // A store used without load() (a tool, a test) opens, or makes, its database on first use.
    if (!m_db->isOpen() && !m_readOnly)
        m_db->open();
}

bool CredentialStore::refuseReadOnly(QString *error)
{
    *error = storemessages::notLoaded(m_db->path());
    noteWriteFailure(ActivityEvent::of("storage.not-loaded", {{"file", QDir::toNativeSeparators(m_db->path())}}));
    return false;
}

void CredentialStore::noteWriteFailure(ActivityEvent own)
{
    if (own.isEmpty()) {
        const Database::Failure failure = m_db->lastFailure();
        own = ActivityEvent(QStringLiteral("storage.") + Database::failureName(failure),
                            {{QStringLiteral("file"), QDir::toNativeSeparators(m_db->path())}},
                            failure == Database::Failure::Other ? m_db->lastFailureWords() : QString());
    }
    m_writeFailure = own;
}

bool CredentialStore::persist(const Credential &c, Write mode, const QStringList &secretEntries, QString *error)
{
    ensureOpen();
    if (m_readOnly)
        return refuseReadOnly(error);
    bool nameTaken = false;
    bool gone = false;
    const bool ok = m_db->transact(
        [&](QSqlQuery &q, QString *why) {
            // In the transaction, which holds the write lock: another process cannot take the name
            // between this look and the write.
            if (!Database::run(q, QStringLiteral("SELECT 1 FROM credentials WHERE name_key = ? AND id <> ?"),
                               {nameKey(c.name()), c.id}, why))
                return false;
            if (q.next()) {
                nameTaken = true;
                return false;
            }
            if (mode == Write::Insert) {
                if (!insertRow(q, c, why))
                    return false;
            } else {
                if (!Database::run(q,
                                   QStringLiteral("UPDATE credentials SET (%1) = (?,?,?,?,?,?,?,?,?,?,?) WHERE id = ?")
                                       .arg(kWritten),
                                   rowValues(c) << c.id, why))
                    return false;
                if (q.numRowsAffected() != 1) {
                    gone = true;
                    return false;
                }
            }
            return indexEntries(q, c.id, secretEntries, why);
        },
        error);
    if (nameTaken)
        *error = storemessages::nameTaken(c.name().trimmed());
    else if (gone)
        *error = storemessages::gone();
    if (!ok)
        noteWriteFailure(nameTaken ? ActivityEvent::of("storage.name-taken", {{"name", c.name().trimmed()}})
                         : gone    ? ActivityEvent::of("storage.gone")
                                   : ActivityEvent());
    return ok;
}

bool CredentialStore::persistAll(const QVector<Credential> &added, QString *error,
                                 const QVector<ActivityLog::Entry> &activity)
{
    ensureOpen();
    if (m_readOnly)
        return refuseReadOnly(error);
    QString taken;
    const bool ok = m_db->transact(
        [&](QSqlQuery &q, QString *why) {
            for (const Credential &c : added) {
                if (!insertRow(q, c, why)) {
                    if (Database::isConstraintViolation(q.lastError())) { // the name (ids are new)
                        taken = c.name().trimmed();
                        *why = storemessages::nameTaken(taken);
                    }
                    return false;
                }
                if (!indexEntries(q, c.id, c.secretsSet, why))
                    return false;
            }
            for (const ActivityLog::Entry &e : activity) {
                if (!ActivityLog::insert(q, e, why))
                    return false;
            }
            return true;
        },
        error);
    if (!ok)
        noteWriteFailure(taken.isEmpty() ? ActivityEvent()
                                         : ActivityEvent::of("storage.name-taken", {{"name", taken}}));
    return ok;
}

bool CredentialStore::persistRemoval(const QSet<QString> &ids, QString *error)
{
    ensureOpen();
    if (m_readOnly)
        return refuseReadOnly(error);
    const bool ok = m_db->transact(
        [&](QSqlQuery &q, QString *why) {
            for (const QString &id : ids) {
                // The keychain index keeps its entries until the keychain has let them go.
                if (!Database::run(q, QStringLiteral("DELETE FROM credentials WHERE id = ?"), {id}, why) ||
                    !Database::run(q, QStringLiteral("DELETE FROM check_history WHERE credential_id = ?"), {id}, why))
                    return false;
            }
            return true;
        },
        error);
    if (!ok)
        noteWriteFailure();
    return ok;
}

bool CredentialStore::persistChecks(const QVector<std::pair<QString, CheckStatus>> &checks, QString *error)
{
    ensureOpen();
    if (m_readOnly)
        return refuseReadOnly(error);
    return m_db->transact(
        [&](QSqlQuery &q, QString *why) {
            for (const auto &[id, status] : checks) {
                const QString state = QString(CheckStatus::stateName(status.state));
                if (!Database::run(q,
                                   QStringLiteral("UPDATE credentials SET check_state = ?, check_at = ?, "
                                                  "check_detail = ? WHERE id = ?"),
                                   {state, timeValue(status.at), Database::text(status.detail), id}, why))
                    return false;
                if (q.numRowsAffected() == 0)
                    continue; // deleted meanwhile
                if (!Database::run(q,
                                   QStringLiteral("INSERT INTO check_history (credential_id, at, state, detail) "
                                                  "VALUES (?, ?, ?, ?)"),
                                   {id, timeValue(status.at), state, Database::text(status.detail)}, why) ||
                    !Database::run(q,
                                   QStringLiteral("DELETE FROM check_history WHERE credential_id = ? AND seq NOT IN "
                                                  "(SELECT seq FROM check_history WHERE credential_id = ? ORDER BY "
                                                  "seq DESC LIMIT %1)")
                                       .arg(kCheckHistoryKept),
                                   {id, id}, why))
                    return false;
            }
            return true;
        },
        error);
}

bool CredentialStore::forgetSecretEntries(const QString &id, const QStringList &fields, QString *error)
{
    ensureOpen();
    if (fields.isEmpty() || m_readOnly)
        return true;
    return m_db->transact(
        [&](QSqlQuery &q, QString *why) {
            for (const QString &field : fields) {
                if (!Database::run(q,
                                   QStringLiteral("DELETE FROM keychain_entries WHERE credential_id = ? AND field = ?"),
                                   {id, field}, why))
                    return false;
            }
            return true;
        },
        error);
}

QVector<std::pair<QString, QString>> CredentialStore::orphanedSecretEntries() const
{
    ensureOpen();
    QVector<std::pair<QString, QString>> orphans;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    // In the database, which answers for 10,000 credentials in a few milliseconds: entries whose
    // credential is gone, or does not list that field among its secrets.
    if (!q.exec(QStringLiteral("SELECT k.credential_id, k.field FROM keychain_entries k LEFT JOIN credentials c ON "
                               "c.id = k.credential_id WHERE c.id IS NULL OR instr(',' || c.secrets || ',', ',' || "
                               "k.field || ',') = 0 ORDER BY k.credential_id, k.field")))
        return orphans;
    while (q.next())
        orphans.append({q.value(0).toString(), q.value(1).toString()});
    return orphans;
}

QVector<CheckStatus> CredentialStore::checkHistory(const QString &id) const
{
    ensureOpen();
    QVector<CheckStatus> history;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT state, at, detail FROM check_history WHERE credential_id = ? ORDER BY seq DESC"));
    q.addBindValue(id);
    if (!q.exec())
        return history;
    while (q.next()) {
        CheckStatus s;
        s.state = CheckStatus::stateNamed(q.value(0).toString());
        s.at = timeFrom(q.value(1));
        s.detail = q.value(2).toString();
        history.append(s);
    }
    return history;
}

int CredentialStore::upsert(const Credential &credential, QString *error)
{
    QString why;
    const Write mode = indexOf(credential.id) >= 0 ? Write::Update : Write::Insert;
    if (!persist(credential, mode, credential.secretsSet, &why)) {
        if (error)
            *error = why;
        return -1;
    }
    return cacheUpsert(credential);
}

bool CredentialStore::setCredentials(const QVector<Credential> &credentials, QString *error)
{
    ensureOpen();
    QString why;
    const bool ok = !m_readOnly && m_db->transact(
                                       [&](QSqlQuery &q, QString *w) {
                                           if (!Database::run(q, QStringLiteral("DELETE FROM credentials"), {}, w))
                                               return false;
                                           for (const Credential &c : credentials) {
                                               if (!insertRow(q, c, w) || !indexEntries(q, c.id, c.secretsSet, w))
                                                   return false;
                                           }
                                           return true;
                                       },
                                       &why);
    if (!ok) {
        if (error)
            *error = why;
        return false;
    }
    m_lazy = false;
    m_light.clear();
    m_opened.clear();
    m_rowQuery.reset();
    m_credentials = credentials;
    return true;
}

} // namespace cc
