#include "FakeVendorServer.h"
#include "TestSupport.h"
#include "VendorFixtures.h"
#include "net/HttpClient.h"
#include "services/RegionProbe.h"
#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

#include <QNetworkAccessManager>

#include <QtTest/QtTest>
#include <memory>

using namespace cc;
using cctest::FakeResponse;
using cctest::FakeVendorServer;

// "Which region is this account in?": read-only probes against every region at once, told apart by
// how each region answers, against a fake server that serves each region under its own path
// (the endpoint's {region}).
class TestRegionProbe : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeVendorServer> m_fake;
    QNetworkAccessManager m_manager;
    HttpClient m_client{&m_manager};
    VendorOperations m_ops{&m_client};

    Credential sinchSms(const QString &endpoint) const
    {
        Credential c = cctest::fakeCredential(sinchsms::vendor(), QStringLiteral("Probe"));
        c.values.insert(QStringLiteral("region"), QStringLiteral("us"));
        c.values.insert(QStringLiteral("endpoint"), endpoint);
        return c;
    }
    QString perRegion() const { return m_fake->url().toString() + QStringLiteral("/{region}"); }
    static QString batches(const char *region)
    {
        return QStringLiteral("/%1/xms/v1/fake-service-0001/batches").arg(QLatin1String(region));
    }

    // Runs the probes and waits for the last outcome.
    QVector<RegionProbe::Outcome> probe(RegionProbe *p, const Credential &c, const Secrets &secrets)
    {
        QSignalSpy finished(p, &RegionProbe::finished);
        p->start(c, secrets);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000); }();
        return p->outcomes();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_client.setTransferTimeout(1500); // a region that never answers is "unreachable" after this
    }
    void init()
    {
        m_fake = std::make_unique<FakeVendorServer>(); // a fresh script for each test
        QVERIFY(m_fake->isListening());
    }

    void everyRegionAnswersInItsOwnWay()
    {
        const QByteArray ok = R"({"batches":[],"page":0,"page_size":1,"count":0})";
        m_fake->setResponse(
            "GET", batches("us"),
            FakeResponse::json(401, R"({"code":"unauthorized","text":"Invalid credentials"})").withDelay(300));
        m_fake->setResponse("GET", batches("eu"), FakeResponse::json(200, ok).withDelay(300));
        m_fake->setResponse("GET", batches("au"), FakeResponse::json(404, "").withDelay(300));
        m_fake->setResponse("GET", batches("br"), FakeResponse::hang());
        m_fake->setResponse("GET", batches("ca"), FakeResponse::reset().withDelay(300));

        RegionProbe p(&m_ops);
        const QVector<RegionProbe::Outcome> out =
            probe(&p, sinchSms(perRegion()), {{QStringLiteral("apiToken"), cctest::kFakeSmsToken}});

        using Kind = RegionProbe::Outcome::Kind;
        QCOMPARE(out.size(), 5);
        const QStringList regions{QStringLiteral("us"), QStringLiteral("eu"), QStringLiteral("au"),
                                  QStringLiteral("br"), QStringLiteral("ca")};
        const QVector<Kind> kinds{Kind::Rejected, Kind::Accepted, Kind::NotFound, Kind::Unreachable, Kind::Unreachable};
        for (int i = 0; i < out.size(); ++i) {
            QCOMPARE(out.at(i).region, regions.at(i));
            QVERIFY2(out.at(i).kind == kinds.at(i),
                     qPrintable(out.at(i).region + QLatin1Char(' ') + RegionProbe::kindName(out.at(i).kind)));
            QVERIFY(!out.at(i).summary.isEmpty());
        }
        QCOMPARE(out.at(0).httpStatus, 401);
        QCOMPARE(out.at(1).httpStatus, 200);
        QCOMPARE(out.at(2).httpStatus, 404);
        QCOMPARE(p.acceptedRegion(), QStringLiteral("eu"));
        // All at once: the five were in flight together (each answers after a while, br never).
        QCOMPARE(m_fake->maxInFlight(), 5);
        // It never sends a message: reads only.
        for (const cctest::RecordedRequest &r : m_fake->requests())
            QCOMPARE(r.method, QByteArray("GET"));
    }

    void conversationRegionsToo()
    {
        const QString app = QStringLiteral("/v1/projects/fake-project-0001/apps/FAKEAPP0001");
        m_fake->setResponse("GET", QStringLiteral("/us") + app,
                            FakeResponse::json(404, R"({"error":{"code":404,"message":"App not found"}})"));
        m_fake->setResponse("GET", QStringLiteral("/eu") + app,
                            FakeResponse::json(200, R"({"id":"FAKEAPP0001","channel_credentials":[]})"));
        m_fake->setResponse("GET", QStringLiteral("/br") + app,
                            FakeResponse::json(401, R"({"error":{"code":401,"message":"Bad key"}})"));
        Credential c = cctest::fakeCredential(sinchmms::vendor(), QStringLiteral("MMS"));
        c.values.insert(QStringLiteral("endpoint"), perRegion());
        RegionProbe p(&m_ops);
        const auto out = probe(&p, c,
                               {{QStringLiteral("apiToken"), cctest::kFakeConvToken},
                                {QStringLiteral("smsApiToken"), cctest::kFakeSmsApiToken}});
        QCOMPARE(out.size(), 3);
        QCOMPARE(RegionProbe::kindName(out.at(0).kind), QStringLiteral("not-found"));
        QCOMPARE(RegionProbe::kindName(out.at(1).kind), QStringLiteral("accepted"));
        QCOMPARE(RegionProbe::kindName(out.at(2).kind), QStringLiteral("rejected"));
        QCOMPARE(p.acceptedRegion(), QStringLiteral("eu"));
    }

    void noneOrSeveralAcceptedIsNoAnswer()
    {
        const QByteArray ok = R"({"batches":[],"page":0,"page_size":1,"count":0})";
        m_fake->setDefaultResponse(FakeResponse::json(200, ok));
        RegionProbe p(&m_ops);
        probe(&p, sinchSms(perRegion()), {{QStringLiteral("apiToken"), cctest::kFakeSmsToken}});
        QVERIFY(p.acceptedRegion().isEmpty()); // five accepted: which one is the account's?

        m_fake->setDefaultResponse(FakeResponse::json(401, R"({"code":"unauthorized","text":"no"})"));
        probe(&p, sinchSms(perRegion()), {{QStringLiteral("apiToken"), cctest::kFakeSmsToken}});
        QVERIFY(p.acceptedRegion().isEmpty());
    }

    void aRegionThatEchoesTheTokenLeavesNoTrace()
    {
        const QString token = QStringLiteral("FAKE-ECHOED-TOKEN-0042");
        m_fake->setDefaultResponse(FakeResponse::echoing(401, R"({"code":"unauthorized","text":"bad {{echo}}"})"));
        RegionProbe p(&m_ops);
        const auto out = probe(&p, sinchSms(perRegion()), {{QStringLiteral("apiToken"), token}});
        for (const RegionProbe::Outcome &o : out)
            QVERIFY2(!o.summary.contains(token), qPrintable(o.summary));
    }

    void whatCannotBeProbedIsSaid()
    {
        const Credential infobip = cctest::fakeCredential(infobip::vendor(), QStringLiteral("IB"));
        QVERIFY(RegionProbe::problem(infobip).contains(QStringLiteral("Infobip")));
        // One address for every region would answer five times the same.
        const QString problem = RegionProbe::problem(sinchSms(m_fake->url().toString()));
        QVERIFY2(problem.contains(QStringLiteral("{region}")), qPrintable(problem));
        QVERIFY(RegionProbe::problem(sinchSms(perRegion())).isEmpty());
        QVERIFY(RegionProbe::problem(sinchSms(QString())).isEmpty()); // Sinch's own hosts
    }

    void cancelStopsEveryProbe()
    {
        m_fake->setDefaultResponse(FakeResponse::hang());
        RegionProbe p(&m_ops);
        QSignalSpy finished(&p, &RegionProbe::finished);
        p.start(sinchSms(perRegion()), {{QStringLiteral("apiToken"), cctest::kFakeSmsToken}});
        QTRY_COMPARE(m_fake->requestCount(), 5);
        p.cancel();
        QTRY_COMPARE(finished.size(), 1);
        for (const RegionProbe::Outcome &o : p.outcomes())
            QCOMPARE(RegionProbe::kindName(o.kind), QStringLiteral("unreachable"));
    }
};

QTEST_MAIN(TestRegionProbe)
#include "tst_regionprobe.moc"
