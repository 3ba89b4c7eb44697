#include "FieldSchema.h"

#include "vendors/Vendors.h"

#include <QCoreApplication>

namespace cc {

QString FieldSpec::translatedLabel() const
{
    return QCoreApplication::translate(kFieldsContext, label);
}

QString FieldSpec::translatedHelp() const
{
    return help ? QCoreApplication::translate(kFieldsContext, help) : QString();
}

QString FieldSpec::translatedUnit() const
{
    return unit ? QCoreApplication::translate(kFieldsContext, unit) : QString();
}

QString FieldSpec::choiceLabel(const QString &value) const
{
    for (const Choice &c : choices) {
        if (c.value == value)
            return QCoreApplication::translate(kFieldsContext, c.label);
    }
    return value;
}

QString VendorSchema::translatedNote() const
{
    return note ? QCoreApplication::translate(kFieldsContext, note) : QString();
}

const FieldSpec *VendorSchema::field(const QString &key) const
{
    for (const FieldSpec &f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QStringList VendorSchema::secretKeys() const
{
    QStringList keys;
    for (const FieldSpec &f : fields) {
        if (f.isSecret())
            keys << f.key;
    }
    return keys;
}

const QVector<VendorSchema> &allVendorSchemas()
{
    static const QVector<VendorSchema> schemas = registeredVendorSchemas();
    return schemas;
}

const VendorSchema &schemaFor(Vendor vendor)
{
    for (const VendorSchema &s : allVendorSchemas()) {
        if (s.vendor == vendor)
            return s;
    }
    Q_UNREACHABLE();
}

const VendorSchema *schemaForId(const QString &id)
{
    for (const VendorSchema &s : allVendorSchemas()) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

} // namespace cc
