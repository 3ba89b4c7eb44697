#include "CredentialRepository.h"

#include <QPointer>

#include <memory>

namespace cc {

CredentialRepository::CredentialRepository(CredentialStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
{
}

CredentialStore::LoadResult CredentialRepository::load(CredentialReadAhead *readAhead)
{
    Q_EMIT credentialsAboutToBeReplaced();
    const CredentialStore::LoadResult result = m_store->load(readAhead);
    Q_EMIT credentialsReplaced();
    return result;
}

namespace {

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
        m_store->save(&error);
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

void CredentialRepository::remove(const QString &id, Done callerDone)
{
    const Credential *c = m_store->find(id);
    if (!c) {
        callerDone({});
        return;
    }
    QPointer<CredentialRepository> guard(this);
    const Done done = [guard, removed = *c, callerDone](const Outcome &outcome) {
        if (guard)
            guard->recordCredential(removed, ActivityLog::Action::Delete, outcome);
        callerDone(outcome);
    };
    if (m_store->isReadOnly()) {
        QString error;
        m_store->save(&error);
        done({false, error});
        return;
    }
    QVector<Step> steps;
    QPointer<SecretStore> secrets(m_secrets);
    // Every secret field of the schema, set or not: deleting a missing entry succeeds.
    for (const QString &key : c->schema().secretKeys()) {
        const QString entry = SecretStore::keyFor(id, key);
        steps << [secrets, entry](std::function<void(const SecretResult &)> next) {
            if (secrets)
                secrets->remove(entry, next);
        };
    }
    QPointer<CredentialRepository> self(this);
    runSteps(std::move(steps), [self, id, done](const SecretResult &r) {
        if (!self)
            return;
        if (!r.ok()) {
            done({false,
                  tr("The credentials were not deleted, because their secrets could not be removed from the "
                     "keychain. %1")
                      .arg(r.message()),
                  r.error});
            return;
        }
        const int row = self->m_store->indexOf(id);
        if (row < 0) {
            done({});
            return;
        }
        const Credential removed = self->m_store->credentials().at(row);
        Q_EMIT self->credentialAboutToBeRemoved(row);
        self->m_store->removeAt(row);
        Q_EMIT self->credentialRemoved(row);
        QString error;
        if (!self->m_store->save(&error)) {
            Q_EMIT self->credentialAboutToBeInserted(row);
            self->m_store->insert(row, removed);
            Q_EMIT self->credentialInserted(row);
            done({false, error});
            return;
        }
        done({});
    });
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
    return commit(updated, *c, error);
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
    if (m_store->save(error))
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
