#include "VendorFields.h"

#include <QCoreApplication>

namespace cc {

namespace fields {

FieldSpec name()
{
    FieldSpec f;
    f.key = kNameKey;
    f.label = QT_TRANSLATE_NOOP("cc::Fields", "Name");
    f.help = QT_TRANSLATE_NOOP("cc::Fields", "Choose a name for your API credential.");
    f.required = true;
    return f;
}

static FieldSpec keywords(const char *key, const char *label, const char *help)
{
    FieldSpec f;
    f.key = QString::fromLatin1(key);
    f.label = label;
    f.help = help;
    f.type = FieldType::KeywordList;
    return f;
}

static FieldSpec message(const char *key, const char *label, const char *help)
{
    FieldSpec f;
    f.key = QString::fromLatin1(key);
    f.label = label;
    f.help = help;
    f.type = FieldType::Message;
    return f;
}

QVector<FieldSpec> keywordsAndMessages()
{
    return {
        keywords("optInKeywords", QT_TRANSLATE_NOOP("cc::Fields", "Opt-In Keywords"),
                 QT_TRANSLATE_NOOP("cc::Fields", "Enter the default or custom keywords that will automatically trigger "
                                                 "your Opt-In Message. For multiple keywords, use comma-separated "
                                                 "values.")),
        message("optInMessage", QT_TRANSLATE_NOOP("cc::Fields", "Opt-In Message"),
                QT_TRANSLATE_NOOP("cc::Fields",
                                  "Enter the custom response that is automatically sent as your Opt-In Message.")),
        keywords("optOutKeywords", QT_TRANSLATE_NOOP("cc::Fields", "Opt-Out Keywords"),
                 QT_TRANSLATE_NOOP("cc::Fields", "Enter the default or custom keywords that will automatically trigger "
                                                 "your Opt-Out Message. For multiple keywords, use comma-separated "
                                                 "values.")),
        message("optOutMessage", QT_TRANSLATE_NOOP("cc::Fields", "Opt-Out Message"),
                QT_TRANSLATE_NOOP("cc::Fields",
                                  "Enter the custom response that is automatically sent as your Opt-Out Message.")),
        keywords("helpKeywords", QT_TRANSLATE_NOOP("cc::Fields", "Help Keywords"),
                 QT_TRANSLATE_NOOP("cc::Fields", "Enter the default or custom keywords that will automatically trigger "
                                                 "your Help Message. For multiple keywords, use comma-separated "
                                                 "values.")),
        message("helpMessage", QT_TRANSLATE_NOOP("cc::Fields", "Help Message"),
                QT_TRANSLATE_NOOP("cc::Fields",
                                  "Enter the custom response that is automatically sent as your Help Message.")),
        keywords("doubleOptInKeywords", QT_TRANSLATE_NOOP("cc::Fields", "Double Opt-In Keywords"),
                 QT_TRANSLATE_NOOP("cc::Fields", "Enter the keywords which trigger the double opt-in process. If a "
                                                 "user profile does not exist, it is created upon successful "
                                                 "confirmation. For multiple keywords, use comma-separated values.")),
        message("doubleOptInMessage", QT_TRANSLATE_NOOP("cc::Fields", "Double Opt-In Message"),
                QT_TRANSLATE_NOOP("cc::Fields", "Enter the custom response that is automatically sent in response to "
                                                "the double opt-in confirmation.")),
    };
}

FieldSpec region(QVector<Choice> choices)
{
    FieldSpec f;
    f.key = QStringLiteral("region");
    f.label = QT_TRANSLATE_NOOP("cc::Fields", "Region");
    f.help = QT_TRANSLATE_NOOP("cc::Fields", "The region your account was created in. The APIs are regional: a "
                                             "wrong region fails with an authentication or not-found error.");
    f.type = FieldType::Enum;
    f.required = true;
    f.defaultValue = choices.value(0).value;
    f.choices = std::move(choices);
    return f;
}

FieldSpec endpoint(const char *help, const QString &example)
{
    FieldSpec f;
    f.key = QStringLiteral("endpoint");
    f.label = QT_TRANSLATE_NOOP("cc::Fields", "API endpoint");
    f.help = help;
    f.type = FieldType::Url;
    f.advanced = true;
    f.example = example;
    f.takesRegion = true;
    return f;
}

} // namespace fields
} // namespace cc
