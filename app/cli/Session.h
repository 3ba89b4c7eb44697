#pragma once

#include "credentials/ActivityLog.h"
#include "credentials/CredentialReadAhead.h"
#include "credentials/CredentialRepository.h"
#include "credentials/CredentialStore.h"
#include "credentials/KeychainSecretStore.h"
#include "net/HttpClient.h"
#include "vendors/CredentialActions.h"
#include "vendors/VendorOperations.h"

#include <QFileInfo>
#include <QNetworkAccessManager>

#include <cstdio>

namespace cc {

// Everything a run works with: the credentials file, the keychain, the activity log beside the
// file (so that --store keeps a test run's log apart), and the vendor operations over the one
// network access manager of the process. The window opens over one through cc::Console, the same
// for main() and the start-up benchmark, so that the benchmark opens the console as a user does.
struct Session
{
    enum class Loading { Now, Later };

    // With Loading::Later the credentials are empty until load(): the window is then built while the
    // file is still being read ahead (see CredentialReadAhead), and filled when it is.
    explicit Session(const QString &storePath, Loading loading = Loading::Now)
        : store(filePathFor(storePath))
        , activity(QFileInfo(store.filePath()).absolutePath() + QStringLiteral("/activity.jsonl"))
    {
        repository.setActivityLog(&activity);
        if (loading == Loading::Now)
            load();
    }

    void load(CredentialReadAhead *readAhead = nullptr)
    {
        loaded = repository.load(readAhead);
        if (!loaded.ok())
            std::fprintf(stderr, "%s\n", qPrintable(loaded.message));
    }

    // The credentials file a --store option names; the default one without it.
    static QString filePathFor(const QString &storeOption)
    {
        return storeOption.isEmpty() ? CredentialStore::defaultPath() : QFileInfo(storeOption).absoluteFilePath();
    }

    CredentialStore store;
    CredentialStore::LoadResult loaded;
    KeychainSecretStore secrets;
    CredentialRepository repository{&store, &secrets};
    ActivityLog activity;
    QNetworkAccessManager manager;
    HttpClient http{&manager};
    VendorOperations operations{&http};
    CredentialActions actions{&repository, &operations};
};

} // namespace cc
