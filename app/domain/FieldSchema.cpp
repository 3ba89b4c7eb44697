#include "FieldSchema.h"

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

QString FieldSpec::translatedMinimumMeaning() const
{
    return minimumMeaning ? QCoreApplication::translate(kFieldsContext, minimumMeaning) : QString();
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

bool VendorSchema::isShown(const FieldSpec &field, const QVariantMap &values) const
{
    if (field.shownWhenKey.isEmpty())
        return true;
    const FieldSpec *control = this->field(field.shownWhenKey);
    if (!control || !isShown(*control, values))
        return false;
    const QVariant value = values.contains(control->key) ? values.value(control->key) : control->defaultValue;
    return field.shownWhenValues.contains(value.toString().trimmed());
}

QVector<NameValue> parsePairs(const QString &text)
{
    QVector<NameValue> pairs;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0)
            pairs.append({line.trimmed(), QString()});
        else
            pairs.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return pairs;
}

QString joinPairs(const QVector<NameValue> &pairs)
{
    QStringList lines;
    for (const NameValue &p : pairs) {
        if (!p.first.trimmed().isEmpty() || !p.second.trimmed().isEmpty())
            lines << p.first.trimmed() + QStringLiteral(": ") + p.second.trimmed();
    }
    return lines.join(QLatin1Char('\n'));
}

namespace {

VendorSchemaSource g_source = nullptr;

} // namespace

void setVendorSchemaSource(VendorSchemaSource source)
{
    g_source = source;
}

const QVector<VendorSchema> &allVendorSchemas()
{
    static const QVector<VendorSchema> schemas = [] {
        if (!g_source)
            qFatal("No vendors: the program must call cc::registerVendors() before it reads a credential.");
        QVector<VendorSchema> all = g_source();
        for (int i = 0; i < all.size(); ++i)
            all[i].vendor = Vendor(i);
        return all;
    }();
    return schemas;
}

const VendorSchema &schemaFor(Vendor vendor)
{
    const QVector<VendorSchema> &all = allVendorSchemas();
    Q_ASSERT(vendor.index() >= 0 && vendor.index() < all.size());
    return all.at(vendor.index());
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
