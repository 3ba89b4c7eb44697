#pragma once

#include "Credential.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

namespace cc {

// Where the values the list sorts an entry on lie in its text (from its first byte); -1 for those
// it lacks.
struct CredentialEntryParts
{
    qint32 vendor = -1;
    qint32 created = -1;
    qint32 modified = -1;
    qint32 checkState = -1;
    qint32 checkAt = -1;
};

// What the list shows before the credentials are built: each entry's text, in the file's order,
// its name and where its sort keys lie. Checked as read() checks the file, except what
// Credential::fromRecord decides.
struct CredentialFileIndex
{
    QVector<QByteArrayView> entries; // into the data it was made from
    QStringList names;
    QVector<CredentialEntryParts> parts;
    QVector<int> nameRanks; // nameRanks(names), when the reader wants them
};

// Reads and writes the credentials file's JSON directly, without a QJsonDocument in between: with
// 10,000 credentials the document costs as much memory as the credentials themselves, and as much
// time again to build and to free, at every start-up and every save.
//
// read() takes the file as write() writes it, and any well-formed JSON of the same shape. On
// anything else (an error, an unknown key, escapes it leaves to Qt, a number too large) it returns
// false without a reason, and CredentialStore::parse reads the file through QJsonDocument instead,
// which names the fault. The store fuzzer checks that the two readers agree.
class CredentialFileCodec
{
public:
    static QByteArray write(const QVector<Credential> &credentials, const QString &format, int schemaVersion);
    static bool read(QByteArrayView data, const QString &format, int maxSchemaVersion, QVector<Credential> *out);
    // A first pass over the file, several times faster than read(): it checks every entry's shape
    // and keeps where each one lies, its name and where its sort keys lie. Declines what read() declines, but for the
    // entries' meaning (a bad id, an unknown vendor), which readEntry() and read() still check.
    static bool index(QByteArrayView data, const QString &format, int maxSchemaVersion, CredentialFileIndex *out);
    // What the list sorts an entry of an index on, as CredentialSortKeys::of() gives it for the
    // credential read() would read from it; without reading the rest of the entry.
    static CredentialSortKeys sortKeys(QByteArrayView entry, const CredentialEntryParts &parts);
    // One entry of an index, as read() would read it.
    static bool readEntry(QByteArrayView entry, Credential *out);
};

} // namespace cc
