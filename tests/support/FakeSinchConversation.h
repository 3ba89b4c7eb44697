#pragma once

// Sinch's Conversation API for one project and one app, kept in memory behind a FakeVendorServer:
// what the console's channel set-up and MMS test sends meet, with the rules Sinch documents, so that
// the console cannot drift from them unnoticed. For tests only.
//
//   cctest::FakeSinchConversation sinch(&server, QStringLiteral("fake-project-0001"), QStringLiteral("FAKEAPP0001"));
//   ... point a Sinch MMS credential's endpoint at server.url(), run the set-up ...
//   QCOMPARE(sinch.webhooks().size(), 1);
//
// - GET  /v1/projects/{p}/apps/{a}: the app and its channel credentials; an SMS channel put there
//   reports the state ACTIVE (Sinch validates it; here it always passes).
// - PATCH /v1/projects/{p}/apps/{a}?update_mask=channel_credentials: replaces the whole list (as the
//   mask says); without the mask, 400.
// - GET  /v1/projects/{p}/apps/{a}/webhooks: {"webhooks": [...]}, or {} when there is none (an empty
//   list is left out of Sinch's JSON).
// - POST /v1/projects/{p}/webhooks: needs this app's app_id, a target and known triggers; a webhook
//   past Sinch's limit of kWebhookLimit per app ("up to 5 endpoints (webhooks) per Conversation API
//   app", Sinch's Conversation API callbacks page) is refused with 400. Sinch documents the limit,
//   not the wording of that refusal: the words here are ours.
// - POST /v1/projects/{p}/messages:send: on the MMS channel, channel_properties.MMS_SENDER is
//   required unless the app's MMS credentials have a default_sender (Sinch's MMS channel
//   properties); SMS_SENDER is not an MMS property.
// Errors have Sinch's shape: {"error": {"code", "message", "status"}}.

#include "FakeVendorServer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cctest {

class FakeSinchConversation
{
public:
    static constexpr int kWebhookLimit = 5;

    // Installs its routes on the server, which must outlive this object's use.
    FakeSinchConversation(FakeVendorServer *server, const QString &projectId, const QString &appId);

    // The app's channel credentials as Sinch keeps them: at first a WhatsApp channel and an MMS
    // channel (without a default sender), no SMS channel.
    QJsonArray channelCredentials;
    // Answers GET with every other channel's secrets masked ("********"), as an API that hides them would.
    bool maskSecretsOnRead = false;
    // Answers PATCH with success but keeps the app as it was (its SMS channel never appears).
    bool ignoreUpdates = false;
    // The MMS channel's default_sender; empty: a send without MMS_SENDER is refused.
    QString mmsDefaultSender;

    // The app's webhooks, each with its id.
    QJsonArray webhooks() const { return m_webhooks; }
    void addWebhook(const QString &target, const QStringList &triggers);
    // The body of the last send Sinch accepted.
    QJsonObject lastSend() const { return m_lastSend; }
    // Its channel_properties.MMS_SENDER; empty when it had none.
    QString lastMmsSender() const
    {
        return m_lastSend.value(QStringLiteral("channel_properties"))
            .toObject()
            .value(QStringLiteral("MMS_SENDER"))
            .toString();
    }

private:
    QString projectPath() const;
    QJsonObject app(bool forRead) const;
    FakeResponse readApp() const;
    FakeResponse updateApp(const RecordedRequest &request);
    FakeResponse listWebhooks() const;
    FakeResponse createWebhook(const RecordedRequest &request);
    FakeResponse sendMessage(const RecordedRequest &request);

    QString m_projectId;
    QString m_appId;
    QJsonArray m_webhooks;
    int m_nextWebhook = 1;
    QJsonObject m_lastSend;
};

} // namespace cctest
