#pragma once

#include "VendorOperations.h"
#include "secrets/SecretStore.h"
#include "services/ActivityLog.h"

#include <QObject>
#include <QPointer>

namespace cc {

class CredentialRepository;

// One action under way: reading the secrets, then talking to the vendor. cancel() stops either.
// It deletes itself after its callback has run.
class ActionTask : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    void cancel();
    bool isCancelled() const { return m_cancelled; }

private:
    friend class CredentialActions;
    QPointer<VendorTask> m_vendorTask;
    bool m_cancelled = false;
};

// What the window and the command line do with a stored credential: read its secrets from the
// keychain (only now, never when listing), run the vendor operation, and record the outcome in
// the list ("last check") and the activity log.
class CredentialActions : public QObject
{
    Q_OBJECT

public:
    using Done = VendorOperations::Done;

    CredentialActions(CredentialRepository *repository, VendorOperations *operations, QObject *parent = nullptr);

    // The secrets of a credential, from the keychain: every secret field marked as set.
    void readSecrets(const Credential &credential, std::function<void(const Secrets &, const SecretResult &)> done);

    ActionTask *check(const QString &id, Done done);
    ActionTask *testSend(const QString &id, const TestMessage &message, Done done);
    ActionTask *deliveryReport(const QString &id, const QString &messageId, Done done);
    ActionTask *setUpChannel(const QString &id, const QUrl &webhookTarget, VendorOperations::StepDone step, Done done);

    // With secrets given by the caller (the form before saving, or standard input): nothing is read
    // from the keychain. recordAs: the stored credential whose status and log get the outcome, if any.
    ActionTask *checkWith(const Credential &credential, const Secrets &secrets, Done done, bool record);
    ActionTask *testSendWith(const Credential &credential, const Secrets &secrets, const TestMessage &message,
                             Done done);
    ActionTask *setUpChannelWith(const Credential &credential, const Secrets &secrets, const QUrl &webhookTarget,
                                 VendorOperations::StepDone step, Done done);

    VendorOperations *operations() const { return m_operations; }

private:
    using Start = std::function<VendorTask *(const Credential &, const Secrets &, Done)>;
    // Wraps an operation so that its outcome is recorded (activity log, and the list's status).
    Start recorded(ActivityLog::Action action, bool updateStatus, Start operation);
    Start checkOperation() const;
    Start testSendOperation(const TestMessage &message) const;
    Start setUpOperation(const QUrl &webhookTarget, VendorOperations::StepDone step) const;
    ActionTask *run(const QString &id, Start start, Done done);
    ActionTask *runWith(const Credential &credential, const Secrets &secrets, Start start, Done done);
    void record(const Credential &credential, ActivityLog::Action action, const OperationResult &result,
                bool updateStatus);

    CredentialRepository *m_repository;
    VendorOperations *m_operations;
};

} // namespace cc
