#pragma once

// Obviously fake vendor accounts, and every request the vendor builders make, for the request,
// spec-conformance and operation tests. No real account, token or phone number.

#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchRcs.h"
#include "vendors/SinchSms.h"
#include "vendors/Twilio.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

namespace cctest {

inline const QString kFakeSmsToken = QStringLiteral("FAKE-TOKEN-0001");
inline const QString kFakeConvToken = QStringLiteral("RkFLRS1LRVk6RkFLRS1TRUNSRVQ="); // "FAKE-KEY:FAKE-SECRET"
inline const QString kFakeSmsApiToken = QStringLiteral("FAKE-SMS-TOKEN-0002");
inline const QString kFakeInfobipKey = QStringLiteral("FAKE-INFOBIP-KEY-0003");
inline const QString kFakeTwilioToken = QStringLiteral("fake-token-twilio-0005");
inline const QString kFakeAccountSid = QStringLiteral("ACfa4e0000000000000000000000000001");
inline const QString kFakeServiceSid = QStringLiteral("MGfa4e0000000000000000000000000001");
inline const QString kFakeMessageSid = QStringLiteral("SMfa4e0000000000000000000000000001");
inline const QString kFakeWhatsAppToken = QStringLiteral("FAKE-WHATSAPP-TOKEN-0004");
inline const QString kUkNumber = QStringLiteral("+447700900123");
inline const QString kUsNumber = QStringLiteral("+12025550143");

inline cc::sinchsms::Account fakeSinchSms(const QString &endpoint = QString(),
                                          const QString &region = QStringLiteral("eu"))
{
    return {QStringLiteral("fake-service-0001"), kFakeSmsToken, region, endpoint};
}

inline cc::sinchmms::Account fakeSinchMms(const QString &endpoint = QString(),
                                          const QString &region = QStringLiteral("us"))
{
    cc::sinchmms::Account a;
    a.projectId = QStringLiteral("fake-project-0001");
    a.appId = QStringLiteral("FAKEAPP0001");
    a.apiToken = kFakeConvToken;
    a.servicePlanId = QStringLiteral("fake-plan-0001");
    a.smsApiToken = kFakeSmsApiToken;
    a.region = region;
    a.endpoint = endpoint;
    a.tokenUrl = QUrl(cc::sinchmms::kSinchTokenUrl);
    return a;
}

inline cc::infobip::Account fakeInfobip(const QString &baseUrl = QStringLiteral("https://fake.api.infobip.example"))
{
    cc::infobip::Account a;
    a.baseUrl = baseUrl;
    a.apiKey = kFakeInfobipKey;
    a.validityHours = 48;
    a.callbackData = QStringLiteral("console-test");
    a.principalEntityId = QStringLiteral("FAKE-PE-0001");
    a.contentTemplateId = QStringLiteral("FAKE-TPL-0001");
    return a;
}

inline cc::twilio::Account fakeTwilio(const QString &endpoint = QString(), const QString &edge = QString())
{
    return {kFakeAccountSid, kFakeTwilioToken, kFakeServiceSid, edge, endpoint};
}

// An app's channel credentials as GET returns them: WhatsApp first, an old SMS one, then MMS.
inline QJsonArray fakeChannelCredentials()
{
    const auto o = [](std::initializer_list<QPair<QString, QJsonValue>> l) {
        QJsonObject out;
        for (const auto &p : l)
            out.insert(p.first, p.second);
        return out;
    };
    return QJsonArray{
        o({{QStringLiteral("channel"), QStringLiteral("WHATSAPP")},
           {QStringLiteral("static_bearer"), o({{QStringLiteral("claimed_identity"), QStringLiteral("fake-wa-0001")},
                                                {QStringLiteral("token"), kFakeWhatsAppToken}})},
           {QStringLiteral("state"), o({{QStringLiteral("status"), QStringLiteral("ACTIVE")}})}}),
        o({{QStringLiteral("channel"), QStringLiteral("SMS")},
           {QStringLiteral("static_bearer"), o({{QStringLiteral("claimed_identity"), QStringLiteral("old-plan-0009")},
                                                {QStringLiteral("token"), QStringLiteral("OLD-FAKE-TOKEN-0009")}})},
           {QStringLiteral("state"), o({{QStringLiteral("status"), QStringLiteral("FAILING")},
                                        {QStringLiteral("description"), QStringLiteral("Invalid token")}})}}),
        o({{QStringLiteral("channel"), QStringLiteral("MMS")},
           {QStringLiteral("mms_credentials"),
            o({{QStringLiteral("account_id"), QStringLiteral("fake-mms-0001")},
               {QStringLiteral("api_key"), QStringLiteral("FAKE-MMS-KEY-0005")},
               {QStringLiteral("basic_auth"),
                o({{QStringLiteral("username"), QStringLiteral("fake-user")},
                   {QStringLiteral("password"), QStringLiteral("FAKE-PASSWORD-0006")}})}})},
           {QStringLiteral("channel_known_id"), QStringLiteral("known-0001")}}),
    };
}

struct NamedRequest
{
    QString vendor; // "sinch-sms", "sinch-conversation", "infobip", "twilio"
    QString name;
    cc::HttpRequest request;
};

// One of each request the builders make, with typical inputs.
inline QVector<NamedRequest> everyVendorRequest()
{
    using namespace cc;
    const sinchsms::Account sms = fakeSinchSms();
    const sinchmms::Account mms = fakeSinchMms();
    const infobip::Account ib = fakeInfobip();
    infobip::Account ibBare = ib;
    ibBare.validityHours = 0;
    ibBare.callbackData.clear();
    ibBare.principalEntityId.clear();
    ibBare.contentTemplateId.clear();
    const QUrl media(QStringLiteral("https://media.example.com/fake-image.png"));
    const QString sinchSms = QStringLiteral("sinch-sms");
    const QString conv = QStringLiteral("sinch-conversation");
    const QString infobipName = QStringLiteral("infobip");
    const twilio::Account tw = fakeTwilio();
    const QString twilioName = QStringLiteral("twilio");
    return {
        {sinchSms, QStringLiteral("sinch sms check"), sinchsms::checkRequest(sms)},
        {sinchSms, QStringLiteral("sinch sms send"),
         sinchsms::sendTextRequest(sms, kUsNumber, {kUkNumber}, QStringLiteral("Test from Channel Console"))},
        {sinchSms, QStringLiteral("sinch sms send without sender"),
         sinchsms::sendTextRequest(sms, QString(), {kUkNumber, kUsNumber}, QStringLiteral("Hello"))},
        {sinchSms, QStringLiteral("sinch sms delivery report"),
         sinchsms::deliveryReportRequest(sms, QStringLiteral("01FAKEBATCH0000000000000001"))},
        {conv, QStringLiteral("conversation get app"), sinchmms::getAppRequest(mms)},
        {conv, QStringLiteral("conversation send media"), sinchmms::sendMmsRequest(mms, kUsNumber, media, QString())},
        {conv, QStringLiteral("conversation send media with text"),
         sinchmms::sendMmsRequest(mms, kUsNumber, media, QStringLiteral("Look at this"))},
        {conv, QStringLiteral("conversation patch sms channel"),
         sinchmms::updateSmsChannelRequest(mms, fakeChannelCredentials())},
        {conv, QStringLiteral("conversation patch sms channel on empty app"),
         sinchmms::updateSmsChannelRequest(mms, QJsonArray())},
        {conv, QStringLiteral("conversation send media from a sender"),
         sinchmms::sendMmsRequest(mms, kUsNumber, media, QString(), QStringLiteral("+12025550100"))},
        {conv, QStringLiteral("conversation create webhook"),
         sinchmms::createWebhookRequest(mms, QUrl(QStringLiteral("https://hooks.example.com/inbound")))},
        {conv, QStringLiteral("conversation list webhooks"), sinchmms::listWebhooksRequest(mms)},
        {conv, QStringLiteral("conversation send rcs text"),
         sinchrcs::sendRcsRequest(mms, kUsNumber, QStringLiteral("Test from Channel Console"))},
        {conv, QStringLiteral("conversation send rcs rich card"),
         sinchrcs::sendRcsRequest(mms, kUsNumber, QStringLiteral("Look at this"), media)},
        {infobipName, QStringLiteral("infobip check"), infobip::checkRequest(ib)},
        {infobipName, QStringLiteral("infobip send"),
         infobip::sendTextRequest(ib, QStringLiteral("FakeSender"), kUkNumber, QStringLiteral("Test"))},
        {infobipName, QStringLiteral("infobip send bare"),
         infobip::sendTextRequest(ibBare, QString(), kUkNumber, QStringLiteral("Test"))},
        {infobipName, QStringLiteral("infobip message log"),
         infobip::messageLogRequest(ib, QStringLiteral("fake-message-0001"))},
        {twilioName, QStringLiteral("twilio check"), twilio::checkRequest(tw)},
        {twilioName, QStringLiteral("twilio send from the messaging service"),
         twilio::sendRequest(tw, QString(), kUsNumber, QStringLiteral("Test from Channel Console"))},
        {twilioName, QStringLiteral("twilio send from a number"),
         twilio::sendRequest(tw, QStringLiteral("+15550100001"), kUkNumber, QStringLiteral("Hello & goodbye = 100%"))},
        {twilioName, QStringLiteral("twilio send mms"),
         twilio::sendRequest(tw, QString(), kUsNumber, QString(), media)},
        {twilioName, QStringLiteral("twilio send mms with text"),
         twilio::sendRequest(tw, QString(), kUsNumber, QStringLiteral("Look at this"), media)},
        {twilioName, QStringLiteral("twilio message status"), twilio::messageRequest(tw, kFakeMessageSid)},
    };
}

} // namespace cctest
