#include "TestSupport.h"
#include "credentials/CredentialStore.h"

#include <QtTest/QtTest>

#include <unistd.h>

using namespace cc;

class TestCredentialStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("credentials.json")); }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void writeAll(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }
    QStringList backups() const
    {
        return QDir(m_dir.path()).entryList({QStringLiteral("credentials.json.damaged-*")}, QDir::Files);
    }

private Q_SLOTS:
    void init()
    {
        for (const QString &f : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(f));
    }

    void noFileIsAFreshStart()
    {
        CredentialStore store(path());
        const auto r = store.load();
        QCOMPARE(r.status, CredentialStore::LoadStatus::NoFile);
        QVERIFY(r.ok());
        QVERIFY(store.credentials().isEmpty());
        QVERIFY(!store.isReadOnly());
    }

    void roundTripKeepsEveryNonSecretFieldAndTimestamps()
    {
        CredentialStore store(path());
        Credential a = cctest::fakeCredential(Vendor::Infobip, QStringLiteral("Infobip EU"));
        a.values.insert(QStringLiteral("optOutKeywords"), QStringLiteral("STOP, ARRET"));
        a.values.insert(QStringLiteral("validityPeriod"), 12);
        a.secretsSet << QStringLiteral("apiKey");
        a.lastCheck = {CheckStatus::State::Failing, QDateTime::currentDateTimeUtc(), QStringLiteral("HTTP 401")};
        Credential b = cctest::fakeCredential(Vendor::SinchMms, QStringLiteral("MMS"));
        store.upsert(a);
        store.upsert(b);
        QString error;
        QVERIFY2(store.save(&error), qPrintable(error));

        const QJsonObject root = QJsonDocument::fromJson(readAll(path())).object();
        QCOMPARE(root.value(QStringLiteral("schemaVersion")).toInt(), CredentialStore::kSchemaVersion);
        QCOMPARE(QFile::permissions(path()) & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());

        CredentialStore again(path());
        QVERIFY(again.load().ok());
        QCOMPARE(again.credentials().size(), 2);
        QCOMPARE(again.credentials().at(0), a);
        QCOMPARE(again.credentials().at(1), b);
        QCOMPARE(again.credentials().at(0).values.value(QStringLiteral("validityPeriod")).toInt(), 12);
    }

    void secretValuesNeverReachTheFile()
    {
        CredentialStore store(path());
        Credential c = cctest::fakeCredential(Vendor::SinchSms, QStringLiteral("Leaky"));
        // Even if a caller wrongly puts a secret among the values, the file does not get it.
        c.values.insert(QStringLiteral("apiToken"), QStringLiteral("SENTINEL-not-a-token"));
        store.upsert(c);
        QString error;
        QVERIFY(store.save(&error));
        QVERIFY(!readAll(path()).contains("SENTINEL-not-a-token"));
    }

    void nameUniquenessIsCaseInsensitive()
    {
        CredentialStore store(path());
        const Credential c = cctest::fakeCredential(Vendor::SinchSms, QStringLiteral("Main Sinch"));
        store.upsert(c);
        QVERIFY(store.isNameTaken(QStringLiteral("  main SINCH ")));
        QVERIFY(!store.isNameTaken(QStringLiteral("main sinch"), c.id));
        QVERIFY(!store.isNameTaken(QStringLiteral("Other")));
    }

    void damagedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        CredentialStore good(QStringLiteral("unused"));
        good.upsert(cctest::fakeCredential(Vendor::SinchSms, QStringLiteral("One")));
        const QByteArray valid = good.serialize();
        QTest::newRow("truncated") << valid.left(valid.size() / 2) << int(CredentialStore::LoadStatus::Truncated)
                                   << QStringLiteral("truncated");
        QTest::newRow("empty") << QByteArray() << int(CredentialStore::LoadStatus::Truncated)
                               << QStringLiteral("truncated");
        QTest::newRow("garbage") << QByteArray("{\"format\": nonsense }") << int(CredentialStore::LoadStatus::Corrupt)
                                 << QStringLiteral("not valid JSON");
        QTest::newRow("not ours") << QByteArray("{\"hello\": 1}") << int(CredentialStore::LoadStatus::Corrupt)
                                  << QStringLiteral("not a Channel Console credentials file");
        QByteArray newer = valid;
        newer.replace("\"schemaVersion\": 1", "\"schemaVersion\": 7");
        QTest::newRow("newer") << newer << int(CredentialStore::LoadStatus::NewerVersion)
                               << QStringLiteral("newer version");
        QByteArray badVendor = valid;
        badVendor.replace("\"vendor\": \"sinch\"", "\"vendor\": \"pigeon\"");
        QTest::newRow("unknown vendor") << badVendor << int(CredentialStore::LoadStatus::Corrupt)
                                        << QStringLiteral("unknown SMS vendor \"pigeon\"");
        QByteArray secretInFile = valid;
        secretInFile.replace("\"name\": \"One\"", "\"name\": \"One\", \"apiToken\": \"x\"");
        QTest::newRow("secret in file") << secretInFile << int(CredentialStore::LoadStatus::Corrupt)
                                        << QStringLiteral("secrets belong in the keychain");
    }

    void damagedFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, status);
        QFETCH(QString, says);
        writeAll(path(), content);

        CredentialStore store(path());
        const auto r = store.load();
        QCOMPARE(int(r.status), status);
        QVERIFY(!r.ok());
        // The message names the file and what is wrong.
        QVERIFY2(r.message.contains(QDir::toNativeSeparators(path())), qPrintable(r.message));
        QVERIFY2(r.message.contains(says), qPrintable(r.message));
        // The file is left as it is, with a copy aside.
        QCOMPARE(readAll(path()), content);
        QCOMPARE(backups().size(), 1);
        QCOMPARE(readAll(r.backupPath), content);
        QVERIFY(r.message.contains(QDir::toNativeSeparators(r.backupPath)));

        // Nothing is saved over it silently.
        QVERIFY(store.isReadOnly());
        store.upsert(cctest::fakeCredential(Vendor::Infobip, QStringLiteral("New")));
        QString error;
        QVERIFY(!store.save(&error));
        QVERIFY(error.contains(QDir::toNativeSeparators(path())));
        QCOMPARE(readAll(path()), content);

        // Only on the user's word.
        store.startAfresh();
        QVERIFY2(store.save(&error), qPrintable(error));
        CredentialStore reread(path());
        QVERIFY(reread.load().ok());
        QCOMPARE(reread.credentials().size(), 1);
        QCOMPARE(readAll(r.backupPath), content);
    }

    void unreadableFile()
    {
        if (geteuid() == 0)
            QSKIP("root reads any file");
        writeAll(path(), "{}");
        QFile::setPermissions(path(), QFileDevice::Permissions());
        CredentialStore store(path());
        const auto r = store.load();
        QCOMPARE(r.status, CredentialStore::LoadStatus::Unreadable);
        QVERIFY(store.isReadOnly());
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
