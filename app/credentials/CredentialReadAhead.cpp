#include "CredentialReadAhead.h"

#include "CredentialStore.h"

#include <QFile>
#include <QThread>

#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

#if defined(__SANITIZE_ADDRESS__)
#define CC_SANITIZED_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CC_SANITIZED_ALLOCATOR 1
#endif
#endif

#if defined(__GLIBC__) && !defined(CC_SANITIZED_ALLOCATOR)
#include <malloc.h>
#define CC_PREPARE_WORKER_HEAP 1
#endif

namespace cc {

namespace {

// The worker's allocations come from a heap of its own (glibc gives a new thread its own arena),
// which glibc grows a page at a time, one mprotect() call each, and which the kernel then fills a
// page fault at a time: for 10,000 credentials about 2,000 of each, some 20 ms on a slower VM. It
// is done before the second pass, after the window's first paint (done before the first pass, its
// madvise() held the address space while QApplication mapped its plug-ins). Asking once for about
// what the credentials will take grows the heap in one step, and one madvise() fills it in one go.
// glibc maps a block above its mmap threshold on its own, but freeing it raises the threshold to
// that size (its documented dynamic threshold, see mallopt(3); any program that frees a large
// buffer does the same), so the second block of that size comes from this thread's heap; freed, it
// stays there for the credentials. Without glibc, or under a sanitizer (which brings its own
// allocator), nothing is done.
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

// How the worker starts: on another core than the main thread's when the process may use another.
// Linux starts a new thread on its parent's core and moves it at its next balancing: with the main
// thread busy building the window, the read-ahead waited up to a scheduler tick (4 ms) before it
// first ran, in about half the start-ups on a two-core machine (and then shared the core a while).
// Once running it may go to any core the process may use.
struct WorkerStart
{
    std::function<void()> work;
    cpu_set_t allowed{};
    bool elsewhere = false; // started on the other cores only
};

void *runWorker(void *data)
{
    const std::unique_ptr<WorkerStart> start(static_cast<WorkerStart *>(data));
    if (start->elsewhere)
        sched_setaffinity(0, sizeof start->allowed, &start->allowed);
    start->work();
    return nullptr;
}

bool startWorker(pthread_t *thread, std::function<void()> work)
{
    auto start = std::make_unique<WorkerStart>();
    start->work = std::move(work);
    cpu_set_t elsewhere{};
    const int here = sched_getcpu();
    if (here >= 0 && sched_getaffinity(0, sizeof start->allowed, &start->allowed) == 0 &&
        CPU_ISSET(here, &start->allowed) && CPU_COUNT(&start->allowed) > 1) {
        elsewhere = start->allowed;
        CPU_CLR(here, &elsewhere);
    }
    pthread_attr_t attr;
    int error = pthread_attr_init(&attr);
    if (!error && CPU_COUNT(&elsewhere) > 0)
        start->elsewhere = pthread_attr_setaffinity_np(&attr, sizeof elsewhere, &elsewhere) == 0;
    if (!error) {
        error = pthread_create(thread, &attr, runWorker, start.get());
        pthread_attr_destroy(&attr);
    }
    if (error && start->elsewhere) { // a core it may not use after all: wherever the system likes
        start->elsewhere = false;
        error = pthread_create(thread, nullptr, runWorker, start.get());
    }
    if (error)
        return false;
    start.release(); // the worker's now
    return true;
}

} // namespace

CredentialReadAhead::Passes::~Passes()
{
    if (m_map)
        munmap(const_cast<char *>(m_map), size_t(m_size));
}

void CredentialReadAhead::Passes::setIndexed(bool indexed)
{
    std::lock_guard lock(m_mutex);
    m_indexDone = true;
    m_indexed = indexed;
    m_changed.notify_all();
}

bool CredentialReadAhead::Passes::waitForIndex()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_indexDone; });
    return m_indexed;
}

bool CredentialReadAhead::Passes::waitForGo()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_go || m_abandoned; });
    if (!m_go || m_building) // abandoned, or taken over by takeCredentials()
        return false;
    m_building = true;
    return true;
}

void CredentialReadAhead::Passes::proceed()
{
    std::lock_guard lock(m_mutex);
    m_go = true;
    m_changed.notify_all();
}

void CredentialReadAhead::Passes::abandon()
{
    std::lock_guard lock(m_mutex);
    m_abandoned = true;
    m_changed.notify_all();
}

std::optional<QVector<Credential>> CredentialReadAhead::Passes::build() const
{
    QVector<Credential> list;
    if (!m_indexed || !CredentialStore::readDirectly(QByteArrayView(m_map, m_size), &list))
        return std::nullopt;
    return list;
}

void CredentialReadAhead::Passes::setRead(std::optional<QVector<Credential>> credentials)
{
    // What the list showed from the first pass stays in place when the names are the same.
    const QStringList &names = m_index.names;
    bool same = credentials && credentials->size() == names.size();
    for (qsizetype i = 0; same && i < names.size(); ++i)
        same = credentials->at(i).name() == names.at(i);
    std::lock_guard lock(m_mutex);
    m_read = true;
    m_sameAsIndex = same;
    m_credentials = std::move(credentials);
    m_changed.notify_all();
    if (m_receiver) // under the lock: whenRead(nullptr) cannot return while this posts
        QMetaObject::invokeMethod(m_receiver, std::move(m_done), Qt::QueuedConnection);
    m_receiver = nullptr;
}

std::optional<QVector<Credential>> CredentialReadAhead::Passes::takeCredentials()
{
    std::unique_lock lock(m_mutex);
    m_go = true;
    m_changed.notify_all();
    m_changed.wait(lock, [this] { return m_read || m_building || m_abandoned; });
    if (!m_read && !m_building) { // the worker is gone without building them: built here
        m_building = true;
        lock.unlock();
        setRead(build());
        lock.lock();
    }
    m_changed.wait(lock, [this] { return m_read; });
    return std::exchange(m_credentials, std::nullopt);
}

bool CredentialReadAhead::Passes::isSameAsIndex() const
{
    std::lock_guard lock(m_mutex);
    return m_sameAsIndex;
}

void CredentialReadAhead::Passes::whenRead(QObject *receiver, std::function<void()> done)
{
    std::lock_guard lock(m_mutex);
    if (m_read && receiver) {
        QMetaObject::invokeMethod(receiver, std::move(done), Qt::QueuedConnection);
        return;
    }
    m_receiver = receiver;
    m_done = std::move(done);
}

CredentialReadAhead::CredentialReadAhead(const QString &filePath)
    : m_filePath(filePath)
    , m_passes(std::make_shared<Passes>())
{
    // Qt takes the first thread that asks for its thread data as its main thread. Asked here, before
    // the worker exists, so that the two cannot race for it: in one start-up out of many,
    // QApplication warned it was "not created in the main() thread" and never painted.
    (void)QThread::currentThread();
    m_started = startWorker(&m_worker, [passes = m_passes, name = QFile::encodeName(filePath)] {
        pthread_setname_np(pthread_self(), "cc-read-ahead"); // in top, perf and gdb
        // Mapped, not read into a buffer: a 5 MiB copy is a thousand page faults. The console
        // replaces the file by renaming a new one over it (QSaveFile), which leaves this mapping
        // intact; only another program cutting the file short in place while it is mapped could
        // fault it (SIGBUS). The mapping lasts until the store has taken the credentials; later
        // loads read the file into memory.
        const int fd = open(name.constData(), O_RDONLY | O_CLOEXEC);
        struct stat info = {};
        void *map = MAP_FAILED;
        if (fd >= 0 && fstat(fd, &info) == 0 && info.st_size > 0)
            map = mmap(nullptr, size_t(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (fd >= 0)
            close(fd);
        if (map != MAP_FAILED) {
            passes->m_map = static_cast<const char *>(map);
            passes->m_size = info.st_size;
        }
        const bool indexed = passes->m_map && CredentialStore::indexDirectly(
                                                  QByteArrayView(passes->m_map, passes->m_size), &passes->m_index);
        if (indexed) // the list's order too, while the GUI thread builds the window
            passes->m_index.nameRanks = nameRanks(passes->m_index.names);
        passes->setIndexed(indexed);
        if (!indexed) {
            passes->setRead(std::nullopt);
            return;
        }
        // The second pass waits for the store's word (the window gives it after its first paint):
        // beside the paint, it slowed it down by taking the core Qt's raster engine fills with.
        if (!passes->waitForGo())
            return; // abandoned: whoever takes the credentials builds them
        prepareWorkerHeap(info.st_size);
        auto list = passes->build();
        if (!list)
            releaseWorkerHeap();
        passes->setRead(std::move(list));
    });
    if (!m_started) { // no thread to be had: the file is read on this one when it is loaded
        m_passes->setIndexed(false);
        m_passes->setRead(std::nullopt);
    }
}

CredentialReadAhead::~CredentialReadAhead()
{
    m_passes->abandon();
    if (m_started)
        pthread_join(m_worker, nullptr);
}

std::shared_ptr<CredentialReadAhead::Passes> CredentialReadAhead::takePasses()
{
    if (m_taken)
        return nullptr;
    m_taken = true;
    return m_passes->waitForIndex() ? m_passes : nullptr;
}

std::optional<QVector<Credential>> CredentialReadAhead::take()
{
    const auto passes = takePasses();
    return passes ? passes->takeCredentials() : std::nullopt;
}

} // namespace cc
