#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cc {

// The one redaction step: every text derived from a vendor's answer, and every log line, passes
// through it before it is shown, printed, logged, stored or exported. It masks each secret of a
// request in every form the request carried it, or a vendor may echo it: as is, Base64 (standard
// and URL-safe, padded or not), percent-encoded, JSON-escaped ("\/", "\u00e9"...), the whole
// Authorization value, and for Basic auth the decoded "user:password" and each of its parts.
// Overlapping matches become one mask; an empty secret masks nothing.
class Redactor
{
public:
    Redactor() = default;
    explicit Redactor(const QStringList &secrets);

    void addSecret(const QString &secret);
    // "Basic …", "Bearer …", "App …": the whole value, its credentials and, for Basic, the decoded parts.
    void addAuthorization(const QByteArray &value);
    // Everything other knows too (a task that sent several requests).
    void merge(const Redactor &other);
    bool isEmpty() const { return m_forms.isEmpty(); }

    QString redact(const QString &text) const;
    // For bodies and header values: the same forms, matched on their UTF-8 bytes.
    QByteArray redact(const QByteArray &bytes) const;

    // Four bullets (U+2022): what a secret becomes.
    static QString mask();

private:
    void addForm(const QString &form);

    QStringList m_forms;
    QList<QByteArray> m_utf8Forms; // the same, encoded once
};

} // namespace cc
