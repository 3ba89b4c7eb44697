#include "TestSupport.h"
#include "credentials/CredentialFileCodec.h"
#include "credentials/CredentialStore.h"

#include <QtTest/QtTest>

using namespace cc;

namespace {

const QString kFormat = QStringLiteral("channel-console/credentials");

// JSON written with ' for ", to keep the rows readable (moc 6.4 also trips over raw string
// literals with braces).
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

// Equal values of the same types: a number read back as a double instead of an integer would still
// compare equal as a QVariant, but would be written differently.
bool sameCredentials(const QVector<Credential> &a, const QVector<Credential> &b, QString *why)
{
    if (a.size() != b.size()) {
        *why = QStringLiteral("%1 credentials against %2").arg(a.size()).arg(b.size());
        return false;
    }
    for (int i = 0; i < a.size(); ++i) {
        if (!(a.at(i) == b.at(i))) {
            *why = QStringLiteral("credential %1 differs").arg(i);
            return false;
        }
        for (auto it = a.at(i).values.begin(); it != a.at(i).values.end(); ++it) {
            if (it.value().typeId() != b.at(i).values.value(it.key()).typeId()) {
                *why = QStringLiteral("field %1 of credential %2 has another type").arg(it.key()).arg(i);
                return false;
            }
        }
    }
    return true;
}

// Credentials with everything a file can hold: every vendor, check states, awkward text, and
// values kept from a newer version's file (numbers, booleans, null, a list and a map).
QVector<Credential> awkwardCredentials()
{
    QVector<Credential> list;
    Credential a = cctest::fakeCredential(Vendor::SinchSms, QStringLiteral("Quotes \" and \\ and / and\ttab"));
    a.values.insert(QStringLiteral("validityPeriod"), 12);
    a.values.insert(QStringLiteral("optOutMessage"),
                    QStringLiteral("Line one\nline two\r\n\u00e9\u00e8 \u20ac \U0001F600 \x01\x1f end"));
    a.lastCheck = {CheckStatus::State::Ok, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC),
                   QStringLiteral("HTTP 200")};
    a.secretsSet << QStringLiteral("apiToken");
    list << a;

    Credential b = cctest::fakeCredential(Vendor::SinchMms, QStringLiteral("Caf\u00e9 \u5c0f\u7c73 MMS"));
    b.lastCheck = {CheckStatus::State::Failing, QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                   QStringLiteral("Sinch said \"Unauthorized\"")};
    b.values.insert(QStringLiteral("futureNumber"), 2.5);
    b.values.insert(QStringLiteral("futureInteger"), qlonglong(1) << 40);
    b.values.insert(QStringLiteral("futureFlag"), true);
    b.values.insert(QStringLiteral("futureNothing"), QVariant::fromValue(nullptr));
    list << b;

    Credential c = cctest::fakeCredential(Vendor::Infobip, QStringLiteral("Infobip"));
    c.values.insert(QStringLiteral("futureList"), QVariantList{1, QStringLiteral("two"), QVariantList{}});
    c.values.insert(QStringLiteral("futureMap"),
                    QVariantMap{{QStringLiteral("inner"), QVariantMap{{QStringLiteral("deep"), false}}}});
    c.values.insert(QStringLiteral("lone surrogate \xd0\xb6"), QString(QString(QChar(0xd800)) + QStringLiteral("x")));
    list << c;
    return list;
}

} // namespace

class TestCredentialFileCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Written exactly as QJsonDocument lays out the same content, so the file reads and diffs as before.
    void writesQJsonDocumentsIndentedLayout()
    {
        const QByteArray written = CredentialFileCodec::write(awkwardCredentials(), kFormat, 1);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(written, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)), QString::fromUtf8(written));
        const QByteArray empty = CredentialFileCodec::write({}, kFormat, 1);
        QCOMPARE(QString::fromUtf8(QJsonDocument::fromJson(empty).toJson()), QString::fromUtf8(empty));
    }

    void secretValuesAreNeverWritten()
    {
        Credential c = cctest::fakeCredential(Vendor::Infobip, QStringLiteral("Leaky"));
        c.values.insert(QStringLiteral("apiKey"), QStringLiteral("SENTINEL-not-a-key"));
        QVERIFY(!CredentialFileCodec::write({c}, kFormat, 1).contains("SENTINEL"));
    }

    // What write() writes, read() takes without handing over to QJsonDocument, and gets back whole.
    void readsWhatItWrites()
    {
        const QVector<Credential> original = awkwardCredentials();
        QVector<Credential> simple = original.mid(0, 2); // no list, map or lone surrogate: all direct
        QVector<Credential> back;
        QVERIFY(CredentialFileCodec::read(CredentialFileCodec::write(simple, kFormat, 1), kFormat, 1, &back));
        QCOMPARE(back, simple); // the form's int comes back as a JSON integer (qlonglong), as before

        // A list or a map among the fields is Qt's to read; the store still gets it back whole.
        const QByteArray withContainers = CredentialFileCodec::write(original, kFormat, 1);
        QVERIFY(!CredentialFileCodec::read(withContainers, kFormat, 1, &back));
        QVERIFY(CredentialStore::parse(withContainers, QStringLiteral("f"), &back).ok());
        QCOMPARE(back, original);
    }

    // Every input: read() either declines, or agrees with the QJsonDocument reader to the value type.
    void agreesWithQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<bool>("direct"); // whether read() is expected to take it itself

        const QByteArray entry = json("{'created': '2026-11-23T10:00:00.000Z', 'fields': {'name': NAME, 'region': 'eu',"
                                      " 'serviceId': 'fake-plan'}, 'id': '0b5c8d6e-2f4a-4b7e-9c1d-3e5f7a9b1c2d',"
                                      " 'modified': '2026-11-23T10:00:01.500Z', 'secretsSet': ['apiToken'],"
                                      " 'vendor': 'sinch'}");
        const auto file = [&entry](const QByteArray &name, const QByteArray &extra = {}) -> QByteArray {
            QByteArray e = entry;
            e.replace("NAME", name);
            return QByteArray(json("{'format': 'channel-console/credentials', 'schemaVersion': 1, 'credentials': [")) +
                   e + "]" + extra + "}";
        };
        QTest::newRow("plain") << file(json("'Acme'")) << true;
        QTest::newRow("escapes") << file(json("'A \\'q\\' \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9 \\u20AC'")) << true;
        QTest::newRow("utf-8") << file("\"Caf\xc3\xa9 \xf0\x9f\x98\x80\"") << true;
        QTest::newRow("compact, other order") << QByteArray(json("{'schemaVersion':1,'credentials':[],"
                                                                 "'format':'channel-console/credentials'}"))
                                              << true;
        QTest::newRow("no whitespace at all") << file(json("'x'")).replace(" ", "") << true;
        QTest::newRow("surrogate pair escape") << file(json("'\\ud83d\\ude00'")) << false;
        QTest::newRow("lone surrogate escape") << file(json("'\\udc00'")) << false;
        QTest::newRow("invalid utf-8") << file("\"\xc3\x28\"") << false;
        QTest::newRow("overlong utf-8") << file("\"\xc0\xaf\"") << false;
        QTest::newRow("raw control character") << file("\"a\x01z\"") << false;
        QTest::newRow("unknown escape") << file(json("'\\q'")) << false;
        QTest::newRow("short unicode escape") << file(json("'\\u12'")) << false;
        QTest::newRow("number as name") << file("42") << true;
        QTest::newRow("unknown root key") << file(json("'x'"), json(", 'extra': 1")) << false;
        QTest::newRow("duplicate root key") << file(json("'x'"), json(", 'schemaVersion': 1")) << false;
        QTest::newRow("trailing garbage") << file(json("'x'")) + "x" << false;
        QTest::newRow("trailing whitespace") << file(json("'x'")) + " \n\t\r" << true;
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf") + file(json("'x'")) << false;
        QTest::newRow("newer version") << file(json("'x'")).replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")
                                       << false;
        QTest::newRow("version written 1.0")
            << file(json("'x'")).replace("\"schemaVersion\": 1", "\"schemaVersion\": 1.0") << true;
        QTest::newRow("other format") << file(json("'x'")).replace("channel-console/", "other/") << false;
        QTest::newRow("truncated") << file(json("'x'")).left(150) << false;
        QTest::newRow("empty name") << file(json("'  '")) << false;
        QTest::newRow("local time") << file(json("'x'")).replace("10:00:00.000Z", "11:00:00.000+01:00") << true;
        QTest::newRow("date without ms") << file(json("'x'")).replace("10:00:00.000Z", "10:00:00Z") << true;
        QTest::newRow("impossible date") << file(json("'x'")).replace("2026-11-23T10:00:00", "2026-02-30T10:00:00")
                                         << false;
        QTest::newRow("midnight as 24:00") << file(json("'x'")).replace("10:00:00.000Z", "24:00:00.000Z") << true;

        // The entry with more members in its fields, or after its vendor.
        const auto withFields = [&file](const char *more) {
            return file(json("'x'")).replace(json("'region': 'eu'"), QByteArray(json(more) + json(", 'region': 'eu'")));
        };
        const auto withCheck = [&file](const char *check) {
            return file(json("'x'"))
                .replace(json("'vendor': 'sinch'"), QByteArray(json("'vendor': 'sinch', ") + json(check)));
        };
        QTest::newRow("numbers and literals")
            << withFields("'a': 0, 'b': -0, 'c': 12, 'd': -3.5, 'e': 1e3, 'f': 2E-2, 'g': true, 'h': false, 'i': null")
            << true;
        QTest::newRow("integer too large") << withFields("'big': 123456789012345678901234567890") << false;
        QTest::newRow("leading zero") << withFields("'n': 012") << false;
        QTest::newRow("nested value") << withFields("'later': {'a': [1, 2]}") << false;
        QTest::newRow("secret in the file") << withFields("'apiToken': 'x'") << false;
        QTest::newRow("last check")
            << withCheck("'lastCheck': {'state': 'ok', 'at': '2026-11-23T10:00:02.000Z', 'detail': 'HTTP 200'}")
            << true;
        QTest::newRow("last check, time first")
            << withCheck("'lastCheck': {'at': '2026-11-23T10:00:02.000Z', 'detail': 'HTTP 401', 'state': 'failing'}")
            << true;
        QTest::newRow("last check in local time")
            << withCheck("'lastCheck': {'state': 'ok', 'at': '2026-11-23T11:00:02+01:00', 'detail': 'HTTP 200'}")
            << true;
        QTest::newRow("vendor escaped")
            << file(json("'x'")).replace(json("'vendor': 'sinch'"), json("'vendor': 'sin\\u0063h'")) << true;
        QTest::newRow("unknown vendor")
            << file(json("'x'")).replace(json("'vendor': 'sinch'"), json("'vendor': 'acme'")) << false;
        const auto withId = [&file](const char *id) {
            return file(json("'x'")).replace("0b5c8d6e-2f4a-4b7e-9c1d-3e5f7a9b1c2d", id);
        };
        QTest::newRow("id in capitals") << withId("0B5C8D6E-2F4A-4B7E-9C1D-3E5F7A9B1C2D") << true;
        QTest::newRow("id in braces") << withId("{0b5c8d6e-2f4a-4b7e-9c1d-3e5f7a9b1c2d}") << true;
        QTest::newRow("id of zeros") << withId("00000000-0000-0000-0000-000000000000") << false;
        QTest::newRow("id with a hyphen moved") << withId("0b5c8d6e2-f4a-4b7e-9c1d-3e5f7a9b1c2d") << false;
        QTest::newRow("id not hex") << withId("0b5c8d6e-2f4a-4b7e-9c1d-3e5f7a9b1c2g") << false;
        QTest::newRow("id too short") << withId("0b5c8d6e-2f4a-4b7e-9c1d-3e5f7a9b1c2") << false;
        QTest::newRow("unknown check state")
            << withCheck("'lastCheck': {'state': 'later', 'at': '2026-11-23T10:00:02.000Z', 'detail': 'x'}") << true;
    }

    void agreesWithQJsonDocument()
    {
        QFETCH(QByteArray, file);
        QFETCH(bool, direct);
        QVector<Credential> fast, slow;
        const bool took = CredentialFileCodec::read(file, kFormat, 1, &fast);
        const auto reference = CredentialStore::parseDocument(file, QStringLiteral("f"), &slow);
        QCOMPARE(took, direct);
        if (took) {
            QVERIFY2(reference.ok(), qPrintable(reference.message));
            QString why;
            QVERIFY2(sameCredentials(fast, slow, &why), qPrintable(why));
        }
        // Whoever reads it, the store's answer is the reference's.
        QVector<Credential> viaStore;
        QCOMPARE(CredentialStore::parse(file, QStringLiteral("f"), &viaStore).status, reference.status);

        // The first pass (the list at start-up) and its entries read one by one come to the same:
        // read() takes the file exactly when index() does and every entry reads.
        CredentialFileIndex index;
        const bool indexed = CredentialFileCodec::index(file, kFormat, 1, &index);
        QVERIFY(indexed || !took);
        QCOMPARE(index.entries.size(), index.names.size());
        QCOMPARE(index.parts.size(), index.entries.size());
        QVector<Credential> oneByOne;
        for (qsizetype i = 0; i < index.entries.size(); ++i) {
            Credential c;
            if (!CredentialFileCodec::readEntry(index.entries.at(i), &c))
                continue;
            oneByOne << c;
            // What a list left sorted by a date or a vendor sorts on, without reading the entry.
            QCOMPARE(CredentialFileCodec::sortKeys(index.entries.at(i), index.parts.at(i)), CredentialSortKeys::of(c));
        }
        QCOMPARE(indexed && oneByOne.size() == index.entries.size(), took);
        if (took) {
            QCOMPARE(oneByOne, fast);
            for (qsizetype i = 0; i < fast.size(); ++i)
                QCOMPARE(index.names.at(i), fast.at(i).name());
        }
    }

    // A time's sort key is its time in ms since the epoch, read without a QDateTime in the file's own
    // form: every day of three centuries at a time of day that moves with it, and the edges.
    void aTimesSortKeyIsItsTimeInMs()
    {
        const QDateTime first(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
        for (int day = 0; day < 3 * 36525; ++day) {
            const QDateTime time = first.addDays(day).addMSecs(qint64(day) * 7919 % (24 * 3600 * 1000));
            QByteArray text;
            appendTimestamp(text, time);
            const QLatin1StringView view(text.constData(), text.size());
            if (timestampKey(view) != time.toMSecsSinceEpoch())
                QFAIL(text.constData());
        }
        for (const char *text : {"0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "2024-02-29T12:00:00.000Z",
                                 "2023-02-29T12:00:00.000Z", "2026-11-23T24:00:00.000Z", "2026-11-23T23:60:00.000Z",
                                 "2026-13-01T00:00:00.000Z", "0000-01-01T00:00:00.000Z", "2026-11-23T11:00:00+01:00",
                                 "2026-11-23T10:00:00Z", "2026-11-23T10:00:00.000", "not a time", ""}) {
            const QLatin1StringView view(text);
            QCOMPARE(timestampKey(view), CredentialSortKeys::timeKey(parseTimestamp(view)));
        }
        QCOMPARE(timestampKey(QLatin1StringView("not a time")), CredentialSortKeys::kNever);
    }

    // 1,000 entries as write() lays them out: the index finds each one whole, with its name and where
    // its sort keys lie.
    void indexesWhatItWrites()
    {
        QVector<Credential> list;
        for (int i = 0; i < 1000; ++i) {
            Credential c = cctest::fakeCredential(Vendor(i % 3), QStringLiteral("Entr\u00e9e \"%1\" \u2014 %1").arg(i));
            c.modified = c.created.addSecs(i);
            if (i % 4 > 1) // checked: passed or failed
                c.lastCheck = {CheckStatus::State(i % 4 - 1), c.modified.addMSecs(i), QStringLiteral("HTTP 200")};
            list << c;
        }
        const QByteArray file = CredentialFileCodec::write(list, kFormat, 1);
        CredentialFileIndex index;
        QVERIFY(CredentialFileCodec::index(file, kFormat, 1, &index));
        QCOMPARE(index.entries.size(), list.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            QCOMPARE(index.names.at(i), list.at(i).name());
            QVERIFY(index.entries.at(i).startsWith('{') && index.entries.at(i).endsWith('}'));
            Credential c;
            QVERIFY(CredentialFileCodec::readEntry(index.entries.at(i), &c));
            QCOMPARE(c, list.at(i));
            QCOMPARE(CredentialFileCodec::sortKeys(index.entries.at(i), index.parts.at(i)),
                     CredentialSortKeys::of(list.at(i)));
        }
        // What is not a single entry is not read as one.
        Credential c;
        QVERIFY(!CredentialFileCodec::readEntry(QByteArrayView(index.entries.at(0)).chopped(1), &c));
        const QByteArrayView two(index.entries.at(0).data(), index.entries.at(1).end() - index.entries.at(0).data());
        QVERIFY(!CredentialFileCodec::readEntry(two, &c));
    }
};

QTEST_GUILESS_MAIN(TestCredentialFileCodec)
#include "tst_credentialfilecodec.moc"
