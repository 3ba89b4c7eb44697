#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace cc {

// Keyword lists (opt-in, opt-out, help, double opt-in, custom inbound) and how an inbound text
// is matched against them. Keywords are data: never translated.
class Keywords
{
    Q_DECLARE_TR_FUNCTIONS(cc::Keywords)

public:
    // The categories, with the keys of their keyword field and reply field in a credential.
    enum class Category { OptIn, OptOut, Help, DoubleOptIn, CustomInbound };
    struct CategoryFields
    {
        Category category;
        QString keywordsKey; // e.g. "optOutKeywords"
        QString messageKey;  // e.g. "optOutMessage"; empty for CustomInbound
    };
    static const QVector<CategoryFields> &categories();

    // Comma-separated, trimmed, empty items dropped, later case-insensitive repeats dropped; the
    // first spelling is kept.
    static QStringList parse(const QString &text);

    // Keywords to show as an example in a list that has no defaults (data, never translated), none
    // of them a default of another list.
    static QStringList examples(Category category);

    // The platform's defaults, used when a category's list is empty (a custom list replaces them).
    static QStringList defaults(Category category);
    // The list typed for a category in these values, parsed; empty when none.
    static QStringList custom(Category category, const QVariantMap &values);
    // The keywords in force for a category in these values: the custom list, else the defaults.
    static QStringList effective(Category category, const QVariantMap &values);

    // Which rule an inbound text fires: case-insensitive on the trimmed text.
    enum class Rule { OptIn, OptOut, Help, DoubleOptIn, CustomInbound, DefaultReply, None };
    struct Match
    {
        Rule rule = Rule::None;
        QString keyword; // the keyword as configured
        QString reply;   // the reply that would go out; may be empty
        // The later rules whose keywords in force also hold the text: they never answer it.
        QVector<Rule> shadowed;
    };
    static Match match(const QString &inboundText, const QVariantMap &values);
    // The rule a category's keywords fire.
    static Rule ruleOf(Category category);

    // What goes back and forth for an inbound text: one step, or, for a double opt-in keyword, two —
    // the platform asks the person to confirm, the person confirms with an opt-in keyword, and the
    // Double Opt-In Message answers the confirmation (a profile is created if none exists).
    struct Step
    {
        QString inbound;             // what the person sends
        QString reply;               // what goes back; empty when nothing configured is sent
        bool platformPrompt = false; // the reply is the platform's own confirmation request
        Rule rule = Rule::None;
        QString keyword;
        QVector<Rule> shadowed; // as in Match
    };
    static QVector<Step> exchange(const QString &inboundText, const QVariantMap &values);
};

} // namespace cc
