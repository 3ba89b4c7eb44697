#include "CredentialRepository.h"

#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace cc {

CredentialRepository::CredentialRepository(CredentialStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
{
    m_checkSave.setSingleShot(true);
    m_checkSave.setInterval(kCheckSaveDelayMs);
    connect(&m_checkSave, &QTimer::timeout, this, &CredentialRepository::saveChecks);
    // The store may outlive this repository, or this repository the store.
    m_store->setSettleObserver([self = QPointer<CredentialRepository>(this)](bool before) {
        if (!self)
            return;
        if (before) {
            Q_EMIT self->credentialsAboutToBeReplaced();
            return;
        }
        Q_EMIT self->credentialsReplaced();
        if (!self->m_store->lateLoadResult().ok())
            Q_EMIT self->lateLoadProblem(self->m_store->lateLoadResult());
    });
}

CredentialRepository::~CredentialRepository()
{
    saveChecks();
}

bool CredentialRepository::saveFile(QString *error)
{
    if (!m_store->save(error))
        return false;
    m_unsavedChecks = false;
    m_checkSave.stop();
    return true;
}

void CredentialRepository::saveChecks()
{
    QString error; // the statuses stay in the list; the next save tries again
    if (m_unsavedChecks)
        saveFile(&error);
}

CredentialStore::LoadResult CredentialRepository::load(CredentialReadAhead *readAhead)
{
    Q_EMIT credentialsAboutToBeReplaced();
    const CredentialStore::LoadResult result = m_store->load(readAhead);
    Q_EMIT credentialsReplaced();
    m_settleLink = m_store->whenSettleable(this, [this] { m_store->settle(); });
    // The window lets the rest of the file be read after its first paint; without one that paints
    // (a minimised window, a test), it is read soon all the same.
    if (!m_store->isSettled())
        QTimer::singleShot(kContinueLoadingAfterMs, this, [this] { m_store->continueLoading(); });
    return result;
}

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

void CredentialRepository::runSteps(QVector<Step> steps, std::function<void(const SecretResult &)> done)
{
    auto runner = std::make_shared<StepRunner>();
    runner->steps = std::move(steps);
    runner->done = std::move(done);
    runner->next(SecretResult{});
}

void CredentialRepository::save(Credential credential, const QHash<QString, QString> &secretChanges, Done callerDone)
{
    const ActivityLog::Action action =
        m_store->find(credential.id) ? ActivityLog::Action::Update : ActivityLog::Action::Create;
    QPointer<CredentialRepository> guard(this);
    const Done done = [guard, credential, action, callerDone](const Outcome &outcome) {
        if (guard)
            guard->recordCredential(credential, action, outcome);
        callerDone(outcome);
    };
    if (m_store->isNameTaken(credential.name(), credential.id)) {
        done({false, tr("The name \"%1\" is already used by other API credentials. Choose another name.")
                         .arg(credential.name().trimmed())});
        return;
    }
    if (m_store->isReadOnly()) {
        QString error;
        saveFile(&error);
        done({false, error});
        return;
    }
    QVector<Step> steps;
    for (const QString &key : credential.schema().secretKeys()) {
        if (!secretChanges.contains(key))
            continue;
        const QString value = secretChanges.value(key);
        const QString entry = SecretStore::keyFor(credential.id, key);
        QPointer<SecretStore> secrets(m_secrets);
        steps << [secrets, entry, value](std::function<void(const SecretResult &)> next) {
            if (!secrets)
                return;
            if (value.isEmpty())
                secrets->remove(entry, next);
            else
                secrets->write(entry, value, next);
        };
        if (value.isEmpty())
            credential.secretsSet.removeAll(key);
        else if (!credential.secretsSet.contains(key))
            credential.secretsSet << key;
    }
    QPointer<CredentialRepository> self(this);
    runSteps(std::move(steps), [self, credential, done](const SecretResult &r) mutable {
        if (!self)
            return;
        if (!r.ok()) {
            done({false, r.message(), r.error});
            return;
        }
        const Credential *existing = self->m_store->find(credential.id);
        const std::optional<Credential> before = existing ? std::optional<Credential>(*existing) : std::nullopt;
        credential.modified = QDateTime::currentDateTimeUtc();
        if (!before)
            credential.created = credential.modified;
        QString error;
        if (!self->commit(credential, before, &error)) {
            done({false, error});
            return;
        }
        done({});
    });
}

void CredentialRepository::remove(const QString &id, Done done)
{
    removeAll({id}, std::move(done));
}

// A removal under way: the credentials to remove, and which of them lost their keychain entries.
struct CredentialRepository::Removal
{
    QVector<Credential> targets;
    QVector<Outcome> keychain; // by target, as their entries are removed
    Done done;
};

void CredentialRepository::removeAll(const QStringList &ids, Done done)
{
    auto removal = std::make_shared<Removal>();
    removal->done = std::move(done);
    for (const Credential *c : m_store->findAll(ids))
        removal->targets << *c;
    if (removal->targets.isEmpty()) {
        removal->done({});
        return;
    }
    if (m_store->isReadOnly()) {
        QString error;
        saveFile(&error);
        finishRemoval(removal, {false, error});
        return;
    }
    removeNextSecrets(removal);
}

// The keychain entries of one credential after the other: every secret field of the schema, set or
// not (deleting a missing entry succeeds). A credential whose entries cannot all be removed stays.
void CredentialRepository::removeNextSecrets(const std::shared_ptr<Removal> &removal)
{
    const qsizetype i = removal->keychain.size();
    if (i == removal->targets.size()) {
        commitRemoval(removal);
        return;
    }
    const Credential &c = removal->targets.at(i);
    QVector<Step> steps;
    QPointer<SecretStore> secrets(m_secrets);
    for (const QString &key : c.schema().secretKeys()) {
        const QString entry = SecretStore::keyFor(c.id, key);
        steps << [secrets, entry](std::function<void(const SecretResult &)> next) {
            if (secrets)
                secrets->remove(entry, next);
        };
    }
    QPointer<CredentialRepository> self(this);
    runSteps(std::move(steps), [self, removal](const SecretResult &r) {
        if (!self)
            return;
        removal->keychain << (r.ok() ? Outcome{}
                                     : Outcome{false,
                                               tr("The credentials were not deleted, because their secrets could "
                                                  "not be removed from the keychain. %1")
                                                   .arg(r.message()),
                                               r.error});
        Q_EMIT self->removalProgress(int(removal->keychain.size()), int(removal->targets.size()));
        self->removeNextSecrets(removal);
    });
}

// Takes the credentials whose entries are gone out of the list (see kRowByRowLimit) and saves the
// file once. If the file cannot be saved, the list is put back as it was.
void CredentialRepository::commitRemoval(const std::shared_ptr<Removal> &removal)
{
    QSet<QString> gone;
    for (qsizetype i = 0; i < removal->targets.size(); ++i) {
        if (removal->keychain.at(i).ok)
            gone.insert(removal->targets.at(i).id);
    }
    if (gone.isEmpty()) {
        finishRemoval(removal, {});
        return;
    }
    const QVector<Credential> before = m_store->credentials();
    QVector<int> rows;
    for (int row = 0; row < before.size(); ++row) {
        if (gone.contains(before.at(row).id))
            rows << row;
    }
    if (rows.size() <= kRowByRowLimit) {
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
            Q_EMIT credentialAboutToBeRemoved(*it);
            m_store->removeAt(*it);
            Q_EMIT credentialRemoved(*it);
        }
    } else {
        QVector<Credential> kept;
        kept.reserve(before.size() - rows.size());
        for (const Credential &c : before) {
            if (!gone.contains(c.id))
                kept << c;
        }
        Q_EMIT credentialsAboutToBeReplaced();
        m_store->setCredentials(std::move(kept));
        Q_EMIT credentialsReplaced();
    }
    QString error;
    finishRemoval(removal, saveOrRestore(before, &error) ? Outcome{} : Outcome{false, error});
}

bool CredentialRepository::saveOrRestore(const QVector<Credential> &before, QString *error)
{
    if (saveFile(error))
        return true;
    Q_EMIT credentialsAboutToBeReplaced();
    m_store->setCredentials(before);
    Q_EMIT credentialsReplaced();
    return false;
}

QVector<CredentialRepository::Outcome> CredentialRepository::addAll(const QVector<Credential> &list)
{
    QVector<Outcome> outcomes(list.size());
    QVector<Credential> added;
    if (m_store->isReadOnly()) {
        QString error;
        saveFile(&error);
        outcomes.fill({false, error});
    } else {
        // Names compare as isNameTaken() does, without a pass over the list for each new one.
        QSet<QString> names;
        for (const Credential &c : m_store->credentials())
            names.insert(c.name().trimmed().toCaseFolded());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString name = list.at(i).name().trimmed();
            if (names.contains(name.toCaseFolded())) {
                outcomes[i] = {false, tr("The name \"%1\" is already used by other API credentials. Choose another "
                                         "name.")
                                          .arg(name)};
                continue;
            }
            names.insert(name.toCaseFolded());
            Credential c = list.at(i);
            c.created = c.modified = now;
            added << c;
        }
    }
    if (!added.isEmpty()) {
        const QVector<Credential> before = m_store->credentials();
        if (added.size() <= kRowByRowLimit) {
            for (const Credential &c : std::as_const(added)) {
                const int row = int(m_store->credentials().size());
                Q_EMIT credentialAboutToBeInserted(row);
                m_store->insert(row, c);
                Q_EMIT credentialInserted(row);
            }
        } else {
            Q_EMIT credentialsAboutToBeReplaced();
            m_store->setCredentials(before + added);
            Q_EMIT credentialsReplaced();
        }
        QString error;
        if (!saveOrRestore(before, &error)) {
            for (Outcome &o : outcomes) {
                if (o.ok)
                    o = {false, error};
            }
        }
    }
    for (qsizetype i = 0; i < list.size(); ++i)
        recordCredential(list.at(i), ActivityLog::Action::Create, outcomes.at(i));
    return outcomes;
}

// Records each credential's outcome (its keychain's, or else the file's) and reports the first
// failure, or success.
void CredentialRepository::finishRemoval(const std::shared_ptr<Removal> &removal, const Outcome &file)
{
    Outcome first;
    for (qsizetype i = 0; i < removal->targets.size(); ++i) {
        const Outcome outcome =
            i < removal->keychain.size() && !removal->keychain.at(i).ok ? removal->keychain.at(i) : file;
        recordCredential(removal->targets.at(i), ActivityLog::Action::Delete, outcome);
        if (first.ok && !outcome.ok)
            first = outcome;
    }
    const Done done = std::move(removal->done);
    done(first);
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
    e.detail = outcome.message;
    m_log->append(e);
}

void CredentialRepository::record(const QString &id, ActivityLog::Action action, ActivityLog::Outcome outcome,
                                  const QString &detail)
{
    const Credential *c = m_store->find(id);
    if (!c)
        return;
    recordCredential(*c, action, {outcome == ActivityLog::Outcome::Succeeded, detail});
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
    Q_EMIT credentialUpdated(m_store->upsert(updated));
    m_unsavedChecks = true;
    if (!m_checkSave.isActive())
        m_checkSave.start();
    return true;
}

bool CredentialRepository::commit(const Credential &credential, const std::optional<Credential> &before, QString *error)
{
    if (!before)
        Q_EMIT credentialAboutToBeInserted(int(m_store->credentials().size()));
    const int row = m_store->upsert(credential);
    if (before)
        Q_EMIT credentialUpdated(row);
    else
        Q_EMIT credentialInserted(row);
    if (saveFile(error))
        return true;
    if (before) {
        m_store->upsert(*before);
        Q_EMIT credentialUpdated(row);
    } else {
        Q_EMIT credentialAboutToBeRemoved(row);
        m_store->removeAt(row);
        Q_EMIT credentialRemoved(row);
    }
    return false;
}

} // namespace cc
