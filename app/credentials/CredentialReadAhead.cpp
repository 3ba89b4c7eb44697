#include "CredentialReadAhead.h"

#include "CredentialStore.h"

#include <QFile>
#include <QThread>

#include <algorithm>
#include <cstdlib>

#if defined(__SANITIZE_ADDRESS__)
#define CC_SANITIZED_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CC_SANITIZED_ALLOCATOR 1
#endif
#endif

#if defined(__GLIBC__) && !defined(CC_SANITIZED_ALLOCATOR)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#define CC_PREPARE_WORKER_HEAP 1
#endif

namespace cc {

namespace {

// The worker's allocations come from a heap of its own (glibc gives a new thread its own arena),
// which glibc grows a page at a time, one mprotect() call each, and which the kernel then fills a
// page fault at a time: for 10,000 credentials about 2,000 of each, some 20 ms of the start-up on
// this VM. Asking once for about what the credentials will take grows the heap in one step, and
// one madvise() fills it in one go. glibc maps a block above its mmap threshold on its own, but
// freeing it raises the threshold to that size (its documented dynamic threshold, see mallopt(3);
// any program that frees a large buffer does the same), so the second block of that size comes
// from this thread's heap; freed, it stays there for the credentials. Without glibc, or under a
// sanitizer (which brings its own allocator), nothing is done.
void prepareWorkerHeap([[maybe_unused]] qint64 fileSize)
{
#ifdef CC_PREPARE_WORKER_HEAP
    // The credentials take about 1.8 times the file's size in memory; glibc adjusts its threshold
    // for blocks of up to 32 MiB.
    constexpr qint64 kMaxBlock = 32 * 1024 * 1024;
    const size_t size = size_t(std::min(fileSize * 2, kMaxBlock));
    if (size < 1024 * 1024)
        return;
    void *volatile first = std::malloc(size); // volatile: the compiler may not drop the pair
    std::free(first);
    void *volatile block = std::malloc(size);
    if (!block)
        return;
    const uintptr_t page = uintptr_t(sysconf(_SC_PAGESIZE));
    const uintptr_t start = (uintptr_t(block) + page - 1) & ~(page - 1);
    const uintptr_t end = (uintptr_t(block) + size) & ~(page - 1);
    // Linux 5.14 and later; on an older kernel it fails and the pages are faulted in as before.
    if (end > start)
        madvise(reinterpret_cast<void *>(start), end - start, MADV_POPULATE_WRITE);
    std::free(block);
#endif
}

// A file that is not read here leaves the prepared memory unused: it goes back to the system.
void releaseWorkerHeap()
{
#ifdef CC_PREPARE_WORKER_HEAP
    malloc_trim(0);
#endif
}

} // namespace

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
        prepareWorkerHeap(size);
        const uchar *map = size > 0 ? file.map(0, size) : nullptr;
        if (map && CredentialStore::readDirectly(QByteArrayView(map, size), &list))
            return list;
        list = {};
        releaseWorkerHeap();
        return std::nullopt;
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
