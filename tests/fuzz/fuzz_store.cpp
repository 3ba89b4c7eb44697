// The credentials file loader: any bytes on disk give a clear result, never a crash; the direct
// reader (CredentialFileCodec) agrees with the QJsonDocument one whenever it takes a file, and its
// first pass (index, then each entry, and the sort keys it finds) with itself; and what was loaded is written and read
// back whole.
#include "FuzzInput.h"
#include "credentials/CredentialFileCodec.h"
#include "credentials/CredentialStore.h"

namespace {

const QString kPath = QStringLiteral("/fuzz/credentials.json");

// Equal, and every value of the same type (a QVariant of 2 and one of 2.0 compare equal).
bool same(const QVector<cc::Credential> &a, const QVector<cc::Credential> &b)
{
    if (a != b)
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        for (auto it = a.at(i).values.begin(); it != a.at(i).values.end(); ++it)
            if (it.value().typeId() != b.at(i).values.value(it.key()).typeId())
                return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = ccfuzz::bytes(data, size);
    QVector<cc::Credential> direct, reference;
    const bool taken = cc::CredentialFileCodec::read(bytes, QStringLiteral("channel-console/credentials"),
                                                     cc::CredentialStore::kSchemaVersion, &direct);
    const auto result = cc::CredentialStore::parseDocument(bytes, kPath, &reference);
    if (taken && (!result.ok() || !same(direct, reference)))
        __builtin_trap();
    // The first pass (the list at start-up), its entries read one by one, agree with read().
    cc::CredentialFileIndex index;
    bool everyEntry = cc::CredentialFileCodec::index(bytes, QStringLiteral("channel-console/credentials"),
                                                     cc::CredentialStore::kSchemaVersion, &index);
    if (index.entries.size() != index.names.size() || index.parts.size() != index.entries.size())
        __builtin_trap();
    QVector<cc::Credential> oneByOne;
    for (qsizetype i = 0; everyEntry && i < index.entries.size(); ++i) {
        cc::Credential c;
        everyEntry = cc::CredentialFileCodec::readEntry(index.entries.at(i), &c) && c.name() == index.names.at(i);
        if (everyEntry && !(cc::CredentialFileCodec::sortKeys(index.entries.at(i), index.parts.at(i)) ==
                            cc::CredentialSortKeys::of(c)))
            __builtin_trap();
        oneByOne << c;
    }
    if (everyEntry != taken || (taken && !same(oneByOne, direct)))
        __builtin_trap();
    if (result.ok()) {
        cc::CredentialStore store(kPath);
        store.setCredentials(reference);
        QVector<cc::Credential> again;
        if (!cc::CredentialStore::parse(store.serialize(), kPath, &again).ok() || again != reference)
            __builtin_trap();
    }
    return 0;
}
