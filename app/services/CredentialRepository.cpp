#include "CredentialRepository.h"

#include "storage/Database.h"

#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace cc {

namespace {

// Up to this many rows change one by one, so that a view keeps its place; more are replaced in one
// go, so that a view is not updated thousands of times.
constexpr qsizetype kRowByRowLimit = 64;

// Runs keychain jobs one at a time, in order; the first failure ends the run. Kept alive by the
// callback of the job under way, so nothing refers to itself.
struct StepRunner : std::enable_shared_from_this<StepRunner>
{
    QVector<std::function<void(std::function<void(const SecretResult &)>)>> steps;
    std::function<void(const SecretResult &)> done;

    void next(const SecretResult &r)
    {
        if (!r.ok() || steps.isEmpty()) {
            const auto finish = std::move(done);
            finish(r);
            return;
        }
        const auto step = steps.takeFirst();
        step([self = shared_from_this()](const SecretResult &result) { self->next(result); });
    }
};

} // namespace

CredentialRepository::CredentialRepository(CredentialStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
{
    m_checkSave.setSingleShot(true);
    m_checkSave.setInterval(kCheckSaveDelayMs);
    connect(&m_checkSave, &QTimer::timeout, this, &CredentialRepository::saveChecks);
    connect(&m_follow, &QTimer::timeout, this, &CredentialRepository::takeChangesFromElsewhere);
    // The store may outlive this repository, or this repository the store.
    m_store->setSettleObserver([self = QPointer<CredentialRepository>(this)](bool before) {
        if (!self)
            return;
        if (before) {
            Q_EMIT self->credentialsAboutToBeReplaced();
            return;
        }
        Q_EMIT self->credentialsReplaced();
        const CredentialStore::LoadResult late = self->m_store->lateLoadResult();
        if (!late.ok() || !late.message.isEmpty())
            Q_EMIT self->lateLoadProblem(late);
    });
}

CredentialRepository::~CredentialRepository()
{
    saveChecks();
}

CredentialStore::LoadResult CredentialRepository::load()
{
    Q_EMIT credentialsAboutToBeReplaced();
    const CredentialStore::LoadResult result = m_store->load();
    Q_EMIT credentialsReplaced();
    if (!m_store->isSettled())
        QTimer::singleShot(kSettleAfterMs, this, [this] { m_store->settle(); });
    return result;
}

void CredentialRepository::followChanges(int intervalMs)
{
    if (intervalMs <= 0) {
        m_follow.stop();
        return;
    }
    m_follow.start(intervalMs);
}

bool CredentialRepository::takeChangesFromElsewhere()
{
    if (!m_store->database().changedElsewhere())
        return false;
    m_store->settle();
    saveChecks(); // so that the list read back has them
    QVector<Credential> fresh;
    if (!m_store->readStored(&fresh))
        return false;
    showList(std::move(fresh));
    return true;
}

// Removals, updates and insertions, each with its own signals, so that a view keeps its selection
// and scroll position; many at once in one reset. A changed credential stays in its row and a new one
// comes after the others: the view sorts them, and the store's rows need not follow the database's
// order (names) once the list has changed.
void CredentialRepository::showList(QVector<Credential> fresh)
{
    QSet<QString> freshIds;
    for (const Credential &c : std::as_const(fresh))
        freshIds.insert(c.id);
    QSet<QString> gone;
    QSet<QString> held;
    for (const Credential &c : m_store->credentials()) {
        held.insert(c.id);
        if (!freshIds.contains(c.id))
            gone.insert(c.id);
    }
    qsizetype changes = gone.size() + (fresh.size() - (held.size() - gone.size()));
    if (changes > kRowByRowLimit) {
        Q_EMIT credentialsAboutToBeReplaced();
        m_store->cacheReplace(std::move(fresh));
        Q_EMIT credentialsReplaced();
        return;
    }
    showRemoved(gone);
    QHash<QString, int> rows; // by id, which adding at the end does not change
    rows.reserve(m_store->count());
    for (int row = 0; row < m_store->count(); ++row)
        rows.insert(m_store->credentials().at(row).id, row);
    for (const Credential &c : std::as_const(fresh)) {
        const int row = rows.value(c.id, -1);
        if (row < 0 || !(*m_store->at(row) == c))
            showSaved(c);
    }
}

void CredentialRepository::showSaved(const Credential &credential)
{
    const int row = m_store->indexOf(credential.id);
    if (row >= 0) {
        m_store->cacheUpsert(credential);
        Q_EMIT credentialUpdated(row);
        return;
    }
    const int end = m_store->count();
    Q_EMIT credentialAboutToBeInserted(end);
    m_store->cacheInsert(end, credential);
    Q_EMIT credentialInserted(end);
}

void CredentialRepository::showRemoved(const QSet<QString> &ids)
{
    QVector<int> rows;
    const QVector<Credential> &held = m_store->credentials();
    for (int row = 0; row < held.size(); ++row) {
        if (ids.contains(held.at(row).id))
            rows << row;
    }
    if (rows.size() <= kRowByRowLimit) {
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
            Q_EMIT credentialAboutToBeRemoved(*it);
            m_store->cacheRemoveAt(*it);
            Q_EMIT credentialRemoved(*it);
        }
        return;
    }
    QVector<Credential> kept;
    kept.reserve(held.size() - rows.size());
    for (const Credential &c : held) {
        if (!ids.contains(c.id))
            kept << c;
    }
    Q_EMIT credentialsAboutToBeReplaced();
    m_store->cacheReplace(std::move(kept));
    Q_EMIT credentialsReplaced();
}

void CredentialRepository::runSteps(QVector<Step> steps, std::function<void(const SecretResult &)> done)
{
    auto runner = std::make_shared<StepRunner>();
    runner->steps = std::move(steps);
    runner->done = std::move(done);
    runner->next(SecretResult{});
}

QVector<CredentialRepository::Step>
CredentialRepository::removalSteps(const QString &id, const QStringList &fields,
                                   const std::shared_ptr<QStringList> &removed) const
{
    QVector<Step> steps;
    QPointer<SecretStore> secrets(m_secrets);
    for (const QString &field : fields) {
        const QString entry = SecretStore::keyFor(id, field);
        steps << [secrets, entry, field, removed](std::function<void(const SecretResult &)> next) {
            if (!secrets)
                return;
            secrets->remove(entry, [field, removed, next](const SecretResult &r) {
                if (r.ok())
                    removed->append(field);
                next(r);
            });
        };
    }
    return steps;
}

void CredentialRepository::save(Credential credential, const QHash<QString, QString> &secretChanges, Done done)
{
    write(std::move(credential), secretChanges, true, std::move(done));
}

void CredentialRepository::replaceSecret(const QString &id, const QString &field, const QString &value, Done done)
{
    const Credential *stored = m_store->find(id);
    if (!stored) {
        done(Outcome::failed(ActivityEvent::of("storage.gone")));
        return;
    }
    write(*stored, {{field, value}}, false, std::move(done));
}

void CredentialRepository::write(Credential credential, const QHash<QString, QString> &secretChanges, bool record,
                                 Done callerDone)
{
    const Credential *existing = m_store->find(credential.id);
    const std::optional<Credential> before = existing ? std::optional<Credential>(*existing) : std::nullopt;
    const ActivityLog::Action action = before ? ActivityLog::Action::Update : ActivityLog::Action::Create;
    QPointer<CredentialRepository> guard(this);
    const Done done = [guard, credential, action, record, callerDone](const Outcome &outcome) {
        if (guard && record)
            guard->recordCredential(credential, action, outcome);
        callerDone(outcome);
    };
    if (m_store->isNameTaken(credential.name(), credential.id)) {
        done(Outcome::failed(ActivityEvent::of("storage.name-taken", {{"name", credential.name().trimmed()}})));
        return;
    }
    QStringList writes;
    QStringList clears;
    QHash<QString, QString> values;
    for (const QString &key : credential.schema().secretKeys()) {
        if (!secretChanges.contains(key))
            continue;
        const QString value = secretChanges.value(key);
        if (value.isEmpty()) {
            clears << key;
            credential.secretsSet.removeAll(key);
        } else {
            writes << key;
            values.insert(key, value);
            if (!credential.secretsSet.contains(key))
                credential.secretsSet << key;
        }
    }
    credential.modified = QDateTime::currentDateTimeUtc();
    if (!before)
        credential.created = credential.modified;
    if (!writes.isEmpty())
        credential.secretsSetAt = credential.modified;
    saveChecks(); // so that this change does not wait behind them, nor they behind it
    QString error;
    const auto mode = before ? CredentialStore::Write::Update : CredentialStore::Write::Insert;
    if (!m_store->persist(credential, mode, writes, &error)) {
        done({false, error, SecretError::None, m_store->writeFailure()});
        return;
    }
    showSaved(credential);

    // The secrets, now that the change is committed: the new values, then the cleared entries.
    auto written = std::make_shared<QStringList>();
    QVector<Step> steps;
    QPointer<SecretStore> secrets(m_secrets);
    for (const QString &key : std::as_const(writes)) {
        const QString entry = SecretStore::keyFor(credential.id, key);
        const QString value = values.value(key);
        steps << [secrets, entry, key, value, written](std::function<void(const SecretResult &)> next) {
            if (!secrets)
                return;
            secrets->write(entry, value, [key, written, next](const SecretResult &r) {
                if (r.ok())
                    written->append(key);
                next(r);
            });
        };
    }
    auto cleared = std::make_shared<QStringList>();
    steps << removalSteps(credential.id, clears, cleared);
    QPointer<CredentialRepository> self(this);
    runSteps(std::move(steps), [self, credential, before, written, writes, cleared, done](const SecretResult &r) {
        if (!self)
            return;
        QString ignored; // an entry left in the index is offered for removal later
        self->m_store->forgetSecretEntries(credential.id, *cleared, &ignored);
        if (!r.ok() && *written != writes) { // a write failed: put the change back
            self->undoSave(credential, before, writes);
            done(Outcome::failed(ActivityEvent::keychain(r.error), r.error));
            return;
        }
        if (!r.ok()) { // only the removal of a cleared secret failed: it is cleared, the entry is listed
            done(Outcome::failed(ActivityEvent::of("credential.secret-not-cleared",
                                                   {{"reason", ActivityEvent::keychain(r.error).toJson()}}),
                                 r.error));
            return;
        }
        done({});
    });
}

void CredentialRepository::undoSave(const Credential &credential, const std::optional<Credential> &before,
                                    const QStringList &attempted)
{
    QString error;
    QStringList unowned; // entries this attempt may have written that nothing owns once it is undone
    if (before) {
        // Secrets it held keep the values written (the keychain cannot give the old ones back); the
        // fields and the list of set secrets are as they were.
        if (m_store->persist(*before, CredentialStore::Write::Update, {}, &error))
            showSaved(*before);
        for (const QString &key : attempted) {
            if (!before->secretsSet.contains(key))
                unowned << key;
        }
    } else {
        if (m_store->persistRemoval({credential.id}, &error))
            showRemoved({credential.id});
        unowned = attempted;
    }
    auto removed = std::make_shared<QStringList>();
    QPointer<CredentialRepository> self(this);
    const QString id = credential.id;
    runSteps(removalSteps(id, unowned, removed), [self, id, removed](const SecretResult &) {
        QString ignored; // what stays listed is offered for removal later
        if (self)
            self->m_store->forgetSecretEntries(id, *removed, &ignored);
    });
}

void CredentialRepository::remove(const QString &id, Done done)
{
    removeAll({id}, std::move(done));
}

// A removal under way: the credentials deleted, and which of their keychain entries are gone.
struct CredentialRepository::Removal
{
    QVector<Credential> targets;
    qsizetype next = 0;
    QVector<Outcome> keychain; // by target
    Done done;
};

void CredentialRepository::removeAll(const QStringList &ids, Done done)
{
    auto removal = std::make_shared<Removal>();
    removal->done = std::move(done);
    QSet<QString> gone;
    for (const Credential *c : m_store->findAll(ids)) {
        removal->targets << *c;
        gone.insert(c->id);
    }
    if (removal->targets.isEmpty()) {
        removal->done({});
        return;
    }
    saveChecks();
    QString error;
    if (!m_store->persistRemoval(gone, &error)) {
        const Outcome failed{false, error, SecretError::None, m_store->writeFailure()};
        for (const Credential &c : std::as_const(removal->targets))
            recordCredential(c, ActivityLog::Action::Delete, failed);
        removal->done(failed);
        return;
    }
    showRemoved(gone);
    removeNextSecrets(removal);
}

// The keychain entries of one deleted credential after the other: every secret field of the
// schema, set or not (deleting a missing entry succeeds).
void CredentialRepository::removeNextSecrets(const std::shared_ptr<Removal> &removal)
{
    if (removal->next == removal->targets.size()) {
        finishRemoval(removal);
        return;
    }
    const Credential &c = removal->targets.at(removal->next++);
    auto removed = std::make_shared<QStringList>();
    QPointer<CredentialRepository> self(this);
    const QString id = c.id;
    runSteps(removalSteps(id, c.schema().secretKeys(), removed), [self, removal, id, removed](const SecretResult &r) {
        if (!self)
            return;
        QString ignored; // what stays listed is offered for removal later
        self->m_store->forgetSecretEntries(id, *removed, &ignored);
        removal->keychain << (r.ok() ? Outcome{}
                                     : Outcome::failed(
                                           ActivityEvent::of("credential.secrets-left",
                                                             {{"reason", ActivityEvent::keychain(r.error).toJson()}}),
                                           r.error));
        Q_EMIT self->removalProgress(int(removal->keychain.size()), int(removal->targets.size()));
        self->removeNextSecrets(removal);
    });
}

void CredentialRepository::finishRemoval(const std::shared_ptr<Removal> &removal)
{
    Outcome first;
    for (qsizetype i = 0; i < removal->targets.size(); ++i) {
        const Outcome &outcome = removal->keychain.at(i);
        recordCredential(removal->targets.at(i), ActivityLog::Action::Delete, outcome);
        if (first.ok && !outcome.ok)
            first = outcome;
    }
    const Done done = std::move(removal->done);
    done(first);
}

QVector<CredentialRepository::Outcome> CredentialRepository::addAll(const QVector<Credential> &list,
                                                                    ActivityLog::Action action)
{
    QVector<Outcome> outcomes(list.size());
    if (list.isEmpty())
        return outcomes;
    // Names compare as isNameTaken() does, without a pass over the list for each new one.
    QSet<QString> names;
    for (const Credential &c : m_store->credentials())
        names.insert(CredentialStore::nameKey(c.name()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVector<Credential> added;
    added.reserve(list.size());
    QString error;
    ActivityEvent why;
    for (const Credential &original : list) {
        const QString key = CredentialStore::nameKey(original.name());
        if (names.contains(key)) {
            why = ActivityEvent::of("storage.name-taken", {{"name", original.name().trimmed()}});
            break;
        }
        names.insert(key);
        Credential c = original;
        c.created = c.modified = now;
        added << c;
    }
    // Each is recorded as it turned out: in the import's own transaction when it is saved (where the
    // log is kept in the same database), in one of its own when it failed and nothing was saved.
    const auto entries = [&list, action, now](const QVector<Outcome> &outcomes) {
        QVector<ActivityLog::Entry> out;
        out.reserve(list.size());
        for (qsizetype i = 0; i < list.size(); ++i)
            out << ActivityLog::Entry{now,
                                      list.at(i).id,
                                      list.at(i).name(),
                                      action,
                                      outcomes.at(i).ok ? ActivityLog::Outcome::Succeeded
                                                        : ActivityLog::Outcome::Failed,
                                      outcomes.at(i).ok ? ActivityLog::succeeded(action) : outcomes.at(i).reason};
        return out;
    };
    const bool logWithin = m_log && m_log->isIn(&m_store->database());
    saveChecks();
    if (why.isEmpty() &&
        m_store->persistAll(added, &error, logWithin ? entries(outcomes) : QVector<ActivityLog::Entry>())) {
        if (added.size() <= kRowByRowLimit) {
            for (const Credential &c : std::as_const(added))
                showSaved(c);
        } else {
            Q_EMIT credentialsAboutToBeReplaced();
            m_store->cacheReplace(m_store->credentials() + added);
            Q_EMIT credentialsReplaced();
        }
        if (m_log && !logWithin)
            m_log->appendAll(entries(outcomes));
    } else {
        if (why.isEmpty())
            why = m_store->writeFailure();
        outcomes.fill(Outcome::failed(ActivityEvent::of("import.nothing", {{"reason", why.toJson()}})));
        if (m_log)
            m_log->appendAll(entries(outcomes));
    }
    return outcomes;
}

void CredentialRepository::readSecret(const QString &id, const QString &field, SecretStore::Callback done)
{
    m_secrets->read(SecretStore::keyFor(id, field), std::move(done));
}

void CredentialRepository::recordCredential(const Credential &c, ActivityLog::Action action, const Outcome &outcome)
{
    if (!m_log)
        return;
    ActivityLog::Entry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.credentialId = c.id;
    e.credentialName = c.name();
    e.action = action;
    e.outcome = outcome.ok ? ActivityLog::Outcome::Succeeded : ActivityLog::Outcome::Failed;
    e.event = outcome.ok ? ActivityLog::succeeded(action) : outcome.reason;
    m_log->append(e);
}

void CredentialRepository::record(const QString &id, ActivityLog::Action action, ActivityLog::Outcome outcome,
                                  const ActivityEvent &event)
{
    const Credential *c = m_store->find(id);
    if (!c || !m_log)
        return;
    ActivityLog::Entry e{QDateTime::currentDateTimeUtc(), c->id, c->name(), action, outcome, event};
    m_log->append(e);
}

void CredentialRepository::readSecrets(const Credential &credential,
                                       std::function<void(const QHash<QString, QString> &, const SecretResult &)> done)
{
    auto secrets = std::make_shared<QHash<QString, QString>>();
    QPointer<SecretStore> store(m_secrets);
    QVector<Step> steps;
    for (const QString &key : credential.secretsSet) {
        const QString entry = SecretStore::keyFor(credential.id, key);
        steps << [store, entry, key, secrets](std::function<void(const SecretResult &)> next) {
            if (!store)
                return;
            store->read(entry, [key, secrets, next](const SecretResult &r) {
                if (r.ok())
                    secrets->insert(key, r.value);
                next(r);
            });
        };
    }
    runSteps(std::move(steps), [secrets, done](const SecretResult &r) { done(*secrets, r); });
}

bool CredentialRepository::recordCheck(const QString &id, const CheckStatus &status, QString *error)
{
    const Credential *c = m_store->find(id);
    if (!c) {
        *error = tr("These API credentials no longer exist.");
        return false;
    }
    Credential updated = *c;
    updated.lastCheck = status;
    Q_EMIT credentialUpdated(m_store->cacheUpsert(updated));
    m_unsavedChecks.append({id, status});
    if (!m_checkSave.isActive())
        m_checkSave.start();
    return true;
}

void CredentialRepository::saveChecks()
{
    m_checkSave.stop();
    if (m_unsavedChecks.isEmpty())
        return;
    QString error; // the statuses stay in the list; the next save tries again
    if (m_store->persistChecks(m_unsavedChecks, &error))
        m_unsavedChecks.clear();
}

void CredentialRepository::removeOrphanedSecrets(const QVector<std::pair<QString, QString>> &entries, Done done)
{
    QHash<QString, QStringList> byCredential;
    for (const auto &[id, field] : entries)
        byCredential[id] << field;
    QVector<Step> steps;
    QPointer<CredentialRepository> self(this);
    for (auto it = byCredential.cbegin(); it != byCredential.cend(); ++it) {
        auto removed = std::make_shared<QStringList>();
        const QString id = it.key();
        QVector<Step> forOne = removalSteps(id, it.value(), removed);
        // After this credential's entries: take them out of the index.
        forOne << [self, id, removed](std::function<void(const SecretResult &)> next) {
            QString ignored;
            if (self)
                self->m_store->forgetSecretEntries(id, *removed, &ignored);
            next(SecretResult{});
        };
        steps << forOne;
    }
    runSteps(std::move(steps), [done](const SecretResult &r) {
        done(r.ok() ? Outcome{} : Outcome::failed(ActivityEvent::keychain(r.error), r.error));
    });
}

CredentialRepository::Outcome CredentialRepository::Outcome::failed(const ActivityEvent &reason,
                                                                    SecretError secretError)
{
    return {false, reason.text(), secretError, reason};
}

} // namespace cc
