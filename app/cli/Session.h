#pragma once

#include "credentials/ActivityLog.h"
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
// network access manager of the process. Shared by main() and the start-up benchmark, so that the
// benchmark opens the console exactly as a user does.
struct Session
{
    explicit Session(const QString &storePath)
        : store(storePath.isEmpty() ? CredentialStore::defaultPath() : QFileInfo(storePath).absoluteFilePath())
        , loaded(store.load())
        , activity(QFileInfo(store.filePath()).absolutePath() + QStringLiteral("/activity.jsonl"))
    {
        repository.setActivityLog(&activity);
        if (!loaded.ok())
            std::fprintf(stderr, "%s\n", qPrintable(loaded.message));
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
