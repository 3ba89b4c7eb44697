#pragma once

#include "VendorAdapter.h"

#include <QVector>

namespace cc {

// The vendors the console knows, in the order the "SMS vendor" choice offers them: one line each in
// VendorRegistry.cpp.
const QVector<const VendorAdapter *> &vendorAdapters();
const VendorAdapter &adapterFor(Vendor vendor);
// The vendor with this stored id ("sinch", "infobip" ...); null when there is none.
const VendorAdapter *adapterForId(const QString &id);
// The handle the domain knows this vendor by (its place in the list).
Vendor vendorOf(const VendorAdapter &adapter);

// Hands the vendors' schemas to the domain (setVendorSchemaSource). The program calls it once, first.
void registerVendors(); // RegisterVendors.cpp does it for every program

} // namespace cc
