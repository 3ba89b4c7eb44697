#include "CommitCounter.h"
#include "MemorySecretStore.h"
#include "TestSupport.h"
#include "domain/UnsafeCharacters.h"
#include "services/ActivityLog.h"
#include "services/CredentialTransfer.h"
#include "storage/Database.h"
#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

#include <QtTest/QtTest>

using namespace cc;
using Status = CredentialTransfer::Item::Status;

class TestTransfer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // An export file holding these entries (JSON text each).
    static QByteArray exportOf(const QByteArrayList &entries)
    {
        return R"({"format": "channel-console/export", "version": 1, "credentials": [)" + entries.join(", ") + "]}";
    }

private Q_SLOTS:
    void roundTripWithoutSecrets()
    {
        CredentialStore source(m_dir.filePath(QStringLiteral("a.json")));
        MemorySecretStore secrets;
        CredentialRepository repo(&source, &secrets);
        Credential infobip = cctest::fakeCredential(infobip::vendor(), QStringLiteral("Infobip"));
        infobip.values.insert(QStringLiteral("validityPeriod"), 6);
        infobip.values.insert(QStringLiteral("optOutKeywords"), QStringLiteral("STOP, ARRET"));
        const QString sentinel = QStringLiteral("SENTINEL-EXPORT");
        QVERIFY(cctest::waitFor([&](auto done) {
                    repo.save(infobip, {{QStringLiteral("apiKey"), sentinel}}, done);
                }).ok);
        const Credential mms = cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("MMS"));
        QVERIFY(cctest::waitFor([&](auto done) {
                    repo.save(mms, {{QStringLiteral("apiToken"), sentinel}, {QStringLiteral("smsApiToken"), sentinel}},
                              done);
                }).ok);

        const QByteArray file = CredentialTransfer::exportJson(source.credentials());
        QVERIFY(!file.contains(sentinel.toUtf8()));
        QVERIFY(!file.contains("apiKey"));
        QVERIFY(!file.contains(infobip.id.toUtf8())); // ids are this installation's own

        CredentialStore target(m_dir.filePath(QStringLiteral("b.json")));
        const auto plan = CredentialTransfer::plan(file, target, CredentialTransfer::ClashPolicy::Rename);
        QVERIFY(plan.error.isEmpty());
        QCOMPARE(plan.items.size(), 2);
        QCOMPARE(plan.items.at(0).status, Status::Imported);
        const Credential imported = plan.items.at(0).credential;
        QCOMPARE(imported.vendor, infobip::vendor());
        QCOMPARE(imported.values.value(QStringLiteral("validityPeriod")).toInt(), 6);
        QCOMPARE(imported.text(QStringLiteral("optOutKeywords")), QStringLiteral("STOP, ARRET"));
        QVERIFY(imported.secretsSet.isEmpty());
        QCOMPARE(plan.items.at(0).secretsNeeded, QStringList{QStringLiteral("API key")});
        QCOMPARE(plan.items.at(1).secretsNeeded,
                 (QStringList{QStringLiteral("API Token"), QStringLiteral("SMS API Token")}));
        QCOMPARE(plan.summary(), QStringLiteral("Imported: 2, renamed: 0, skipped: 0, rejected: 0."));
    }

    // The window's import and the command line's (CredentialTransfer::importAll): one transaction for
    // the credentials and their activity entries, however many they are, each recorded as imported
    // (not also as created); the export records its entries in one transaction too, and nothing
    // when the file cannot be written.
    void importAndExportSaveOnce()
    {
        QTemporaryDir dir;
        CredentialStore store(dir.filePath(QStringLiteral("once.db")));
        MemorySecretStore secrets;
        CredentialRepository repo(&store, &secrets);
        QVERIFY(repo.load().ok());
        ActivityLog log(&store.database());
        repo.setActivityLog(&log);
        constexpr int kCount = 200;
        QByteArrayList entries;
        for (int i = 0; i < kCount; ++i)
            entries << QStringLiteral("{\"vendor\": \"infobip\", \"fields\": {\"name\": \"Bulk %1\", \"baseUrl\": "
                                      "\"https:\\/\\/fake.api.infobip.example\", \"validityPeriod\": %2}}")
                           .arg(i)
                           .arg(1 + i % 48)
                           .toUtf8();
        const auto plan = CredentialTransfer::plan(exportOf(entries), store, CredentialTransfer::ClashPolicy::Rename);
        QCOMPARE(plan.toImport().size(), kCount);

        const cctest::CommitCounter commits(store.database());
        QVERIFY(commits.isAttached());
        const int beforeImport = commits.count();
        const QVector<CredentialRepository::Outcome> outcomes = CredentialTransfer::importAll(&repo, plan);
        QCOMPARE(outcomes.size(), kCount);
        for (const auto &o : outcomes)
            QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(commits.count() - beforeImport, 1); // the rows and their entries
        QCOMPARE(store.credentials().size(), kCount);
        QVector<ActivityLog::Entry> read = log.read();
        QCOMPARE(read.size(), kCount);
        QVERIFY(std::all_of(read.begin(), read.end(),
                            [](const ActivityLog::Entry &e) { return e.action == ActivityLog::Action::Import; }));

        const QString file = dir.filePath(QStringLiteral("all.json"));
        const int beforeExport = commits.count();
        QString error;
        QVERIFY2(CredentialTransfer::exportToFile(&repo, CredentialTransfer::toExport(store, {}), file, &error),
                 qPrintable(error));
        QCOMPARE(commits.count() - beforeExport, 1);
        read = log.read();
        QCOMPARE(std::count_if(read.begin(), read.end(),
                               [&file](const ActivityLog::Entry &e) {
                                   return e.action == ActivityLog::Action::Export &&
                                          e.event.code == QLatin1String("export.written") &&
                                          e.text() == QDir::toNativeSeparators(file);
                               }),
                 kCount);
        // What was exported imports back as the same settings.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        CredentialStore empty;
        const auto back = CredentialTransfer::plan(f.readAll(), empty, CredentialTransfer::ClashPolicy::Rename);
        QCOMPARE(back.toImport().size(), kCount);
        for (int i = 0; i < kCount; ++i)
            QCOMPARE(back.toImport().at(i).values, store.credentials().at(i).values);

        // Chosen by id, in the list's order, whatever order the ids come in.
        const QVector<Credential> two =
            CredentialTransfer::toExport(store, {store.credentials().at(7).id, store.credentials().at(3).id});
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.at(0).name(), QStringLiteral("Bulk 3"));

        const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/x.json"));
        const int beforeFailure = commits.count();
        QVERIFY(!CredentialTransfer::exportToFile(&repo, two, nowhere, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot write %1: ").arg(QDir::toNativeSeparators(nowhere))),
                 qPrintable(error));
        QCOMPARE(commits.count(), beforeFailure);
        QVERIFY(!QFile::exists(nowhere));

        // An import that cannot be saved (the names were taken since the plan was made) saves nothing
        // and records the failure of each, in one transaction.
        const int beforeClash = commits.count();
        const QVector<CredentialRepository::Outcome> clash = CredentialTransfer::importAll(&repo, plan);
        QVERIFY(std::none_of(clash.begin(), clash.end(), [](const auto &o) { return o.ok; }));
        QCOMPARE(store.credentials().size(), kCount);
        QCOMPARE(commits.count() - beforeClash, 1);
    }

    // Name clashes with the store: renamed, or skipped with --skip-existing; secret values and
    // fields the vendor does not have are left out, and the entry says so.
    void clashesRenamedOrSkipped()
    {
        CredentialStore store(m_dir.filePath(QStringLiteral("c.json")));
        store.upsert(cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Existing")));
        const QByteArray file = exportOf(
            {R"({"vendor": "sinch", "fields": {"name": "existing ", "serviceId": "fake-1", "region": "eu"}})",
             R"({"vendor": "infobip", "fields": {"name": "Keyed", "baseUrl": "https://fake.api.infobip.example",)"
             R"("apiKey": "SENTINEL-IN-FILE", "colour": "blue"}})"});
        auto plan = CredentialTransfer::plan(file, store, CredentialTransfer::ClashPolicy::Rename);
        QCOMPARE(plan.items.size(), 2);
        QCOMPARE(plan.rejectedCount(), 0);
        QCOMPARE(plan.items.at(0).status, Status::Renamed);
        QCOMPARE(plan.items.at(0).finalName, QStringLiteral("existing (imported 2)"));
        QVERIFY(plan.items.at(0).reason.contains(QStringLiteral("already exist")));
        QCOMPARE(plan.items.at(1).status, Status::Imported);
        QVERIFY(plan.items.at(1).reason.contains(QStringLiteral("API key")));
        QVERIFY2(plan.items.at(1).reason.contains(QStringLiteral("Infobip credentials do not have (colour)")),
                 qPrintable(plan.items.at(1).reason));
        QVERIFY(!plan.items.at(1).credential.values.contains(QStringLiteral("apiKey")));
        QVERIFY(!plan.items.at(1).credential.values.contains(QStringLiteral("colour")));
        QCOMPARE(plan.toImport().size(), 2);

        plan = CredentialTransfer::plan(file, store, CredentialTransfer::ClashPolicy::Skip);
        QCOMPARE(plan.items.at(0).status, Status::Skipped);
        QCOMPARE(plan.toImport().size(), 1);
        QCOMPARE(plan.summary(), QStringLiteral("Imported: 1, renamed: 0, skipped: 1, rejected: 0."));
    }

    // Each malformed entry is refused, with its place in the file and why; the good entry beside it
    // is not imported either: all or nothing.
    void malformedEntriesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("refusal"); // what Item::refusal() begins with or holds

        const auto row = [](const char *tag, const QByteArray &entry, const QString &refusal) {
            QTest::newRow(tag) << entry << refusal;
        };
        const QByteArray sinch = R"({"vendor": "sinch", "fields": {%1}})";
        const auto withFields = [&sinch](const QByteArray &fields) { return QByteArray(sinch).replace("%1", fields); };
        // Types: nothing is coerced to text.
        row("name is a number", withFields(R"("name": 12345, "serviceId": "fake-1")"),
            QStringLiteral("Entry 2 is refused: Name: the file holds the number 12345 where text is expected; write "
                           "it in quotes (\"12345\") if that is the value you mean."));
        row("name is a fraction", withFields(R"("name": 1.5, "serviceId": "fake-1")"),
            QStringLiteral("Entry 2 is refused: Name: the file holds the number 1.5 where text is expected"));
        row("name is true", withFields(R"("name": true, "serviceId": "fake-1")"),
            QStringLiteral("Entry 2 is refused: Name: the file holds true, which is not a value for this field; "
                           "give the value in quotes, or leave the field out."));
        row("name is null", withFields(R"("name": null, "serviceId": "fake-1")"),
            QStringLiteral("Entry 2 is refused: Name: the file holds null, which is not a value for this field"));
        row("name is a list", withFields(R"("name": ["Prod", "EU"], "serviceId": "fake-1")"),
            QStringLiteral("Entry 2 is refused: Name: the file holds a list (a JSON array); give a single value, "
                           "in quotes."));
        row("name is an object", withFields(R"("name": {"en": "Prod"}, "serviceId": "fake-1")"),
            QStringLiteral("Entry 2 is refused: Name: the file holds an object (a JSON object); give a single "
                           "value, in quotes."));
        row("nested objects", withFields(R"("name": "Nested", "serviceId": {"a": {"b": {"c": [1, {"d": null}]}}})"),
            QStringLiteral("Entry 2 (\"Nested\") is refused: Service ID: the file holds an object (a JSON object)"));
        row("identifier is a number", withFields(R"("name": "Numbered", "serviceId": 42)"),
            QStringLiteral("Entry 2 (\"Numbered\") is refused: Service ID: the file holds the number 42 where text "
                           "is expected"));
        row("region is false", withFields(R"("name": "Region", "serviceId": "fake-1", "region": false)"),
            QStringLiteral("Entry 2 (\"Region\") is refused: Region: the file holds false"));
        row("validity is a list",
            R"({"vendor": "infobip", "fields": {"name": "Valid", "baseUrl": "https://fake.api.infobip.example",)"
            R"("validityPeriod": [12]}})",
            QStringLiteral("Entry 2 (\"Valid\") is refused: Validity Period: the file holds a list (a JSON array)"));
        // The form's rules.
        row("name empty", withFields(R"("name": "", "serviceId": "fake-1")"),
            QStringLiteral("Entry 2 is refused: Name: enter a value; this field is required."));
        row("name blank", withFields(R"("name": "   ", "serviceId": "fake-1")"),
            QStringLiteral("Entry 2 is refused: Name: enter a value; this field is required."));
        row("name missing", withFields(R"("serviceId": "fake-1")"),
            QStringLiteral("Entry 2 is refused: Name: enter a value; this field is required."));
        row("required identifier missing",
            R"({"vendor": "sinch-mms", "fields": {"name": "MMS", "appId": "a", "servicePlanId": "s"}})",
            QStringLiteral("Entry 2 (\"MMS\") is refused: Project ID: enter a value; this field is required."));
        row("remote http", R"({"vendor": "infobip", "fields": {"name": "Plain", "baseUrl": "http://fake.example"}})",
            QStringLiteral("Entry 2 (\"Plain\") is refused: API base URL: "));
        row("escape sequence in the name", withFields("\"name\": \"Prod\\u001b[2J\", \"serviceId\": \"fake-1\""),
            QStringLiteral("Entry 2 (\"Prod\\x1b[2J\") is refused: Name: remove the character U+001B ESCAPE (at "
                           "position 5)."));
        row("line feed in the name", withFields(R"("name": "Prod\nFake row", "serviceId": "fake-1")"),
            QStringLiteral("Entry 2 (\"Prod\\nFake row\") is refused: Name: remove the character U+000A LINE FEED"));
        row("NUL in an identifier", withFields(R"("name": "Nul", "serviceId": "fake\u0000")"),
            QStringLiteral("Entry 2 (\"Nul\") is refused: Service ID: remove the character U+0000 NULL (at position "
                           "5)."));
        row("bidi override in the name", withFields(R"("name": "Invoice \u202efdp.exe", "serviceId": "fake-1")"),
            QStringLiteral("Entry 2 (\"Invoice \\u{202E}fdp.exe\") is refused: Name: remove the character U+202E "
                           "RIGHT-TO-LEFT OVERRIDE (at position 9)."));
        row("1 MB name",
            withFields(QByteArray("\"name\": \"") + QByteArray(1024 * 1024, 'n') + "\", \"serviceId\": \"fake-1\""),
            QStringLiteral("Entry 2 (\"%1…\") is refused: Name: the value is 1048576 characters long; shorten it to "
                           "at most 4000 characters.")
                .arg(QString(CredentialTransfer::kShownNameLength, QLatin1Char('n'))));
        // The entry's frame.
        row("unknown vendor", R"({"vendor": "pigeon", "fields": {"name": "Bird"}})",
            QStringLiteral("Entry 2 (\"Bird\") is refused: Unknown SMS vendor \"pigeon\": use sinch, sinch-mms, "
                           "sinch-rcs, infobip, twilio, custom."));
        row("vendor is a number", R"({"vendor": 12, "fields": {"name": "Twelve"}})",
            QStringLiteral("Entry 2 (\"Twelve\") is refused: Unknown SMS vendor \"12\""));
        row("vendor is an object", R"({"vendor": {"id": "sinch"}, "fields": {"name": "Obj"}})",
            QStringLiteral("Entry 2 (\"Obj\") is refused: Unknown SMS vendor \"{\"id\":\"sinch\"}\""));
        row("no vendor", R"({"fields": {"name": "Nobody"}})",
            QStringLiteral("Entry 2 (\"Nobody\") is refused: The entry names no SMS vendor: add \"vendor\" with "
                           "one of sinch, sinch-mms, sinch-rcs, infobip, twilio, custom."));
        row("no fields", R"({"vendor": "sinch"})",
            QStringLiteral("Entry 2 is refused: The entry has no \"fields\" object with the credential's settings."));
        row("fields is a list", R"({"vendor": "sinch", "fields": ["name", "x"]})",
            QStringLiteral("Entry 2 is refused: The entry has no \"fields\" object"));
        row("entry is text", R"("sinch")",
            QStringLiteral("Entry 2 is refused: The entry is not a JSON object with \"vendor\" and \"fields\"."));
        row("entry is null", "null", QStringLiteral("Entry 2 is refused: The entry is not a JSON object"));
        row("entry is a number", "7", QStringLiteral("Entry 2 is refused: The entry is not a JSON object"));
        row("entry is empty", "{}", QStringLiteral("Entry 2 is refused: The entry names no SMS vendor"));
        // The same name twice in the file, whatever its case and blanks.
        row("name of entry 1 again", withFields(R"("name": " GOOD ONE", "serviceId": "fake-2")"),
            QStringLiteral("Entry 2 (\"GOOD ONE\") is refused: The name \"GOOD ONE\" is already used by entry 1 of "
                           "the file; give each entry its own name."));
    }

    void malformedEntriesAreRefused()
    {
        QFETCH(QByteArray, entry);
        QFETCH(QString, refusal);
        CredentialStore store(m_dir.filePath(QStringLiteral("m.json")));
        const QByteArray good = R"({"vendor": "sinch", "fields": {"name": "Good one", "serviceId": "fake-1"}})";
        const QByteArray third = R"({"vendor": "sinch", "fields": {"name": "Third", "serviceId": "fake-3"}})";
        const auto plan =
            CredentialTransfer::plan(exportOf({good, entry, third}), store, CredentialTransfer::ClashPolicy::Rename);
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        QCOMPARE(plan.items.size(), 3);
        QCOMPARE(plan.items.at(0).status, Status::Imported);
        QCOMPARE(plan.items.at(2).status, Status::Imported);
        const CredentialTransfer::Item &bad = plan.items.at(1);
        QCOMPARE(bad.status, Status::Rejected);
        QCOMPARE(bad.entry, 2);
        QVERIFY2(bad.refusal().startsWith(refusal) || bad.refusal().contains(refusal), qPrintable(bad.refusal()));
        // Said in a line that is safe to print and short enough to read.
        QVERIFY2(!UnsafeCharacters::find(bad.refusal()), qPrintable(bad.refusal()));
        QVERIFY2(bad.refusal().size() < 400, qPrintable(bad.refusal().left(400)));
        QCOMPARE(plan.rejectedCount(), 1);
        QVERIFY(plan.toImport().isEmpty());
        // (The source text; the English catalogue has its singular.)
        QCOMPARE(plan.summary(), QStringLiteral("1 entry(s) of the file are refused, so nothing is imported. Correct "
                                                "them and import the file again."));
    }

    // Every bad entry is listed, in the file's order.
    void everyBadEntryIsListed()
    {
        CredentialStore store(m_dir.filePath(QStringLiteral("l.json")));
        const auto plan = CredentialTransfer::plan(
            exportOf({R"({"vendor": "sinch", "fields": {"name": 1, "serviceId": "fake-1"}})",
                      R"({"vendor": "sinch", "fields": {"name": "Fine", "serviceId": "fake-1"}})",
                      R"({"vendor": "sinch", "fields": {"name": "Fine", "serviceId": [], "region": "xx"}})"}),
            store, CredentialTransfer::ClashPolicy::Rename);
        QCOMPARE(plan.rejectedCount(), 2);
        QCOMPARE(plan.items.at(0).entry, 1);
        QCOMPARE(plan.items.at(0).status, Status::Rejected);
        QCOMPARE(plan.items.at(1).status, Status::Imported);
        QCOMPARE(plan.items.at(2).entry, 3);
        QCOMPARE(plan.items.at(2).status, Status::Rejected);
        // Each of its problems, the type first.
        const QString reason = plan.items.at(2).reason;
        QVERIFY2(reason.startsWith(QStringLiteral("Service ID: the file holds a list")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("Region: choose one of")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("already used by entry 2")), qPrintable(reason));
        QVERIFY2(!reason.contains(QStringLiteral("Service ID: enter a value")), qPrintable(reason));
        QVERIFY(plan.toImport().isEmpty());
    }

    void unusableFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("{nope") << QStringLiteral("not valid JSON");
        QTest::newRow("not ours") << QByteArray("{\"a\": 1}") << QStringLiteral("not a Channel Console export");
        QTest::newRow("newer") << QByteArray("{\"format\": \"channel-console/export\", \"version\": 9}")
                               << QStringLiteral("newer version");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("a list at the top") << QByteArray(R"([{"vendor": "sinch", "fields": {"name": "A"}}])")
                                           << QStringLiteral("it holds a JSON array");
        QTest::newRow("a number at the top") << QByteArray("12") << QStringLiteral("not valid JSON");
        QTest::newRow("no credentials") << QByteArray(R"({"format": "channel-console/export", "version": 1})")
                                        << QStringLiteral("The file holds no list of credentials");
        QTest::newRow("credentials not a list")
            << QByteArray(R"({"format": "channel-console/export", "version": 1, "credentials": {"vendor": "sinch"}})")
            << QStringLiteral("The file holds no list of credentials");
    }

    void unusableFiles()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, says);
        CredentialStore store(m_dir.filePath(QStringLiteral("d.json")));
        const auto plan = CredentialTransfer::plan(data, store, CredentialTransfer::ClashPolicy::Rename);
        QVERIFY2(plan.error.contains(says), qPrintable(plan.error));
        QVERIFY(plan.items.isEmpty());
    }

    // The window's Import and the command line's read a file the same way: up to the limit, an export
    // is read whole; one byte more and it is refused as too large, never cut off and misread.
    void aFileOverTheLimitIsRefusedNotCutOff()
    {
        CredentialStore store(m_dir.filePath(QStringLiteral("limit.json")));
        QByteArray data = R"({"vendor": "sinch", "fields": {"name": "Padded", "serviceId": "fake-1"}})";
        data.append(QByteArray(CredentialTransfer::kMaxImportBytes - data.size(), ' '));
        QBuffer file(&data);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto plan = CredentialTransfer::plan(CredentialTransfer::readImport(&file), store,
                                             CredentialTransfer::ClashPolicy::Rename);
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        QCOMPARE(plan.toImport().size(), 1);

        file.close();
        data.append(' ');
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray read = CredentialTransfer::readImport(&file);
        QCOMPARE(read.size(), CredentialTransfer::kMaxImportBytes + 1);
        plan = CredentialTransfer::plan(read, store, CredentialTransfer::ClashPolicy::Rename);
        QCOMPARE(plan.error, QStringLiteral("The file is too large: an import reads at most 64 MiB, and a Channel "
                                            "Console export is far smaller."));
        QVERIFY(plan.items.isEmpty());
    }

    void singleCredentialObject()
    {
        CredentialStore store(m_dir.filePath(QStringLiteral("e.json")));
        const auto plan = CredentialTransfer::plan("{\"vendor\": \"sinch-mms\", \"fields\": {\"name\": \"One\", "
                                                   "\"projectId\": \"p\", \"appId\": \"a\", \"servicePlanId\": \"s\"}}",
                                                   store, CredentialTransfer::ClashPolicy::Rename);
        QCOMPARE(plan.items.size(), 1);
        QCOMPARE(plan.items.at(0).status, Status::Imported);
        QCOMPARE(plan.items.at(0).credential.text(QStringLiteral("region")), QStringLiteral("us"));
    }

    // Secrets given with the file (the command line's --secrets-stdin) follow the form's rules: a
    // Sinch MMS token that is not the Base64 of "key id:key secret" refuses the entry, nothing saved.
    void secretsGivenWithTheFileAreChecked()
    {
        CredentialStore store(m_dir.filePath(QStringLiteral("f.json")));
        const QByteArray file = "{\"vendor\": \"sinch-mms\", \"fields\": {\"name\": \"One\", "
                                "\"projectId\": \"p\", \"appId\": \"a\", \"servicePlanId\": \"s\"}}";
        const auto refused = CredentialTransfer::plan(file, store, CredentialTransfer::ClashPolicy::Rename,
                                                      {{QStringLiteral("apiToken"), QStringLiteral("FAKE-ID:FAKE-KEY")},
                                                       {QStringLiteral("smsApiToken"), QStringLiteral("FAKE-SMS")}});
        QCOMPARE(refused.rejectedCount(), 1);
        QVERIFY(refused.toImport().isEmpty());
        QVERIFY2(refused.items.at(0).refusal().contains(QStringLiteral("API Token: this looks like the key ID")),
                 qPrintable(refused.items.at(0).refusal()));
        QVERIFY(!refused.items.at(0).refusal().contains(QStringLiteral("FAKE-ID:FAKE-KEY")));

        const auto fine = CredentialTransfer::plan(
            file, store, CredentialTransfer::ClashPolicy::Rename,
            {{QStringLiteral("apiToken"), QString::fromLatin1(QByteArray("FAKE-ID:FAKE-KEY").toBase64())}});
        QCOMPARE(fine.rejectedCount(), 0);
        QCOMPARE(fine.toImport().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTransfer)
#include "tst_transfer.moc"
