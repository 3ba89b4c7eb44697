#pragma once

#include "services/VendorOperations.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QVector>

#include <memory>

namespace cc {

// Which region is an account in? Read-only probes of one credential against every region of its
// vendor at once: the vendor's check (it never sends a message), asked of each region's host. A
// wrong region answers with a bare 401 or 404, which the probes tell apart from an accepted one.
class RegionProbe : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        enum class Kind { Pending, Accepted, Rejected, NotFound, Unreachable, Failed };
        QString region;
        Kind kind = Kind::Pending;
        int httpStatus = 0;
        qint64 ms = 0;   // how long the region took to answer
        QString summary; // translated, redacted: the check's words
    };

    explicit RegionProbe(VendorOperations *operations, QObject *parent = nullptr);
    ~RegionProbe() override;

    // Why the credential cannot be probed (translated; empty when it can): its vendor has no regions,
    // or its API endpoint is set without {region}, so that every region would be asked at one address.
    static QString problem(const Credential &credential);
    static QStringList regionsOf(const VendorSchema &schema);

    // Starts every probe at once; outcomeReady() reports each, finished() the end.
    void start(const Credential &credential, const Secrets &secrets);
    void cancel();
    bool isRunning() const { return m_running > 0; }
    const QVector<Outcome> &outcomes() const { return m_outcomes; }
    // The one region that accepted the credentials; empty when none or more than one did.
    QString acceptedRegion() const;

    static QString kindName(Outcome::Kind kind); // stable, for --json: "accepted", "rejected", ...
    static QString kindText(Outcome::Kind kind); // translated
    // What the window and the command line show of an outcome (translated): its kind with the HTTP
    // status when there was one, "rejected (HTTP 401)", and how long the region took, "84 ms".
    static QString outcomeText(const Outcome &outcome);
    static QString timeText(const Outcome &outcome);

Q_SIGNALS:
    void outcomeReady(int index);
    void finished();

private:
    VendorOperations *m_operations;
    QVector<Outcome> m_outcomes;
    QVector<QPointer<VendorTask>> m_tasks;
    int m_running = 0;
};

} // namespace cc
