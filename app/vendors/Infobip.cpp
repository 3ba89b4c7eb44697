#include "Infobip.h"

#include "Vendors.h"

#include <QCoreApplication>

namespace cc::infobip {

VendorSchema schema()
{
    VendorSchema s;
    s.vendor = Vendor::Infobip;
    s.id = QStringLiteral("infobip");
    s.displayName = QStringLiteral("Infobip");
    s.identifierKeys = {QStringLiteral("baseUrl")};

    FieldSpec baseUrl;
    baseUrl.key = QStringLiteral("baseUrl");
    baseUrl.label = QT_TRANSLATE_NOOP("cc::Fields", "API base URL");
    baseUrl.help = QT_TRANSLATE_NOOP("cc::Fields", "On the homepage of your Infobip web interface or on the API key "
                                                   "management page, for example https://xxxxx.api.infobip.com.");
    baseUrl.type = FieldType::Url;
    baseUrl.required = true;

    FieldSpec apiKey;
    apiKey.key = QStringLiteral("apiKey");
    apiKey.label = QT_TRANSLATE_NOOP("cc::Fields", "API key");
    apiKey.help = QT_TRANSLATE_NOOP("cc::Fields", "On the API key management page of your Infobip web interface. "
                                                  "Kept in the system keychain.");
    apiKey.type = FieldType::Secret;
    apiKey.required = true;

    FieldSpec principalEntityId;
    principalEntityId.key = QStringLiteral("principalEntityId");
    principalEntityId.label = QT_TRANSLATE_NOOP("cc::Fields", "Principal Entity ID");
    principalEntityId.help = QT_TRANSLATE_NOOP("cc::Fields", "Enter your assigned DLT principal entity ID.");

    FieldSpec contentTemplateId;
    contentTemplateId.key = QStringLiteral("contentTemplateId");
    contentTemplateId.label = QT_TRANSLATE_NOOP("cc::Fields", "Content Template ID");
    contentTemplateId.help = QT_TRANSLATE_NOOP("cc::Fields", "Enter your registered DLT content template ID.");

    FieldSpec validity;
    validity.key = QStringLiteral("validityPeriod");
    validity.label = QT_TRANSLATE_NOOP("cc::Fields", "Validity Period");
    validity.help = QT_TRANSLATE_NOOP("cc::Fields", "Enter the message validity period in hours. If messages cannot "
                                                    "be delivered within this time frame, the system makes further "
                                                    "attempts to resend them. The default validity period is 48 "
                                                    "hours.");
    validity.type = FieldType::Integer;
    validity.defaultValue = 48;
    validity.minimum = 1;
    validity.maximum = 48;
    validity.unit = QT_TRANSLATE_NOOP("cc::Fields", "hours");

    FieldSpec callbackData;
    callbackData.key = QStringLiteral("callbackData");
    callbackData.label = QT_TRANSLATE_NOOP("cc::Fields", "Callback Data");
    callbackData.help = QT_TRANSLATE_NOOP("cc::Fields", "Enter the additional client data that will be sent on the "
                                                        "notify URL.");

    FieldSpec inboundNumber;
    inboundNumber.key = QStringLiteral("inboundNumber");
    inboundNumber.label = QT_TRANSLATE_NOOP("cc::Fields", "Inbound Number");
    inboundNumber.help = QT_TRANSLATE_NOOP("cc::Fields", "Add your unique inbound number, in international form "
                                                         "(+ and country code) or as a short code. It lets you use "
                                                         "the same API credentials in different sandboxes, each "
                                                         "with its own inbound number.");
    inboundNumber.type = FieldType::Phone;

    FieldSpec customKeywords;
    customKeywords.key = QStringLiteral("customInboundKeywords");
    customKeywords.label = QT_TRANSLATE_NOOP("cc::Fields", "Custom Inbound Keywords");
    customKeywords.help = QT_TRANSLATE_NOOP("cc::Fields", "Define unique keywords for specific actions, for example "
                                                          "DISCOUNT, OFFERS, ENROLL. They are captured and stored as "
                                                          "profile attributes, so that a journey can react to them.");
    customKeywords.type = FieldType::KeywordList;

    FieldSpec defaultReply;
    defaultReply.key = QStringLiteral("defaultInboundReply");
    defaultReply.label = QT_TRANSLATE_NOOP("cc::Fields", "Default Inbound Reply Message");
    defaultReply.help = QT_TRANSLATE_NOOP("cc::Fields", "Enter the default reply sent when an end user sends an "
                                                        "inbound SMS that matches none of the defined keywords.");
    defaultReply.type = FieldType::Message;

    s.fields = {fields::name(), baseUrl, apiKey};
    s.fields += fields::keywordsAndMessages();
    s.fields +=
        {principalEntityId, contentTemplateId, validity, callbackData, inboundNumber, customKeywords, defaultReply};
    return s;
}

} // namespace cc::infobip
