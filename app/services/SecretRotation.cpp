#include "SecretRotation.h"

#include "services/CredentialActions.h"

#include <QPointer>
#include <QTimer>

namespace cc {

namespace {

ActivityEvent fieldEvent(const char *code, const Credential &c, const QString &field, const ActivityEvent &reason = {})
{
    ActivityEvent e = ActivityEvent::of(code, {{"field", field}, {"vendor", c.schema().id}});
    if (!reason.isEmpty())
        e.args.insert(QStringLiteral("reason"), reason.toJson());
    return e;
}

} // namespace

SecretRotation::SecretRotation(CredentialRepository *repository, CredentialActions *actions, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_actions(actions)
{
}

void SecretRotation::finish(const Credential &credential, const QString &field, Result result, const Done &done)
{
    result.unchecked = result.ok && result.check.httpStatus == 0; // the check asked nothing of the vendor
    if (result.unchecked) {
        const QString provider = result.check.event.args.value(QStringLiteral("provider")).toString();
        result.event = fieldEvent("credential.secret-replaced-unchecked", credential, field);
        result.event.args.insert(QStringLiteral("provider"),
                                 provider.isEmpty() ? credential.schema().displayName : provider);
    } else if (result.ok) {
        result.event = fieldEvent("credential.secret-replaced", credential, field);
    } else
        result.event = fieldEvent("credential.secret-not-replaced", credential, field, result.event);
    result.summary = result.event.text();
    m_repository->record(credential.id, ActivityLog::Action::ReplaceSecret,
                         result.ok ? ActivityLog::Outcome::Succeeded : ActivityLog::Outcome::Failed, result.event);
    done(result);
}

void SecretRotation::replace(const QString &id, const QString &field, const QString &newValue, Done done)
{
    const Credential *stored = m_repository->store().find(id);
    if (!stored) {
        Result r;
        r.event = ActivityEvent::of("storage.gone");
        r.summary = r.event.text();
        r.storeFailed = true;
        QTimer::singleShot(0, this, [r, done] { done(r); });
        return;
    }
    const Credential credential = *stored;
    const FieldSpec *spec = credential.schema().field(field);
    const bool used = spec && credential.schema().isShown(*spec, credential.values);
    if (!spec || !spec->isSecret() || !used || newValue.trimmed().isEmpty()) {
        Result r;
        r.refused = true;
        r.event = !spec || !spec->isSecret() ? fieldEvent("refused.not-a-secret", credential, field)
                  : !used                    ? fieldEvent("refused.secret-not-used", credential, field)
                                             : fieldEvent("refused.secret-empty", credential, field);
        QTimer::singleShot(0, this, [this, credential, field, r, done] { finish(credential, field, r, done); });
        return;
    }
    // The other secrets from the keychain; the old value of this one is never read.
    Credential others = credential;
    others.secretsSet.removeAll(field);
    QPointer<SecretRotation> self(this);
    m_actions->readSecrets(
        others, [self, credential, field, newValue, done](const Secrets &read, const SecretResult &readResult) {
            if (!self)
                return;
            if (!readResult.ok()) {
                Result r;
                r.secretError = readResult.error;
                r.event = ActivityEvent::keychain(readResult.error);
                self->finish(credential, field, r, done);
                return;
            }
            Secrets secrets = read;
            secrets.insert(field, newValue);
            self->m_actions->checkWith(
                credential, secrets,
                [self, credential, field, newValue, done](const OperationResult &check) {
                    if (!self)
                        return;
                    Result r;
                    r.checked = true;
                    r.check = check;
                    if (!check.ok) { // the vendor refused the new value (or could not be asked): nothing changes
                        r.secretError = check.keychainError ? SecretError::Other : SecretError::None;
                        r.event = check.event;
                        if (check.httpStatus > 0)
                            r.event.args.insert(QStringLiteral("http"), check.httpStatus);
                        self->finish(credential, field, r, done);
                        return;
                    }
                    self->m_repository->replaceSecret(
                        credential.id, field, newValue,
                        [self, credential, field, r, done](const CredentialRepository::Outcome &saved) mutable {
                            if (!self)
                                return;
                            r.ok = saved.ok;
                            r.secretError = saved.secretError;
                            r.storeFailed = !saved.ok && saved.secretError == SecretError::None;
                            r.event = saved.reason;
                            if (saved.ok && r.check.httpStatus > 0) { // it passed that check: the list says so
                                QString ignored; // a failed save is tried again with the next (CredentialRepository)
                                self->m_repository->recordCheck(
                                    credential.id,
                                    {CheckStatus::State::Ok, QDateTime::currentDateTimeUtc(), r.check.event.text()},
                                    &ignored);
                            }
                            self->finish(credential, field, r, done);
                        });
                },
                false);
        });
}

} // namespace cc
