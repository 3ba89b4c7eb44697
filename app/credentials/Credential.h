#pragma once

#include "FieldSchema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace cc {

// The outcome of the last "Check" of a credential against its vendor.
struct CheckStatus
{
    enum class State { NotChecked, Ok, Failing };
    State state = State::NotChecked;
    QDateTime at;   // UTC
    QString detail; // plain words, never a secret

    bool operator==(const CheckStatus &o) const { return state == o.state && at == o.at && detail == o.detail; }
};

// One set of API credentials: its non-secret fields, and which secret fields have a value in the
// keychain (names only, never values).
struct Credential
{
    Q_DECLARE_TR_FUNCTIONS(cc::Credential)

public:
    QString id; // stable; the keychain keys are derived from it, so renaming keeps the secrets
    Vendor vendor = Vendor::SinchSms;
    QVariantMap values; // non-secret fields only, by FieldSpec::key
    QStringList secretsSet;
    QDateTime created; // UTC
    QDateTime modified;
    CheckStatus lastCheck;

    static Credential create(Vendor vendor); // new id, schema defaults, timestamps now

    const VendorSchema &schema() const { return schemaFor(vendor); }
    QString name() const { return values.value(kNameKey).toString(); }
    QString text(const QString &key) const { return values.value(key).toString(); }
    bool hasSecret(const QString &key) const { return secretsSet.contains(key); }

    QJsonObject toJson() const;
    // Fails, with a reason in plain English for the log and a translated one in *error, on anything
    // that is not a well-formed entry.
    static bool fromJson(const QJsonObject &o, Credential *out, QString *error);

    bool operator==(const Credential &o) const;
};

} // namespace cc
