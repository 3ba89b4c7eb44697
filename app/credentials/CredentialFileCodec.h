#pragma once

#include "Credential.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

namespace cc {

// What the list shows before the credentials are built: each entry's text, in the file's order,
// and its name. Checked as read() checks the file, except what Credential::fromRecord decides.
struct CredentialFileIndex
{
    QVector<QByteArrayView> entries; // into the data it was made from
    QStringList names;
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
    // and keeps where each one lies and its name. Declines what read() declines, but for the
    // entries' meaning (a bad id, an unknown vendor), which readEntry() and read() still check.
    static bool index(QByteArrayView data, const QString &format, int maxSchemaVersion, CredentialFileIndex *out);
    // One entry of an index, as read() would read it.
    static bool readEntry(QByteArrayView entry, Credential *out);
};

} // namespace cc
