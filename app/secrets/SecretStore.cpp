#include "SecretStore.h"

namespace cc {

QString SecretResult::message() const
{
    switch (error) {
    case SecretError::None:
        return QString();
    case SecretError::NotFound:
        return QCoreApplication::translate("cc::SecretStore",
                                           "The secret was not found in the system keychain, or the keychain is "
                                           "locked. Unlock your keychain, or enter the secret again.");
    case SecretError::NoKeychain:
        return QCoreApplication::translate("cc::SecretStore",
                                           "No system keychain is reachable, so secrets cannot be stored or read. "
                                           "Start your desktop's keyring service (for example GNOME Keyring or "
                                           "KWallet) and try again. Nothing was saved in its place.");
    case SecretError::Locked:
        return QCoreApplication::translate("cc::SecretStore",
                                           "The system keychain is locked or refused access. Unlock it and try "
                                           "again. Nothing was saved in its place.");
    case SecretError::Other:
        break;
    }
    return QCoreApplication::translate("cc::SecretStore",
                                       "The system keychain reported an error. Try again; if it persists, "
                                       "restart your keyring service.");
}

QString SecretStore::keyFor(const QString &credentialId, const QString &field)
{
    return serviceName() + QLatin1Char('/') + credentialId + QLatin1Char('/') + field;
}

} // namespace cc
