#pragma once

#include "domain/Credential.h"
#include "domain/FieldSchema.h"
#include "net/HttpTypes.h"
#include "vendors/VendorRegistry.h"

#include <QHash>
#include <QUrl>

// Twilio (Programmable Messaging, API 2010-04-01): an Account SID and its Auth Token (HTTP Basic), a
// Messaging Service SID to send from, per Twilio Region and edge. Bodies are form-encoded.
namespace cc::twilio {

// The vendor's adapter (in the registry), and the handle the domain knows it by.
const VendorAdapter &adapter();
inline Vendor vendor()
{
    return vendorOf(adapter());
}

// Its form, with the events only this vendor records.
VendorSchema schema();

struct Account
{
    QString accountSid;          // AC + 32 hex
    QString authToken;           // secret
    QString messagingServiceSid; // MG + 32 hex: the sender when none is typed
    QString edge;                // "us1" (api.twilio.com) or "<edge>.<region>", e.g. "dublin.ie1"
    QString endpoint;            // optional override of the host
};
Account accountFrom(const Credential &credential, const QHash<QString, QString> &secrets);

// The endpoint when set, else https://api.twilio.com (us1) or https://api.{edge}.{region}.twilio.com.
QUrl baseUrl(const Account &account);

// Check: GET /2010-04-01/Accounts/{AccountSid}.json, read-only.
HttpRequest checkRequest(const Account &account);
// POST /2010-04-01/Accounts/{AccountSid}/Messages.json, form-encoded: To, From (when given) or
// MessagingServiceSid, Body (when given), MediaUrl (when given). sendsOnce.
HttpRequest sendRequest(const Account &account, const QString &from, const QString &to, const QString &body,
                        const QUrl &mediaUrl = QUrl());
// GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json: the message's status.
HttpRequest messageRequest(const Account &account, const QString &messageSid);

// Twilio's error body {"code", "message", "more_info", "status"}: "message (code, more_info)".
QString vendorErrorText(const QJsonObject &body);

struct AccountStatus
{
    QString status; // active, suspended, closed (Twilio's words)
    NetError error;
};
AccountStatus parseCheckResponse(const HttpResponse &response);

struct Message
{
    QString sid;
    QString status;    // queued, sent, delivered, undelivered, failed, ... (Twilio's words)
    int errorCode = 0; // 0: none
    QString errorMessage;
    NetError error;
};
// The Message resource, as the send (201) and the fetch (200) answer it.
Message parseMessage(const HttpResponse &response);

} // namespace cc::twilio
