#include "OpenApiValidator.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace cctest {

namespace {

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QStringLiteral("integer") : QStringLiteral("number");
    }
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

bool typeMatches(const QString &actual, const QString &wanted)
{
    return actual == wanted || (wanted == QLatin1String("number") && actual == QLatin1String("integer"));
}

QString compact(const QJsonValue &v)
{
    const QByteArray json = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2)).left(80);
}

// A text value (a query parameter, a path segment, a form field) in the JSON type the schema expects;
// undefined when it is not of that type.
QJsonValue typedText(const QString &text, const QJsonObject &schema)
{
    const QString type = schema.value(QLatin1String("type")).toString();
    if (type == QLatin1String("integer") || type == QLatin1String("number")) {
        bool ok = false;
        const double d = text.toDouble(&ok);
        return ok ? QJsonValue(d) : QJsonValue(QJsonValue::Undefined);
    }
    if (type == QLatin1String("boolean")) {
        if (text != QLatin1String("true") && text != QLatin1String("false"))
            return QJsonValue(QJsonValue::Undefined);
        return text == QLatin1String("true");
    }
    return text;
}

} // namespace

bool OpenApiSpec::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = parseError.errorString();
        return false;
    }
    m_root = doc.object();
    return true;
}

QJsonObject OpenApiSpec::resolve(const QJsonObject &schemaOrRef) const
{
    QJsonObject o = schemaOrRef;
    for (int depth = 0; depth < 32 && o.contains(QLatin1String("$ref")); ++depth) {
        const QString ref = o.value(QLatin1String("$ref")).toString();
        if (!ref.startsWith(QLatin1String("#/")))
            return QJsonObject();
        QJsonValue v = m_root;
        for (QString part : ref.mid(2).split(QLatin1Char('/'))) {
            part.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
            v = v.toObject().value(part);
        }
        o = v.toObject();
    }
    return o;
}

OpenApiSpec::Operation OpenApiSpec::findOperation(const QByteArray &method, const QString &path) const
{
    Operation best;
    int bestLiterals = -1;
    const QString m = QString::fromLatin1(method).toLower();
    const QJsonObject paths = m_root.value(QLatin1String("paths")).toObject();
    static const QRegularExpression variable(QStringLiteral("\\{[^}/]+\\}"));
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QJsonObject item = it.value().toObject();
        if (!item.contains(m))
            continue;
        QString pattern;
        QStringList names;
        int literals = 0;
        int last = 0;
        for (auto match = variable.globalMatch(it.key()); match.hasNext();) {
            const auto v = match.next();
            const QString literal = it.key().mid(last, v.capturedStart() - last);
            names << v.captured().mid(1, v.capturedLength() - 2);
            pattern += QRegularExpression::escape(literal) + QStringLiteral("([^/]+)");
            literals += literal.size();
            last = v.capturedEnd();
        }
        pattern += QRegularExpression::escape(it.key().mid(last));
        literals += it.key().size() - last;
        const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
        const QRegularExpressionMatch found = re.match(path);
        if (!found.hasMatch() || literals <= bestLiterals)
            continue;
        bestLiterals = literals;
        best.found = true;
        best.pathValues.clear();
        for (int i = 0; i < names.size(); ++i)
            best.pathValues.insert(names.at(i), QUrl::fromPercentEncoding(found.captured(i + 1).toUtf8()));
        best.pathTemplate = it.key();
        best.method = m;
        best.operation = item.value(m).toObject();
        best.parameters = QJsonArray();
        for (const QString &level : {QStringLiteral("path"), QStringLiteral("operation")}) {
            const QJsonObject owner = level == QLatin1String("path") ? item : best.operation;
            for (const QJsonValue &p : owner.value(QLatin1String("parameters")).toArray())
                best.parameters.append(resolve(p.toObject()));
        }
    }
    return best;
}

QJsonObject OpenApiSpec::requestBodySchema(const Operation &op, const QString &mediaType) const
{
    const QJsonObject body = resolve(op.operation.value(QLatin1String("requestBody")).toObject());
    return body.value(QLatin1String("content"))
        .toObject()
        .value(mediaType)
        .toObject()
        .value(QLatin1String("schema"))
        .toObject();
}

QJsonObject OpenApiSpec::formFields(const QByteArray &body, const QJsonObject &schemaOrRef, QStringList *errors) const
{
    const QJsonObject properties = resolve(schemaOrRef).value(QLatin1String("properties")).toObject();
    QJsonObject fields;
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        if (pair.isEmpty() || equals < 0) {
            errors->append(QStringLiteral("form field \"%1\" has no \"=\"").arg(QString::fromUtf8(pair)));
            continue;
        }
        // "+" is a space in a form: a phone number's "+" must come as %2B.
        const auto decoded = [](QByteArray part) { return QUrl::fromPercentEncoding(part.replace('+', ' ')); };
        const QString name = decoded(pair.left(equals));
        const QString text = decoded(pair.mid(equals + 1));
        const QJsonObject property = resolve(properties.value(name).toObject());
        const bool isArray = property.value(QLatin1String("type")).toString() == QLatin1String("array");
        const QJsonObject itemSchema = isArray ? resolve(property.value(QLatin1String("items")).toObject()) : property;
        QJsonValue value = typedText(text, itemSchema);
        if (value.isUndefined()) {
            errors->append(QStringLiteral("form field \"%1\" is not a %2")
                               .arg(name, itemSchema.value(QLatin1String("type")).toString()));
            value = text;
        }
        if (isArray) {
            QJsonArray list = fields.value(name).toArray();
            list.append(value);
            fields.insert(name, list);
        } else if (fields.contains(name)) {
            errors->append(QStringLiteral("form field \"%1\" is given twice").arg(name));
        } else {
            fields.insert(name, value);
        }
    }
    return fields;
}

QJsonObject OpenApiSpec::responseSchema(const Operation &op, int status) const
{
    const QJsonObject responses = op.operation.value(QLatin1String("responses")).toObject();
    QJsonValue r = responses.value(QString::number(status));
    if (r.isUndefined())
        r = responses.value(QString::number(status / 100) + QLatin1String("XX"));
    if (r.isUndefined())
        r = responses.value(QLatin1String("default"));
    return resolve(r.toObject())
        .value(QLatin1String("content"))
        .toObject()
        .value(QLatin1String("application/json"))
        .toObject()
        .value(QLatin1String("schema"))
        .toObject();
}

QString OpenApiSpec::checkSecurity(const cc::HttpRequest &request, const Operation &op) const
{
    const QJsonArray requirements = op.operation.contains(QLatin1String("security"))
                                        ? op.operation.value(QLatin1String("security")).toArray()
                                        : m_root.value(QLatin1String("security")).toArray();
    if (requirements.isEmpty())
        return QString(); // the spec declares nothing to check against
    const QJsonObject schemes =
        m_root.value(QLatin1String("components")).toObject().value(QLatin1String("securitySchemes")).toObject();
    const QByteArray authorization = request.header("Authorization");
    const QString word = QString::fromLatin1(authorization.left(authorization.indexOf(' '))).toLower();
    QStringList names;
    for (const QJsonValue &requirement : requirements) {
        if (requirement.toObject().isEmpty())
            return QString(); // {}: the operation may be called without any
        for (const QString &name : requirement.toObject().keys()) {
            names << name;
            const QJsonObject s = schemes.value(name).toObject();
            const QString type = s.value(QLatin1String("type")).toString();
            const QString scheme = s.value(QLatin1String("scheme")).toString().toLower();
            if (type == QLatin1String("http") && !scheme.isEmpty() && scheme == word)
                return QString();
            if (type == QLatin1String("oauth2") && word == QLatin1String("bearer"))
                return QString();
            // An API key in the Authorization header carries its own word ("App" for Infobip).
            if (type == QLatin1String("apiKey") && s.value(QLatin1String("in")).toString() == QLatin1String("header")) {
                const QByteArray header = s.value(QLatin1String("name")).toString().toLatin1();
                const bool isAuthorization = header.compare("Authorization", Qt::CaseInsensitive) == 0;
                if (!request.header(header).isEmpty() &&
                    (!isAuthorization || (word != QLatin1String("basic") && word != QLatin1String("bearer"))))
                    return QString();
            }
        }
    }
    return QStringLiteral("Authorization \"%1 ...\" matches none of the declared schemes %2")
        .arg(word, names.join(QLatin1Char(',')));
}

QStringList OpenApiSpec::checkQuery(const cc::HttpRequest &request, const Operation &op) const
{
    QStringList errors;
    const QUrlQuery query(request.url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        QJsonObject declared;
        for (const QJsonValue &p : op.parameters) {
            const QJsonObject o = p.toObject();
            if (o.value(QLatin1String("in")).toString() == QLatin1String("query") &&
                o.value(QLatin1String("name")).toString() == item.first)
                declared = o;
        }
        if (declared.isEmpty()) {
            errors << QStringLiteral("query parameter \"%1\" is not declared").arg(item.first);
            continue;
        }
        QJsonObject schema = resolve(declared.value(QLatin1String("schema")).toObject());
        if (schema.value(QLatin1String("type")).toString() == QLatin1String("array"))
            schema = resolve(schema.value(QLatin1String("items")).toObject());
        // A query value is text; give it the JSON type the schema expects before validating.
        const QJsonValue value = typedText(item.second, schema);
        if (value.isUndefined())
            errors << QStringLiteral("query parameter \"%1\" is not a %2")
                          .arg(item.first, schema.value(QLatin1String("type")).toString());
        else
            errors += validate(value, schema, QStringLiteral("query ") + item.first);
    }
    for (const QJsonValue &p : op.parameters) {
        const QJsonObject o = p.toObject();
        if (o.value(QLatin1String("in")).toString() == QLatin1String("query") &&
            o.value(QLatin1String("required")).toBool() &&
            !query.hasQueryItem(o.value(QLatin1String("name")).toString()))
            errors << QStringLiteral("required query parameter \"%1\" is missing")
                          .arg(o.value(QLatin1String("name")).toString());
    }
    return errors;
}

QStringList OpenApiSpec::checkReceived(const QUrl &base, const QByteArray &method, const QString &path,
                                       const QString &query, const QList<cc::RawHeader> &headers,
                                       const QByteArray &body) const
{
    cc::HttpRequest sent;
    sent.method = method;
    sent.url = QUrl(base.toString() + path); // as FakeVendorServer::url(path) makes it
    sent.url.setQuery(query, QUrl::StrictMode);
    sent.headers = headers;
    sent.body = body;
    const QString encodedPath = QString::fromLatin1(QUrl::toPercentEncoding(path, "/:"));
    return checkRequest(sent, findOperation(method, encodedPath));
}

QStringList OpenApiSpec::checkRequest(const cc::HttpRequest &request, const Operation &op, bool strict) const
{
    QStringList errors;
    if (!op.found)
        return {QStringLiteral("no operation %1 %2 in the spec")
                    .arg(QString::fromLatin1(request.method), request.url.path(QUrl::FullyEncoded))};
    const QString security = checkSecurity(request, op);
    if (!security.isEmpty())
        errors << security;
    errors += checkQuery(request, op);
    errors += checkPath(op);
    return errors + checkBody(request, op, strict);
}

QStringList OpenApiSpec::checkPath(const Operation &op) const
{
    QStringList errors;
    for (const QJsonValue &p : op.parameters) {
        const QJsonObject o = p.toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        if (o.value(QLatin1String("in")).toString() != QLatin1String("path") || !op.pathValues.contains(name))
            continue;
        const QJsonObject schema = resolve(o.value(QLatin1String("schema")).toObject());
        const QJsonValue value = typedText(op.pathValues.value(name), schema);
        if (value.isUndefined())
            errors << QStringLiteral("path parameter \"%1\" is not a %2")
                          .arg(name, schema.value(QLatin1String("type")).toString());
        else
            errors += validate(value, schema, QStringLiteral("path ") + name);
    }
    return errors;
}

QStringList OpenApiSpec::checkBody(const cc::HttpRequest &request, const Operation &op, bool strict) const
{
    QStringList errors;
    if (request.body.isEmpty()) {
        if (resolve(op.operation.value(QLatin1String("requestBody")).toObject())
                .value(QLatin1String("required"))
                .toBool())
            errors << QStringLiteral("the operation requires a body");
        return errors;
    }
    const QString contentType =
        QString::fromLatin1(request.header("Content-Type")).section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    const QString form = QStringLiteral("application/x-www-form-urlencoded");
    const QJsonObject bodySchema =
        requestBodySchema(op, contentType == form ? form : QStringLiteral("application/json"));
    if (bodySchema.isEmpty())
        return errors << QStringLiteral("the operation declares no %1 body")
                             .arg(contentType.isEmpty() ? QStringLiteral("untyped") : contentType);
    if (contentType == form) {
        const QJsonObject fields = formFields(request.body, bodySchema, &errors);
        return errors + validate(fields, bodySchema, QStringLiteral("form"), strict);
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return errors << QStringLiteral("the body is not JSON: %1").arg(parseError.errorString());
    const QJsonValue body = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    return errors + validate(body, bodySchema, QStringLiteral("body"), strict);
}

QStringList OpenApiSpec::validate(const QJsonValue &value, const QJsonObject &schema, const QString &where,
                                  bool strict) const
{
    QStringList errors;
    validateInto(value, schema, where.isEmpty() ? QStringLiteral("$") : where, strict, {}, &errors);
    return errors;
}

QSet<QString> OpenApiSpec::declaredNames(const QJsonObject &schemaOrRef, bool withAlternatives) const
{
    const QJsonObject schema = resolve(schemaOrRef);
    QSet<QString> names;
    for (const QString &k : schema.value(QLatin1String("properties")).toObject().keys())
        names.insert(k);
    QStringList combinators{QStringLiteral("allOf")};
    if (withAlternatives)
        combinators << QStringLiteral("anyOf") << QStringLiteral("oneOf");
    for (const QString &c : combinators) {
        for (const QJsonValue &sub : schema.value(c).toArray())
            names.unite(declaredNames(sub.toObject(), withAlternatives));
    }
    return names;
}

void OpenApiSpec::validateInto(const QJsonValue &value, const QJsonObject &schemaOrRef, const QString &where,
                               bool strict, const QSet<QString> &inheritedNames, QStringList *errors) const
{
    const QJsonObject schema = resolve(schemaOrRef);
    if (schema.isEmpty())
        return; // {} accepts anything

    // type, with 3.0 nullable and 3.1 type lists
    const QString actual = typeOf(value);
    const QJsonValue typeValue = schema.value(QLatin1String("type"));
    QStringList types = typeValue.isArray() ? QStringList() : QStringList{typeValue.toString()};
    for (const QJsonValue &t : typeValue.toArray())
        types << t.toString();
    types.removeAll(QString());
    if (value.isNull() && (schema.value(QLatin1String("nullable")).toBool() || types.contains(QLatin1String("null"))))
        return;
    if (!types.isEmpty() &&
        std::none_of(types.begin(), types.end(), [&](const QString &t) { return typeMatches(actual, t); })) {
        errors->append(QStringLiteral("%1: expected %2, got %3").arg(where, types.join(QLatin1Char('|')), actual));
        return;
    }

    if (schema.contains(QLatin1String("enum")) && !schema.value(QLatin1String("enum")).toArray().contains(value))
        errors->append(QStringLiteral("%1: %2 is not one of the allowed values").arg(where, compact(value)));

    if (value.isString()) {
        const qsizetype length = value.toString().toUcs4().size();
        if (schema.contains(QLatin1String("minLength")) && length < schema.value(QLatin1String("minLength")).toInt())
            errors->append(QStringLiteral("%1: shorter than minLength").arg(where));
        if (schema.contains(QLatin1String("maxLength")) && length > schema.value(QLatin1String("maxLength")).toInt())
            errors->append(QStringLiteral("%1: longer than maxLength").arg(where));
        // ECMA-262 patterns, unanchored; what the vendors' specs use is the common subset.
        const QString pattern = schema.value(QLatin1String("pattern")).toString();
        if (!pattern.isEmpty() && !QRegularExpression(pattern).match(value.toString()).hasMatch())
            errors->append(QStringLiteral("%1: %2 does not match the pattern %3").arg(where, compact(value), pattern));
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        const QJsonValue min = schema.value(QLatin1String("minimum"));
        const QJsonValue max = schema.value(QLatin1String("maximum"));
        const QJsonValue exclusiveMin = schema.value(QLatin1String("exclusiveMinimum"));
        const QJsonValue exclusiveMax = schema.value(QLatin1String("exclusiveMaximum"));
        if (min.isDouble() && (d < min.toDouble() || (exclusiveMin.toBool() && d == min.toDouble())))
            errors->append(QStringLiteral("%1: %2 is below the minimum").arg(where).arg(d));
        if (max.isDouble() && (d > max.toDouble() || (exclusiveMax.toBool() && d == max.toDouble())))
            errors->append(QStringLiteral("%1: %2 is above the maximum").arg(where).arg(d));
        if (exclusiveMin.isDouble() && d <= exclusiveMin.toDouble())
            errors->append(QStringLiteral("%1: %2 is not above the exclusive minimum").arg(where).arg(d));
        if (exclusiveMax.isDouble() && d >= exclusiveMax.toDouble())
            errors->append(QStringLiteral("%1: %2 is not below the exclusive maximum").arg(where).arg(d));
    }

    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (schema.contains(QLatin1String("minItems")) && a.size() < schema.value(QLatin1String("minItems")).toInt())
            errors->append(QStringLiteral("%1: fewer than %2 items")
                               .arg(where)
                               .arg(schema.value(QLatin1String("minItems")).toInt()));
        if (schema.contains(QLatin1String("maxItems")) && a.size() > schema.value(QLatin1String("maxItems")).toInt())
            errors->append(QStringLiteral("%1: more than %2 items")
                               .arg(where)
                               .arg(schema.value(QLatin1String("maxItems")).toInt()));
        const QJsonObject items = schema.value(QLatin1String("items")).toObject();
        for (int i = 0; i < a.size(); ++i)
            validateInto(a.at(i), items, QStringLiteral("%1[%2]").arg(where).arg(i), strict, {}, errors);
    }

    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const QJsonValue &r : schema.value(QLatin1String("required")).toArray()) {
            if (!o.contains(r.toString()))
                errors->append(QStringLiteral("%1: required \"%2\" is missing").arg(where, r.toString()));
        }
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
        // Names this level knows: its own, its allOf parts', and those of the schema around it.
        const QSet<QString> known = declaredNames(schema, true) + inheritedNames;
        const bool checkUnknown = additional == QJsonValue(false) ||
                                  (strict && additional.isUndefined() && !declaredNames(schema, true).isEmpty());
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString child = where + QLatin1Char('.') + it.key();
            if (properties.contains(it.key()))
                validateInto(it.value(), properties.value(it.key()).toObject(), child, strict, {}, errors);
            else if (additional.isObject())
                validateInto(it.value(), additional.toObject(), child, strict, {}, errors);
            else if (checkUnknown && !known.contains(it.key()))
                errors->append(QStringLiteral("%1: \"%2\" is not declared").arg(where, it.key()));
        }
    }

    // Combinators: their parts see the names of this level, so they do not flag them as unknown.
    const QSet<QString> namesHere = declaredNames(schema, false) + inheritedNames;
    for (const QJsonValue &sub : schema.value(QLatin1String("allOf")).toArray())
        validateInto(value, sub.toObject(), where, strict, namesHere, errors);
    const auto matching = [&](const QJsonArray &alternatives) {
        int count = 0;
        for (const QJsonValue &sub : alternatives) {
            QStringList subErrors;
            validateInto(value, sub.toObject(), where, strict, namesHere, &subErrors);
            count += subErrors.isEmpty() ? 1 : 0;
        }
        return count;
    };
    if (schema.contains(QLatin1String("anyOf")) && matching(schema.value(QLatin1String("anyOf")).toArray()) == 0)
        errors->append(QStringLiteral("%1: matches none of anyOf").arg(where));
    if (schema.contains(QLatin1String("oneOf"))) {
        const int n = matching(schema.value(QLatin1String("oneOf")).toArray());
        if (n != 1)
            errors->append(QStringLiteral("%1: matches %2 of oneOf, needs exactly 1").arg(where).arg(n));
    }
    if (schema.contains(QLatin1String("not"))) {
        QStringList subErrors;
        validateInto(value, schema.value(QLatin1String("not")).toObject(), where, false, namesHere, &subErrors);
        if (subErrors.isEmpty())
            errors->append(QStringLiteral("%1: matches a schema it must not match").arg(where));
    }
}

} // namespace cctest
