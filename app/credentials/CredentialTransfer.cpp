#include "CredentialTransfer.h"

#include "CredentialStore.h"
#include "CredentialValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace cc {

namespace {
const QString kFormat = QStringLiteral("channel-console/export");
}

QByteArray CredentialTransfer::exportJson(const QVector<Credential> &credentials)
{
    QJsonArray list;
    for (const Credential &c : credentials) {
        QJsonObject fields;
        for (auto it = c.values.begin(); it != c.values.end(); ++it) {
            const FieldSpec *f = c.schema().field(it.key());
            if (!f || !f->isSecret())
                fields.insert(it.key(), QJsonValue::fromVariant(it.value()));
        }
        list.append(QJsonObject{{QStringLiteral("vendor"), c.schema().id}, {QStringLiteral("fields"), fields}});
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("exportedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                           {QStringLiteral("credentials"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QVector<Credential> CredentialTransfer::Plan::toImport() const
{
    QVector<Credential> out;
    for (const Item &i : items) {
        if (i.status == Item::Status::Imported || i.status == Item::Status::Renamed)
            out << i.credential;
    }
    return out;
}

QString CredentialTransfer::Plan::summary() const
{
    if (!error.isEmpty())
        return error;
    int imported = 0;
    int renamed = 0;
    int skipped = 0;
    int rejected = 0;
    for (const Item &i : items) {
        switch (i.status) {
        case Item::Status::Imported:
            ++imported;
            break;
        case Item::Status::Renamed:
            ++renamed;
            break;
        case Item::Status::Skipped:
            ++skipped;
            break;
        case Item::Status::Rejected:
            ++rejected;
            break;
        }
    }
    return tr("Imported: %1, renamed: %2, skipped: %3, rejected: %4.")
        .arg(imported + renamed)
        .arg(renamed)
        .arg(skipped)
        .arg(rejected);
}

CredentialTransfer::Plan CredentialTransfer::plan(const QByteArray &data, const CredentialStore &store,
                                                  ClashPolicy policy)
{
    Plan plan;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        plan.error = tr("The file is not valid JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset);
        return plan;
    }
    const QJsonObject root = doc.object();
    QJsonArray entries;
    if (root.value(QStringLiteral("format")).toString() == kFormat) {
        if (root.value(QStringLiteral("version")).toInt() > kVersion) {
            plan.error = tr("The file was exported by a newer version of Channel Console (version %1). Update "
                            "Channel Console to import it.")
                             .arg(root.value(QStringLiteral("version")).toInt());
            return plan;
        }
        entries = root.value(QStringLiteral("credentials")).toArray();
    } else if (root.contains(QStringLiteral("vendor"))) {
        entries.append(root); // a single credential
    } else {
        plan.error = tr("The file is not a Channel Console export: it has neither a \"format\" of %1 nor a "
                        "\"vendor\".")
                         .arg(kFormat);
        return plan;
    }

    QSet<QString> namesInUse; // lower-case, trimmed: the store's and this import's
    for (const Credential &c : store.credentials())
        namesInUse.insert(c.name().trimmed().toLower());

    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        const QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
        Item item;
        item.name = fields.value(kNameKey).toString().trimmed();
        const VendorSchema *schema = schemaForId(o.value(QStringLiteral("vendor")).toString());
        if (!schema) {
            item.status = Item::Status::Rejected;
            item.reason = tr("Unknown SMS vendor \"%1\": use sinch, sinch-mms or infobip.")
                              .arg(o.value(QStringLiteral("vendor")).toString());
            plan.items << item;
            continue;
        }
        Credential c = Credential::create(schema->vendor);
        QStringList ignoredSecrets;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const FieldSpec *f = schema->field(it.key());
            if (f && f->isSecret()) {
                ignoredSecrets << f->translatedLabel(); // never stored from a file
                continue;
            }
            c.values.insert(it.key(), it.value().toVariant());
        }
        for (const FieldSpec &f : schema->fields) {
            if (f.isSecret())
                item.secretsNeeded << f.translatedLabel();
        }

        // Every rule of the form, except the name's uniqueness (a clash is handled below) and the
        // secrets (asked for after the import).
        CredentialValidator::Input input;
        input.schema = schema;
        input.values = c.values;
        input.secretsGiven = schema->secretKeys();
        QStringList errors;
        for (const ValidationIssue &issue : CredentialValidator::validate(input)) {
            if (issue.isError())
                errors << issue.message;
        }
        if (!errors.isEmpty()) {
            item.status = Item::Status::Rejected;
            item.reason = errors.join(QLatin1Char(' '));
            plan.items << item;
            continue;
        }

        QString name = item.name;
        if (namesInUse.contains(name.toLower())) {
            if (policy == ClashPolicy::Skip) {
                item.status = Item::Status::Skipped;
                item.reason = tr("API credentials named \"%1\" already exist.").arg(name);
                plan.items << item;
                continue;
            }
            for (int n = 2; namesInUse.contains(name.toLower()); ++n)
                name = tr("%1 (imported %2)").arg(item.name).arg(n);
            item.status = Item::Status::Renamed;
            item.reason = tr("API credentials named \"%1\" already exist; imported as \"%2\".").arg(item.name, name);
        }
        if (!ignoredSecrets.isEmpty()) {
            const QString ignored = tr("The file held secret values (%1); they were ignored. Enter them in the "
                                       "console, which keeps them in the system keychain.")
                                        .arg(ignoredSecrets.join(QStringLiteral(", ")));
            item.reason = item.reason.isEmpty() ? ignored : item.reason + QLatin1Char(' ') + ignored;
        }
        namesInUse.insert(name.toLower());
        c.values.insert(kNameKey, name);
        item.finalName = name;
        item.credential = c;
        plan.items << item;
    }
    return plan;
}

} // namespace cc
