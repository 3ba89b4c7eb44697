#pragma once

#include "Credential.h"

#include <QCoreApplication>
#include <QVector>

namespace cc {

class CredentialReadAhead;

// The non-secret part of every credential, in one JSON file written atomically.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(cc::CredentialStore)

public:
    static constexpr int kSchemaVersion = 1;

    enum class LoadStatus {
        Loaded,       // the file was read
        NoFile,       // first run: nothing stored yet
        Unreadable,   // the file exists but cannot be opened
        Corrupt,      // not JSON, or not our format
        Truncated,    // JSON that ends early
        NewerVersion, // written by a newer version of the console
    };

    struct LoadResult
    {
        LoadStatus status = LoadStatus::NoFile;
        QString message;    // translated, names the file and what to do
        QString backupPath; // where a copy of a damaged file was put aside
        bool ok() const { return status == LoadStatus::Loaded || status == LoadStatus::NoFile; }
    };

    explicit CredentialStore(QString filePath);

    // <AppDataLocation>/credentials.json
    static QString defaultPath();
    QString filePath() const { return m_filePath; }

    // Reads the file, or takes what readAhead read of it. On failure the file is left as it is, a
    // copy is put aside, the store is empty and read-only until startAfresh().
    LoadResult load(CredentialReadAhead *readAhead = nullptr);
    // After a failed load, on the user's word: save over the damaged file from now on. Its copy stays.
    void startAfresh() { m_readOnly = false; }
    bool isReadOnly() const { return m_readOnly; }

    // Atomic: a reader, or a crash at any moment, sees the old file or the new one.
    bool save(QString *error);

    const QVector<Credential> &credentials() const { return m_credentials; }
    const Credential *find(const QString &id) const;
    // Those of ids that are stored, in the order of ids, found in one pass over the list (a find()
    // for each of thousands of ids would be quadratic). Valid until the list changes.
    QVector<const Credential *> findAll(const QStringList &ids) const;
    int indexOf(const QString &id) const;
    // Case-insensitive, ignoring surrounding blanks.
    bool isNameTaken(const QString &name, const QString &exceptId = QString()) const;
    // Replaces the credential with the same id in place, or appends it. Returns its index.
    int upsert(const Credential &credential);
    void insert(int index, const Credential &credential) { m_credentials.insert(index, credential); }
    void removeAt(int index) { m_credentials.removeAt(index); }
    void setCredentials(QVector<Credential> credentials) { m_credentials = std::move(credentials); }

    // The file's content as it would be saved.
    QByteArray serialize() const;
    // Parses a file's content; used by load() and by tests and fuzzers. Reads it directly
    // (CredentialFileCodec) and, when that declines, through parseDocument().
    static LoadResult parse(const QByteArray &data, const QString &path, QVector<Credential> *out);
    // Only the direct reader: true when it took the whole file. Safe on any thread.
    static bool readDirectly(QByteArrayView data, QVector<Credential> *out);
    // Reads it through QJsonDocument: slower, takes any JSON, and names what is wrong with a file.
    static LoadResult parseDocument(const QByteArray &data, const QString &path, QVector<Credential> *out);

private:
    QString m_filePath;
    QVector<Credential> m_credentials;
    bool m_readOnly = false;
};

} // namespace cc
