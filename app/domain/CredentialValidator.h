#pragma once

#include "FieldSchema.h"

#include <functional>

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace cc {

struct ValidationIssue
{
    enum class Severity { Error, Warning };
    QString fieldKey;
    Severity severity = Severity::Error;
    QString message; // translated; names the field (its translated label) and says what is expected

    bool isError() const { return severity == Severity::Error; }
};

// Every rule of the forms, in the core so that the form, the import and the command line agree.
class CredentialValidator
{
    Q_DECLARE_TR_FUNCTIONS(cc::CredentialValidator)

public:
    struct Input
    {
        const VendorSchema *schema = nullptr;
        QVariantMap values;                   // non-secret fields, as typed (strings, or an int for Integer fields)
        QStringList secretsGiven;             // keys of secret fields that have a value (stored or typed)
        QHash<QString, QString> secretValues; // the secrets typed or given (never read back): their form is checked
        // Whether another credential has this name (the store's rule); unset: uniqueness is not checked.
        std::function<bool(const QString &name)> nameTaken;
    };

    // The longest value of a single-line field: Infobip's callback data (4,000 characters) is the
    // longest the vendors take; names, identifiers and addresses are far shorter.
    static constexpr int kMaxLineLength = 4000;

    static QVector<ValidationIssue> validate(const Input &input);
    // What is wrong with a secret's value, naming the field and saying what it must be; empty when
    // it is fine. Only secrets of a known form are checked: a Base64 key pair (Sinch MMS's API token)
    // must decode to "<key id>:<key secret>", exactly one colon between two non-empty parts.
    static QString secretProblem(const FieldSpec &field, const QString &value);
    // The same in two steps, for the activity log, which keeps the problem (never the value) and words
    // it when shown: empty, "key-pair", "not-base64" or "not-a-pair" (stable), then its reason.
    static QString secretProblemCode(const FieldSpec &field, const QString &value);
    static QString describeSecretProblem(const FieldSpec &field, const QString &problem);
    // What is wrong with the value of a field of a fixed identifier shape (FieldSpec::idPrefix and
    // idHexDigits), the same way: empty, "id-prefix", "id-length" or "id-not-hex" (stable), then its
    // reason, which names the field, says what the value must be and shows the field's example.
    static QString idProblemCode(const FieldSpec &field, const QString &value);
    static QString describeIdProblem(const FieldSpec &field, const QString &problem);
    static bool hasErrors(const QVector<ValidationIssue> &issues);
};

} // namespace cc
