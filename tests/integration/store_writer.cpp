// Saves the credentials store over and over until killed. Each generation g holds `count`
// credentials named "gen-<g>-<k>"; after each successful save it prints "saved <g>".
#include "credentials/CredentialStore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 2;
    cc::CredentialStore store(args.at(1));
    const int count = args.at(2).toInt();
    if (!store.load().ok())
        return 3;
    QVector<cc::Credential> credentials = store.credentials();
    while (credentials.size() < count) {
        cc::Credential c = cc::Credential::create(cc::Vendor::SinchSms);
        credentials.append(c);
    }
    for (qint64 g = 0;; ++g) {
        for (int k = 0; k < credentials.size(); ++k)
            credentials[k].values.insert(cc::kNameKey, QStringLiteral("gen-%1-%2").arg(g).arg(k));
        store.setCredentials(credentials);
        QString error;
        if (!store.save(&error))
            return 4;
        std::printf("saved %lld\n", static_cast<long long>(g));
        std::fflush(stdout);
    }
}
