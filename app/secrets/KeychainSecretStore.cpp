#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace cc {

namespace {

SecretError mapError(QKeychain::Error e)
{
    switch (e) {
    case QKeychain::NoError:
        return SecretError::None;
    case QKeychain::EntryNotFound:
        return SecretError::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretError::Locked;
    // On Linux a missing Secret Service or D-Bus session arrives as OtherError, not NoBackendAvailable
    // (frankosterfeld/qtkeychain: libsecret and KWallet fallbacks report it that way).
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return SecretError::NoKeychain;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return SecretError::Other;
}

template <typename Job>
Job *startJob(QObject *parent, const QString &key, SecretStore::Callback done,
              std::function<void(Job *, SecretResult &)> onSuccess = {})
{
    auto *job = new Job(SecretStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, parent, [done = std::move(done), onSuccess](QKeychain::Job *j) {
        SecretResult r;
        r.error = mapError(j->error());
        if (!r.ok())
            r.detail = j->errorString();
        else if (onSuccess)
            onSuccess(static_cast<Job *>(j), r);
        done(r);
    });
    return job;
}

} // namespace

void KeychainSecretStore::read(const QString &key, Callback done)
{
    countRead();
    auto *job = startJob<QKeychain::ReadPasswordJob>(
        this, key, std::move(done), [](QKeychain::ReadPasswordJob *j, SecretResult &r) { r.value = j->textData(); });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value, Callback done)
{
    auto *job = startJob<QKeychain::WritePasswordJob>(this, key, std::move(done));
    job->setTextData(value);
    job->start();
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    auto *job = startJob<QKeychain::DeletePasswordJob>(this, key, std::move(done));
    job->start();
}

} // namespace cc
