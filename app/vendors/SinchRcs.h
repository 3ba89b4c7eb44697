#pragma once

#include "SinchMms.h"

// Sinch RCS, sent through the same Sinch Conversation API app as Sinch MMS (its account, requests
// and answers are sinchmms's): an RCS message first, an SMS when the phone cannot take RCS. Every
// request made with one credential keeps to its API rate limit.
namespace cc::sinchrcs {

// The vendor's adapter (in the registry), and the handle the domain knows it by.
const VendorAdapter &adapter();
inline Vendor vendor()
{
    return vendorOf(adapter());
}

// Its form (adapter().schema() has the events only this vendor records too).
VendorSchema schema();

// The credential's API rate limit in requests per second; 0 is no limit.
int requestsPerSecond(const Credential &credential);

// The channels a test message is tried on, in this order: RCS, then SMS.
QStringList channels();
// POST /v1/projects/{project_id}/messages:send to one phone number on RCS, falling back to SMS: a
// text_message, or with a media URL a card_message whose title is the text and whose media_message
// is the file (a rich card). sendsOnce.
HttpRequest sendRcsRequest(const sinchmms::Account &account, const QString &to, const QString &text,
                           const QUrl &mediaUrl = QUrl());

} // namespace cc::sinchrcs
