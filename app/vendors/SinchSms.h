#pragma once

#include "domain/Credential.h"
#include "domain/FieldSchema.h"
#include "net/HttpTypes.h"
#include "vendors/VendorRegistry.h"

#include <QHash>
#include <QVector>

// Sinch SMS (the XMS REST API): a service plan ID and its API token, per region.
namespace cc::sinchsms {

// The vendor's adapter (in the registry), and the handle the domain knows it by.
const VendorAdapter &adapter();
inline Vendor vendor()
{
    return vendorOf(adapter());
}

// Its form (adapter().schema() has the events only this vendor records too).
VendorSchema schema();

// What the requests need, from a credential and its secrets (field key -> value).
struct Account
{
    QString servicePlanId;
    QString apiToken;
    QString region;   // us, eu, au, br, ca
    QString endpoint; // optional override of the regional host
};
Account accountFrom(const Credential &credential, const QHash<QString, QString> &secrets);

// The endpoint when set, else https://{region}.sms.api.sinch.com.
QUrl baseUrl(const Account &account);

// Check without sending anything: GET /xms/v1/{id}/batches?page_size=1. Read-only and needs no
// recipient, unlike POST .../batches/dry_run, whose body must name at least one "to".
HttpRequest checkRequest(const Account &account);
// POST /xms/v1/{id}/batches with {from (when given), to[], body}; sendsOnce.
HttpRequest sendTextRequest(const Account &account, const QString &from, const QStringList &to, const QString &body);
// GET /xms/v1/{id}/batches/{batch_id}/delivery_report (the summary report).
HttpRequest deliveryReportRequest(const Account &account, const QString &batchId);

// Sinch's error body {"code", "text"}: the text, else the code.
QString vendorErrorText(const QJsonObject &body);

NetError parseCheckResponse(const HttpResponse &response);

struct SendResult
{
    QString batchId;
    NetError error;
};
SendResult parseSendResponse(const HttpResponse &response);

struct StatusCount
{
    QString status; // Queued, Dispatched, Delivered, Failed, ... (Sinch's words, not translated)
    int code = 0;
    int count = 0;
};
struct DeliveryReport
{
    QString batchId;
    int totalMessageCount = 0;
    QVector<StatusCount> statuses;
    NetError error;
};
DeliveryReport parseDeliveryReport(const HttpResponse &response);

} // namespace cc::sinchsms
