#include "Credential.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace cc {

namespace {

const QString kId = QStringLiteral("id");
const QString kVendor = QStringLiteral("vendor");
const QString kCreated = QStringLiteral("created");
const QString kModified = QStringLiteral("modified");
const QString kFields = QStringLiteral("fields");
const QString kSecrets = QStringLiteral("secretsSet");
const QString kCheck = QStringLiteral("lastCheck");

QString stateName(CheckStatus::State s)
{
    switch (s) {
    case CheckStatus::State::Ok:
        return QStringLiteral("ok");
    case CheckStatus::State::Failing:
        return QStringLiteral("failing");
    case CheckStatus::State::NotChecked:
        break;
    }
    return QStringLiteral("not-checked");
}

} // namespace

Credential Credential::create(Vendor vendor)
{
    Credential c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.vendor = vendor;
    for (const FieldSpec &f : c.schema().fields) {
        if (!f.isSecret() && f.defaultValue.isValid())
            c.values.insert(f.key, f.defaultValue);
    }
    c.created = QDateTime::currentDateTimeUtc();
    c.modified = c.created;
    return c;
}

QJsonObject Credential::toJson() const
{
    QJsonObject fields;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const FieldSpec *f = schema().field(it.key());
        if (f && f->isSecret())
            continue; // never on disk, whatever a caller put in values
        fields.insert(it.key(), QJsonValue::fromVariant(it.value()));
    }
    QJsonObject o{{kId, id},
                  {kVendor, schema().id},
                  {kCreated, created.toString(Qt::ISODateWithMs)},
                  {kModified, modified.toString(Qt::ISODateWithMs)},
                  {kFields, fields},
                  {kSecrets, QJsonArray::fromStringList(secretsSet)}};
    if (lastCheck.state != CheckStatus::State::NotChecked) {
        o.insert(kCheck, QJsonObject{{QStringLiteral("state"), stateName(lastCheck.state)},
                                     {QStringLiteral("at"), lastCheck.at.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("detail"), lastCheck.detail}});
    }
    return o;
}

bool Credential::fromJson(const QJsonObject &o, Credential *out, QString *error)
{
    Credential c;
    c.id = o.value(kId).toString();
    if (c.id.isEmpty() || QUuid::fromString(c.id).isNull()) {
        *error = tr("an entry has no valid id");
        return false;
    }
    const VendorSchema *schema = schemaForId(o.value(kVendor).toString());
    if (!schema) {
        *error = tr("entry %1 names an unknown SMS vendor \"%2\"").arg(c.id, o.value(kVendor).toString());
        return false;
    }
    c.vendor = schema->vendor;
    c.created = QDateTime::fromString(o.value(kCreated).toString(), Qt::ISODateWithMs);
    c.modified = QDateTime::fromString(o.value(kModified).toString(), Qt::ISODateWithMs);
    if (!c.created.isValid() || !c.modified.isValid()) {
        *error = tr("entry %1 has no valid created or modified time").arg(c.id);
        return false;
    }
    if (!o.value(kFields).isObject()) {
        *error = tr("entry %1 has no fields").arg(c.id);
        return false;
    }
    const QJsonObject fields = o.value(kFields).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const FieldSpec *f = schema->field(it.key());
        // Unknown keys are kept as they are, so that a field added by a newer minor version survives.
        if (f && f->isSecret()) {
            *error = tr("entry %1 holds the secret field \"%2\" in the file; secrets belong in the keychain")
                         .arg(c.id, it.key());
            return false;
        }
        c.values.insert(it.key(), it.value().toVariant());
    }
    if (c.name().trimmed().isEmpty()) {
        *error = tr("entry %1 has no name").arg(c.id);
        return false;
    }
    for (const QJsonValue &v : o.value(kSecrets).toArray()) {
        const FieldSpec *f = schema->field(v.toString());
        if (f && f->isSecret() && !c.secretsSet.contains(f->key))
            c.secretsSet << f->key;
    }
    const QJsonObject check = o.value(kCheck).toObject();
    const QString state = check.value(QStringLiteral("state")).toString();
    if (state == stateName(CheckStatus::State::Ok))
        c.lastCheck.state = CheckStatus::State::Ok;
    else if (state == stateName(CheckStatus::State::Failing))
        c.lastCheck.state = CheckStatus::State::Failing;
    c.lastCheck.at = QDateTime::fromString(check.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    c.lastCheck.detail = check.value(QStringLiteral("detail")).toString();
    *out = c;
    return true;
}

bool Credential::operator==(const Credential &o) const
{
    return id == o.id && vendor == o.vendor && values == o.values && secretsSet == o.secretsSet &&
           created == o.created && modified == o.modified && lastCheck == o.lastCheck;
}

} // namespace cc
