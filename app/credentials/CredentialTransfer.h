#pragma once

#include "Credential.h"

#include <QCoreApplication>
#include <QVector>

namespace cc {

class CredentialStore;

// Export of the non-secret settings of credentials to a JSON file, and their import back. Secrets
// never travel: an export holds none, and an import asks for them again.
class CredentialTransfer
{
    Q_DECLARE_TR_FUNCTIONS(cc::CredentialTransfer)

public:
    static constexpr int kVersion = 1;

    static QByteArray exportJson(const QVector<Credential> &credentials);

    enum class ClashPolicy { Rename, Skip };

    struct Item
    {
        enum class Status { Imported, Renamed, Skipped, Rejected };
        Status status = Status::Imported;
        QString name;              // as in the file
        QString finalName;         // as imported (differs when renamed)
        QString reason;            // translated: why renamed, skipped or rejected; ignored secret fields
        QStringList secretsNeeded; // translated labels of the secrets to enter after the import
        Credential credential;     // for Imported and Renamed: ready to save, new id
    };

    struct Plan
    {
        QString error; // translated; the whole file was unusable
        QVector<Item> items;
        QVector<Credential> toImport() const;
        QString summary() const; // translated, one line
    };

    // Reads an export (or a single credential object) and decides, entry by entry, what to import.
    static Plan plan(const QByteArray &data, const CredentialStore &store, ClashPolicy policy);
};

} // namespace cc
