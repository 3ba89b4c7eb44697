#include "SinchMms.h"

#include "Vendors.h"

#include <QCoreApplication>

namespace cc::sinchmms {

static FieldSpec textField(const char *key, const char *label, const char *help, FieldType type = FieldType::Text)
{
    FieldSpec f;
    f.key = QString::fromLatin1(key);
    f.label = label;
    f.help = help;
    f.type = type;
    f.required = true;
    return f;
}

VendorSchema schema()
{
    FieldSpec apiToken = textField("apiToken", QT_TRANSLATE_NOOP("cc::Fields", "API Token"),
                                   QT_TRANSLATE_NOOP("cc::Fields", "The Base64 API token generated from your Sinch "
                                                                   "project's access keys (key ID and key secret). "
                                                                   "Kept in the system keychain."),
                                   FieldType::Secret);
    apiToken.base64KeyPair = true;

    VendorSchema s;
    s.vendor = Vendor::SinchMms;
    s.id = QStringLiteral("sinch-mms");
    s.displayName = QStringLiteral("Sinch MMS");
    s.identifierKeys = {QStringLiteral("projectId"), QStringLiteral("appId")};
    s.regionKey = QStringLiteral("region");

    s.fields = {
        fields::name(),
        textField("projectId", QT_TRANSLATE_NOOP("cc::Fields", "Project ID"),
                  QT_TRANSLATE_NOOP("cc::Fields", "On the Conversation API Overview page of your Sinch project, "
                                                  "in your Sinch dashboard.")),
        textField("appId", QT_TRANSLATE_NOOP("cc::Fields", "App ID"),
                  QT_TRANSLATE_NOOP("cc::Fields", "On the Conversation API Overview page of your Sinch project, "
                                                  "in your Sinch dashboard.")),
        apiToken,
        textField("servicePlanId", QT_TRANSLATE_NOOP("cc::Fields", "Service Plan ID"),
                  QT_TRANSLATE_NOOP("cc::Fields", "On the SMS tab of the APIs page in your Sinch dashboard.")),
        textField("smsApiToken", QT_TRANSLATE_NOOP("cc::Fields", "SMS API Token"),
                  QT_TRANSLATE_NOOP("cc::Fields", "On the SMS tab of the APIs page, next to the Service Plan ID. Kept "
                                                  "in the system keychain."),
                  FieldType::Secret),
        fields::region({{QStringLiteral("us"), QT_TRANSLATE_NOOP("cc::Fields", "United States (us)")},
                        {QStringLiteral("eu"), QT_TRANSLATE_NOOP("cc::Fields", "Europe (eu)")},
                        {QStringLiteral("br"), QT_TRANSLATE_NOOP("cc::Fields", "Brazil (br)")}}),
        fields::endpoint(QT_TRANSLATE_NOOP("cc::Fields", "Leave empty to use the Conversation API host for the region. "
                                                         "Set it only to point the console at a test server; plain "
                                                         "http is accepted for loopback addresses only.")),
    };
    return s;
}

} // namespace cc::sinchmms
