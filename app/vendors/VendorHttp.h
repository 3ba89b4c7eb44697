#pragma once

#include "net/HttpTypes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <functional>

// Pieces every vendor's request builders and response parsers share: JSON requests with the usual
// headers, URL joining under a base that may carry a path, and the "non-2xx or not our JSON" rules.
namespace cc::vendorhttp {

// The base URL as typed: a missing scheme means https; a trailing slash is dropped.
QUrl normalizedBase(const QString &text);
// The endpoint override when set, else the vendor's host for the region ("us" when none):
// hostPattern has %1 for the region, e.g. "https://%1.sms.api.sinch.com". An endpoint may hold
// "{region}" where the region goes.
QUrl regionalBase(const QString &endpoint, const QString &region, const char *hostPattern);
// base + path (+ query); the base may have a path prefix (a proxy or a test server).
QUrl joinUrl(const QUrl &base, const QString &path, const QUrlQuery &query = QUrlQuery());
// Percent-encodes one path segment (ids typed by the user must not change the path).
QString segment(const QString &value);

// A request with Accept: application/json, the Authorization header (none when empty), and a JSON body (with its
// Content-Type) when body is not null. The secrets are recorded for redaction.
HttpRequest jsonRequest(const QByteArray &method, const QUrl &url, const QByteArray &authorization,
                        const QJsonDocument &body, const QStringList &secrets);

// Extracts the vendor's own error text from an error body; empty when it has none.
using VendorErrorText = std::function<QString(const QJsonObject &body)>;

// The error for a non-2xx response, with the vendor's text when its body has one.
NetError errorFor(const HttpResponse &response, const VendorErrorText &vendorText);

// For a 2xx response: the JSON object of the body, or a MalformedResponse error in *error.
// For any other status: *error is errorFor(...). Returns an empty object on any error.
QJsonObject successObject(const HttpResponse &response, const VendorErrorText &vendorText, NetError *error);

NetError malformed(const QString &detail);

} // namespace cc::vendorhttp
