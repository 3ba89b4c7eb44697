#include "MemorySecretStore.h"
#include "TestSupport.h"
#include "domain/SecretAge.h"
#include "services/CredentialFilterModel.h"
#include "services/CredentialListModel.h"
#include "services/CredentialRepository.h"
#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

#include <QAbstractItemModelTester>
#include <QtTest/QtTest>

using namespace cc;
using cctest::waitFor;

// The rules that tie the file and the keychain together, on the in-memory secret store.
class TestRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CredentialRepository> m_repo;

    // Every byte the database holds (its file and its write-ahead log), for a text that must not be there.
    QByteArray fileContent() const { return cctest::bytesOfFilesIn(m_dir.path()); }
    // What another process opening the database now would find.
    QVector<Credential> stored() const { return cctest::storedIn(m_store->filePath()); }
    CredentialRepository::Outcome save(const Credential &c, const QHash<QString, QString> &secrets)
    {
        return waitFor([&](auto done) { m_repo->save(c, secrets, done); });
    }

private Q_SLOTS:
    void init()
    {
        m_repo.reset(); // the last test's, before the store it saves into as it goes
        m_store.reset();
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(name));
        m_store = std::make_unique<CredentialStore>(m_dir.filePath(QStringLiteral("c.db")));
        m_store->load();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_repo = std::make_unique<CredentialRepository>(m_store.get(), m_secrets.get());
    }

    void saveWritesSecretsToTheKeychainOnly()
    {
        const Credential c = cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("MMS"));
        const auto r = save(c, {{QStringLiteral("apiToken"), QStringLiteral("SENTINEL-A")},
                                {QStringLiteral("smsApiToken"), QStringLiteral("SENTINEL-B")}});
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(m_secrets->entries().value(SecretStore::keyFor(c.id, QStringLiteral("apiToken"))),
                 QStringLiteral("SENTINEL-A"));
        QCOMPARE(m_secrets->entries().value(QStringLiteral("channel-console/") + c.id + QStringLiteral("/smsApiToken")),
                 QStringLiteral("SENTINEL-B"));
        QVERIFY(!fileContent().contains("SENTINEL"));
        QCOMPARE(m_store->find(c.id)->secretsSet,
                 (QStringList{QStringLiteral("apiToken"), QStringLiteral("smsApiToken")}));
    }

    // When the secrets were last set: by a create or an edit that writes one, by the secrets an
    // import gets afterwards; not by an edit of other fields, nor by an import without secrets, nor
    // when the keychain refused the new value.
    void theSecretsAgeFollowsTheirWrites()
    {
        Credential c = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Aged"));
        QVERIFY(save(c, {{QStringLiteral("apiToken"), QStringLiteral("FAKE-TOKEN-1")}}).ok);
        const QDateTime created = m_store->find(c.id)->secretsSetAt;
        QVERIFY(created.isValid());
        QCOMPARE(created, m_store->find(c.id)->created);
        QCOMPARE(SecretAge::days(*m_store->find(c.id)), 0);
        QCOMPARE(SecretAge::days(*m_store->find(c.id), created.addDays(91)), 91);
        QVERIFY(SecretAge::isTooOld(*m_store->find(c.id), 90, created.addDays(91)));
        QVERIFY(!SecretAge::isTooOld(*m_store->find(c.id), 90, created.addDays(90)));
        QVERIFY(!SecretAge::isTooOld(*m_store->find(c.id), SecretAge::kNoLimit, created.addDays(9000)));

        QTest::qWait(5);
        c = *m_store->find(c.id);
        c.values.insert(kNameKey, QStringLiteral("Aged, renamed"));
        QVERIFY(save(c, {}).ok);
        QCOMPARE(m_store->find(c.id)->secretsSetAt, created);

        m_secrets->setFailure(SecretError::Locked);
        QVERIFY(!save(*m_store->find(c.id), {{QStringLiteral("apiToken"), QStringLiteral("FAKE-TOKEN-2")}}).ok);
        m_secrets->setFailure(SecretError::None);
        QCOMPARE(m_store->find(c.id)->secretsSetAt, created);
        QCOMPARE(stored().first().secretsSetAt, created);

        QVERIFY(save(*m_store->find(c.id), {{QStringLiteral("apiToken"), QStringLiteral("FAKE-TOKEN-3")}}).ok);
        const QDateTime edited = m_store->find(c.id)->secretsSetAt;
        QVERIFY(edited > created);
        QCOMPARE(stored().first().secretsSetAt, edited);

        const Credential imported = cctest::fakeCredential(infobip::vendor(), QStringLiteral("Imported"));
        QVERIFY(m_repo->addAll({imported}).first().ok);
        QVERIFY(!m_store->find(imported.id)->secretsSetAt.isValid());
        QCOMPARE(SecretAge::text(*m_store->find(imported.id)), QStringLiteral("—"));
        QVERIFY(save(*m_store->find(imported.id), {{QStringLiteral("apiKey"), QStringLiteral("FAKE-KEY-1")}}).ok);
        QVERIFY(m_store->find(imported.id)->secretsSetAt.isValid());

        // The list's column and its flag.
        CredentialListModel model(m_repo.get());
        const QModelIndex age = model.index(model.indexOfId(c.id).row(), CredentialListModel::SecretAgeColumn);
        QCOMPARE(age.data().toString(), QStringLiteral("today"));
        QCOMPARE(age.data(CredentialListModel::LookRole).toInt(), int(CredentialListModel::Look::Plain));
        Credential old = *m_store->find(c.id);
        old.secretsSetAt = QDateTime::currentDateTimeUtc().addDays(-40);
        QVERIFY(m_store->upsert(old) >= 0);
        QVERIFY(age.data().toString().startsWith(QStringLiteral("40 day")));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSecretAgeLimit(30);
        QCOMPARE(changed.size(), 1);
        QVERIFY2(age.data().toString().startsWith(QStringLiteral("40 day(s): older than 30 day")) ||
                     age.data().toString() == QStringLiteral("40 days: older than 30 days"),
                 qPrintable(age.data().toString()));
        QCOMPARE(age.data(CredentialListModel::LookRole).toInt(), int(CredentialListModel::Look::Warning));
        QCOMPARE(model.headerData(CredentialListModel::SecretAgeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Secret age"));
    }

    void renameKeepsSecrets()
    {
        Credential c = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Before"));
        QVERIFY(save(c, {{QStringLiteral("apiToken"), QStringLiteral("SENTINEL")}}).ok);
        c = *m_store->find(c.id);
        c.values.insert(kNameKey, QStringLiteral("After"));
        QVERIFY(save(c, {}).ok);
        QCOMPARE(m_store->find(c.id)->name(), QStringLiteral("After"));
        const SecretResult r =
            cctest::waitForSecret([&](auto done) { m_repo->readSecret(c.id, QStringLiteral("apiToken"), done); });
        QVERIFY(r.ok());
        QCOMPARE(r.value, QStringLiteral("SENTINEL"));
        QVERIFY(m_store->find(c.id)->hasSecret(QStringLiteral("apiToken")));
    }

    void untouchedSecretIsNotRewritten()
    {
        Credential c = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("One"));
        QVERIFY(save(c, {{QStringLiteral("apiToken"), QStringLiteral("SENTINEL")}}).ok);
        // A keychain that would fail any write: an edit that leaves the secret alone still saves.
        m_secrets->setFailure(SecretError::Locked);
        c = *m_store->find(c.id);
        c.values.insert(QStringLiteral("serviceId"), QStringLiteral("fake-service-0002"));
        const auto r = save(c, {});
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(m_store->find(c.id)->text(QStringLiteral("serviceId")), QStringLiteral("fake-service-0002"));
        QVERIFY(m_store->find(c.id)->hasSecret(QStringLiteral("apiToken")));
    }

    void deleteRemovesKeychainEntries()
    {
        const Credential c = cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("Gone"));
        QVERIFY(save(c, {{QStringLiteral("apiToken"), QStringLiteral("S1")},
                         {QStringLiteral("smsApiToken"), QStringLiteral("S2")}})
                    .ok);
        QCOMPARE(m_secrets->entries().size(), 2);
        const auto r = waitFor([&](auto done) { m_repo->remove(c.id, done); });
        QVERIFY(r.ok);
        QVERIFY(m_secrets->entries().isEmpty());
        QVERIFY(!m_store->find(c.id));
        CredentialStore reread(m_store->filePath());
        QVERIFY(reread.load().ok());
        QVERIFY(reread.credentials().isEmpty());
    }

    // Many at once, as the list's Delete does with a selection: every secret and every entry gone,
    // the others untouched. Over 64 the list is replaced in one go; a view still ends up right.
    void deleteManyRemovesEveryEntryAndKeepsTheRest_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("removed");
        QTest::newRow("a few, row by row") << 5 << 3;
        QTest::newRow("many, in one go") << 70 << 66;
    }

    void deleteManyRemovesEveryEntryAndKeepsTheRest()
    {
        QFETCH(int, count);
        QFETCH(int, removed);
        QVector<Credential> all;
        for (int i = 0; i < count; ++i) {
            all << cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Many %1").arg(i));
            QVERIFY(save(all.last(), {{QStringLiteral("apiToken"), QStringLiteral("S%1").arg(i)}}).ok);
        }
        CredentialListModel model(m_repo.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList ids{QStringLiteral("00000000-0000-4000-8000-00000000beef")}; // not stored: ignored
        for (int i = 0; i < removed; ++i)
            ids << all.at(i * count / removed).id;
        const auto r = waitFor([&](auto done) { m_repo->removeAll(ids, done); });
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(m_store->credentials().size(), count - removed);
        QCOMPARE(model.rowCount(), count - removed);
        QCOMPARE(m_secrets->entries().size(), count - removed);
        for (const Credential &c : m_store->credentials())
            QVERIFY(!ids.contains(c.id) &&
                    m_secrets->entries().contains(SecretStore::keyFor(c.id, QStringLiteral("apiToken"))));
        CredentialStore reread(m_store->filePath());
        QVERIFY(reread.load().ok());
        QCOMPARE(reread.credentials().size(), count - removed);
    }

    // An import: new credentials without secrets, in one transaction, all or none: a name in use
    // (whatever its case and spaces, or taken by an earlier one of the same import) refuses it all.
    void addManyIsAllOrNothing_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("a few, row by row") << 4;
        QTest::newRow("many, in one go") << 70;
    }

    void addManyIsAllOrNothing()
    {
        QFETCH(int, count);
        QVERIFY(save(cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Taken")), {}).ok);
        CredentialListModel model(m_repo.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVector<Credential> list;
        for (int i = 0; i < count; ++i)
            list << cctest::fakeCredential(infobip::vendor(), QStringLiteral("Imported %1").arg(i));

        for (const QString &clash : {QStringLiteral("  tAKEN "), QStringLiteral("imported 0")}) {
            QVector<Credential> bad = list;
            bad[1].values.insert(kNameKey, clash);
            const QVector<CredentialRepository::Outcome> outcomes = m_repo->addAll(bad);
            QCOMPARE(outcomes.size(), count);
            for (const auto &o : outcomes)
                QVERIFY2(!o.ok && o.message.contains(clash.trimmed()), qPrintable(o.message));
            QCOMPARE(m_store->credentials().size(), 1);
            QCOMPARE(model.rowCount(), 1);
            QCOMPARE(stored().size(), 1);
        }

        const QVector<CredentialRepository::Outcome> outcomes = m_repo->addAll(list);
        for (const auto &o : outcomes)
            QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(m_store->credentials().size(), 1 + count);
        QCOMPARE(model.rowCount(), 1 + count);
        const Credential *first = m_store->find(list.at(0).id);
        QVERIFY(first && first->created.isValid() && first->created == first->modified);
        QCOMPARE(stored(), cctest::inNameOrder(m_store->credentials()));
    }

    // Deleted from the database first; keychain entries that will not go stay listed, to be offered
    // for removal later, and the outcome says so.
    void deleteManyListsTheSecretsLeftBehind()
    {
        const Credential a = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("A"));
        const Credential b = cctest::fakeCredential(infobip::vendor(), QStringLiteral("B"));
        QVERIFY(save(a, {{QStringLiteral("apiToken"), QStringLiteral("S")}}).ok);
        QVERIFY(save(b, {{QStringLiteral("apiKey"), QStringLiteral("K")}}).ok);
        m_secrets->setFailure(SecretError::Locked);
        const auto r = waitFor([&](auto done) { m_repo->removeAll({a.id, b.id}, done); });
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QStringLiteral("could not be removed from the keychain")), qPrintable(r.message));
        QCOMPARE(r.secretError, SecretError::Locked);
        QCOMPARE(m_store->credentials().size(), 0);
        QCOMPARE(stored().size(), 0);
        QCOMPARE(m_repo->orphanedSecrets().size(), 2);
        m_secrets->setFailure(SecretError::None);
        QVERIFY(waitFor([&](auto done) { m_repo->removeOrphanedSecrets(m_repo->orphanedSecrets(), done); }).ok);
        QVERIFY(m_repo->orphanedSecrets().isEmpty());
        QVERIFY(m_secrets->entries().isEmpty());
    }

    // A keychain that fails after the change was committed: the change is undone, and the
    // entries the attempt wrote are removed again (nothing orphaned).
    void aKeychainFailingHalfWayUndoesTheChange()
    {
        const Credential c = cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("Half"));
        m_secrets->failOnce(1, SecretError::Locked); // the first write passes, the second fails
        const auto r = save(c, {{QStringLiteral("apiToken"), QStringLiteral("SENTINEL-A")},
                                {QStringLiteral("smsApiToken"), QStringLiteral("SENTINEL-B")}});
        QVERIFY(!r.ok);
        QVERIFY(!m_store->find(c.id));
        QVERIFY(stored().isEmpty());
        m_secrets->setFailure(SecretError::None);
        QTRY_VERIFY(m_secrets->entries().isEmpty());
        QTRY_VERIFY(m_repo->orphanedSecrets().isEmpty());
    }

    void keychainFailureSavesNothing_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("says");
        QTest::newRow("no keychain") << int(SecretError::NoKeychain) << QStringLiteral("No system keychain");
        QTest::newRow("locked") << int(SecretError::Locked) << QStringLiteral("locked");
    }

    void keychainFailureSavesNothing()
    {
        QFETCH(int, error);
        QFETCH(QString, says);
        const Credential kept = cctest::fakeCredential(infobip::vendor(), QStringLiteral("Kept"));
        QVERIFY(save(kept, {{QStringLiteral("apiKey"), QStringLiteral("K")}}).ok);
        const QVector<Credential> before = stored();

        m_secrets->setFailure(SecretError(error));
        const Credential c = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("New"));
        const auto r = save(c, {{QStringLiteral("apiToken"), QStringLiteral("SENTINEL-PLAIN")}});
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(says), qPrintable(r.message));
        QVERIFY(r.message.contains(QStringLiteral("Nothing was saved")));
        // The non-secret part is intact, and no plaintext stand-in appears.
        QCOMPARE(stored(), before);
        QVERIFY(!m_store->find(c.id));
        QVERIFY(!fileContent().contains("SENTINEL-PLAIN"));
    }

    // Check outcomes show in the list at once and reach the file together, not a save of the whole
    // file each (check all ends six at a time); what waits is saved when the repository goes, as
    // the command line exits right after a check, or with the next change of a credential.
    void checkOutcomesAreSavedTogether()
    {
        QStringList ids;
        for (int i = 0; i < 12; ++i) {
            const Credential c = cctest::fakeCredential(Vendor(i % 3), QStringLiteral("Checked %1").arg(i));
            QVERIFY(save(c, {}).ok);
            ids << c.id;
        }
        const QVector<Credential> before = stored();
        const QDateTime at = QDateTime::currentDateTimeUtc();
        QString error;
        for (const QString &id : std::as_const(ids))
            QVERIFY(m_repo->recordCheck(id, {CheckStatus::State::Ok, at, QStringLiteral("HTTP 200")}, &error));
        QCOMPARE(m_store->find(ids.last())->lastCheck.state, CheckStatus::State::Ok);
        QVERIFY(m_repo->hasUnsavedChecks());
        QCOMPARE(stored(), before);
        QTRY_VERIFY(!m_repo->hasUnsavedChecks());
        const auto stored = [this](const QString &id) {
            CredentialStore file(m_store->filePath());
            return file.load().ok() && file.find(id) ? file.find(id)->lastCheck.state : CheckStatus::State::NotChecked;
        };
        for (const QString &id : std::as_const(ids))
            QCOMPARE(stored(id), CheckStatus::State::Ok);

        QVERIFY(
            m_repo->recordCheck(ids.first(), {CheckStatus::State::Failing, at, QStringLiteral("HTTP 401")}, &error));
        Credential renamed = *m_store->find(ids.last());
        renamed.values.insert(kNameKey, QStringLiteral("Renamed"));
        QVERIFY(save(renamed, {}).ok);
        QVERIFY(!m_repo->hasUnsavedChecks());
        QCOMPARE(stored(ids.first()), CheckStatus::State::Failing);

        QVERIFY(m_repo->recordCheck(ids.at(1), {CheckStatus::State::Failing, at, QStringLiteral("HTTP 401")}, &error));
        m_repo.reset();
        QCOMPARE(stored(ids.at(1)), CheckStatus::State::Failing);
    }

    // Check outcomes are saved row by row: a repository whose list is stale (another process added
    // credentials meanwhile) saves its checks without taking the others away.
    void checksSavedByAStaleListKeepOthersChanges()
    {
        const Credential mine = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Mine"));
        QVERIFY(save(mine, {}).ok);
        CredentialStore other(m_store->filePath());
        QVERIFY(other.load().ok());
        QVector<Credential> added;
        for (int i = 0; i < 5; ++i)
            added << cctest::fakeCredential(infobip::vendor(), QStringLiteral("Added elsewhere %1").arg(i));
        QString error;
        QVERIFY(other.persistAll(added, &error));
        QVERIFY(m_repo->recordCheck(mine.id, {CheckStatus::State::Ok, QDateTime::currentDateTimeUtc(), {}}, &error));
        QTRY_VERIFY(!m_repo->hasUnsavedChecks());
        const QVector<Credential> now = stored();
        QCOMPARE(now.size(), 6);
        QCOMPARE(now.last().name(), mine.name()); // in name order
        QCOMPARE(now.last().lastCheck.state, CheckStatus::State::Ok);
        // And the list takes the others in.
        QVERIFY(m_repo->takeChangesFromElsewhere());
        QCOMPARE(cctest::inNameOrder(m_store->credentials()), now);
    }

    // The list shows from a first read of names; the whole rows read after it take their place
    // without a change, unless another process changed the database in between.
    void theSettleAfterTheFirstReadShowsWhatChangedMeanwhile()
    {
        QVERIFY(save(cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("A")), {}).ok);
        QVERIFY(save(cctest::fakeCredential(infobip::vendor(), QStringLiteral("B")), {}).ok);
        CredentialStore store(m_store->filePath());
        MemorySecretStore secrets;
        CredentialRepository repo(&store, &secrets);
        CredentialListModel model(&repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(repo.load().ok());
        QVERIFY(!store.isSettled());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("B"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        repo.settle();
        QVERIFY(store.isSettled());
        QCOMPARE(reset.count(), 0); // the same rows: nothing to redo
        QCOMPARE(model.rowCount(), 2);

        CredentialStore again(m_store->filePath());
        CredentialRepository later(&again, &secrets);
        CredentialListModel laterModel(&later);
        QAbstractItemModelTester laterTester(&laterModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(later.load().ok());
        QVERIFY(save(cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("C")), {}).ok); // another process
        QSignalSpy laterReset(&laterModel, &QAbstractItemModel::modelReset);
        QCOMPARE(laterModel.rowCount(), 2);
        later.settle();
        QCOMPARE(laterReset.count(), 1);
        QCOMPARE(laterModel.rowCount(), 3);
        QCOMPARE(laterModel.index(2, 0).data().toString(), QStringLiteral("C"));
    }

    // The database reads in name order; this list adds its own credentials after the rows it read. Another
    // process's additions, renames and removals are still taken in row by row (no reset: the view keeps
    // its selection), each row holding what is stored, none twice, none lost.
    void changesFromElsewhereAreTakenInWhateverTheListsOrder()
    {
        const Credential mike = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Mike"));
        QVERIFY(save(mike, {}).ok);
        const Credential zulu = cctest::fakeCredential(infobip::vendor(), QStringLiteral("Zulu"));
        QVERIFY(save(zulu, {}).ok);
        QVERIFY(save(cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("Alpha")), {}).ok); // after Zulu here
        CredentialListModel model(m_repo.get());
        CredentialFilterModel sorted; // by name, as the window shows them: each changed row's key must follow
        sorted.setSourceModel(&model);
        sorted.sort(CredentialListModel::NameColumn);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        {
            CredentialStore other(m_store->filePath());
            QVERIFY(other.load().ok());
            QString error;
            QVERIFY(other.persistAll({cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Bravo")),
                                      cctest::fakeCredential(infobip::vendor(), QStringLiteral("Yankee"))},
                                     &error));
            Credential renamed = *other.find(zulu.id);
            renamed.values.insert(kNameKey, QStringLiteral("Charlie"));
            QVERIFY(other.persist(renamed, CredentialStore::Write::Update, {}, &error));
            QVERIFY(other.persistRemoval({mike.id}, &error));
        }
        QVERIFY(m_repo->takeChangesFromElsewhere());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(cctest::inNameOrder(m_store->credentials()), stored());
        QStringList names;
        for (int row = 0; row < sorted.rowCount(); ++row)
            names << sorted.index(row, 0).data().toString();
        QCOMPARE(names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie"),
                                     QStringLiteral("Yankee")}));
    }

    void duplicateNameIsRefused()
    {
        QVERIFY(save(cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Same")), {}).ok);
        const auto r = save(cctest::fakeCredential(infobip::vendor(), QStringLiteral("SAME ")), {});
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains(QStringLiteral("\"SAME\"")));
        QCOMPARE(m_store->credentials().size(), 1);
    }

    void timestamps()
    {
        const Credential c = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("T"));
        QVERIFY(save(c, {}).ok);
        const QDateTime created = m_store->find(c.id)->created;
        QVERIFY(created.isValid());
        QCOMPARE(m_store->find(c.id)->modified, created);
        QTRY_VERIFY(QDateTime::currentDateTimeUtc() > created); // the clock moves on
        QVERIFY(save(*m_store->find(c.id), {}).ok);
        QCOMPARE(m_store->find(c.id)->created, created);
        QVERIFY(m_store->find(c.id)->modified > created);
    }
};

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
