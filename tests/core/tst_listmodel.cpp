#include "MemorySecretStore.h"
#include "TestSupport.h"
#include "services/CredentialFilterModel.h"
#include "services/CredentialListModel.h"
#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

#include <QAbstractItemModelTester>
#include <QtTest/QtTest>

using namespace cc;
using cctest::waitFor;

namespace {

// A repository over the file at path, its list, and the list sorted by name as the window shows it;
// both models under QAbstractItemModelTester.
struct SortedList
{
    explicit SortedList(const QString &path)
        : store(path)
    {
        filter.setSourceModel(&model);
        filter.sort(CredentialListModel::NameColumn, Qt::AscendingOrder);
    }

    CredentialStore store;
    MemorySecretStore secrets;
    CredentialRepository repo{&store, &secrets};
    CredentialListModel model{&repo};
    CredentialFilterModel filter;
    QAbstractItemModelTester modelTester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester filterTester{&filter, QAbstractItemModelTester::FailureReportingMode::QtTest};
};

} // namespace

class TestListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void modelFollowsTheRepositoryAndPassesTheTester()
    {
        CredentialStore store(m_dir.filePath(QStringLiteral("m.json")));
        MemorySecretStore secrets;
        CredentialRepository repo(&store, &secrets);
        CredentialListModel model(&repo);
        CredentialFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const Credential a = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Alpha"));
        const Credential b = cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("Bravo"));
        const Credential c = cctest::fakeCredential(infobip::vendor(), QStringLiteral("Charlie"));
        for (const Credential &x : {a, b, c})
            QVERIFY(waitFor([&](auto done) {
                        repo.save(x, {{QStringLiteral("apiToken"), QStringLiteral("S")}}, done);
                    }).ok);
        QCOMPARE(model.rowCount(), 3);

        const QModelIndex row1 = model.index(1, 0);
        QCOMPARE(row1.data().toString(), QStringLiteral("Bravo"));
        QCOMPARE(model.index(1, CredentialListModel::VendorColumn).data().toString(), QStringLiteral("Sinch MMS"));
        QCOMPARE(model.index(1, CredentialListModel::IdentifierColumn).data().toString(),
                 QStringLiteral("fake-project-0001 / FAKEAPP0001"));
        QCOMPARE(model.index(0, CredentialListModel::RegionColumn).data().toString(), QStringLiteral("us"));
        QCOMPARE(model.index(2, CredentialListModel::IdentifierColumn).data().toString(),
                 QStringLiteral("https://fake.api.infobip.example"));
        QCOMPARE(model.index(0, CredentialListModel::StatusColumn).data().toString(), QStringLiteral("Not checked"));

        // No role of any cell carries a secret.
        for (int r = 0; r < model.rowCount(); ++r)
            for (int col = 0; col < model.columnCount(); ++col)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(CredentialListModel::SearchRole)})
                    QVERIFY(model.index(r, col).data(role).toString() != QStringLiteral("S"));

        // Search over names and identifiers, and the vendor filter.
        filter.setSearchText(QStringLiteral("fakeapp"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("char"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QString());
        filter.setVendorId(QStringLiteral("sinch"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setVendorId(QString());

        // Update, check status, removal.
        Credential renamed = *store.find(a.id);
        renamed.values.insert(kNameKey, QStringLiteral("Zulu"));
        QVERIFY(waitFor([&](auto done) { repo.save(renamed, {}, done); }).ok);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Zulu"));
        QString error;
        QVERIFY(repo.recordCheck(
            b.id, {CheckStatus::State::Failing, QDateTime::currentDateTimeUtc(), QStringLiteral("HTTP 401")}, &error));
        QVERIFY(
            model.index(1, CredentialListModel::StatusColumn).data().toString().startsWith(QStringLiteral("Failing")));
        QCOMPARE(model.index(1, CredentialListModel::StatusColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("HTTP 401"));
        QVERIFY(waitFor([&](auto done) { repo.remove(b.id, done); }).ok);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Charlie"));

        // Sorting by name through the proxy.
        filter.sort(CredentialListModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Charlie"));
        filter.sort(CredentialListModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Zulu"));
    }

    // Sorted by name from the start (as the window is), the list stays in order, ignoring case, through
    // additions, renames and removals: the per-row sort keys follow every change.
    void nameOrderFollowsEveryChange()
    {
        SortedList list(m_dir.filePath(QStringLiteral("sorted.json")));
        CredentialStore &store = list.store;
        CredentialRepository &repo = list.repo;
        CredentialFilterModel &filter = list.filter;
        const auto names = [&filter] {
            QStringList out;
            for (int r = 0; r < filter.rowCount(); ++r)
                out << filter.index(r, 0).data().toString();
            return out.join(QLatin1Char(','));
        };
        const auto add = [&repo](const QString &name) {
            const Credential c = cctest::fakeCredential(sinchsms::vendor(), name);
            return waitFor([&](auto done) {
                       repo.save(c, {{QStringLiteral("apiToken"), QStringLiteral("S")}}, done);
                   }).ok
                       ? c.id
                       : QString();
        };
        const QString delta = add(QStringLiteral("delta"));
        add(QStringLiteral("Bravo"));
        const QString alpha = add(QStringLiteral("ALPHA"));
        QCOMPARE(names(), QStringLiteral("ALPHA,Bravo,delta"));
        add(QStringLiteral("charlie"));
        QCOMPARE(names(), QStringLiteral("ALPHA,Bravo,charlie,delta"));

        Credential renamed = *store.find(alpha);
        renamed.values.insert(kNameKey, QStringLiteral("echo"));
        QVERIFY(waitFor([&](auto done) { repo.save(renamed, {}, done); }).ok);
        QCOMPARE(names(), QStringLiteral("Bravo,charlie,delta,echo"));

        QVERIFY(waitFor([&](auto done) { repo.remove(delta, done); }).ok);
        QCOMPARE(names(), QStringLiteral("Bravo,charlie,echo"));
        add(QStringLiteral("Able"));
        QCOMPARE(names(), QStringLiteral("Able,Bravo,charlie,echo"));
        // Names beyond ASCII are folded too, whatever their case.
        add(QStringLiteral("Z\u00e8bre"));
        add(QStringLiteral("zebra"));
        add(QStringLiteral("\u00c9B\u00c8NE"));
        add(QStringLiteral("\u00e9bauche"));
        QCOMPARE(names(), QStringLiteral("Able,Bravo,charlie,echo,zebra,Z\u00e8bre,\u00e9bauche,\u00c9B\u00c8NE"));
        filter.sort(CredentialListModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(names(), QStringLiteral("\u00c9B\u00c8NE,\u00e9bauche,Z\u00e8bre,zebra,echo,charlie,Bravo,Able"));
    }

    // Search as you type looks in names and identifiers, ignoring case beyond ASCII too, and follows
    // every change: a renamed credential is found by its new name only, a new one at once, a removed
    // one no more.
    void searchFollowsEveryChange()
    {
        SortedList list(m_dir.filePath(QStringLiteral("search.json")));
        CredentialRepository &repo = list.repo;
        CredentialFilterModel &filter = list.filter;
        const auto found = [&filter](const QString &text) {
            filter.setSearchText(text);
            QStringList out;
            for (int r = 0; r < filter.rowCount(); ++r)
                out << filter.index(r, 0).data().toString();
            return out.join(QLatin1Char(','));
        };
        const auto save = [&repo](const Credential &c) {
            return waitFor([&](auto done) { repo.save(c, {}, done); }).ok;
        };
        Credential eclair = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("\u00c9clair Caf\u00e9"));
        const Credential mms = cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("Acme MMS"));
        QVERIFY(save(eclair));
        QVERIFY(save(mms));
        QCOMPARE(found(QStringLiteral("\u00e9CL")), QStringLiteral("\u00c9clair Caf\u00e9"));
        QCOMPARE(found(QStringLiteral("CAF\u00c9")), QStringLiteral("\u00c9clair Caf\u00e9"));
        QCOMPARE(found(QStringLiteral("  fakeapp0001 ")), QStringLiteral("Acme MMS")); // an identifier
        QCOMPARE(found(QStringLiteral("FAKE-")), QStringLiteral("Acme MMS,\u00c9clair Caf\u00e9"));

        QCOMPARE(found(QStringLiteral("eclair")), QString());
        eclair.values.insert(kNameKey, QStringLiteral("Eclair"));
        eclair.values.insert(QStringLiteral("serviceId"), QStringLiteral("fake-renamed-plan"));
        QVERIFY(save(eclair));
        QCOMPARE(found(QStringLiteral("eclair")), QStringLiteral("Eclair"));
        QCOMPARE(found(QStringLiteral("caf\u00e9")), QString());
        QCOMPARE(found(QStringLiteral("renamed-plan")), QStringLiteral("Eclair"));
        QCOMPARE(found(QStringLiteral("fake-service")), QString());

        QVERIFY(save(cctest::fakeCredential(infobip::vendor(), QStringLiteral("Eclair Infobip"))));
        QCOMPARE(found(QStringLiteral("ECLAIR")), QStringLiteral("Eclair,Eclair Infobip"));
        filter.setVendorId(QStringLiteral("infobip"));
        QCOMPARE(found(QStringLiteral("ECLAIR")), QStringLiteral("Eclair Infobip"));
        filter.setVendorId(QString());
        QVERIFY(waitFor([&](auto done) { repo.remove(eclair.id, done); }).ok);
        QCOMPARE(found(QStringLiteral("ECLAIR")), QStringLiteral("Eclair Infobip"));
        QCOMPARE(found(QString()), QStringLiteral("Acme MMS,Eclair Infobip"));
    }

    // Sorted by the last check, vendor, identifier or region, the list follows additions, new check
    // results, edits and removals too: those columns' per-row keys follow every change as the names' do.
    void everyColumnsOrderFollowsEveryChange()
    {
        SortedList list(m_dir.filePath(QStringLiteral("checks.json")));
        CredentialRepository &repo = list.repo;
        CredentialFilterModel &filter = list.filter;
        filter.sort(CredentialListModel::StatusColumn, Qt::AscendingOrder);
        const auto names = [&filter] {
            QStringList out;
            for (int r = 0; r < filter.rowCount(); ++r)
                out << filter.index(r, 0).data().toString();
            return out.join(QLatin1Char(','));
        };
        const QDateTime start(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
        const auto save = [&repo](Credential c) { return waitFor([&](auto done) { repo.save(c, {}, done); }).ok; };
        const auto checked = [&start](Credential c, CheckStatus::State state, int minutes) {
            c.lastCheck = {state, start.addSecs(minutes * 60), QStringLiteral("HTTP")};
            return c;
        };
        const Credential mms = cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("mms"));
        const Credential sms = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("sms"));
        const Credential infobip = cctest::fakeCredential(infobip::vendor(), QStringLiteral("infobip"));
        QVERIFY(save(checked(mms, CheckStatus::State::Failing, 5)));
        QVERIFY(save(checked(sms, CheckStatus::State::Ok, 9)));
        QVERIFY(save(infobip)); // never checked: first
        QCOMPARE(names(), QStringLiteral("infobip,sms,mms"));
        QVERIFY(save(checked(infobip, CheckStatus::State::Ok, 7)));
        QCOMPARE(names(), QStringLiteral("infobip,sms,mms"));
        QVERIFY(save(checked(infobip, CheckStatus::State::Ok, 10)));
        QCOMPARE(names(), QStringLiteral("sms,infobip,mms"));
        QVERIFY(save(checked(sms, CheckStatus::State::Failing, 11)));
        QCOMPARE(names(), QStringLiteral("infobip,mms,sms"));
        filter.sort(CredentialListModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(names(), QStringLiteral("sms,mms,infobip"));

        filter.sort(CredentialListModel::VendorColumn, Qt::AscendingOrder); // Infobip, Sinch, Sinch MMS
        QCOMPARE(names(), QStringLiteral("infobip,sms,mms"));
        QVERIFY(waitFor([&](auto done) { repo.remove(sms.id, done); }).ok);
        QCOMPARE(names(), QStringLiteral("infobip,mms"));
        Credential again = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("sms again"));
        QVERIFY(save(again));
        QCOMPARE(names(), QStringLiteral("infobip,sms again,mms"));

        // By identifier and by region, ignoring case: fake-project (MMS), fake-service (SMS), https.
        filter.sort(CredentialListModel::IdentifierColumn, Qt::AscendingOrder);
        QCOMPARE(names(), QStringLiteral("mms,sms again,infobip"));
        again.values.insert(QStringLiteral("serviceId"), QStringLiteral("AAA-plan"));
        again.values.insert(QStringLiteral("region"), QStringLiteral("eu"));
        QVERIFY(save(again));
        QCOMPARE(names(), QStringLiteral("sms again,mms,infobip"));
        filter.sort(CredentialListModel::RegionColumn, Qt::AscendingOrder); // none (Infobip), eu, us
        QCOMPARE(names(), QStringLiteral("infobip,sms again,mms"));
        Credential moved = *repo.store().find(mms.id);
        moved.values.insert(QStringLiteral("region"), QStringLiteral("AU"));
        QVERIFY(save(moved));
        QCOMPARE(names(), QStringLiteral("infobip,mms,sms again"));
    }

    // As at start-up: the list is built on an empty store, then the file is loaded under it.
    void loadingReplacesTheRowsUnderABuiltList()
    {
        const QString path = m_dir.filePath(QStringLiteral("later.db"));
        {
            CredentialStore file(path);
            QVERIFY(file.load().ok());
            QString error;
            QVERIFY2(file.setCredentials({cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("delta")),
                                          cctest::fakeCredential(infobip::vendor(), QStringLiteral("Alpha")),
                                          cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("charlie"))},
                                         &error),
                     qPrintable(error));
        }
        SortedList list(path);
        CredentialRepository &repo = list.repo;
        CredentialFilterModel &filter = list.filter;
        QCOMPARE(filter.rowCount(), 0);
        QSignalSpy reset(&list.model, &QAbstractItemModel::modelReset);

        QVERIFY(repo.load().ok());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(filter.rowCount(), 3);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(filter.index(2, 0).data().toString(), QStringLiteral("delta"));
        // A second load (the file unchanged) gives the same list, sort keys rebuilt.
        QVERIFY(repo.load().ok());
        QCOMPARE(filter.index(1, 0).data().toString(), QStringLiteral("charlie"));
    }

    // The list shows the rows in the order the database reads them (name_key's UTF-8 bytes, through an
    // index), comparing places; once a row is added it compares the names' keys in C++. Both must be
    // one order, or an added row lands in the wrong place: names whose UTF-16 units and code points
    // order differently (past U+FFFF against U+E000 - U+FFFF), accents, case, blanks around, and more
    // than the first read's page of rows.
    void oneNameOrderWhoeverSorts()
    {
        const QString path = m_dir.filePath(QStringLiteral("order.db"));
        QStringList names{QStringLiteral("zebra"),
                          QStringLiteral("\U0001F600 grin"),  // a surrogate pair: D83D DE00
                          QStringLiteral("\uFF21 fullwidth"), // FF21: after D83D in UTF-16, before U+1F600
                          QStringLiteral("\uE000 private"),
                          QStringLiteral("\u00c9mile"),
                          QStringLiteral("\u00e9clair"),
                          QStringLiteral("Eagle"),
                          QStringLiteral("  padded")};
        for (int i = 0; i < 300; ++i)
            names << QStringLiteral("Row %1").arg(299 - i, 3, 10, QLatin1Char('0'));
        {
            CredentialStore file(path);
            QVERIFY(file.load().ok());
            QVector<Credential> list;
            for (const QString &name : std::as_const(names))
                list << cctest::fakeCredential(sinchsms::vendor(), name);
            QString error;
            QVERIFY2(file.setCredentials(list, &error), qPrintable(error));
        }
        QStringList expected = names;
        std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
            return nameKeyLess(CredentialStore::nameKey(a), CredentialStore::nameKey(b));
        });
        QVERIFY(expected.indexOf(QStringLiteral("\uFF21 fullwidth")) <
                expected.indexOf(QStringLiteral("\U0001F600 grin"))); // code points, not UTF-16 units

        SortedList list(path);
        const auto shown = [&list] {
            QStringList out;
            for (int r = 0; r < list.filter.rowCount(); ++r)
                out << list.filter.index(r, 0).data().toString();
            return out;
        };
        QVERIFY(list.repo.load().ok());
        QVERIFY(!list.store.isSettled());
        QCOMPARE(list.store.count(), names.size());
        // A row past the first page: the rest are read then, in the same order.
        QCOMPARE(list.filter.index(names.size() - 1, 0).data().toString(), expected.last());
        QVERIFY(list.store.at(names.size() - 1));
        QCOMPARE(list.store.at(names.size() - 1)->name(), expected.last());
        QCOMPARE(shown(), expected);

        // An added row is placed by comparing keys: among the others, as the database would order it.
        QVERIFY(waitFor([&](auto done) {
                    list.repo.save(cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("\uFF00 wide")), {}, done);
                }).ok);
        QVERIFY(!list.store.rowsInNameOrder());
        QStringList stored;
        for (const Credential &c : cctest::storedIn(path))
            stored << c.name();
        QCOMPARE(shown(), stored);
        list.filter.sort(CredentialListModel::NameColumn, Qt::DescendingOrder);
        std::reverse(stored.begin(), stored.end());
        QCOMPARE(shown(), stored);
    }

    // Another process adds and removes rows between the first read (a page, and the count) and the
    // rest: the list keeps the count it was given until the settle, which replaces it with what is
    // stored, in order, and says so to the list (one reset).
    void rowsChangedBetweenTheFirstPageAndTheRestAreReplacedAtTheSettle()
    {
        const QString path = m_dir.filePath(QStringLiteral("between.db"));
        QVector<Credential> first;
        for (int i = 0; i < 200; ++i)
            first << cctest::fakeCredential(infobip::vendor(),
                                            QStringLiteral("Row %1").arg(i, 3, 10, QLatin1Char('0')));
        {
            CredentialStore file(path);
            QVERIFY(file.load().ok());
            QString error;
            QVERIFY2(file.setCredentials(first, &error), qPrintable(error));
        }
        SortedList list(path);
        QVERIFY(list.repo.load().ok());
        QCOMPARE(list.filter.index(0, 0).data().toString(), QStringLiteral("Row 000"));
        {
            CredentialStore other(path);
            QVERIFY(other.load().ok());
            QString error;
            QVERIFY(other.persistRemoval({first.at(150).id, first.at(151).id, first.at(152).id}, &error));
            QVERIFY(other.persistAll({cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Row 199b")),
                                      cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Row 000a"))},
                                     &error));
        }
        // Past the page: three rows fewer, one more (the one within the page waits for the settle: the
        // rows read stay as they were). The count the list has stays; the missing rows do not open.
        QCOMPARE(list.filter.rowCount(), 200);
        QCOMPARE(list.filter.index(150, 0).data().toString(), QStringLiteral("Row 153"));
        QCOMPARE(list.filter.index(1, 0).data().toString(), QStringLiteral("Row 001"));
        QCOMPARE(list.store.at(1)->name(), QStringLiteral("Row 001"));
        QVERIFY(!list.store.at(199));
        QSignalSpy reset(&list.model, &QAbstractItemModel::modelReset);
        list.store.settle();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(list.filter.rowCount(), 199);
        QCOMPARE(list.filter.index(1, 0).data().toString(), QStringLiteral("Row 000a"));
        QCOMPARE(list.filter.index(151, 0).data().toString(), QStringLiteral("Row 153"));
        QCOMPARE(list.filter.index(198, 0).data().toString(), QStringLiteral("Row 199b"));
        for (int r = 0; r < list.filter.rowCount(); ++r)
            QVERIFY(list.store.at(r));
    }
};

QTEST_GUILESS_MAIN(TestListModel)
#include "tst_listmodel.moc"
