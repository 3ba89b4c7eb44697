#pragma once

#include "CredentialRepository.h"
#include "domain/Credential.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
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

    static QByteArray exportJson(const QVector<Credential> &credentials,
                                 QJsonDocument::JsonFormat format = QJsonDocument::Indented);

    // What an export holds, for the window's "Export selected" and the command line's export: the
    // credentials with these ids in the list's order, or every credential when ids is empty.
    static QVector<Credential> toExport(const CredentialStore &store, const QStringList &ids);
    // Writes exportJson(credentials) to path, readable by its owner only (PrivateFile), and records
    // each as exported there (recordExport()). False with *error, translated and naming the file,
    // when it could not be written; then nothing is recorded.
    static bool exportToFile(CredentialRepository *repository, const QVector<Credential> &credentials,
                             const QString &path, QString *error);
    // Records in the activity log, in one transaction, that these were exported: to a file
    // ("export.written" with its name) or to standard output ("export.stdout").
    static void recordExport(CredentialRepository *repository, const QVector<Credential> &credentials,
                             const ActivityEvent &destination);

    enum class ClashPolicy { Rename, Skip };

    struct Item
    {
        enum class Status { Imported, Renamed, Skipped, Rejected };
        Status status = Status::Imported;
        int entry = 0;             // its place in the file, from 1
        QString name;              // as in the file; empty when it has none, or none as text
        QString finalName;         // as imported (differs when renamed)
        QString reason;            // translated: why renamed, skipped or rejected; ignored secret fields
        QStringList secretsNeeded; // translated labels of the secrets to enter after the import
        Credential credential;     // for Imported and Renamed: ready to save, new id

        // The name to show (a rejected one can be a megabyte long): at most kShownNameLength characters.
        QString shownName() const;
        // Translated, one line: "Entry 3 ("Acme") is refused: <reason>"; the name is shownName().
        QString refusal() const;
    };
    static constexpr int kShownNameLength = 80;

    struct Plan
    {
        QString error; // translated; the whole file was unusable
        QVector<Item> items;
        // All or nothing: while any entry is rejected, nothing is to be imported.
        int rejectedCount() const;
        QVector<Credential> toImport() const;
        QString summary() const; // translated, one line
    };

    // The most of a file an import reads: an export of a few thousand credentials is a few MiB, and
    // anything larger is refused as too large, never cut off.
    static constexpr qint64 kMaxImportBytes = 64 * 1024 * 1024;
    // What the window's Import and the command line's import give plan(): the file's bytes, up to
    // one more than kMaxImportBytes, so that plan() refuses a larger file as too large.
    static QByteArray readImport(QIODevice *file);
    // A device's bytes up to one more than limit (so that the reader can tell a larger input from
    // one cut off), read until its end: a pipe gives them in pieces. Also the command line's
    // secrets from standard input.
    static QByteArray readAtMost(QIODevice *device, qint64 limit);

    // Reads an export (or a single credential object) and decides, entry by entry, what to import.
    // Every entry is checked as the form checks it, and its values must have the types the form
    // gives them (text, or a number for a number field): nothing is coerced. secrets: those given
    // with the file (the command line's --secrets-stdin), checked by the form's rules for each entry.
    static Plan plan(const QByteArray &data, const CredentialStore &store, ClashPolicy policy,
                     const QHash<QString, QString> &secrets = {});
    // Saves what the plan imports and records each as imported, all in one transaction or none
    // (CredentialRepository::addAll): the window's import and the command line's (without
    // --secrets-stdin). One outcome per credential of plan.toImport().
    static QVector<CredentialRepository::Outcome> importAll(CredentialRepository *repository, const Plan &plan);
};

} // namespace cc
