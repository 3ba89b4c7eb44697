#pragma once

#include "Credential.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

namespace cc {

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
};

} // namespace cc
