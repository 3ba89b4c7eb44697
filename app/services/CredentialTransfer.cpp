#include "CredentialTransfer.h"

#include "CredentialStore.h"
#include "domain/CredentialValidator.h"
#include "domain/UnsafeCharacters.h"
#include "secrets/PrivateFile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace cc {

namespace {

const QString kFormat = QStringLiteral("channel-console/export");
const QString kVendorKey = QStringLiteral("vendor");
const QString kFieldsKey = QStringLiteral("fields");

// Text from the file, fit to be quoted in a message: no control or bidi character, no megabyte.
QString quoted(const QString &text)
{
    const QString shown = text.size() > CredentialTransfer::kShownNameLength
                              ? text.left(CredentialTransfer::kShownNameLength) + QStringLiteral("…")
                              : text;
    return UnsafeCharacters::escaped(shown);
}

QString vendorIds()
{
    QStringList ids;
    for (const VendorSchema &s : allVendorSchemas())
        ids << s.id;
    return ids.join(QStringLiteral(", "));
}

// Why this value of the file cannot be the field's: the form gives every field text, and a number
// field a number too. Empty when it can; nothing is coerced.
QString typeProblem(const FieldSpec &field, const QJsonValue &value)
{
    const QString label = field.translatedLabel();
    switch (value.type()) {
    case QJsonValue::String:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Double:
        if (field.type == FieldType::Integer)
            return {};
        return CredentialTransfer::tr("%1: the file holds the number %2 where text is expected; write it in quotes "
                                      "(\"%2\") if that is the value you mean.")
            .arg(label, QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
    case QJsonValue::Bool:
    case QJsonValue::Null:
        return CredentialTransfer::tr("%1: the file holds %2, which is not a value for this field; give the value in "
                                      "quotes, or leave the field out.")
            .arg(label, value.isNull()   ? QStringLiteral("null")
                        : value.toBool() ? QStringLiteral("true")
                                         : QStringLiteral("false"));
    case QJsonValue::Array:
        return CredentialTransfer::tr("%1: the file holds a list (a JSON array); give a single value, in quotes.")
            .arg(label);
    case QJsonValue::Object:
        break;
    }
    return CredentialTransfer::tr("%1: the file holds an object (a JSON object); give a single value, in quotes.")
        .arg(label);
}

// The entry's vendor, or why it has none this version knows.
const VendorSchema *vendorOf(const QJsonObject &entry, QString *problem)
{
    const QJsonValue vendor = entry.value(kVendorKey);
    if (vendor.isUndefined()) {
        *problem =
            CredentialTransfer::tr("The entry names no SMS vendor: add \"vendor\" with one of %1.").arg(vendorIds());
        return nullptr;
    }
    const VendorSchema *schema = vendor.isString() ? schemaForId(vendor.toString()) : nullptr;
    if (!schema) {
        // Not a string: shown as the file spells it (12, null, [...]).
        const QString spelled =
            vendor.isString()
                ? vendor.toString()
                : QString::fromUtf8(QJsonDocument(QJsonArray{vendor}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        *problem = CredentialTransfer::tr("Unknown SMS vendor \"%1\": use %2.").arg(quoted(spelled), vendorIds());
    }
    return schema;
}

} // namespace

QString CredentialTransfer::Item::shownName() const
{
    return quoted(name);
}

QString CredentialTransfer::Item::refusal() const
{
    if (name.isEmpty())
        return tr("Entry %1 is refused: %2").arg(QString::number(entry), reason);
    return tr("Entry %1 (\"%2\") is refused: %3").arg(QString::number(entry), shownName(), reason);
}

QByteArray CredentialTransfer::exportJson(const QVector<Credential> &credentials, QJsonDocument::JsonFormat format)
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
    return QJsonDocument(root).toJson(format);
}

QVector<Credential> CredentialTransfer::toExport(const CredentialStore &store, const QStringList &ids)
{
    const QSet<QString> wanted(ids.begin(), ids.end());
    QVector<Credential> list;
    for (const Credential &c : store.credentials()) {
        if (wanted.isEmpty() || wanted.contains(c.id))
            list << c;
    }
    return list;
}

bool CredentialTransfer::exportToFile(CredentialRepository *repository, const QVector<Credential> &credentials,
                                      const QString &path, QString *error)
{
    QString why;
    if (!PrivateFile::write(path, exportJson(credentials), &why)) {
        *error = tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    recordExport(repository, credentials,
                 ActivityEvent::of("export.written", {{"file", QDir::toNativeSeparators(path)}}));
    return true;
}

void CredentialTransfer::recordExport(CredentialRepository *repository, const QVector<Credential> &credentials,
                                      const ActivityEvent &destination)
{
    ActivityLog *log = repository->activityLog();
    if (!log)
        return;
    QVector<ActivityLog::Entry> entries;
    entries.reserve(credentials.size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Credential &c : credentials)
        entries << ActivityLog::Entry{
            now, c.id, c.name(), ActivityLog::Action::Export, ActivityLog::Outcome::Succeeded, destination};
    log->appendAll(entries);
}

QVector<CredentialRepository::Outcome> CredentialTransfer::importAll(CredentialRepository *repository, const Plan &plan)
{
    return repository->addAll(plan.toImport(), ActivityLog::Action::Import);
}

int CredentialTransfer::Plan::rejectedCount() const
{
    return int(
        std::count_if(items.begin(), items.end(), [](const Item &i) { return i.status == Item::Status::Rejected; }));
}

QVector<Credential> CredentialTransfer::Plan::toImport() const
{
    QVector<Credential> out;
    if (!error.isEmpty() || rejectedCount() > 0)
        return out;
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
    if (const int refused = rejectedCount()) {
        return tr("%n entry(s) of the file are refused, so nothing is imported. Correct them and import the file "
                  "again.",
                  nullptr, refused);
    }
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

QByteArray CredentialTransfer::readImport(QIODevice *file)
{
    return readAtMost(file, kMaxImportBytes);
}

QByteArray CredentialTransfer::readAtMost(QIODevice *device, qint64 limit)
{
    QByteArray data;
    while (data.size() <= limit) {
        const QByteArray more = device->read(limit + 1 - data.size());
        if (more.isEmpty())
            break; // the end, or an error
        data += more;
    }
    return data;
}

CredentialTransfer::Plan CredentialTransfer::plan(const QByteArray &data, const CredentialStore &store,
                                                  ClashPolicy policy, const QHash<QString, QString> &secrets)
{
    Plan plan;
    if (data.size() > kMaxImportBytes) {
        plan.error = tr("The file is too large: an import reads at most %1 MiB, and a Channel Console export is "
                        "far smaller.")
                         .arg(kMaxImportBytes / (1024 * 1024));
        return plan;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError) {
        plan.error = tr("The file is not valid JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset);
        return plan;
    }
    if (!doc.isObject()) {
        plan.error = tr("The file is not a Channel Console export: it holds a JSON array, not an object with "
                        "\"format\" and \"credentials\".");
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
        const QJsonValue list = root.value(QStringLiteral("credentials"));
        if (!list.isArray()) {
            plan.error = tr("The file holds no list of credentials: its \"credentials\" is missing or not a JSON "
                            "array.");
            return plan;
        }
        entries = list.toArray();
    } else if (root.contains(kVendorKey)) {
        entries.append(root); // a single credential
    } else {
        plan.error = tr("The file is not a Channel Console export: it has neither a \"format\" of %1 nor a "
                        "\"vendor\".")
                         .arg(kFormat);
        return plan;
    }

    QSet<QString> namesInUse; // case-folded, trimmed: the store's and this import's
    for (const Credential &c : store.credentials())
        namesInUse.insert(c.name().trimmed().toCaseFolded());
    QHash<QString, int> namesInFile; // case-folded, trimmed -> the first entry with that name

    for (qsizetype index = 0; index < entries.size(); ++index) {
        Item item;
        item.entry = int(index + 1);
        const auto reject = [&plan, &item](const QStringList &reasons) {
            item.status = Item::Status::Rejected;
            item.name = item.name.left(kShownNameLength + 1); // enough for shownName() to show it is cut
            item.reason = reasons.join(QLatin1Char(' '));
            plan.items << item;
        };
        if (!entries.at(index).isObject()) {
            reject({tr("The entry is not a JSON object with \"vendor\" and \"fields\".")});
            continue;
        }
        const QJsonObject o = entries.at(index).toObject();
        const QJsonObject fields = o.value(kFieldsKey).toObject();
        if (fields.value(kNameKey).isString())
            item.name = fields.value(kNameKey).toString().trimmed();
        QString problem;
        const VendorSchema *schema = vendorOf(o, &problem);
        if (!schema) {
            reject({problem});
            continue;
        }
        if (!o.value(kFieldsKey).isObject()) {
            reject({tr("The entry has no \"fields\" object with the credential's settings.")});
            continue;
        }

        Credential c = Credential::create(schema->vendor);
        QStringList errors;
        QSet<QString> badKeys; // refused for their type: the form's rules would only repeat it
        QStringList ignoredSecrets;
        QStringList unknownKeys;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const FieldSpec *f = schema->field(it.key());
            if (!f) {
                unknownKeys << quoted(it.key());
                continue;
            }
            if (f->isSecret()) {
                ignoredSecrets << f->translatedLabel(); // never stored from a file
                continue;
            }
            const QString wrongType = typeProblem(*f, it.value());
            if (!wrongType.isEmpty()) {
                errors << wrongType;
                badKeys.insert(f->key);
                continue;
            }
            c.values.insert(it.key(), it.value().toVariant());
        }
        for (const FieldSpec &f : schema->fields) {
            if (f.isSecret())
                item.secretsNeeded << f.translatedLabel();
        }

        // Every rule of the form, except the name's uniqueness (a clash is handled below) and the
        // secrets not given (asked for after the import).
        CredentialValidator::Input input;
        input.schema = schema;
        input.values = c.values;
        input.secretsGiven = schema->secretKeys();
        for (const QString &key : input.secretsGiven)
            input.secretValues.insert(key, secrets.value(key));
        for (const ValidationIssue &issue : CredentialValidator::validate(input)) {
            if (issue.isError() && !badKeys.contains(issue.fieldKey))
                errors << issue.message;
        }
        const QString folded = item.name.toCaseFolded();
        if (!item.name.isEmpty()) {
            const auto first = namesInFile.constFind(folded);
            if (first != namesInFile.constEnd()) {
                errors << tr("The name \"%1\" is already used by entry %2 of the file; give each entry its own name.")
                              .arg(quoted(item.name), QString::number(first.value()));
            } else {
                namesInFile.insert(folded, item.entry);
            }
        }
        if (!errors.isEmpty()) {
            reject(errors);
            continue;
        }

        QString name = item.name;
        if (namesInUse.contains(folded)) {
            if (policy == ClashPolicy::Skip) {
                item.status = Item::Status::Skipped;
                item.reason = tr("API credentials named \"%1\" already exist.").arg(name);
                plan.items << item;
                continue;
            }
            for (int n = 2; namesInUse.contains(name.toCaseFolded()); ++n)
                name = tr("%1 (imported %2)").arg(item.name).arg(n);
            item.status = Item::Status::Renamed;
            item.reason = tr("API credentials named \"%1\" already exist; imported as \"%2\".").arg(item.name, name);
        }
        QStringList notes;
        if (!item.reason.isEmpty())
            notes << item.reason;
        if (!ignoredSecrets.isEmpty()) {
            notes << tr("The file held secret values (%1); they were ignored. Enter them in the console, which keeps "
                        "them in the system keychain.")
                         .arg(ignoredSecrets.join(QStringLiteral(", ")));
        }
        if (!unknownKeys.isEmpty()) {
            notes << tr("The file held fields that %1 credentials do not have (%2); they were left out.")
                         .arg(schema->displayName, unknownKeys.join(QStringLiteral(", ")));
        }
        item.reason = notes.join(QLatin1Char(' '));
        namesInUse.insert(name.toCaseFolded());
        c.values.insert(kNameKey, name);
        item.finalName = name;
        item.credential = c;
        plan.items << item;
    }
    return plan;
}

} // namespace cc
