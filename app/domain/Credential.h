#pragma once

#include "FieldSchema.h"

#include <QAnyStringView>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

#include <limits>
#include <utility>

namespace cc {

// The outcome of the last "Check" of a credential against its vendor.
struct CheckStatus
{
    enum class State { NotChecked, Ok, Failing };
    State state = State::NotChecked;
    QDateTime at;   // UTC
    QString detail; // plain words, never a secret

    bool operator==(const CheckStatus &o) const { return state == o.state && at == o.at && detail == o.detail; }
    // As the file spells the state: "ok", "failing", "not-checked".
    static QLatin1StringView stateName(State s);
    // The state a file names; one this version does not know counts as not checked.
    static State stateNamed(QAnyStringView name);
};

// A credential's parts as read (a database row, an earlier version's file entry), before they are
// checked: Credential::fromRecord checks both the same way.
struct CredentialRecord
{
    QString id;
    QString vendorId;
    QDateTime created;
    QDateTime modified;
    QDateTime secretsSetAt; // null: no secret set yet, or not known
    bool hasFields = false;
    QVector<std::pair<QString, QVariant>> fields;
    QStringList secretsSet;
    QString checkState;
    QDateTime checkAt;
    QString checkDetail;
};

// How the list sorts names: by their trimmed, case-folded text, appended to out. The database keeps
// it as each name's name_key and hands the list its rows in that order (CredentialStore).
void appendNameSortKey(QString &out, QStringView name);
// Whether one such key sorts before another: by code point, the order of their UTF-8 bytes, in which
// SQLite's binary collation orders name_key. One order, whoever sorts.
bool nameKeyLess(QStringView left, QStringView right);

// Times in an earlier version's file: "2026-11-23T21:36:45.919Z" (Qt::ISODateWithMs).
QDateTime parseTimestamp(QStringView text);

struct Credential;

// What the list sorts on besides the name and the fields' text, in a form compared at once: taken
// from a credential, or from a row's columns by the store's first read (CredentialStore::sortKeysAt),
// which gives the same keys. A list left sorted by a date then shows without reading each row whole.
struct CredentialSortKeys
{
    static constexpr qint64 kNever = std::numeric_limits<qint64>::min();

    qint64 created = kNever; // ms since the epoch; kNever when it is no valid time
    qint64 modified = kNever;
    qint64 checked = kNever; // when last checked; kNever when it was not
    CheckStatus::State checkState = CheckStatus::State::NotChecked;
    int vendor = -1; // the vendor's place by display name among all vendors; -1 for an unknown one

    static CredentialSortKeys of(const Credential &c);
    bool operator==(const CredentialSortKeys &o) const
    {
        return created == o.created && modified == o.modified && checked == o.checked && checkState == o.checkState &&
               vendor == o.vendor;
    }
    static qint64 timeKey(const QDateTime &time) { return time.isValid() ? time.toMSecsSinceEpoch() : kNever; }
    // By the vendors' display names, case-insensitively.
    static int vendorKey(Vendor vendor);
    static int vendorKey(QAnyStringView vendorId);
    // Whether a sorts before b by when it was last checked: never checked first, then those that
    // passed, then those that failed, each from the oldest check.
    static bool checkedBefore(const CredentialSortKeys &a, const CredentialSortKeys &b)
    {
        return a.checkState != b.checkState ? a.checkState < b.checkState : a.checked < b.checked;
    }
};

// One set of API credentials: its non-secret fields, and which secret fields have a value in the
// keychain (names only, never values).
struct Credential
{
    Q_DECLARE_TR_FUNCTIONS(cc::Credential)

public:
    QString id;         // stable; the keychain keys are derived from it, so renaming keeps the secrets
    Vendor vendor;      // the first registered
    QVariantMap values; // non-secret fields only, by FieldSpec::key
    QStringList secretsSet;
    QDateTime created; // UTC
    QDateTime modified;
    // When a secret was last written (a create, an edit, an import or a replacement); null when none
    // has been. Credentials of schema versions before 4 count from their last change.
    QDateTime secretsSetAt;
    CheckStatus lastCheck;

    static Credential create(Vendor vendor); // new id, schema defaults, timestamps now

    const VendorSchema &schema() const { return schemaFor(vendor); }
    QString name() const { return values.value(kNameKey).toString(); }
    QString text(const QString &key) const { return values.value(key).toString(); }
    bool hasSecret(const QString &key) const { return secretsSet.contains(key); }

    // Both fail, with a translated reason in *error, on anything that is not a well-formed entry.
    static bool fromJson(const QJsonObject &o, Credential *out, QString *error);
    static bool fromRecord(CredentialRecord record, Credential *out, QString *error);

    bool operator==(const Credential &o) const;
};

} // namespace cc
