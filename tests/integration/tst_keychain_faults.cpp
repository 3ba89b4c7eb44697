#include "TestSupport.h"
#include "secrets/KeychainSecretStore.h"
#include "services/CredentialRepository.h"
#include "vendors/Infobip.h"
#include "vendors/SinchSms.h"

#include <QtTest/QtTest>

using namespace cc;
using cctest::waitFor;

// No keychain reachable at all: no D-Bus session bus. QtKeychain reports OtherError (7) here, not
// NoBackendAvailable; the user must still get our plain-words message.
class TestKeychainFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void noKeychainSavesNothingAndSaysWhy()
    {
        QCoreApplication::setApplicationName(QStringLiteral("channel-console"));
        CredentialStore store(CredentialStore::defaultPath());
        QVERIFY(store.filePath().startsWith(m_home.path()));
        QVERIFY(store.load().ok());
        // A credential without secrets saves fine: the non-secret part does not need the keychain.
        KeychainSecretStore secrets;
        CredentialRepository repo(&store, &secrets);
        const Credential kept = cctest::fakeCredential(infobip::vendor(), QStringLiteral("Kept"));
        QVERIFY(waitFor([&](auto done) { repo.save(kept, {}, done); }).ok);
        QFile file(store.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        const Credential c = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("No keychain"));
        const auto r = waitFor([&](auto done) {
            repo.save(c, {{QStringLiteral("apiToken"), QStringLiteral("SENTINEL-NOBUS")}}, done);
        });
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QStringLiteral("No system keychain is reachable")), qPrintable(r.message));
        QVERIFY(!store.find(c.id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);

        // Nothing in plaintext anywhere under the temporary home.
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("SENTINEL-NOBUS"), qPrintable(f.fileName()));
        }

        const SecretResult read =
            cctest::waitForSecret([&](auto done) { repo.readSecret(kept.id, QStringLiteral("apiKey"), done); });
        QCOMPARE(read.error, SecretError::NoKeychain);
    }

public:
    // Before Qt or GLib look at the environment: no bus, and a HOME of our own (without HOME the
    // first keychain call hangs for 25 s).
    void isolate()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/channel-console-no-bus");
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toUtf8());
        qunsetenv("DISPLAY");
    }
};

int main(int argc, char *argv[])
{
    TestKeychainFaults test;
    test.isolate();
    QCoreApplication app(argc, argv);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_faults.moc"
