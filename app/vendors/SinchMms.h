#pragma once

#include "domain/Credential.h"
#include "domain/FieldSchema.h"
#include "net/HttpTypes.h"
#include "vendors/VendorAdapter.h"
#include "vendors/VendorRegistry.h"

#include <QHash>
#include <QJsonArray>
#include <QVector>

#include <optional>

// Sinch MMS, sent through the Sinch Conversation API; the SMS channel of the Conversation app
// uses the service plan ID and SMS API token. The Conversation app's account, fields, requests and
// answers here serve every vendor sent through that API (Sinch RCS too).
namespace cc::sinchmms {

// The vendor's adapter (in the registry), and the handle the domain knows it by.
const VendorAdapter &adapter();
inline Vendor vendor()
{
    return vendorOf(adapter());
}

// Its form (adapter().schema() has the events only this vendor records too).
VendorSchema schema();
// The fields of a Conversation app's form, in the platform's order: project ID, app ID, API token,
// service plan ID and SMS API token (what Account reads).
QVector<FieldSpec> appFields();
// Its region (us, eu, br), its authentication (Basic or OAuth 2.0) and the advanced endpoint overrides
// (the API's and the token endpoint's).
QVector<FieldSpec> placeFields();

struct Account
{
    QString projectId;
    QString appId;
    QString apiToken; // Base64 of "keyId:keySecret", sent as Basic
    QString servicePlanId;
    QString smsApiToken;
    QString region;     // us, eu, br
    QString endpoint;   // optional override of the regional host
    bool oauth = false; // OAuth 2.0: a bearer token from tokenUrl instead of Basic with the API token
    QUrl tokenUrl;      // the token endpoint override, else kSinchTokenUrl
};
Account accountFrom(const Credential &credential, const QHash<QString, QString> &secrets);

// Sinch's OAuth 2.0 token endpoint, for every region (the Conversation API spec's clientCredentials flow).
inline const QString kSinchTokenUrl = QStringLiteral("https://auth.sinch.com/oauth2/token");
// The access key an API token is the Base64 of ("key ID:key secret"); empty parts when it is not one.
struct AccessKey
{
    QString id;
    QString secret;
};
AccessKey accessKeyOf(const QString &apiToken);
// With OAuth 2.0: POST tokenUrl, grant_type=client_credentials, with HTTP Basic of the access key
// (decoded from the API token and encoded anew); the token then goes as Authorization: Bearer on every
// request to the API. None with Basic.
std::optional<TokenExchange> tokenExchange(const Account &account);

// The endpoint when set, else https://{region}.conversation.api.sinch.com.
QUrl baseUrl(const Account &account);
// The region of Sinch's SMS adapter for a Conversation API region ("us" when empty): "eu1" for eu,
// "us1" for us, not the API host's own codes. Empty where Sinch documents no adapter (br).
QString smsAdapterRegion(const QString &region);
// Where the SMS service plan must send its callbacks for the app, as Sinch's current SMS channel
// set-up page gives it: https://xms-adapter.{eu1|us1}.conversation-api.int.prod.sinch.com/adapter/v1/
// {app}/callback (an older copy of that page printed whatsapp-adapter). Empty where Sinch documents
// no adapter for the region: no host is made up.
QUrl smsCallbackUrl(const QString &region, const QString &appId);

// Sinch's limit of webhooks per Conversation API app ("up to 5", Conversation API callbacks page;
// the 2021 spec said 20).
constexpr int kWebhooksPerApp = 5;
// The triggers of the inbound-message webhook the set-up creates.
QStringList inboundTriggers();

// Check, and the first step of the channel set-up: GET /v1/projects/{project_id}/apps/{app_id}.
HttpRequest getAppRequest(const Account &account);
// POST /v1/projects/{project_id}/messages:send of one message to one phone number, tried on the
// channels in this order (channel_priority_order, and an identity on each); channel_properties when
// some are given. sendsOnce.
HttpRequest sendMessageRequest(const Account &account, const QString &to, const QStringList &channels,
                               const QJsonObject &message, const QJsonObject &channelProperties = QJsonObject());
// A card_message: the title and the media_message of the file.
QJsonObject cardMessage(const QString &title, const QUrl &mediaUrl);
// The same on the MMS channel. The spec
// allows exactly one message kind: a media_message alone, or, with text, a card_message whose
// title is the text and whose media_message is the file (MMS renders cards natively). A sender goes
// in channel_properties.MMS_SENDER (Sinch's MMS channel properties); without one, the app's MMS
// default sender is used. sendsOnce.
HttpRequest sendMmsRequest(const Account &account, const QString &to, const QUrl &mediaUrl, const QString &text,
                           const QString &sender = QString());
// A sender as MMS_SENDER takes it (a short code or a long number): the digits, with the "+" when
// one was typed, without spaces, dots, dashes or brackets. Empty when it is neither.
QString mmsSender(const QString &typed);
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
// GET /v1/projects/{project_id}/apps/{app_id}/webhooks: the app's webhooks, before making one.
HttpRequest listWebhooksRequest(const Account &account);

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

struct Webhook
{
    QString id;
    QString target;
    QString targetType; // HTTP, DISMISS ...; empty when the answer left it out
    QStringList triggers;
};
struct WebhookList
{
    QVector<Webhook> webhooks;
    NetError error;
};
// {"webhooks": [...]}; an app without webhooks may answer {} (empty lists are left out).
WebhookList parseWebhookList(const HttpResponse &response);
// The index of a webhook that already sends all these triggers to the target (the same address,
// an HTTP target); -1 when there is none.
int findWebhook(const QVector<Webhook> &webhooks, const QUrl &target, const QStringList &triggers);
// True when Sinch's refusal of a new webhook says the app has reached its limit of webhooks.
bool isWebhookLimitError(const NetError &error);

} // namespace cc::sinchmms
