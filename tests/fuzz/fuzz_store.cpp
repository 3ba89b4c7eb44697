// The migration of an earlier version's credentials file into the database: any bytes on disk give
// a clear result, never a crash; a file that parses is migrated whole (its names made unique), and
// what the database then gives back is what the file held; a file that does not leaves no database
// behind.
#include "FuzzInput.h"
#include "services/CredentialStore.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

namespace {

// Equal but for names the migration numbered, and every value of the same type as the file's; in
// the database's order (by name), each matched to the file's by id.
bool sameButNames(const QVector<cc::Credential> &file, const QVector<cc::Credential> &stored)
{
    if (file.size() != stored.size())
        return false;
    QHash<QString, qsizetype> storedAt;
    for (qsizetype i = 0; i < stored.size(); ++i)
        storedAt.insert(stored.at(i).id, i);
    for (qsizetype i = 0; i < file.size(); ++i) {
        cc::Credential a = file.at(i);
        const qsizetype at = storedAt.value(a.id, -1);
        if (at < 0)
            return false;
        cc::Credential b = stored.at(at);
        if (!b.name().trimmed().startsWith(a.name().trimmed()))
            return false;
        a.values.remove(cc::kNameKey);
        b.values.remove(cc::kNameKey);
        if (!(a == b))
            return false;
        for (auto it = a.values.cbegin(); it != a.values.cend(); ++it) {
            const QMetaType::Type t = QMetaType::Type(it.value().typeId());
            const QMetaType::Type u = QMetaType::Type(b.values.value(it.key()).typeId());
            // JSON numbers come back as the JSON reader gives them, whole numbers as integers.
            const bool number = (t == QMetaType::Double || t == QMetaType::LongLong) &&
                                (u == QMetaType::Double || u == QMetaType::LongLong);
            if (t != u && !number)
                return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // In memory where there is such a folder: the migration's commits then cost no disk flush.
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                 ? QStringLiteral("/dev/shm/cc-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/cc-fuzz-XXXXXX"));
    const QByteArray bytes = ccfuzz::bytes(data, size);
    const QString legacy = dir.filePath(QStringLiteral("credentials.json"));
    const QString database = dir.filePath(QStringLiteral("channel-console.db"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(database + QLatin1String(suffix));
    {
        QFile file(legacy);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            __builtin_trap();
    }
    QVector<cc::Credential> reference;
    const bool parses = cc::CredentialStore::parseLegacy(bytes, legacy, &reference).ok();
    cc::CredentialStore store(database, legacy);
    const cc::CredentialStore::LoadResult result = store.load();
    if (result.message.isEmpty() && !result.ok())
        __builtin_trap(); // every failure says what is wrong
    if (!parses) {
        if (result.ok() || QFile::exists(database))
            __builtin_trap();
        return 0;
    }
    if (result.status != cc::CredentialStore::LoadStatus::Migrated || !sameButNames(reference, store.credentials()))
        __builtin_trap();
    cc::CredentialStore again(database, legacy);
    if (again.load().status != cc::CredentialStore::LoadStatus::Loaded || again.credentials() != store.credentials())
        __builtin_trap();
    return 0;
}
