#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace cc {

// A JSON document typed by the operator with {{name}} placeholders inside its string values, such
// as a custom provider's payload: {"to": "{{toNumber}}", "text": "Hi: {{message}}"}. The template
// is valid JSON as it is typed; filling it replaces each placeholder with its value escaped as JSON
// string content (a quote, backslash, line break or control character in a value never changes
// the document's shape), and keeps everything else byte for byte.
class JsonTemplate
{
    Q_DECLARE_TR_FUNCTIONS(cc::JsonTemplate)

public:
    struct Problem
    {
        enum class Kind {
            None,
            NotJson,     // offset: where the parser stopped; detail: its words
            NotObject,   // JSON, but an array, a string or a number
            Missing,     // placeholder: a required one the text does not hold
            NotInString, // placeholder: written outside any string (so the text is not JSON)
            InName,      // placeholder: inside an object's name, not a value
            Unknown,     // placeholder: a {{name}} the console does not fill
        };
        Kind kind = Kind::None;
        QString placeholder; // without braces
        int offset = -1;     // in characters, from 0
        QString detail;

        bool ok() const { return kind == Kind::None; }
    };

    // required: names that must appear inside string values; allowed: names that may appear too.
    static Problem check(const QString &text, const QStringList &required, const QStringList &allowed = {});
    // Translated, naming the field: "Provider Payload: {{message}} is missing ...".
    static QString describe(const QString &fieldLabel, const Problem &problem);

    // The template with every {{name}} of values replaced inside string literals by the value as
    // escaped JSON string content; other text (and any {{other}}) as it is. UTF-8, as it goes out.
    static QByteArray fill(const QString &text, const QHash<QString, QString> &values);
    // The value as the inside of a JSON string literal (no quotes around it).
    static QString escaped(const QString &value);
    // "{{name}}".
    static QString placeholder(const QString &name);
};

} // namespace cc
