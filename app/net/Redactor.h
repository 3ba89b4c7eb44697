#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cc {

// The one redaction step: every text derived from a vendor's answer, and every log line, passes
// through it before it is shown, printed, logged, stored or exported. It masks each secret of a
// request in every form the request carried it, or a vendor may echo it: as is, Base64 (standard
// and URL-safe, padded or not), percent-encoded, JSON-escaped ("\/", "\u00e9"...), the whole
// Authorization value, and for Basic auth the decoded "user:password" and each of its parts; each
// in any letter case (a vendor may quote a token upper-cased).
// Overlapping matches become one mask; an empty secret masks nothing. In texts (not bodies) it also
// masks any "Basic|Bearer|App …" value after an "Authorization" label, whoever's it is.
class Redactor
{
public:
    Redactor() = default;
    explicit Redactor(const QStringList &secrets);

    void addSecret(const QString &secret);
    // "Basic …", "Bearer …", "App …": the whole value, its credentials and, for Basic, the decoded parts.
    void addAuthorization(const QByteArray &value);
    bool isEmpty() const { return m_forms.isEmpty(); }

    QString redact(const QString &text) const;
    // For bodies and header values: the same forms, matched on their UTF-8 bytes.
    QByteArray redact(const QByteArray &bytes) const;

    // Four bullets (U+2022): what a secret becomes.
    static QString mask();

private:
    void addForm(const QString &form);

    QSet<QString> m_secrets; // added already: every request of a task carries the same ones
    QStringList m_forms;
    QSet<QString> m_formSet;
    QList<QByteArray> m_utf8Forms; // the same, encoded once
};

} // namespace cc
