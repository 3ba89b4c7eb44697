#include "MemorySecretStore.h"
#include "TestSupport.h"
#include "net/HttpTypes.h"
#include "net/Redactor.h"
#include "services/ActivityLog.h"
#include "services/ActivityLogModel.h"
#include "storage/Database.h"
#include "vendors/Infobip.h"
#include "vendors/SinchSms.h"

#include <QSqlQuery>
#include <QTranslator>
#include <QtTest/QtTest>

using namespace cc;

class TestActivityLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTranslator m_translator;

    // The console's catalogue of this language, as the window installs it; English has none to load.
    bool speak(const QString &language)
    {
        QCoreApplication::removeTranslator(&m_translator);
        if (language == QLatin1String("en"))
            return true;
        return m_translator.load(QStringLiteral(CC_QM_DIR "/channelconsole_") + language) &&
               QCoreApplication::installTranslator(&m_translator);
    }

    static QString detailShown(const ActivityLogModel &model, int row)
    {
        return model.index(row, ActivityLogModel::DetailColumn).data().toString();
    }

private Q_SLOTS:
    void cleanup() { speak(QStringLiteral("en")); }

    void appendAndReadBack()
    {
        ActivityLog log(m_dir.filePath(QStringLiteral("a.db")));
        const QDateTime t = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        NetError invalid;
        invalid.kind = NetError::Kind::BadRequest;
        invalid.httpStatus = 400;
        invalid.vendorMessage = QStringLiteral("Parameter 'to' is invalid"); // the vendor's words
        const ActivityEvent failed = ActivityEvent::netError("check", invalid);
        const ActivityEvent nested = ActivityEvent::of(
            "import.nothing",
            {{"reason", ActivityEvent::of("storage.name-taken", {{"name", QStringLiteral("Main")}}).toJson()}});
        QVERIFY(log.append({t, QStringLiteral("id-1"), QStringLiteral("Main"), ActivityLog::Action::Check,
                            ActivityLog::Outcome::Failed, failed}));
        QVERIFY(log.appendAll(
            {{t.addSecs(5), QStringLiteral("id-1"), QStringLiteral("Main"), ActivityLog::Action::TestSend,
              ActivityLog::Outcome::Succeeded,
              ActivityEvent::of("send.sinch-accepted", {{"batch", QStringLiteral("01FAKE")}, {"http", 201}})},
             {t.addSecs(6), QStringLiteral("id-2"), QStringLiteral("Other"), ActivityLog::Action::Import,
              ActivityLog::Outcome::Failed, nested}}));
        int skipped = -1;
        const auto entries = log.read(&skipped);
        QCOMPARE(skipped, 0);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).time, t);
        QCOMPARE(entries.at(0).action, ActivityLog::Action::Check);
        QCOMPARE(entries.at(0).outcome, ActivityLog::Outcome::Failed);
        QCOMPARE(entries.at(0).event, failed);
        QCOMPARE(entries.at(0).event.code, QStringLiteral("check.bad-request"));
        QCOMPARE(entries.at(0).text(),
                 QStringLiteral("The vendor refused the request as invalid (HTTP 400): Parameter 'to' is invalid"));
        QCOMPARE(entries.at(1).text(), QStringLiteral("HTTP 201: Sinch accepted the test message. Batch ID: 01FAKE. "
                                                      "Use the delivery report to see whether it arrived."));
        QCOMPARE(entries.at(1).credentialName, QStringLiteral("Main"));
        // A sentence that names the status already is not told it twice.
        ActivityEvent named = failed;
        named.args.insert(QStringLiteral("http"), 400);
        QCOMPARE(named.text(), entries.at(0).text());
        QCOMPARE(ActivityEvent::withHttpStatus(QStringLiteral("Refused (HTTP 401)."), 401),
                 QStringLiteral("Refused (HTTP 401)."));
        QCOMPARE(ActivityEvent::withHttpStatus(QStringLiteral("Refused (HTTP 401)."), 403),
                 QStringLiteral("HTTP 403: Refused (HTTP 401)."));
        QCOMPARE(ActivityEvent::withHttpStatus(QStringLiteral("Refused."), 0), QStringLiteral("Refused."));
        QCOMPARE(entries.at(2).event, nested);
        QCOMPARE(entries.at(2).text(),
                 QStringLiteral("Nothing was imported: The name \"Main\" is already used by other "
                                "API credentials. Choose another name."));
    }

    // An event of a later version is shown by its code and the words it kept, not as nothing.
    void anUnknownCodeIsShownAsItIs()
    {
        QCOMPARE(ActivityEvent(QStringLiteral("send.teleported"), {}, QStringLiteral("Beam me up")).text(),
                 QStringLiteral("send.teleported: Beam me up"));
        QCOMPARE(ActivityEvent::of("credential.created").text(), QString());
    }

    // An earlier version's JSON lines, as the migration reads them: a line a killed writer cut
    // short, and one that is not ours, are skipped; the detail is kept as it was written.
    void legacyLinesCutShortAreSkipped()
    {
        const QString path = m_dir.filePath(QStringLiteral("cut.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"action\":\"create\",\"credential\":\"X\",\"credentialId\":\"x\",\"detail\":\"Cr\xc3\xa9\xc3\xa9\","
                "\"outcome\":\"ok\",\"time\":\"2026-11-23T10:00:00.000Z\"}\n"
                "{\"action\":\"fly\",\"time\":\"2026-11-23T10:00:00.000Z\"}\n"
                "{\"time\":\"2026-11-23T10:00:00.000Z\",\"acti"); // a killed writer
        f.close();
        const auto entries = ActivityLog::readLegacy(path);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).credentialName, QStringLiteral("X"));
        QCOMPARE(entries.at(0).time, QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
        QCOMPARE(entries.at(0).event.code, QStringLiteral("legacy"));
        QCOMPARE(entries.at(0).text(), QStringLiteral(u"Créé"));
    }

    // The header and the text in the language in use, the code the same in every language; a cell a
    // spreadsheet would run as a formula is quoted safe, whoever wrote it (a name, a vendor, an old entry).
    void csvIsQuotedAndSafeForSpreadsheets()
    {
        const QDateTime t(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        const QVector<ActivityLog::Entry> entries{
            {t, QStringLiteral("i"), QStringLiteral("=HYPERLINK(\"x\")"), ActivityLog::Action::TestSend,
             ActivityLog::Outcome::Failed,
             ActivityEvent::of("send.infobip-rejected", {{"status", QStringLiteral("REJECTED_SOURCE")}},
                               QStringLiteral("said \"no\", twice"))},
            {t, QStringLiteral("i"), QStringLiteral("Old"), ActivityLog::Action::Check, ActivityLog::Outcome::Failed,
             ActivityEvent::legacy(QStringLiteral("=1+2"))}};
        QByteArray csv = ActivityLog::toCsv(entries);
        QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.at(0).trimmed(), QByteArray("Time (UTC),API credentials,Action,Outcome,Detail,code"));
        QCOMPARE(lines.at(1).trimmed(),
                 QByteArray("2026-01-02T03:04:05Z,\"'=HYPERLINK(\"\"x\"\")\",Test send,Failed,\"Infobip refused the "
                            "test message (status REJECTED_SOURCE): said \"\"no\"\", twice\",send.infobip-rejected"));
        QCOMPARE(lines.at(2).trimmed(), QByteArray("2026-01-02T03:04:05Z,Old,Check,Failed,\"'=1+2\",legacy"));

        QVERIFY(speak(QStringLiteral("nl")));
        csv = ActivityLog::toCsv(entries);
        lines = csv.split('\n');
        QCOMPARE(lines.at(0).trimmed(), QByteArray("Tijd (UTC),API-inloggegevens,Actie,Resultaat,Details,code"));
        QVERIFY2(lines.at(1).trimmed().endsWith(",send.infobip-rejected"), lines.at(1).constData());
        QVERIFY2(lines.at(1).contains("(status REJECTED_SOURCE): said \"\"no\"\", twice"), lines.at(1).constData());
        QVERIFY2(!lines.at(1).contains("Infobip refused"), lines.at(1).constData());
    }

    void repositoryRecordsCreateUpdateDelete()
    {
        CredentialStore store(m_dir.filePath(QStringLiteral("c.db")));
        QVERIFY(store.load().ok());
        MemorySecretStore secrets;
        CredentialRepository repo(&store, &secrets);
        ActivityLog log(&store.database());
        repo.setActivityLog(&log);
        Credential c = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Logged"));
        const QString sentinel = QStringLiteral("SENTINEL-LOG");
        QVERIFY(cctest::waitFor([&](auto done) { repo.save(c, {{QStringLiteral("apiToken"), sentinel}}, done); }).ok);
        QVERIFY(cctest::waitFor([&](auto done) { repo.save(*store.find(c.id), {}, done); }).ok);
        secrets.setFailure(SecretError::NoKeychain);
        // Deleted all the same; its keychain entry is left behind, and the log says so.
        const CredentialRepository::Outcome deleted = cctest::waitFor([&](auto done) { repo.remove(c.id, done); });
        QVERIFY(!deleted.ok);
        QVERIFY(!store.find(c.id));
        QCOMPARE(repo.orphanedSecrets().size(), 1);
        secrets.setFailure(SecretError::None);
        QVERIFY(cctest::waitFor([&](auto done) { repo.removeOrphanedSecrets(repo.orphanedSecrets(), done); }).ok);
        QVERIFY(repo.orphanedSecrets().isEmpty());
        const auto entries = log.read();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).action, ActivityLog::Action::Create);
        QCOMPARE(entries.at(0).event.code, QStringLiteral("credential.created"));
        QCOMPARE(entries.at(1).action, ActivityLog::Action::Update);
        QCOMPARE(entries.at(1).event.code, QStringLiteral("credential.updated"));
        QCOMPARE(entries.at(2).action, ActivityLog::Action::Delete);
        QCOMPARE(entries.at(2).outcome, ActivityLog::Outcome::Failed);
        QCOMPARE(entries.at(2).event.code, QStringLiteral("credential.secrets-left"));
        // What the log shows is what the operator was told.
        QCOMPARE(entries.at(2).text(), deleted.message);
        QVERIFY(entries.at(2).text().contains(QStringLiteral("keychain")));
        for (const QString &f : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile file(m_dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(sentinel.toUtf8()), qPrintable(f));
        }
    }

    // The point of codes: what was recorded while the console spoke French reads in Dutch once it
    // speaks Dutch, in the model the window shows and in the CSV; the database holds no French.
    void recordedInFrenchReadInDutch()
    {
        QVERIFY(speak(QStringLiteral("fr")));
        CredentialStore store(m_dir.filePath(QStringLiteral("fr.db")));
        QVERIFY(store.load().ok());
        MemorySecretStore secrets;
        CredentialRepository repo(&store, &secrets);
        ActivityLog log(&store.database());
        repo.setActivityLog(&log);
        const Credential c = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Principal"));
        QVERIFY(cctest::waitFor([&](auto done) { repo.save(c, {}, done); }).ok);
        // A second one of the same name: refused, in French, and recorded as refused.
        const CredentialRepository::Outcome refused = cctest::waitFor([&](auto done) {
            repo.save(cctest::fakeCredential(infobip::vendor(), QStringLiteral("principal")), {}, done);
        });
        QVERIFY(!refused.ok);
        QVERIFY2(refused.message.startsWith(QStringLiteral(u"Le nom «\u00a0principal\u00a0»")),
                 qPrintable(refused.message));
        NetError maybeSent;
        maybeSent.kind = NetError::Kind::MaybeSent;
        repo.record(c.id, ActivityLog::Action::TestSend, ActivityLog::Outcome::Failed,
                    ActivityEvent::netError("send", maybeSent));
        repo.record(c.id, ActivityLog::Action::Check, ActivityLog::Outcome::Succeeded,
                    ActivityEvent::of("check.ok", {{"vendor", QStringLiteral("Sinch SMS")}, {"http", 200}}));
        const QVector<Credential> clash{cctest::fakeCredential(infobip::vendor(), QStringLiteral("PRINCIPAL"))};
        QVERIFY(!repo.addAll(clash, ActivityLog::Action::Import).first().ok);

        const QVector<ActivityLog::Entry> entries = log.read();
        QCOMPARE(entries.size(), 5);
        QStringList french;
        for (const ActivityLog::Entry &e : entries)
            french << e.text();
        QCOMPARE(french.at(1), refused.message);
        QCOMPARE(french.at(3), QStringLiteral(u"HTTP 200\u00a0: Les informations d’identification fonctionnent\u00a0: "
                                              u"Sinch SMS les a acceptées. Rien n’a été envoyé."));
        ActivityLogModel model;
        model.setEntries(entries); // newest first
        QCOMPARE(detailShown(model, 1), french.at(3));

        QVERIFY(speak(QStringLiteral("nl")));
        model.retranslate();
        QCOMPARE(detailShown(model, 3),
                 QStringLiteral("De naam “principal” wordt al gebruikt door andere API-inloggegevens. Kies een andere "
                                "naam."));
        QCOMPARE(detailShown(model, 2), maybeSent.message());
        QVERIFY2(!detailShown(model, 2).startsWith(QStringLiteral("The connection")) &&
                     detailShown(model, 2) != french.at(2),
                 qPrintable(detailShown(model, 2)));
        QCOMPARE(detailShown(model, 1), QStringLiteral("HTTP 200: De inloggegevens werken: Sinch SMS heeft ze "
                                                       "geaccepteerd. Er is niets verzonden."));
        QCOMPARE(detailShown(model, 0),
                 QStringLiteral("Er is niets geïmporteerd: De naam “PRINCIPAL” wordt al gebruikt "
                                "door andere API-inloggegevens. Kies een andere naam."));
        QCOMPARE(model.index(0, ActivityLogModel::ActionColumn).data().toString(), QStringLiteral("Import"));
        QCOMPARE(model.headerData(ActivityLogModel::DetailColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Details"));
        const QByteArray csv = ActivityLog::toCsv(entries);
        QVERIFY2(csv.contains(",HTTP 200: De inloggegevens werken: Sinch SMS heeft ze geaccepteerd. Er is niets "
                              "verzonden.,check.ok\r\n"),
                 csv.constData());
        QVERIFY2(csv.contains(",send.maybe-sent\r\n") && csv.contains(",storage.name-taken\r\n") &&
                     csv.contains(",import.nothing\r\n") && csv.contains(",credential.created\r\n"),
                 csv.constData());

        // Not a word of French in the database: codes, arguments and no one's sentences.
        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT code, args, detail FROM activity ORDER BY seq")));
        int rows = 0;
        while (q.next()) {
            const QString stored = q.value(0).toString() + q.value(1).toString() + q.value(2).toString();
            QVERIFY2(!french.at(rows).isEmpty() || q.value(0).toString() == QLatin1String("credential.created"),
                     qPrintable(stored));
            QVERIFY2(french.at(rows).isEmpty() || !stored.contains(french.at(rows).left(12)), qPrintable(stored));
            QVERIFY2(!stored.contains(QStringLiteral(u"é")) && !stored.contains(QChar(0x00a0)), qPrintable(stored));
            ++rows;
        }
        QCOMPARE(rows, 5);
    }

    // A vendor's words that carry a secret lose it before they are kept, nested ones too.
    void redactionReachesEveryWordOfAnEvent()
    {
        const QString token = QStringLiteral("fake-token-1234567890abcdef");
        Redactor redactor({token});
        const ActivityEvent echoed = ActivityEvent::of(
            "import.nothing",
            {{"reason", ActivityEvent(QStringLiteral("setup.failing"), {}, QStringLiteral("bad ") + token).toJson()},
             {"name", token}},
            QStringLiteral("token=") + token);
        const ActivityEvent clean = echoed.redacted(redactor);
        const QString stored = QString::fromUtf8(QJsonDocument(clean.toJson()).toJson());
        QVERIFY2(!stored.contains(token), qPrintable(stored));
        QVERIFY2(stored.contains(Redactor::mask()), qPrintable(stored));
        QCOMPARE(clean.code, echoed.code);
        QVERIFY(!clean.text().contains(token));
    }
};

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
