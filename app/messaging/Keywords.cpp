#include "Keywords.h"

namespace cc {

namespace {

// A keyword list as stored: a comma-separated string, or a list when it came from code or an import.
QString listText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1Char(','));
    return value.toString();
}

bool containsKeyword(const QStringList &list, const QString &keyword)
{
    return list.contains(keyword, Qt::CaseInsensitive);
}

} // namespace

const QVector<Keywords::CategoryFields> &Keywords::categories()
{
    static const QVector<CategoryFields> all = {
        {Category::OptIn, QStringLiteral("optInKeywords"), QStringLiteral("optInMessage")},
        {Category::OptOut, QStringLiteral("optOutKeywords"), QStringLiteral("optOutMessage")},
        {Category::Help, QStringLiteral("helpKeywords"), QStringLiteral("helpMessage")},
        {Category::DoubleOptIn, QStringLiteral("doubleOptInKeywords"), QStringLiteral("doubleOptInMessage")},
        {Category::CustomInbound, QStringLiteral("customInboundKeywords"), QString()},
    };
    return all;
}

QStringList Keywords::parse(const QString &text)
{
    QStringList out;
    const QStringList items = text.split(QLatin1Char(','));
    for (const QString &item : items) {
        const QString keyword = item.trimmed();
        if (!keyword.isEmpty() && !containsKeyword(out, keyword))
            out << keyword;
    }
    return out;
}

QStringList Keywords::defaults(Category category)
{
    // The platform's defaults (carrier conventions); data, never translated.
    switch (category) {
    case Category::OptOut:
        return {QStringLiteral("STOP"), QStringLiteral("QUIT"),        QStringLiteral("CANCEL"),
                QStringLiteral("END"),  QStringLiteral("UNSUBSCRIBE"), QStringLiteral("NO")};
    case Category::OptIn:
        return {QStringLiteral("SUBSCRIBE"), QStringLiteral("YES"),      QStringLiteral("UNSTOP"),
                QStringLiteral("START"),     QStringLiteral("CONTINUE"), QStringLiteral("RESUME"),
                QStringLiteral("BEGIN")};
    case Category::Help:
        return {QStringLiteral("HELP")};
    case Category::DoubleOptIn:
    case Category::CustomInbound:
        break;
    }
    return {};
}

QStringList Keywords::examples(Category category)
{
    switch (category) {
    case Category::DoubleOptIn:
        return {QStringLiteral("CONFIRM"), QStringLiteral("OK")};
    case Category::CustomInbound:
        return {QStringLiteral("DISCOUNT"), QStringLiteral("OFFERS")};
    case Category::OptIn:
    case Category::OptOut:
    case Category::Help:
        break;
    }
    return defaults(category);
}

static const Keywords::CategoryFields &fieldsOf(Keywords::Category category)
{
    for (const Keywords::CategoryFields &c : Keywords::categories()) {
        if (c.category == category)
            return c;
    }
    Q_UNREACHABLE();
}

QStringList Keywords::custom(Category category, const QVariantMap &values)
{
    return parse(listText(values.value(fieldsOf(category).keywordsKey)));
}

QStringList Keywords::effective(Category category, const QVariantMap &values)
{
    const QStringList typed = custom(category, values);
    return typed.isEmpty() ? defaults(category) : typed;
}

namespace {

// The order inbound texts are matched in. Opt-out first: a person who wants to stop must never be
// caught by another rule.
const QVector<std::pair<Keywords::Category, Keywords::Rule>> &matchOrder()
{
    using C = Keywords::Category;
    using R = Keywords::Rule;
    static const QVector<std::pair<C, R>> order = {
        {C::OptOut, R::OptOut},
        {C::OptIn, R::OptIn},
        {C::Help, R::Help},
        {C::DoubleOptIn, R::DoubleOptIn},
        {C::CustomInbound, R::CustomInbound},
    };
    return order;
}

} // namespace

Keywords::Rule Keywords::ruleOf(Category category)
{
    for (const auto &[c, rule] : matchOrder()) {
        if (c == category)
            return rule;
    }
    return Rule::None;
}

Keywords::Match Keywords::match(const QString &inboundText, const QVariantMap &values)
{
    Match result;
    const QString text = inboundText.trimmed();
    if (!text.isEmpty()) {
        for (const auto &[category, rule] : matchOrder()) {
            for (const QString &keyword : effective(category, values)) {
                if (keyword.compare(text, Qt::CaseInsensitive) != 0)
                    continue;
                if (result.rule != Rule::None) {
                    result.shadowed.append(rule);
                    break;
                }
                result.rule = rule;
                result.keyword = keyword;
                const QString messageKey = fieldsOf(category).messageKey;
                if (!messageKey.isEmpty())
                    result.reply = values.value(messageKey).toString();
                break;
            }
        }
        if (result.rule != Rule::None)
            return result;
    }

    const QString defaultReply = values.value(QStringLiteral("defaultInboundReply")).toString();
    if (!defaultReply.trimmed().isEmpty()) {
        result.rule = Rule::DefaultReply;
        result.reply = defaultReply;
    }
    return result;
}

QVector<Keywords::Step> Keywords::exchange(const QString &inboundText, const QVariantMap &values)
{
    const Match first = match(inboundText, values);
    Step step{inboundText.trimmed(), first.reply, false, first.rule, first.keyword, first.shadowed};
    if (first.rule != Rule::DoubleOptIn)
        return {step};
    // The confirmation request is the platform's own text; the Double Opt-In Message answers the
    // confirmation, which is an opt-in keyword.
    step.reply.clear();
    step.platformPrompt = true;
    const QStringList confirmations = effective(Category::OptIn, values);
    const QString confirmation = confirmations.value(0);
    Step second{confirmation, values.value(QStringLiteral("doubleOptInMessage")).toString(),
                false,        Rule::DoubleOptIn,
                confirmation, {}};
    return {step, second};
}

} // namespace cc
