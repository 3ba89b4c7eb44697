#include "CredentialReadAhead.h"

#include "CredentialStore.h"

#include <QFile>

namespace cc {

CredentialReadAhead::CredentialReadAhead(const QString &filePath)
    : m_filePath(filePath)
{
    m_result = std::async(std::launch::async, [filePath]() -> std::optional<QVector<Credential>> {
        QFile file(filePath);
        QVector<Credential> list;
        if (!file.open(QIODevice::ReadOnly) || !CredentialStore::readDirectly(file.readAll(), &list))
            return std::nullopt;
        return list;
    });
}

CredentialReadAhead::~CredentialReadAhead()
{
    if (m_result.valid())
        m_result.wait();
}

std::optional<QVector<Credential>> CredentialReadAhead::take()
{
    return m_result.valid() ? m_result.get() : std::nullopt;
}

} // namespace cc
