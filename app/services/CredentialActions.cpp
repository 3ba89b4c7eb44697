#include "CredentialActions.h"

#include "services/CredentialRepository.h"

#include <QTimer>

#include <memory>

namespace cc {

void ActionTask::cancel()
{
    m_cancelled = true;
    if (m_vendorTask)
        m_vendorTask->cancel();
}

CredentialActions::CredentialActions(CredentialRepository *repository, VendorOperations *operations, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_operations(operations)
{
}

void CredentialActions::readSecrets(const Credential &credential,
                                    std::function<void(const Secrets &, const SecretResult &)> done)
{
    m_repository->readSecrets(credential, std::move(done));
}

ActionTask *CredentialActions::run(const QString &id, Start start, Done done)
{
    auto *task = new ActionTask(this);
    const Credential *stored = m_repository->store().find(id);
    if (!stored) {
        QTimer::singleShot(0, task, [task, done] {
            OperationResult r;
            r.summary = tr("These API credentials no longer exist.");
            done(r);
            task->deleteLater();
        });
        return task;
    }
    const Credential credential = *stored;
    QPointer<ActionTask> guard(task);
    readSecrets(credential, [guard, credential, start, done](const Secrets &secrets, const SecretResult &r) {
        if (!guard)
            return;
        if (guard->isCancelled() || !r.ok()) {
            OperationResult result;
            result.error.kind = guard->isCancelled() ? NetError::Kind::Cancelled : NetError::Kind::None;
            result.summary = guard->isCancelled() ? result.error.message() : r.message();
            result.keychainError = !guard->isCancelled();
            if (r.error == SecretError::NotFound) // gone from the keychain: a secret missing, as one never set
                result.refusal = OperationResult::Refusal::SecretMissing;
            done(result);
            guard->deleteLater();
            return;
        }
        guard->m_vendorTask = start(credential, secrets, [guard, done](const OperationResult &result) {
            done(result);
            if (guard)
                guard->deleteLater();
        });
    });
    return task;
}

ActionTask *CredentialActions::runWith(const Credential &credential, const Secrets &secrets, Start start, Done done)
{
    auto *task = new ActionTask(this);
    QPointer<ActionTask> guard(task);
    task->m_vendorTask = start(credential, secrets, [guard, done](const OperationResult &result) {
        done(result);
        if (guard)
            guard->deleteLater();
    });
    return task;
}

void CredentialActions::record(const Credential &credential, ActivityLog::Action action, const OperationResult &result,
                               bool updateStatus)
{
    if (result.error.kind == NetError::Kind::Cancelled || !m_repository->store().find(credential.id))
        return;
    // The event with the status of the vendor's last answer, said first ("HTTP 401: ...").
    ActivityEvent event = result.event;
    if (result.httpStatus > 0)
        event.args.insert(QStringLiteral("http"), result.httpStatus);
    m_repository->record(credential.id, action,
                         result.ok ? ActivityLog::Outcome::Succeeded : ActivityLog::Outcome::Failed, event);
    if (updateStatus) {
        const QString detail = event.text(); // the list's "last check" keeps it worded (see CheckStatus)
        QString error;
        m_repository->recordCheck(
            credential.id,
            {result.ok ? CheckStatus::State::Ok : CheckStatus::State::Failing, QDateTime::currentDateTimeUtc(), detail},
            &error);
    }
}

CredentialActions::Start CredentialActions::recorded(ActivityLog::Action action, bool updateStatus, Start operation)
{
    QPointer<CredentialActions> self(this);
    return [self, action, updateStatus, operation](const Credential &c, const Secrets &s, Done inner) {
        return operation(c, s, [self, c, action, updateStatus, inner](const OperationResult &r) {
            if (self)
                self->record(c, action, r, updateStatus);
            inner(r);
        });
    };
}

ActionTask *CredentialActions::check(const QString &id, Done done)
{
    return run(id, recorded(ActivityLog::Action::Check, true, checkOperation()), std::move(done));
}

ActionTask *CredentialActions::checkWith(const Credential &credential, const Secrets &secrets, Done done, bool record)
{
    return runWith(credential, secrets,
                   record ? recorded(ActivityLog::Action::Check, true, checkOperation()) : checkOperation(),
                   std::move(done));
}

ActionTask *CredentialActions::testSend(const QString &id, const TestMessage &message, Done done)
{
    return run(id, recorded(ActivityLog::Action::TestSend, false, testSendOperation(message)), std::move(done));
}

ActionTask *CredentialActions::testSendWith(const Credential &credential, const Secrets &secrets,
                                            const TestMessage &message, Done done)
{
    return runWith(credential, secrets, recorded(ActivityLog::Action::TestSend, false, testSendOperation(message)),
                   std::move(done));
}

ActionTask *CredentialActions::deliveryReport(const QString &id, const QString &messageId, Done done)
{
    QPointer<VendorOperations> ops(m_operations);
    return run(
        id,
        [ops, messageId](const Credential &c, const Secrets &s, Done inner) {
            return ops->deliveryReport(c, s, messageId, std::move(inner));
        },
        std::move(done));
}

ActionTask *CredentialActions::setUpChannel(const QString &id, const QUrl &webhookTarget,
                                            VendorOperations::StepDone step, Done done)
{
    return run(id, recorded(ActivityLog::Action::ChannelSetup, false, setUpOperation(webhookTarget, step)),
               std::move(done));
}

ActionTask *CredentialActions::setUpChannelWith(const Credential &credential, const Secrets &secrets,
                                                const QUrl &webhookTarget, VendorOperations::StepDone step, Done done)
{
    return runWith(credential, secrets,
                   recorded(ActivityLog::Action::ChannelSetup, false, setUpOperation(webhookTarget, step)),
                   std::move(done));
}

CredentialActions::Start CredentialActions::checkOperation() const
{
    QPointer<VendorOperations> ops(m_operations);
    return [ops](const Credential &c, const Secrets &s, Done d) { return ops->check(c, s, std::move(d)); };
}

CredentialActions::Start CredentialActions::testSendOperation(const TestMessage &message) const
{
    QPointer<VendorOperations> ops(m_operations);
    return [ops, message](const Credential &c, const Secrets &s, Done d) {
        return ops->testSend(c, s, message, std::move(d));
    };
}

CredentialActions::Start CredentialActions::setUpOperation(const QUrl &webhookTarget,
                                                           VendorOperations::StepDone step) const
{
    QPointer<VendorOperations> ops(m_operations);
    return [ops, webhookTarget, step](const Credential &c, const Secrets &s, Done d) {
        return ops->setUpChannel(c, s, webhookTarget, step, std::move(d));
    };
}

} // namespace cc
