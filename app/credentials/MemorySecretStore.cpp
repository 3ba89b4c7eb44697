#include "MemorySecretStore.h"

#include <QTimer>

namespace cc {

void MemorySecretStore::finish(SecretResult result, Callback done)
{
    if (m_failure != SecretError::None)
        result = SecretResult{m_failure, QString(), QStringLiteral("injected failure")};
    QTimer::singleShot(0, this, [result, done = std::move(done)] { done(result); });
}

void MemorySecretStore::read(const QString &key, Callback done)
{
    countRead();
    SecretResult r;
    const auto it = m_entries.constFind(key);
    if (it != m_entries.constEnd())
        r.value = *it;
    else
        r.error = SecretError::NotFound;
    finish(r, std::move(done));
}

void MemorySecretStore::write(const QString &key, const QString &value, Callback done)
{
    if (m_failure == SecretError::None)
        m_entries.insert(key, value);
    finish({}, std::move(done));
}

void MemorySecretStore::remove(const QString &key, Callback done)
{
    if (m_failure == SecretError::None)
        m_entries.remove(key);
    finish({}, std::move(done));
}

} // namespace cc
