#include "CredentialReadAhead.h"

#include "CredentialStore.h"

#include <QFile>
#include <QThread>

namespace cc {

CredentialReadAhead::CredentialReadAhead(const QString &filePath)
    : m_filePath(filePath)
{
    // Qt takes the first thread that asks for its thread data as its main thread. Asked here, before
    // the worker (whose QFile asks too) exists, so that the two cannot race for it: in one start-up
    // out of many, QApplication warned it was "not created in the main() thread" and never painted.
    (void)QThread::currentThread();
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
