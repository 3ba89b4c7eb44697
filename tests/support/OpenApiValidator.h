#pragma once

// A small OpenAPI 3.0/3.1 reader and JSON-schema validator, enough for the vendor specs the tests
// use: $ref (any local JSON pointer), type (also 3.1 type lists), nullable, enum, required,
// properties, additionalProperties (false or a schema), items, minItems/maxItems,
// minLength/maxLength, pattern, minimum/maximum (and the exclusive forms), allOf/anyOf/oneOf/not.
// Request bodies are JSON or form-encoded (application/x-www-form-urlencoded: each field is text,
// given the type its property's schema declares, a repeated field an array); path parameters are
// checked against their schemas too.
// In strict mode an object property that no schema on that level declares is an error, so that a
// misspelt field name fails too.

#include "net/HttpTypes.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace cctest {

class OpenApiSpec
{
public:
    bool load(const QString &path, QString *error);
    const QJsonObject &root() const { return m_root; }

    struct Operation
    {
        QString pathTemplate; // e.g. /xms/v1/{service_plan_id}/batches
        QString method;       // lower case, as in the spec
        QJsonObject operation;
        QJsonArray parameters;              // path-item and operation parameters, $refs resolved
        QHash<QString, QString> pathValues; // the path's parameters, by name, percent-decoded
        bool found = false;
    };
    // The operation for a method and a concrete, percent-encoded path; the template with the most
    // literal characters wins when several match (/batches/dry_run over /batches/{batch_id}).
    Operation findOperation(const QByteArray &method, const QString &path) const;

    // Follows $ref (possibly several times) and returns the object it points at.
    QJsonObject resolve(const QJsonObject &schemaOrRef) const;

    // Problems of a request against its operation: security scheme, query parameters, body.
    QStringList checkRequest(const cc::HttpRequest &request, const Operation &op, bool strict = true) const;
    // The same for a request as a fake server at base received it: its decoded path and raw query.
    QStringList checkReceived(const QUrl &base, const QByteArray &method, const QString &path, const QString &query,
                              const QList<cc::RawHeader> &headers, const QByteArray &body) const;

    // Problems of a JSON value against a schema; empty when it is valid.
    QStringList validate(const QJsonValue &value, const QJsonObject &schema, const QString &where = QString(),
                         bool strict = true) const;

    // The schema of the operation's request body for a media type, or an empty object.
    QJsonObject requestBodySchema(const Operation &op,
                                  const QString &mediaType = QStringLiteral("application/json")) const;
    // A form-encoded body as the JSON object its schema describes: each value given the type of its
    // property (text, number, boolean), a field given more than once or declared an array as an array.
    // Problems of the encoding itself (a field given twice that is no array) go to *errors.
    QJsonObject formFields(const QByteArray &body, const QJsonObject &schema, QStringList *errors) const;
    // The application/json schema of the response for a status (or its "2XX"/"default"), or empty.
    QJsonObject responseSchema(const Operation &op, int status) const;

private:
    void validateInto(const QJsonValue &value, const QJsonObject &schema, const QString &where, bool strict,
                      const QSet<QString> &inheritedNames, QStringList *errors) const;
    QSet<QString> declaredNames(const QJsonObject &schema, bool withAlternatives) const;
    QString checkSecurity(const cc::HttpRequest &request, const Operation &op) const;
    QStringList checkQuery(const cc::HttpRequest &request, const Operation &op) const;
    QStringList checkPath(const Operation &op) const;
    QStringList checkBody(const cc::HttpRequest &request, const Operation &op, bool strict) const;

    QJsonObject m_root;
};

} // namespace cctest
