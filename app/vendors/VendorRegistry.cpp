#include "VendorRegistry.h"

#include "Custom.h"
#include "Infobip.h"
#include "SinchMms.h"
#include "SinchRcs.h"
#include "SinchSms.h"
#include "Twilio.h"

namespace cc {

const QVector<const VendorAdapter *> &vendorAdapters()
{
    // The registry: one line a vendor.
    static const QVector<const VendorAdapter *> adapters = {
        &sinchsms::adapter(), &sinchmms::adapter(), &sinchrcs::adapter(),
        &infobip::adapter(),  &twilio::adapter(),   &custom::adapter(),
    };
    return adapters;
}

const VendorAdapter &adapterFor(Vendor vendor)
{
    return *vendorAdapters().at(vendor.index());
}

const VendorAdapter *adapterForId(const QString &id)
{
    const VendorSchema *schema = schemaForId(id);
    return schema ? &adapterFor(schema->vendor) : nullptr;
}

Vendor vendorOf(const VendorAdapter &adapter)
{
    return Vendor(int(vendorAdapters().indexOf(&adapter)));
}

static QVector<VendorSchema> schemas()
{
    QVector<VendorSchema> all;
    for (const VendorAdapter *adapter : vendorAdapters())
        all << adapter->schema();
    return all;
}

void registerVendors()
{
    setVendorSchemaSource(&schemas);
}

} // namespace cc
