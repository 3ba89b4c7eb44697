#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace cc {

// For tests that are not about the keychain: keeps secrets in memory, answers asynchronously like
// the real one, and can be told to fail like it.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &value, Callback done) override;
    void remove(const QString &key, Callback done) override;

    // Every following call fails with this error until it is set back to None.
    void setFailure(SecretError error) { m_failure = error; }
    // The call after the next `calls` ones fails with this error, once; the others succeed.
    void failOnce(int calls, SecretError error)
    {
        m_failOnceIn = calls;
        m_failOnce = error;
    }
    const QHash<QString, QString> &entries() const { return m_entries; }

private:
    void finish(SecretResult result, Callback done);
    // The failure this call gets (counting down failOnce()).
    SecretError failureNow();

    QHash<QString, QString> m_entries;
    SecretError m_failure = SecretError::None;
    int m_failOnceIn = -1;
    SecretError m_failOnce = SecretError::None;
};

} // namespace cc
