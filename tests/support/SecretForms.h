#pragma once

// What a leak check looks for: a secret in the forms a careless echo or write would leave it in.
// Written apart from the console's Redactor on purpose, so that the two check each other.

#include <QByteArrayList>
#include <QString>
#include <QStringList>

namespace cctest {

// As is, Base64 (standard and URL-safe, with and without padding), percent-encoded, and
// JSON-escaped with "/" as "\/"; UTF-8.
inline QByteArrayList secretForms(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QByteArray json = utf8;
    json.replace('\\', "\\\\").replace('"', "\\\"").replace('/', "\\/");
    const QByteArrayList all{utf8,
                             utf8.toBase64(),
                             utf8.toBase64(QByteArray::OmitTrailingEquals),
                             utf8.toBase64(QByteArray::Base64UrlEncoding),
                             utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
                             utf8.toPercentEncoding(),
                             json};
    QByteArrayList forms;
    for (const QByteArray &form : all) {
        if (!forms.contains(form))
            forms << form;
    }
    return forms;
}

// The first form of any of the secrets that text holds; empty when it holds none.
inline QByteArray leakIn(const QByteArray &text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        for (const QByteArray &form : secretForms(secret)) {
            if (text.contains(form))
                return form;
        }
    }
    return QByteArray();
}

inline QByteArray leakIn(const QString &text, const QStringList &secrets)
{
    return leakIn(text.toUtf8(), secrets);
}

} // namespace cctest
