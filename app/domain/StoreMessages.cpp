#include "StoreMessages.h"

#include <QCoreApplication>
#include <QDir>

namespace cc::storemessages {

QString nameTaken(const QString &name)
{
    return QCoreApplication::translate("cc::CredentialStore",
                                       "The name \"%1\" is already used by other API credentials. Choose another name.")
        .arg(name.trimmed());
}

QString gone()
{
    return QCoreApplication::translate("cc::CredentialStore",
                                       "These API credentials were deleted meanwhile (by another window or a "
                                       "command), so the changes were not saved.");
}

QString notLoaded(const QString &databasePath)
{
    return QCoreApplication::translate("cc::CredentialStore",
                                       "The credentials database %1 was not loaded, so nothing is saved over it. "
                                       "Choose to start afresh, or repair it and restart.")
        .arg(QDir::toNativeSeparators(databasePath));
}

} // namespace cc::storemessages
