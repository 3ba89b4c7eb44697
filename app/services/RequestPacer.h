#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QString>

#include <functional>
#include <memory>

namespace cc {

// The time a RequestPacer goes by: a monotonic clock in milliseconds and one wake-up at a time. The
// default is the steady clock and a single-shot QTimer; a test gives its own and moves time itself.
class PacerClock
{
public:
    virtual ~PacerClock() = default;
    virtual qint64 nowMs() const = 0;
    // Calls wake once, delayMs from now; a later call replaces an earlier one not yet due.
    virtual void wakeIn(qint64 delayMs, std::function<void()> wake) = 0;
};

// Keeps the requests made with one credential (its key) to its vendor's rate limit: at most
// perSecond of them start in any second, in the order they were asked for; the others wait in a
// queue, without blocking anything, until the clock wakes it. perSecond 0 (or less): no limit.
class RequestPacer
{
public:
    using Start = std::function<void()>;

    explicit RequestPacer(std::unique_ptr<PacerClock> clock = nullptr);
    ~RequestPacer();
    RequestPacer(const RequestPacer &) = delete;
    RequestPacer &operator=(const RequestPacer &) = delete;

    // Runs start now when key's limit allows it, else later. It never runs once context is gone.
    // Returns a ticket for take(), 0 when start has already run.
    quint64 schedule(const QString &key, int perSecond, const QObject *context, Start start);
    // Takes a waiting start out of its queue, to run it at once (a cancel); empty when it has run.
    Start take(quint64 ticket);
    // Starts waiting for key's turn.
    int waiting(const QString &key) const;

private:
    struct Waiting
    {
        quint64 ticket = 0;
        QPointer<const QObject> context;
        Start start;
    };
    struct Queue
    {
        int perSecond = 0;
        QQueue<qint64> recent; // when the last starts ran, at most perSecond of them
        QQueue<Waiting> waiting;
    };

    // Starts what is due in every queue, then sets the next wake-up.
    void release();
    // True when queue may start one more at now (and forgets starts older than a second).
    static bool hasRoom(Queue &queue, qint64 now);

    std::unique_ptr<PacerClock> m_clock;
    QHash<QString, Queue> m_queues;
    quint64 m_lastTicket = 0;
    bool m_releasing = false;
};

} // namespace cc
