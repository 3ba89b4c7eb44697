#pragma once

#include "ActivityLog.h"
#include "CredentialStore.h"
#include "SecretStore.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace cc {

// Keeps the JSON store and the keychain in step: every change of a credential goes through here.
class CredentialRepository : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = true;
        QString message;                             // translated; empty on success
        SecretError secretError = SecretError::None; // when the keychain was the cause
    };
    using Done = std::function<void(const Outcome &)>;

    CredentialRepository(CredentialStore *store, SecretStore *secrets, QObject *parent = nullptr);
    ~CredentialRepository() override;

    // Successful and failed creates, updates and deletes are recorded there, when set.
    void setActivityLog(ActivityLog *log) { m_log = log; }
    ActivityLog *activityLog() const { return m_log; }
    // Records an event of the credential with this id (no-op without a log).
    void record(const QString &id, ActivityLog::Action action, ActivityLog::Outcome outcome, const QString &detail);

    // Loads the file (or takes what readAhead read of it) in place of the credentials held, with
    // the signals a view needs: a window can be built first and filled when the file is read.
    // From a read-ahead, the store settles in the event loop once the credentials are built (see
    // CredentialStore::load()), which starts when store().continueLoading() is called (the window
    // does after its first paint), or kContinueLoadingAfterMs after this load at the latest. Should
    // that find a problem the first pass did not, the rows are replaced again and lateLoadProblem()
    // says what it is.
    static constexpr int kContinueLoadingAfterMs = 500;
    CredentialStore::LoadResult load(CredentialReadAhead *readAhead = nullptr);

    CredentialStore &store() { return *m_store; }
    const CredentialStore &store() const { return *m_store; }
    SecretStore &secrets() { return *m_secrets; }

    // Writes the changed secrets (field key -> value; an empty value clears it; absent keys are left
    // untouched, so an unchanged secret is never rewritten), then the file. When the keychain fails,
    // nothing is saved: no plaintext stand-in, and the stored state stays as it was.
    void save(Credential credential, const QHash<QString, QString> &secretChanges, Done done);
    // Removes the credential's keychain entries, then the credential.
    void remove(const QString &id, Done done);
    // The same for many, with one save of the file. Those whose keychain entries cannot be removed
    // stay; the outcome is the first failure, or success when every one is gone.
    void removeAll(const QStringList &ids, Done done);
    // Adds new credentials that have no secrets (an import), with one save of the file: no keychain
    // job, so it is done when it returns. A name already in use is refused for that one. One outcome
    // per credential, in order.
    QVector<Outcome> addAll(const QVector<Credential> &list);
    void readSecret(const QString &id, const QString &field, SecretStore::Callback done);
    // Every secret the credential has set (field key -> value), one keychain job at a time; the
    // first failure ends the reading.
    void readSecrets(const Credential &credential,
                     std::function<void(const QHash<QString, QString> &, const SecretResult &)> done);
    // Records the outcome of a check: in the list at once, in the file with the other checks that end
    // within kCheckSaveDelayMs (check all ends six at a time, and each save rewrites the whole file:
    // ~20 ms for 10,000 credentials), with the next change of a credential, or when this repository
    // goes. A save that fails is tried again with the next one; the statuses stay in the list.
    static constexpr int kCheckSaveDelayMs = 250;
    bool recordCheck(const QString &id, const CheckStatus &status, QString *error);
    // Whether check outcomes wait to be saved.
    bool hasUnsavedChecks() const { return m_unsavedChecks; }

Q_SIGNALS:
    // Rows are indexes into store().credentials(), so that a model can follow without a copy.
    void credentialAboutToBeInserted(int row);
    void credentialInserted(int row);
    void credentialUpdated(int row);
    void credentialAboutToBeRemoved(int row);
    void credentialRemoved(int row);
    void credentialsAboutToBeReplaced();
    void credentialsReplaced();
    void lateLoadProblem(const CredentialStore::LoadResult &result);
    // removeAll() has dealt with the keychain entries of `removed` of the `total` credentials it
    // deletes (about 3 ms an entry with GNOME Keyring, one at a time: a minute for 10,000).
    void removalProgress(int removed, int total);

private:
    using Step = std::function<void(std::function<void(const SecretResult &)>)>;
    // Saves the file; on failure puts back what was there before, with the signals a view needs.
    bool commit(const Credential &credential, const std::optional<Credential> &before, QString *error);
    void runSteps(QVector<Step> steps, std::function<void(const SecretResult &)> done);
    struct Removal;
    void removeNextSecrets(const std::shared_ptr<Removal> &removal);
    void commitRemoval(const std::shared_ptr<Removal> &removal);
    void finishRemoval(const std::shared_ptr<Removal> &removal, const Outcome &file);
    // Saves the file; on failure puts back the list as it was before, with a reset.
    bool saveOrRestore(const QVector<Credential> &before, QString *error);
    // Every save of the file, which holds the check outcomes recorded so far too.
    bool saveFile(QString *error);
    void saveChecks();
    void recordCredential(const Credential &c, ActivityLog::Action action, const Outcome &outcome);

    CredentialStore *m_store;
    SecretStore *m_secrets;
    ActivityLog *m_log = nullptr;
    std::shared_ptr<void> m_settleLink; // the read-ahead's end, while the store awaits it
    QTimer m_checkSave;                 // single shot: saveChecks()
    bool m_unsavedChecks = false;
};

} // namespace cc
