#pragma once

#include "domain/Credential.h"
#include "domain/FieldSchema.h"
#include "net/HttpTypes.h"
#include "vendors/VendorRegistry.h"

#include <QHash>

// Infobip: the account's own API base URL and an API key.
namespace cc::infobip {

// The vendor's adapter (in the registry), and the handle the domain knows it by.
const VendorAdapter &adapter();
inline Vendor vendor()
{
    return vendorOf(adapter());
}

// Its form (adapter().schema() has the events only this vendor records too).
VendorSchema schema();

struct Account
{
    QString baseUrl; // the account's own host, e.g. https://xxxxx.api.infobip.com
    QString apiKey;
    int validityHours = 0; // 0: not set, Infobip's default (48 hours) applies
    QString callbackData;
    QString principalEntityId; // India DLT
    QString contentTemplateId; // India DLT
};
Account accountFrom(const Credential &credential, const QHash<QString, QString> &secrets);

QUrl baseUrl(const Account &account);

// Check with GET /sms/3/logs?limit=1: read-only and repeatable. The reports endpoints
// (/sms/1|3/reports) hand each delivery report out only once, so a check there would steal
// reports from the account's own integration.
HttpRequest checkRequest(const Account &account);
// POST /sms/3/messages: its schema carries the validity period with a time unit (sent in minutes,
// at most 48 hours), webhooks.callbackData, and options.regional.indiaDlt. sendsOnce.
HttpRequest sendTextRequest(const Account &account, const QString &from, const QString &to, const QString &text);
// The status of one sent message: GET /sms/3/logs?messageId=...&limit=1 (not the reports, see above).
HttpRequest messageLogRequest(const Account &account, const QString &messageId);

// Infobip's error bodies: requestError.serviceException {messageId, text} (v1/v2 endpoints) and
// {errorCode, description, violations} (v3 endpoints).
QString vendorErrorText(const QJsonObject &body);

// The minutes sent for a validity period in hours, within Infobip's 48-hour limit.
int validityMinutes(int hours);

NetError parseCheckResponse(const HttpResponse &response);

struct MessageStatus
{
    QString messageId;
    QString bulkId;
    QString group;       // ACCEPTED, PENDING, DELIVERED, ... (Infobip's words, not translated)
    QString name;        // e.g. PENDING_ACCEPTED
    QString description; // Infobip's text
    NetError error;
};
MessageStatus parseSendResponse(const HttpResponse &response);
// No error and an empty messageId when Infobip has no log entry for the message.
MessageStatus parseMessageLog(const HttpResponse &response);

} // namespace cc::infobip
