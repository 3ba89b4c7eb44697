#include "MemorySecretStore.h"

#include <QTimer>

namespace cc {

SecretError MemorySecretStore::failureNow()
{
    if (m_failOnceIn >= 0 && m_failOnceIn-- == 0)
        return m_failOnce;
    return m_failure;
}

void MemorySecretStore::finish(SecretResult result, Callback done)
{
    if (result.error != SecretError::None && result.error != SecretError::NotFound)
        result = SecretResult{result.error, QString(), QStringLiteral("injected failure")};
    QTimer::singleShot(0, this, [result, done = std::move(done)] { done(result); });
}

void MemorySecretStore::read(const QString &key, Callback done)
{
    countRead();
    SecretResult r;
    r.error = failureNow();
    if (r.error == SecretError::None) {
        const auto it = m_entries.constFind(key);
        if (it != m_entries.constEnd())
            r.value = *it;
        else
            r.error = SecretError::NotFound;
    }
    finish(r, std::move(done));
}

void MemorySecretStore::write(const QString &key, const QString &value, Callback done)
{
    const SecretError failure = failureNow();
    if (failure == SecretError::None)
        m_entries.insert(key, value);
    finish({failure, {}, {}}, std::move(done));
}

void MemorySecretStore::remove(const QString &key, Callback done)
{
    const SecretError failure = failureNow();
    if (failure == SecretError::None)
        m_entries.remove(key);
    finish({failure, {}, {}}, std::move(done));
}

} // namespace cc
