#pragma once

#include "ActivityLog.h"
#include "CredentialStore.h"
#include "secrets/SecretStore.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace cc {

// Keeps the database and the keychain in step: every change of a credential goes through here. A
// change is committed to the database first, with the keychain entries it is about to write listed
// in the database's index of them; then the keychain is written, and should that fail the database
// change is undone and what was written removed. Entries the keychain could not let go of stay in
// the index, and orphanedSecrets() offers them for removal later.
class CredentialRepository : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = true;
        QString message;                             // translated; empty on success
        SecretError secretError = SecretError::None; // when the keychain was the cause
        ActivityEvent reason = {};                   // why it failed, as the activity log keeps it; empty on success

        // A failure said by its reason: message is reason.text().
        static Outcome failed(const ActivityEvent &reason, SecretError secretError = SecretError::None);
    };
    using Done = std::function<void(const Outcome &)>;

    CredentialRepository(CredentialStore *store, SecretStore *secrets, QObject *parent = nullptr);
    ~CredentialRepository() override;

    // Successful and failed creates, updates and deletes are recorded there, when set.
    void setActivityLog(ActivityLog *log) { m_log = log; }
    ActivityLog *activityLog() const { return m_log; }
    // Records an event of the credential with this id (no-op without a log).
    void record(const QString &id, ActivityLog::Action action, ActivityLog::Outcome outcome,
                const ActivityEvent &event);

    // Loads the database in place of the credentials held, with the signals a view needs. The store
    // then holds what the list shows (see CredentialStore::count()); it reads every credential whole
    // when settle() is called (the window does after its first paint), kSettleAfterMs after this
    // load at the latest, or when anything needs them. Should that find rows the first read did not
    // (another process's change) or a row that does not read, the rows are replaced, and
    // lateLoadProblem() says what it found.
    static constexpr int kSettleAfterMs = 500;
    CredentialStore::LoadResult load();
    void settle() { m_store->settle(); }
    // Looks every intervalMs for changes another process (another window, a command) committed and
    // takes them in, with the signals a view needs; 0 stops looking.
    static constexpr int kFollowIntervalMs = 500;
    void followChanges(int intervalMs = kFollowIntervalMs);
    // Takes in what another process changed, if anything; true when something changed.
    bool takeChangesFromElsewhere();

    CredentialStore &store() { return *m_store; }
    const CredentialStore &store() const { return *m_store; }
    SecretStore &secrets() { return *m_secrets; }

    // Saves the credential, then writes the changed secrets (field key -> value; an empty value
    // clears it; absent keys are left untouched, so an unchanged secret is never rewritten). When
    // the keychain fails, the saved change is undone: no plaintext stand-in, nothing half-saved.
    void save(Credential credential, const QHash<QString, QString> &secretChanges, Done done);
    // Writes a new value of one secret of a stored credential (a replacement, which the caller records
    // in the activity log), the same way: the database's row and index first (its other fields as
    // stored now, secretsSetAt and modified set), then the keychain entry. When the keychain fails,
    // the row is put back and the entry keeps its old value (a failed write does not change it).
    void replaceSecret(const QString &id, const QString &field, const QString &value, Done done);
    // Deletes the credential, then its keychain entries.
    void remove(const QString &id, Done done);
    // The same for many, in one transaction. Keychain entries that cannot be removed stay listed (see
    // orphanedSecrets()); the outcome then says so.
    void removeAll(const QStringList &ids, Done done);
    // Adds new credentials that have no secrets yet (an import), all in one transaction or none: no
    // keychain job, so it is done when it returns. One outcome per credential, in order: all
    // succeed, or all fail with the reason (a name already in use, the disk full...). Each is
    // recorded in the activity log as `action`: in the same transaction when the log is kept in the
    // store's database (as it is in the console), in one of its own when nothing was saved.
    QVector<Outcome> addAll(const QVector<Credential> &list, ActivityLog::Action action = ActivityLog::Action::Create);
    void readSecret(const QString &id, const QString &field, SecretStore::Callback done);
    // Every secret the credential has set (field key -> value), one keychain job at a time; the
    // first failure ends the reading.
    void readSecrets(const Credential &credential,
                     std::function<void(const QHash<QString, QString> &, const SecretResult &)> done);
    // Records the outcome of a check: in the list at once, in the database (with its history) together
    // with the other checks that end within kCheckSaveDelayMs (check all ends six at a time), with the
    // next change of a credential, or when this repository goes. A save that fails is tried again
    // with the next one; the statuses stay in the list.
    static constexpr int kCheckSaveDelayMs = 250;
    bool recordCheck(const QString &id, const CheckStatus &status, QString *error);
    // Whether check outcomes wait to be saved.
    bool hasUnsavedChecks() const { return !m_unsavedChecks.isEmpty(); }

    // Keychain entries (credential id, field) that no credential owns: left by a change that was
    // interrupted (a crash, a keychain that failed a removal).
    QVector<std::pair<QString, QString>> orphanedSecrets() const { return m_store->orphanedSecretEntries(); }
    // Removes them from the keychain (and from the index), one after the other.
    void removeOrphanedSecrets(const QVector<std::pair<QString, QString>> &entries, Done done);

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
    void runSteps(QVector<Step> steps, std::function<void(const SecretResult &)> done);
    // Steps that remove these keychain entries of the credential, noting in *removed each one gone.
    QVector<Step> removalSteps(const QString &id, const QStringList &fields,
                               const std::shared_ptr<QStringList> &removed) const;
    struct Removal;
    void removeNextSecrets(const std::shared_ptr<Removal> &removal);
    void finishRemoval(const std::shared_ptr<Removal> &removal);
    // The list held by the store follows a committed change, with the signals a view needs.
    void showSaved(const Credential &credential);
    void showRemoved(const QSet<QString> &ids);
    void showList(QVector<Credential> fresh);
    // Puts a saved change back after its keychain writes failed, and removes the entries it
    // attempted that nothing owns then.
    void undoSave(const Credential &credential, const std::optional<Credential> &before, const QStringList &attempted);
    void saveChecks();
    // save(), recorded in the activity log when record is set.
    void write(Credential credential, const QHash<QString, QString> &secretChanges, bool record, Done done);
    void recordCredential(const Credential &c, ActivityLog::Action action, const Outcome &outcome);

    CredentialStore *m_store;
    SecretStore *m_secrets;
    ActivityLog *m_log = nullptr;
    QTimer m_checkSave; // single shot: saveChecks()
    QTimer m_follow;    // takeChangesFromElsewhere()
    QVector<std::pair<QString, CheckStatus>> m_unsavedChecks;
};

} // namespace cc
