#pragma once

#include "services/CredentialRepository.h"
#include "services/VendorOperations.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace cc {

class CredentialActions;

// Replaces one secret of a stored credential safely: the new value is checked with the vendor first
// (its read-only check, with the credential's other secrets read from the keychain and the new one in
// place of the old), and only once the vendor accepts it is it written, through the repository (the
// database's row and keychain index, then the keychain). Until then the old value stays, and a check
// that fails, a keychain or a database that fails, leaves the keychain, the row and the list as they
// were. Every attempt is recorded in the activity log ("credential.secret-replaced" or
// "credential.secret-not-replaced" with why), by the field's key, never a value.
class SecretRotation : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        QString summary;                             // translated: what became of the attempt (never a secret)
        ActivityEvent event;                         // as the activity log keeps it
        OperationResult check;                       // the vendor's check of the new value, when it ran
        bool checked = false;                        // whether it ran
        bool refused = false;                        // nothing was tried: an empty value, or a field that is no secret
        SecretError secretError = SecretError::None; // the keychain failed (reading the others, or writing)
        bool storeFailed = false;                    // the database could not save the change
        bool unchecked = false; // replaced without a check: the vendor has no read-only call to ask
    };
    using Done = std::function<void(const Result &)>;

    SecretRotation(CredentialRepository *repository, CredentialActions *actions, QObject *parent = nullptr);

    // Checks newValue for the secret field of the credential with this id, then writes it.
    void replace(const QString &id, const QString &field, const QString &newValue, Done done);

private:
    void finish(const Credential &credential, const QString &field, Result result, const Done &done);

    CredentialRepository *m_repository;
    CredentialActions *m_actions;
};

} // namespace cc
