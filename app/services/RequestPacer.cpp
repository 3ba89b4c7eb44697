#include "RequestPacer.h"

#include <QElapsedTimer>
#include <QTimer>

#include <limits>
#include <utility>

namespace cc {

namespace {

constexpr qint64 kWindowMs = 1000;

class SteadyClock final : public PacerClock
{
public:
    SteadyClock()
    {
        m_elapsed.start();
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire early, and a wait would be lost
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const std::function<void()> wake = std::exchange(m_wake, {});
            if (wake)
                wake();
        });
    }

    qint64 nowMs() const override { return m_elapsed.elapsed(); }

    void wakeIn(qint64 delayMs, std::function<void()> wake) override
    {
        m_wake = std::move(wake);
        m_timer.start(int(qBound(qint64(0), delayMs, qint64(std::numeric_limits<int>::max()))));
    }

private:
    QElapsedTimer m_elapsed;
    QTimer m_timer;
    std::function<void()> m_wake;
};

} // namespace

RequestPacer::RequestPacer(std::unique_ptr<PacerClock> clock)
    : m_clock(clock ? std::move(clock) : std::make_unique<SteadyClock>())
{
}

RequestPacer::~RequestPacer() = default;

quint64 RequestPacer::schedule(const QString &key, int perSecond, const QObject *context, Start start)
{
    if (perSecond <= 0) {
        start();
        return 0;
    }
    Queue &queue = m_queues[key];
    queue.perSecond = perSecond;
    const quint64 ticket = ++m_lastTicket;
    queue.waiting.enqueue({ticket, context, std::move(start)});
    release();
    return ticket;
}

RequestPacer::Start RequestPacer::take(quint64 ticket)
{
    for (Queue &queue : m_queues) {
        for (qsizetype i = 0; i < queue.waiting.size(); ++i) {
            if (queue.waiting.at(i).ticket == ticket)
                return queue.waiting.takeAt(i).start;
        }
    }
    return {};
}

int RequestPacer::waiting(const QString &key) const
{
    const auto it = m_queues.constFind(key);
    return it == m_queues.constEnd() ? 0 : int(it->waiting.size());
}

bool RequestPacer::hasRoom(Queue &queue, qint64 now)
{
    while (!queue.recent.isEmpty() && now - queue.recent.head() >= kWindowMs)
        queue.recent.dequeue();
    return queue.recent.size() < queue.perSecond;
}

void RequestPacer::release()
{
    if (m_releasing)
        return;
    m_releasing = true;
    const qint64 now = m_clock->nowMs();
    QList<Start> due;
    qint64 nextWake = -1;
    for (auto it = m_queues.begin(); it != m_queues.end();) {
        Queue &queue = it.value();
        while (!queue.waiting.isEmpty()) {
            if (!queue.waiting.head().context) { // its task is gone: nothing to start
                queue.waiting.dequeue();
                continue;
            }
            if (!hasRoom(queue, now))
                break;
            queue.recent.enqueue(now);
            due << queue.waiting.dequeue().start;
        }
        if (!queue.waiting.isEmpty()) {
            const qint64 at = queue.recent.head() + kWindowMs;
            nextWake = nextWake < 0 ? at : qMin(nextWake, at);
        }
        // A queue with nothing waiting and no start in the last second limits nothing any more.
        if (queue.waiting.isEmpty() && hasRoom(queue, now) && queue.recent.isEmpty())
            it = m_queues.erase(it);
        else
            ++it;
    }
    m_releasing = false;
    if (nextWake >= 0)
        m_clock->wakeIn(nextWake - now, [this] { release(); });
    // Last, as a start may schedule again.
    for (const Start &start : std::as_const(due))
        start();
}

} // namespace cc
