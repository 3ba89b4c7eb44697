// Saves the credentials store over and over until killed. Each generation g holds `count`
// credentials named "gen-<g>-<k>"; after each successful save it prints "saved <g>". It carries on
// from the generation found in the file, so that every save of every run is a new state.
// With "--log <file>": appends activity log entries over and over instead, printing "logged <n>".
// With "--add <file> <prefix> <n>": adds n credentials named "<prefix>-<k>", one change each, as a
// command-line import loop does, and exits 0 when all were saved.
#include "services/ActivityLog.h"
#include "services/CredentialStore.h"
#include "vendors/Infobip.h"
#include "vendors/SinchSms.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 2;
    if (args.at(1) == QLatin1String("--log")) {
        cc::ActivityLog log(args.at(2));
        const QString detail(300, QLatin1Char('d')); // long lines: more chances to be cut mid-write
        for (qint64 n = 0;; ++n) {
            if (!log.append({QDateTime::currentDateTimeUtc(), QStringLiteral("id"), QStringLiteral("entry-%1").arg(n),
                             cc::ActivityLog::Action::Check, cc::ActivityLog::Outcome::Succeeded,
                             cc::ActivityEvent::of("check.ok", {{"vendor", detail}})}))
                return 4;
            std::printf("logged %lld\n", static_cast<long long>(n));
            std::fflush(stdout);
        }
    }
    if (args.at(1) == QLatin1String("--add") && args.size() == 5) {
        cc::CredentialStore store(args.at(2));
        if (!store.load().ok())
            return 3;
        for (int k = 0; k < args.at(4).toInt(); ++k) {
            cc::Credential c = cc::Credential::create(cc::infobip::vendor());
            c.values.insert(cc::kNameKey, QStringLiteral("%1-%2").arg(args.at(3)).arg(k));
            c.secretsSet << QStringLiteral("apiKey");
            QString error;
            if (!store.persist(c, cc::CredentialStore::Write::Insert, c.secretsSet, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 4;
            }
        }
        return 0;
    }
    cc::CredentialStore store(args.at(1));
    const int count = args.at(2).toInt();
    if (!store.load().ok())
        return 3;
    QVector<cc::Credential> credentials = store.credentials();
    while (credentials.size() < count) {
        cc::Credential c = cc::Credential::create(cc::sinchsms::vendor());
        credentials.append(c);
    }
    const qint64 found =
        credentials.isEmpty() ? -1 : credentials.first().name().section(QLatin1Char('-'), 1, 1).toLongLong();
    for (qint64 g = found + 1;; ++g) {
        for (int k = 0; k < credentials.size(); ++k)
            credentials[k].values.insert(cc::kNameKey,
                                         QStringLiteral("gen-%1-%2").arg(g).arg(k, 3, 10, QLatin1Char('0')));
        QString error;
        if (!store.setCredentials(credentials, &error))
            return 4;
        std::printf("saved %lld\n", static_cast<long long>(g));
        std::fflush(stdout);
    }
}
