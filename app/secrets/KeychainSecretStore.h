#pragma once

#include "SecretStore.h"

namespace cc {

// The product's secret store: the operating system's keychain through QtKeychain.
// Jobs run asynchronously and delete themselves when done; insecureFallback stays off.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &value, Callback done) override;
    void remove(const QString &key, Callback done) override;
};

} // namespace cc
