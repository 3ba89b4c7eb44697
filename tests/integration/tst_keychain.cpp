#include "TestSupport.h"
#include "secrets/KeychainSecretStore.h"
#include "services/CredentialRepository.h"
#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

#include <QtTest/QtTest>

using namespace cc;
using cctest::waitFor;

// Against a real gnome-keyring in a private D-Bus session (see with-keyring.sh).
class TestKeychain : public QObject
{
    Q_OBJECT

    QString m_dataDir;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<CredentialRepository> m_repo;

    static QString secretTool(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("secret-tool"), args);
        if (!p.waitForFinished(20000))
            return QStringLiteral("<secret-tool hung>");
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    static QString lookup(const QString &key)
    {
        return secretTool({QStringLiteral("lookup"), QStringLiteral("server"), SecretStore::serviceName(),
                           QStringLiteral("user"), key});
    }

    // Every file under the data and config directories, and the store's folder.
    static QStringList filesContaining(const QByteArray &needle, const QStringList &roots)
    {
        QStringList hits;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.contains(QStringLiteral("/keyrings/")))
                    continue; // the keyring's own encrypted storage
                QFile f(path);
                if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                    hits << path;
            }
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run me through with-keyring.sh");
        QVERIFY(QDir::homePath().startsWith(QDir::tempPath()));
        QCoreApplication::setApplicationName(QStringLiteral("channel-console"));
        m_dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        m_store = std::make_unique<CredentialStore>(CredentialStore::defaultPath());
        QVERIFY(m_store->load().ok());
        m_secrets = std::make_unique<KeychainSecretStore>();
        m_repo = std::make_unique<CredentialRepository>(m_store.get(), m_secrets.get());
    }

    void sentinelGoesToTheKeychainAndNowhereElse()
    {
        const QString sentinel = QStringLiteral("SENTINEL-%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
        Credential c = cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("Keychain test"));
        const auto r = waitFor([&](auto done) {
            m_repo->save(
                c,
                {{QStringLiteral("apiToken"), sentinel}, {QStringLiteral("smsApiToken"), sentinel + QLatin1Char('2')}},
                done);
        });
        QVERIFY2(r.ok, qPrintable(r.message));

        // secret-tool finds it under the namespaced key.
        const QString key = QStringLiteral("channel-console/%1/apiToken").arg(c.id);
        QCOMPARE(lookup(key), sentinel);
        QCOMPARE(lookup(SecretStore::keyFor(c.id, QStringLiteral("smsApiToken"))), sentinel + QLatin1Char('2'));

        // No trace in the JSON file or anywhere under the data and config directories.
        QVERIFY(QFile::exists(CredentialStore::defaultPath()));
        const QStringList roots{m_dataDir, QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                                QDir::homePath()};
        QCOMPARE(filesContaining(sentinel.toUtf8(), roots), QStringList());

        // Read back through the product's store.
        const SecretResult read =
            cctest::waitForSecret([&](auto done) { m_repo->readSecret(c.id, QStringLiteral("apiToken"), done); });
        QVERIFY2(read.ok(), qPrintable(read.detail));
        QCOMPARE(read.value, sentinel);

        // Renaming keeps the secrets.
        c = *m_store->find(c.id);
        c.values.insert(kNameKey, QStringLiteral("Renamed"));
        QVERIFY(waitFor([&](auto done) { m_repo->save(c, {}, done); }).ok);
        QCOMPARE(lookup(key), sentinel);

        // Deleting removes them.
        QVERIFY(waitFor([&](auto done) { m_repo->remove(c.id, done); }).ok);
        QCOMPARE(lookup(key), QString());
        QCOMPARE(lookup(SecretStore::keyFor(c.id, QStringLiteral("smsApiToken"))), QString());
    }

    void missingEntryIsNotFound()
    {
        const SecretResult r = cctest::waitForSecret([&](auto done) {
            m_secrets->read(SecretStore::keyFor(QStringLiteral("nope"), QStringLiteral("x")), done);
        });
        QCOMPARE(r.error, SecretError::NotFound);
        QVERIFY(!r.message().isEmpty());
    }

    void jobsDoNotBlockTheCallingThread()
    {
        // The call returns before the answer: the answer only arrives through the event loop.
        bool answered = false;
        m_secrets->write(SecretStore::keyFor(QStringLiteral("async"), QStringLiteral("k")), QStringLiteral("v"),
                         [&](const SecretResult &) { answered = true; });
        QVERIFY(!answered);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    }

    // Last: it leaves the keyring locked.
    void lockedKeyringSaysSoAndSavesNothing()
    {
        const Credential kept = cctest::fakeCredential(infobip::vendor(), QStringLiteral("Kept"));
        QVERIFY(waitFor([&](auto done) {
                    m_repo->save(kept, {{QStringLiteral("apiKey"), QStringLiteral("K1")}}, done);
                }).ok);
        QFile file(CredentialStore::defaultPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        QProcess lock;
        lock.start(QStringLiteral("dbus-send"),
                   {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                    QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                    QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                    QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
        QVERIFY(lock.waitForFinished(20000));
        QCOMPARE(lock.exitCode(), 0);

        const Credential c = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("While locked"));
        const auto r = waitFor([&](auto done) {
            m_repo->save(c, {{QStringLiteral("apiToken"), QStringLiteral("SENTINEL-LOCKED")}}, done);
        });
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QStringLiteral("locked")), qPrintable(r.message));
        QVERIFY(!m_store->find(c.id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);

        // Reading while locked: QtKeychain says "not found"; our message names the lock as a cause.
        const SecretResult read =
            cctest::waitForSecret([&](auto done) { m_repo->readSecret(kept.id, QStringLiteral("apiKey"), done); });
        QVERIFY(!read.ok());
        QVERIFY2(read.message().contains(QStringLiteral("locked")), qPrintable(read.message()));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
