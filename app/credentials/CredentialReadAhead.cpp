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
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        // Mapped, not read into a buffer: a 5 MiB copy is a thousand page faults, which in this
        // worker cost about a fifth of its time. The console replaces the file by renaming a new
        // one over it (QSaveFile), which leaves this mapping intact; only another program cutting
        // the file short in place during these milliseconds could fault it (SIGBUS). Later loads,
        // after start-up, read it into memory.
        const qint64 size = file.size();
        const uchar *map = size > 0 ? file.map(0, size) : nullptr;
        const bool ok = map && CredentialStore::readDirectly(QByteArrayView(map, size), &list);
        if (!ok)
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
