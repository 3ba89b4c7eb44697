#include "CheckAllRunner.h"

#include "CredentialActions.h"

namespace cc {

CheckAllRunner::CheckAllRunner(CredentialActions *actions, QStringList ids, int concurrency, QObject *parent)
    : QObject(parent)
    , m_actions(actions)
    , m_pending(std::move(ids))
    , m_concurrency(qMax(1, concurrency))
{
    m_summary.total = int(m_pending.size());
}

void CheckAllRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    if (m_pending.isEmpty()) {
        m_running = false;
        Q_EMIT finished(m_summary);
        return;
    }
    startMore();
}

void CheckAllRunner::startMore()
{
    while (!m_cancelled && !m_pending.isEmpty() && m_tasks.size() < m_concurrency) {
        const QString id = m_pending.takeFirst();
        ++m_started;
        QPointer<CheckAllRunner> self(this);
        auto holder = std::make_shared<QPointer<ActionTask>>();
        ActionTask *task = m_actions->check(id, [self, id, holder](const OperationResult &result) {
            if (!self)
                return;
            self->m_tasks.removeAll(*holder);
            ++self->m_done;
            if (result.error.kind == NetError::Kind::Cancelled)
                ++self->m_summary.cancelled;
            else if (result.ok)
                ++self->m_summary.ok;
            else
                ++self->m_summary.failing;
            Q_EMIT self->resultReady(id, result);
            Q_EMIT self->progress(self->m_done, self->m_summary.total);
            self->startMore();
        });
        *holder = task;
        m_tasks.append(task);
    }
    if (m_tasks.isEmpty() && m_running) {
        m_running = false;
        m_summary.cancelled += int(m_pending.size());
        m_pending.clear();
        Q_EMIT finished(m_summary);
    }
}

void CheckAllRunner::cancel()
{
    m_cancelled = true;
    const auto tasks = m_tasks;
    for (const QPointer<ActionTask> &t : tasks) {
        if (t)
            t->cancel();
    }
    // Nothing running: finish now; otherwise the last cancelled check finishes the run.
    if (m_tasks.isEmpty())
        startMore();
}

QString CheckAllRunner::summaryText(const Summary &s)
{
    const int checked = s.ok + s.failing;
    if (s.cancelled > 0)
        return tr("%n checked: %1 OK, %2 failing; %3 not checked (cancelled).", nullptr, checked)
            .arg(s.ok)
            .arg(s.failing)
            .arg(s.cancelled);
    return tr("%n checked: %1 OK, %2 failing.", nullptr, checked).arg(s.ok).arg(s.failing);
}

} // namespace cc
