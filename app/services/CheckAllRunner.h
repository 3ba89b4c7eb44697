#pragma once

#include "VendorOperations.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace cc {

class ActionTask;
class CredentialActions;

// Checks many credentials concurrently but bounded: at most `concurrency` at a time, the list's
// statuses updating as each result arrives. cancel() stops the running checks and starts no more.
class CheckAllRunner : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        int ok = 0;
        int failing = 0;
        int cancelled = 0;
        int total = 0;
    };

    // Checks at once, as the console runs them: six, the most connections Qt 6.4 opens to one host
    // over HTTP/1.1. A seventh would wait inside QNetworkAccessManager with its deadline already
    // running (and Qt 6.4 has no QHttp1Configuration to raise the limit); over HTTP/2 the six share
    // one connection. Enough to hide latency, few enough not to look like a flood to a vendor.
    static constexpr int kConcurrency = 6;

    CheckAllRunner(CredentialActions *actions, QStringList ids, int concurrency, QObject *parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int inFlight() const { return int(m_tasks.size()); }
    // Checks started so far (finished or under way).
    int started() const { return m_started; }
    const Summary &summary() const { return m_summary; }
    // Translated, one line: "12 checked: 10 OK, 2 failing."
    static QString summaryText(const Summary &summary);

Q_SIGNALS:
    void resultReady(const QString &id, const OperationResult &result);
    void progress(int done, int total);
    void finished(const CheckAllRunner::Summary &summary);

private:
    void startMore();

    CredentialActions *m_actions;
    QStringList m_pending;
    QList<QPointer<ActionTask>> m_tasks;
    int m_concurrency;
    int m_done = 0;
    int m_started = 0;
    bool m_running = false;
    bool m_cancelled = false;
    Summary m_summary;
};

} // namespace cc
