#pragma once

#include "net/HttpClient.h"
#include "secrets/KeychainSecretStore.h"
#include "services/ActivityLog.h"
#include "services/CredentialActions.h"
#include "services/CredentialRepository.h"
#include "services/CredentialStore.h"
#include "services/VendorOperations.h"

#include <QFileInfo>
#include <QNetworkAccessManager>

#include <cstdio>

namespace cc {

// Everything a run works with: the database (credentials and activity log; --store names another,
// which keeps a test run's log apart too), the keychain, and the vendor operations over the one
// network access manager of the process. The window opens over one through cc::Console, the same
// for main() and the start-up benchmark, so that the benchmark opens the console as a user does.
struct Session
{
    enum class Loading { Now, Later };

    // With Loading::Later the credentials are empty until load(): a window can be built first.
    explicit Session(const QString &storeOption, Loading loading = Loading::Now)
        : store(databasePathFor(storeOption), legacyPathFor(storeOption))
    {
        repository.setActivityLog(&activity);
        if (loading == Loading::Now)
            load();
    }

    void load()
    {
        loaded = repository.load();
        if (!loaded.message.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(loaded.message));
    }

    // The database a --store option names; the default one without it. An earlier version's
    // credentials file given with --store (FILE.json) stands for the database beside it (FILE.db),
    // into which it is migrated.
    static QString databasePathFor(const QString &storeOption)
    {
        if (storeOption.isEmpty())
            return CredentialStore::defaultPath();
        const QString path = QFileInfo(storeOption).absoluteFilePath();
        return isLegacyName(path) ? path.chopped(5) + QStringLiteral(".db") : path;
    }
    static QString legacyPathFor(const QString &storeOption)
    {
        const QString path = QFileInfo(databasePathFor(storeOption)).absolutePath();
        if (!storeOption.isEmpty() && isLegacyName(storeOption))
            return QFileInfo(storeOption).absoluteFilePath();
        return path + QStringLiteral("/credentials.json");
    }
    static bool isLegacyName(const QString &path) { return path.endsWith(QLatin1String(".json")); }

    CredentialStore store;
    CredentialStore::LoadResult loaded;
    KeychainSecretStore secrets;
    CredentialRepository repository{&store, &secrets};
    ActivityLog activity{&store.database()};
    QNetworkAccessManager manager;
    HttpClient http{&manager};
    VendorOperations operations{&http};
    CredentialActions actions{&repository, &operations};
};

} // namespace cc
