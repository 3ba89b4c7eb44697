#include "SinchSms.h"

#include "Vendors.h"

#include <QCoreApplication>

namespace cc::sinchsms {

VendorSchema schema()
{
    VendorSchema s;
    s.vendor = Vendor::SinchSms;
    s.id = QStringLiteral("sinch");
    s.displayName = QStringLiteral("Sinch");
    s.identifierKeys = {QStringLiteral("serviceId")};
    s.regionKey = QStringLiteral("region");

    FieldSpec serviceId;
    serviceId.key = QStringLiteral("serviceId");
    serviceId.label = QT_TRANSLATE_NOOP("cc::Fields", "Service ID");
    serviceId.help = QT_TRANSLATE_NOOP("cc::Fields", "On the APIs page of your Sinch dashboard, under the SMS tab "
                                                     "(the service plan ID).");
    serviceId.required = true;

    FieldSpec apiToken;
    apiToken.key = QStringLiteral("apiToken");
    apiToken.label = QT_TRANSLATE_NOOP("cc::Fields", "API Token");
    apiToken.help = QT_TRANSLATE_NOOP("cc::Fields", "On the APIs page of your Sinch dashboard, under the SMS tab, "
                                                    "next to the Service ID. Kept in the system keychain.");
    apiToken.type = FieldType::Secret;
    apiToken.required = true;

    s.fields = {fields::name(), serviceId, apiToken,
                fields::region({{QStringLiteral("us"), QT_TRANSLATE_NOOP("cc::Fields", "United States (us)")},
                                {QStringLiteral("eu"), QT_TRANSLATE_NOOP("cc::Fields", "Europe (eu)")},
                                {QStringLiteral("au"), QT_TRANSLATE_NOOP("cc::Fields", "Australia (au)")},
                                {QStringLiteral("br"), QT_TRANSLATE_NOOP("cc::Fields", "Brazil (br)")},
                                {QStringLiteral("ca"), QT_TRANSLATE_NOOP("cc::Fields", "Canada (ca)")}})};
    s.fields += fields::keywordsAndMessages();
    s.fields +=
        fields::endpoint(QT_TRANSLATE_NOOP("cc::Fields", "Leave empty to use Sinch's SMS host for the region. "
                                                         "Set it only to point the console at a test server; "
                                                         "plain http is accepted for loopback addresses only."));
    return s;
}

} // namespace cc::sinchsms
