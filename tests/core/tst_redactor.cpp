#include "net/HttpTypes.h"
#include "net/Redactor.h"

#include <QtTest/QtTest>

using namespace cc;

// The one redaction step: each form a secret can take in an answer, with data rows.
class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redact_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("textOnly"); // the rule for unlisted Authorization values reads texts, not bodies

        const QString m = Redactor::mask();
        const QStringList token{QStringLiteral("FAKE-TOKEN-0001")};
        const QStringList key{QStringLiteral("FAKE/KEY+0003")};
        const QStringList unicode{QStringLiteral("clé/FAKE?>>")};
        const QByteArray basic("Basic ZmFrZS11c2VyOkZBS0UvUFctMDAwNA=="); // fake-user:FAKE/PW-0004
        const auto row = [](const char *name, const QString &text, const QStringList &secrets,
                            const QByteArray &authorization, const QString &expected, bool textOnly = false) {
            QTest::newRow(name) << text << secrets << authorization << expected << textOnly;
        };

        row("raw", QStringLiteral("token FAKE-TOKEN-0001 used"), token, {}, QStringLiteral("token %1 used").arg(m));
        row("twice", QStringLiteral("FAKE-TOKEN-0001/FAKE-TOKEN-0001"), token, {}, QStringLiteral("%1/%1").arg(m));
        row("base64", QStringLiteral("x RkFLRS1UT0tFTi0wMDAx y"), token, {}, QStringLiteral("x %1 y").arg(m));
        row("base64 padded", QStringLiteral("x RkFLRS9LRVkrMDAwMw== y"), key, {}, QStringLiteral("x %1 y").arg(m));
        row("base64 unpadded", QStringLiteral("x RkFLRS9LRVkrMDAwMw y"), key, {}, QStringLiteral("x %1 y").arg(m));
        row("base64 standard", QStringLiteral("x Y2zDqS9GQUtFPz4+ y"), unicode, {}, QStringLiteral("x %1 y").arg(m));
        row("base64 url-safe", QStringLiteral("x Y2zDqS9GQUtFPz4- y"), unicode, {}, QStringLiteral("x %1 y").arg(m));
        row("percent-encoded", QStringLiteral("?k=FAKE%2FKEY%2B0003&x=1"), key, {}, QStringLiteral("?k=%1&x=1").arg(m));
        row("percent-encoded, lower-case hex", QStringLiteral("?k=FAKE%2fKEY%2b0003"), key, {},
            QStringLiteral("?k=%1").arg(m));
        row("percent-encoded unicode", QStringLiteral("cl%C3%A9%2FFAKE%3F%3E%3E"), unicode, {}, m);
        row("form-encoded space", QStringLiteral("p=FAKE+PW+05&q=1"), {QStringLiteral("FAKE PW 05")}, {},
            QStringLiteral("p=%1&q=1").arg(m));
        row("json, escaped slash", QStringLiteral(R"({"key":"FAKE\/KEY+0003"})"), key, {},
            QStringLiteral(R"({"key":"%1"})").arg(m));
        row("json, odd \\u escapes are left to the parsed text", QStringLiteral(R"("cl\u00e9\/FAKE?\u003e>")"), unicode,
            {}, QStringLiteral(R"("cl\u00e9\/FAKE?\u003e>")"));
        row("json, ascii-only", QStringLiteral(R"("cl\u00e9\/FAKE?>>")"), unicode, {}, QStringLiteral("\"%1\"").arg(m));
        row("json, ascii-only upper-case hex", QStringLiteral(R"("cl\u00E9/FAKE?>>")"), unicode, {},
            QStringLiteral("\"%1\"").arg(m));
        row("json, quotes and backslash", QStringLiteral("k=FAKE\\\"Q\\\\0007"), {QStringLiteral("FAKE\"Q\\0007")}, {},
            QStringLiteral("k=%1").arg(m));
        row("bearer value whole", QStringLiteral("Authorization: Bearer FAKE-TOKEN-0001"), {}, "Bearer FAKE-TOKEN-0001",
            QStringLiteral("Authorization: %1").arg(m));
        row("bearer token alone", QStringLiteral("bad token FAKE-TOKEN-0001."), {}, "Bearer FAKE-TOKEN-0001",
            QStringLiteral("bad token %1.").arg(m));
        row("app value whole", QStringLiteral("echo App FAKE-INFOBIP-KEY-0003!"), {}, "App FAKE-INFOBIP-KEY-0003",
            QStringLiteral("echo %1!").arg(m));
        row("basic value whole", QStringLiteral("got Basic ZmFrZS11c2VyOkZBS0UvUFctMDAwNA== here"), {}, basic,
            QStringLiteral("got %1 here").arg(m));
        row("basic credentials", QStringLiteral("ZmFrZS11c2VyOkZBS0UvUFctMDAwNA"), {}, basic, m);
        row("basic decoded pair", QStringLiteral("you sent fake-user:FAKE/PW-0004"), {}, basic,
            QStringLiteral("you sent %1").arg(m));
        row("basic password", QStringLiteral("password FAKE/PW-0004 is wrong"), {}, basic,
            QStringLiteral("password %1 is wrong").arg(m));
        row("basic password, base64", QStringLiteral("RkFLRS9QVy0wMDA0"), {}, basic, m);
        row("basic password, json", QStringLiteral(R"("FAKE\/PW-0004")"), {}, basic, QStringLiteral("\"%1\"").arg(m));
        row("basic user", QStringLiteral("user fake-user unknown"), {}, basic,
            QStringLiteral("user %1 unknown").arg(m));
        row("basic that is no pair", QStringLiteral("not base64 at all"), {}, "Basic !!!",
            QStringLiteral("not base64 at all"));
        row("unlisted value after Authorization", QStringLiteral("authorization: bearer abc.def-ghi"), {}, {},
            QStringLiteral("authorization: %1").arg(m), true);
        row("unlisted value in json", QStringLiteral(R"({"Authorization":"App other-key-0009"})"), {}, {},
            QStringLiteral(R"({"Authorization":"%1"})").arg(m), true);
        row("words stay", QStringLiteral("Basic authentication failed for this app"), {}, {},
            QStringLiteral("Basic authentication failed for this app"));
        row("overlapping secrets", QStringLiteral("<ABCDEFGHI>"), {QStringLiteral("ABCDEF"), QStringLiteral("DEFGHI")},
            {}, QStringLiteral("<%1>").arg(m));
        row("nested secrets", QStringLiteral("ABC-LONGER ABC"), {QStringLiteral("ABC"), QStringLiteral("ABC-LONGER")},
            {}, QStringLiteral("%1 %1").arg(m));
        row("empty secret masks nothing", QStringLiteral("nothing here"), {QString()}, {},
            QStringLiteral("nothing here"));
        row("blank secret masks nothing", QStringLiteral("nothing here"), {QStringLiteral("  ")}, {},
            QStringLiteral("nothing here"));
        row("empty authorization masks nothing", QStringLiteral("nothing here"), {}, "Bearer ",
            QStringLiteral("nothing here"));
        row("no secrets", QStringLiteral("GET https://x/y -> 200"), {}, {}, QStringLiteral("GET https://x/y -> 200"));
        row("short secret", QStringLiteral("key x7 rejected"), {QStringLiteral("x7")}, {},
            QStringLiteral("key %1 rejected").arg(m));
        row("one-character secret", QStringLiteral("a-b-c"), {QStringLiteral("b")}, {},
            QStringLiteral("a-%1-c").arg(m));
        row("unicode secret", QStringLiteral("pw=clé/FAKE?>>"), unicode, {}, QStringLiteral("pw=%1").arg(m));
        // A vendor that echoes a secret in another letter case.
        row("upper-cased", QStringLiteral("upper=[BEARER FAKE-TOKEN-ABC]"), {QStringLiteral("fake-token-abc")}, {},
            QStringLiteral("upper=[BEARER %1]").arg(m));
        row("lower-cased Base64", QStringLiteral("x rkflrs1ut0tfti0wmdax y"), token, {},
            QStringLiteral("x %1 y").arg(m));
        row("upper-cased Authorization", QStringLiteral("echo: BASIC ZMFRZS11C2VYOKZBS0UVUFCTMDAWNA== end"), {}, basic,
            QStringLiteral("echo: %1 end").arg(m));
    }

    void redact()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, secrets);
        QFETCH(QByteArray, authorization);
        QFETCH(QString, expected);
        QFETCH(bool, textOnly);
        Redactor r(secrets);
        if (!authorization.isEmpty())
            r.addAuthorization(authorization);
        QCOMPARE(r.redact(text), expected);
        // Bodies and header values are redacted as bytes, with the same forms.
        if (!textOnly)
            QCOMPARE(r.redact(text.toUtf8()), expected.toUtf8());
    }

    void theMaskIsFourBullets() { QCOMPARE(Redactor::mask(), QString(4, QChar(0x2022))); }

    void aRequestKnowsItsSecrets()
    {
        HttpRequest request;
        request.headers = {{"Authorization", "Bearer FAKE-TOKEN-0001"}};
        request.secrets = {QStringLiteral("FAKE-OTHER-0002")};
        const QString out = request.redactor().redact(QStringLiteral("FAKE-TOKEN-0001 FAKE-OTHER-0002 ok"));
        QCOMPARE(out, QStringLiteral("%1 %1 ok").arg(Redactor::mask()));
    }

    // A task that sends several requests adds each one's secrets to what it knows.
    void requestsAddUp()
    {
        Redactor r;
        QVERIFY(r.isEmpty());
        HttpRequest first;
        first.secrets = {QStringLiteral("FAKE-A-0001")};
        HttpRequest second;
        second.headers = {{"Authorization", "App FAKE-B-0002"}};
        first.addSecretsTo(&r);
        second.addSecretsTo(&r);
        second.addSecretsTo(&r); // twice changes nothing
        QVERIFY(!r.isEmpty());
        QCOMPARE(r.redact(QStringLiteral("FAKE-A-0001 FAKE-B-0002")), QStringLiteral("%1 %1").arg(Redactor::mask()));
    }

    void aLargeBodyIsRedactedWhole()
    {
        QByteArray body(1024 * 1024, 'x');
        body.replace(1000, 15, "FAKE-TOKEN-0001");
        body.append("FAKE-TOKEN-0001");
        const QByteArray out = Redactor({QStringLiteral("FAKE-TOKEN-0001")}).redact(body);
        QVERIFY(!out.contains("FAKE-TOKEN-0001"));
        QCOMPARE(out.count(Redactor::mask().toUtf8()), 2);
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
