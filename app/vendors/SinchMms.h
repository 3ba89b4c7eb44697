#pragma once

#include "credentials/Credential.h"
#include "credentials/FieldSchema.h"
#include "net/HttpTypes.h"

#include <QHash>
#include <QJsonArray>

// Sinch MMS, sent through the Sinch Conversation API; the SMS channel of the Conversation app
// uses the service plan ID and SMS API token.
namespace cc::sinchmms {

VendorSchema schema();

struct Account
{
    QString projectId;
    QString appId;
    QString apiToken; // Base64 of "keyId:keySecret", sent as Basic
    QString servicePlanId;
    QString smsApiToken;
    QString region;   // us, eu, br
    QString endpoint; // optional override of the regional host
};
Account accountFrom(const Credential &credential, const QHash<QString, QString> &secrets);

// The endpoint when set, else https://{region}.conversation.api.sinch.com.
QUrl baseUrl(const Account &account);
// Where the SMS service plan must send its callbacks for the app (Sinch's SMS channel set-up page).
QUrl smsCallbackUrl(const QString &region, const QString &appId);

// Check, and the first step of the channel set-up: GET /v1/projects/{project_id}/apps/{app_id}.
HttpRequest getAppRequest(const Account &account);
// POST /v1/projects/{project_id}/messages:send to one phone number on the MMS channel. The spec
// allows exactly one message kind: a media_message alone, or, with text, a card_message whose
// title is the text and whose media_message is the file (MMS renders cards natively). sendsOnce.
HttpRequest sendMmsRequest(const Account &account, const QString &to, const QUrl &mediaUrl, const QString &text);
// The app's channel credentials with the SMS one (static_bearer) added or replaced in place;
// every other channel is kept as it was, minus the output-only fields.
QJsonArray withSmsCredential(const QJsonArray &existing, const QString &servicePlanId, const QString &smsApiToken);
// The other channels whose credentials came back without a usable secret (an empty or masked
// value such as "****"): re-sending them would overwrite their real secrets, so the set-up stops.
QStringList channelsWithHiddenSecrets(const QJsonArray &existing);
// PATCH /v1/projects/{project_id}/apps/{app_id}?update_mask=channel_credentials with
// withSmsCredential(existing, ...). The other channels' secrets are redacted too.
HttpRequest updateSmsChannelRequest(const Account &account, const QJsonArray &existingCredentials);
// POST /v1/projects/{project_id}/webhooks {app_id, target, target_type HTTP, triggers [MESSAGE_INBOUND]}.
HttpRequest createWebhookRequest(const Account &account, const QUrl &target);

// The Conversation API's error body {"error": {"code", "message", "status"}} (or the same fields
// at the top level, as the spec's runtimeError has them): the message, else the status.
QString vendorErrorText(const QJsonObject &body);

// The SMS channel's integration state: "state": {"status": PENDING | ACTIVE | FAILING,
// "description"} on the channel credential (Sinch's SDKs; the 2021 spec has no such field).
struct SmsChannel
{
    enum class State { Missing, Pending, Active, Failing, Unknown };
    State state = State::Missing;
    QString claimedIdentity; // the service plan ID the channel uses
    QString description;     // Sinch's text when failing
};
struct AppInfo
{
    QString id;
    QString displayName;
    QJsonArray channelCredentials;
    SmsChannel sms;
    NetError error;
};
AppInfo parseApp(const HttpResponse &response);

struct IdResult
{
    QString id;
    NetError error;
};
IdResult parseSendResponse(const HttpResponse &response);    // message_id
IdResult parseWebhookResponse(const HttpResponse &response); // id

} // namespace cc::sinchmms
