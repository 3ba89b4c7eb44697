#include "JsonTemplate.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QVector>

#include <cctype>

namespace cc {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{([A-Za-z_][A-Za-z0-9_]*)\\}\\}"));
    return pattern;
}

// A string literal of the text: its contents (between the quotes) and whether it names a member.
struct Literal
{
    qsizetype begin = 0; // first character after the opening quote
    qsizetype end = 0;   // the closing quote (or the text's end when it is never closed)
    bool isName = false;
};

// The string literals of a text that may not be JSON: quotes and backslash escapes only.
QVector<Literal> literalsOf(const QString &text)
{
    QVector<Literal> literals;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text.at(i) != QLatin1Char('"'))
            continue;
        Literal l;
        l.begin = i + 1;
        qsizetype j = l.begin;
        while (j < n && text.at(j) != QLatin1Char('"'))
            j += text.at(j) == QLatin1Char('\\') ? 2 : 1;
        l.end = qMin(j, n);
        qsizetype k = l.end + 1;
        while (k < n && text.at(k).isSpace())
            ++k;
        l.isName = k < n && text.at(k) == QLatin1Char(':');
        literals.append(l);
        i = l.end;
    }
    return literals;
}

// Where a string literal holds an escape JSON does not have (Qt's parser lets "\{" through), or -1.
// A placeholder right after such a backslash would otherwise be filled with a value that the
// backslash then escapes.
qsizetype badEscape(const QString &text, const Literal &l)
{
    static const QString simple = QStringLiteral("\"\\/bfnrt");
    for (qsizetype j = l.begin; j < l.end; ++j) {
        if (text.at(j) != QLatin1Char('\\'))
            continue;
        const QChar next = j + 1 < l.end ? text.at(j + 1) : QChar();
        if (next == QLatin1Char('u')) {
            for (qsizetype k = j + 2; k < j + 6; ++k) {
                if (k >= l.end || !isxdigit(text.at(k).toLatin1()))
                    return j;
            }
            j += 5;
        } else if (!next.isNull() && simple.contains(next)) {
            ++j;
        } else {
            return j;
        }
    }
    return -1;
}

} // namespace

QString JsonTemplate::placeholder(const QString &name)
{
    return QStringLiteral("{{") + name + QStringLiteral("}}");
}

QString JsonTemplate::escaped(const QString &value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        default:
            // Other control characters, DEL, and the line and paragraph separators (which some
            // JavaScript parsers take for line ends) as \uXXXX.
            if (u < 0x20 || u == 0x7f || u == 0x2028 || u == 0x2029)
                out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

JsonTemplate::Problem JsonTemplate::check(const QString &text, const QStringList &required, const QStringList &allowed)
{
    Problem p;
    const QVector<Literal> literals = literalsOf(text);
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        // A placeholder between the strings is the likeliest cause: say that rather than the parser's words.
        qsizetype from = 0;
        for (qsizetype i = 0; i <= literals.size(); ++i) {
            const qsizetype to = i < literals.size() ? literals.at(i).begin - 1 : text.size();
            const QRegularExpressionMatch m = placeholderPattern().match(text.mid(from, to - from));
            if (m.hasMatch()) {
                p.kind = Problem::Kind::NotInString;
                p.placeholder = m.captured(1);
                p.offset = int(from + m.capturedStart());
                return p;
            }
            if (i < literals.size())
                from = literals.at(i).end + 1;
        }
        p.kind = Problem::Kind::NotJson;
        p.offset = int(QString::fromUtf8(utf8.left(error.offset)).size());
        p.detail = error.errorString();
        return p;
    }
    for (const Literal &l : literals) {
        const qsizetype bad = badEscape(text, l);
        if (bad >= 0) {
            p.kind = Problem::Kind::NotJson;
            p.offset = int(bad);
            p.detail = QStringLiteral("invalid escape sequence");
            return p;
        }
    }
    if (!doc.isObject()) {
        p.kind = Problem::Kind::NotObject;
        return p;
    }
    QStringList found;
    for (const Literal &l : literals) {
        QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text.mid(l.begin, l.end - l.begin));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString name = m.captured(1);
            const int offset = int(l.begin + m.capturedStart());
            if (l.isName)
                return {Problem::Kind::InName, name, offset, QString()};
            if (!required.contains(name) && !allowed.contains(name))
                return {Problem::Kind::Unknown, name, offset, QString()};
            found << name;
        }
    }
    for (const QString &name : required) {
        if (!found.contains(name))
            return {Problem::Kind::Missing, name, -1, QString()};
    }
    return p;
}

QString JsonTemplate::describe(const QString &fieldLabel, const Problem &problem)
{
    const QString name = placeholder(problem.placeholder);
    const QString example = QStringLiteral("\"field\": \"%1\"").arg(name); // JSON: not translated
    switch (problem.kind) {
    case Problem::Kind::None:
        return QString();
    case Problem::Kind::NotJson:
        return tr("%1: this is not JSON: the text cannot be read at character %2 (%3). Write a JSON object, "
                  "with each placeholder inside a string, for example \"text\": \"{{message}}\".")
            .arg(fieldLabel)
            .arg(problem.offset + 1)
            .arg(problem.detail);
    case Problem::Kind::NotObject:
        return tr("%1: write a JSON object, between { and }: the request's body is one object.").arg(fieldLabel);
    case Problem::Kind::Missing:
        return tr("%1: %2 is missing. Put it inside a string value, for example %3.").arg(fieldLabel, name, example);
    case Problem::Kind::NotInString:
        return tr("%1: %2 (at character %3) is not inside a string value. Put it between quotes, for example %4; "
                  "the console escapes what it puts there.")
            .arg(fieldLabel, name)
            .arg(problem.offset + 1)
            .arg(example);
    case Problem::Kind::InName:
        return tr("%1: %2 (at character %3) is in the name of a member. Placeholders go in values, for example %4.")
            .arg(fieldLabel, name)
            .arg(problem.offset + 1)
            .arg(example);
    case Problem::Kind::Unknown:
        return tr("%1: %2 (at character %3) is not a placeholder the console fills. Check its spelling (names are "
                  "case-sensitive).")
            .arg(fieldLabel, name)
            .arg(problem.offset + 1);
    }
    return QString();
}

QByteArray JsonTemplate::fill(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(text.size() + 64);
    qsizetype copied = 0;
    for (const Literal &l : literalsOf(text)) {
        if (l.isName)
            continue;
        QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text.mid(l.begin, l.end - l.begin));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const auto value = values.constFind(m.captured(1));
            if (value == values.constEnd())
                continue;
            const qsizetype at = l.begin + m.capturedStart();
            out += QStringView(text).mid(copied, at - copied);
            out += escaped(*value);
            copied = at + m.capturedLength();
        }
    }
    out += QStringView(text).mid(copied);
    return out.toUtf8();
}

} // namespace cc
