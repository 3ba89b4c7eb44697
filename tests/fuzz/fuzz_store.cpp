// The credentials file loader: any bytes on disk give a clear result, never a crash.
#include "FuzzInput.h"
#include "credentials/CredentialStore.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QVector<cc::Credential> credentials;
    const auto result =
        cc::CredentialStore::parse(ccfuzz::bytes(data, size), QStringLiteral("/fuzz/credentials.json"), &credentials);
    if (result.ok()) {
        // What was loaded can be written and read back.
        cc::CredentialStore store(QStringLiteral("/fuzz/credentials.json"));
        store.setCredentials(credentials);
        QVector<cc::Credential> again;
        if (!cc::CredentialStore::parse(store.serialize(), store.filePath(), &again).ok())
            __builtin_trap();
    }
    return 0;
}
