#include "RegionProbe.h"

#include <QCoreApplication>

namespace cc {

namespace {

const QString kRegionPlaceholder = QStringLiteral("{region}");

RegionProbe::Outcome::Kind kindOf(const OperationResult &r)
{
    using Kind = RegionProbe::Outcome::Kind;
    if (r.ok)
        return Kind::Accepted;
    switch (r.error.kind) {
    case NetError::Kind::Unauthorized:
    case NetError::Kind::Forbidden:
        return Kind::Rejected;
    case NetError::Kind::NotFound:
        return Kind::NotFound;
    case NetError::Kind::None: // refused before sending: the credential, not the region
    case NetError::Kind::BadRequest:
    case NetError::Kind::RateLimited:
    case NetError::Kind::Unavailable:
    case NetError::Kind::OtherHttp:
    case NetError::Kind::MalformedResponse:
        return Kind::Failed;
    default:
        return Kind::Unreachable; // no answer: DNS, connection, TLS, timeout, cancelled
    }
}

} // namespace

RegionProbe::RegionProbe(VendorOperations *operations, QObject *parent)
    : QObject(parent)
    , m_operations(operations)
{
}

RegionProbe::~RegionProbe()
{
    cancel();
}

QStringList RegionProbe::regionsOf(const VendorSchema &schema)
{
    QStringList regions;
    if (const FieldSpec *field = schema.field(schema.regionKey)) {
        for (const Choice &c : field->choices)
            regions << c.value;
    }
    return regions;
}

QString RegionProbe::problem(const Credential &credential)
{
    const VendorSchema &schema = credential.schema();
    if (regionsOf(schema).isEmpty()) {
        return QCoreApplication::translate("cc::RegionProbe",
                                           "%1 API credentials have no region to find: the account's own address "
                                           "says where it is.")
            .arg(schema.displayName);
    }
    const QString endpoint = credential.text(QStringLiteral("endpoint")).trimmed();
    if (!endpoint.isEmpty() && !endpoint.contains(kRegionPlaceholder)) {
        return QCoreApplication::translate("cc::RegionProbe",
                                           "The API endpoint is set to %1, so every region would be asked at that "
                                           "one address. Clear the API endpoint, or put {region} in it where the "
                                           "region goes.")
            .arg(endpoint);
    }
    return QString();
}

void RegionProbe::start(const Credential &credential, const Secrets &secrets)
{
    cancel();
    m_outcomes.clear();
    m_tasks.clear();
    const QString regionKey = credential.schema().regionKey;
    const QStringList regions = regionsOf(credential.schema());
    m_running = int(regions.size());
    for (int i = 0; i < regions.size(); ++i) {
        Outcome o;
        o.region = regions.at(i);
        m_outcomes << o;
        Credential probe = credential;
        probe.values.insert(regionKey, regions.at(i));
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QPointer<RegionProbe> self(this);
        m_tasks << m_operations->check(probe, secrets, [self, i, timer](const OperationResult &r) {
            if (!self)
                return;
            Outcome &o = self->m_outcomes[i];
            o.kind = kindOf(r);
            o.httpStatus = r.httpStatus;
            o.ms = timer->elapsed();
            o.summary = r.summary;
            Q_EMIT self->outcomeReady(i);
            if (--self->m_running == 0)
                Q_EMIT self->finished();
        });
    }
    if (regions.isEmpty())
        Q_EMIT finished();
}

void RegionProbe::cancel()
{
    for (const QPointer<VendorTask> &task : std::as_const(m_tasks)) {
        if (task)
            task->cancel();
    }
}

QString RegionProbe::acceptedRegion() const
{
    QString accepted;
    for (const Outcome &o : m_outcomes) {
        if (o.kind != Outcome::Kind::Accepted)
            continue;
        if (!accepted.isEmpty())
            return QString();
        accepted = o.region;
    }
    return accepted;
}

QString RegionProbe::kindName(Outcome::Kind kind)
{
    static const char *const kNames[] = {"pending", "accepted", "rejected", "not-found", "unreachable", "failed"};
    return QString::fromLatin1(kNames[int(kind)]);
}

QString RegionProbe::kindText(Outcome::Kind kind)
{
    switch (kind) {
    case Outcome::Kind::Pending:
        return QCoreApplication::translate("cc::RegionProbe", "asking…");
    case Outcome::Kind::Accepted:
        return QCoreApplication::translate("cc::RegionProbe", "accepted");
    case Outcome::Kind::Rejected:
        return QCoreApplication::translate("cc::RegionProbe", "rejected");
    case Outcome::Kind::NotFound:
        return QCoreApplication::translate("cc::RegionProbe", "not found");
    case Outcome::Kind::Unreachable:
        return QCoreApplication::translate("cc::RegionProbe", "unreachable");
    case Outcome::Kind::Failed:
        break;
    }
    return QCoreApplication::translate("cc::RegionProbe", "failed");
}

QString RegionProbe::outcomeText(const Outcome &outcome)
{
    if (outcome.httpStatus <= 0)
        return kindText(outcome.kind);
    return QCoreApplication::translate("cc::RegionProbe", "%1 (HTTP %2)")
        .arg(kindText(outcome.kind))
        .arg(outcome.httpStatus);
}

QString RegionProbe::timeText(const Outcome &outcome)
{
    return QCoreApplication::translate("cc::RegionProbe", "%1 ms").arg(outcome.ms);
}

} // namespace cc
