#include "SinchRcs.h"

#include "ConversationAdapter.h"
#include "VendorFields.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cc::sinchrcs {

namespace {

const QString kRateLimit = QStringLiteral("rateLimit");

FieldSpec customDataset()
{
    FieldSpec f;
    f.key = QStringLiteral("useCustomDataset");
    f.label = QT_TRANSLATE_NOOP("cc::Fields", "Use custom dataset for inbound");
    f.help = QT_TRANSLATE_NOOP("cc::Fields", "Whether the platform writes inbound messages to a dataset of your own "
                                             "instead of its system dataset. The console only keeps this setting: "
                                             "the dataset itself is chosen on the platform, not here.");
    f.type = FieldType::Enum;
    f.defaultValue = QStringLiteral("no");
    f.choices = {{QStringLiteral("no"), QT_TRANSLATE_NOOP("cc::Fields", "No")},
                 {QStringLiteral("yes"), QT_TRANSLATE_NOOP("cc::Fields", "Yes")}};
    return f;
}

FieldSpec rateLimit()
{
    FieldSpec f;
    f.key = kRateLimit;
    f.label = QT_TRANSLATE_NOOP("cc::Fields", "API rate limit");
    f.help = QT_TRANSLATE_NOOP("cc::Fields", "The most requests per second made with these credentials, 0 for no "
                                             "limit. The console keeps to it too: its checks (Check all API "
                                             "credentials included), test sends and set-up steps wait for their "
                                             "turn.");
    f.type = FieldType::Integer;
    f.defaultValue = 0;
    f.minimum = 0;
    f.maximum = 1000;
    f.unit = QT_TRANSLATE_NOOP("cc::Fields", "requests/s");
    f.minimumMeaning = QT_TRANSLATE_NOOP("cc::Fields", "No limit");
    return f;
}

} // namespace

VendorSchema schema()
{
    VendorSchema s;
    s.id = QStringLiteral("sinch-rcs");
    s.displayName = QStringLiteral("Sinch RCS");
    s.identifierKeys = {QStringLiteral("projectId"), QStringLiteral("appId")};
    s.regionKey = QStringLiteral("region");
    s.note = QT_TRANSLATE_NOOP("cc::Fields", "Sinch RCS credentials send RCS messages through a Conversation API app, "
                                             "with SMS (the service plan) when a phone cannot receive RCS.");
    s.fields = QVector<FieldSpec>{fields::name()} + sinchmms::appFields() +
               QVector<FieldSpec>{customDataset(), rateLimit()} + sinchmms::placeFields();
    return s;
}

int requestsPerSecond(const Credential &credential)
{
    bool ok = false;
    const int n = credential.values.value(kRateLimit).toInt(&ok);
    return ok ? qMax(0, n) : 0;
}

QStringList channels()
{
    return {QStringLiteral("RCS"), QStringLiteral("SMS")};
}

HttpRequest sendRcsRequest(const sinchmms::Account &account, const QString &to, const QString &text,
                           const QUrl &mediaUrl)
{
    const QJsonObject message =
        mediaUrl.isEmpty() ? QJsonObject{{QStringLiteral("text_message"), QJsonObject{{QStringLiteral("text"), text}}}}
                           : QJsonObject{{QStringLiteral("card_message"), sinchmms::cardMessage(text, mediaUrl)}};
    return sinchmms::sendMessageRequest(account, to, channels(), message);
}

namespace {

const EventSentence kEvents[] = {
    {"send.sinch-rcs-accepted",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Sinch accepted the test message, to go as RCS, or as SMS when the "
                                               "phone cannot receive RCS. Message ID: %1. Its delivery is reported to "
                                               "the app's webhooks."),
     {"message"},
     nullptr},
    {"refused.report-rcs",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Sinch reports RCS delivery only to the app's webhooks; there is no "
                                               "report to fetch."),
     {},
     nullptr},
};

class Adapter final : public sinchmms::ConversationAdapter
{
public:
    // A media URL makes the message a rich card; the sender is the app's RCS agent, not the operator's.
    Adapter()
        : ConversationAdapter(withEvents(sinchrcs::schema(), kEvents, sinchmms::setupEvents()),
                              VendorCapabilities::of(VendorCapabilities::Media | VendorCapabilities::ChannelSetup |
                                                     VendorCapabilities::TextRequired))
    {
    }

    VendorExchange testSend(const Credential &credential, const Secrets &secrets,
                            const TestMessage &message) const override
    {
        return exchangeOf<sinchmms::IdResult>(
            sendRcsRequest(sinchmms::accountFrom(credential, secrets), message.to, message.text, message.mediaUrl),
            sinchmms::parseSendResponse, [](const sinchmms::IdResult &s, OperationResult *r) {
                r->messageId = s.id;
                r->event = ActivityEvent::of("send.sinch-rcs-accepted", {{"message", s.id}});
            });
    }

    ActivityEvent noDeliveryReport() const override { return ActivityEvent::of("refused.report-rcs"); }

    int requestsPerSecond(const Credential &credential) const override
    {
        return sinchrcs::requestsPerSecond(credential);
    }
};

} // namespace

const VendorAdapter &adapter()
{
    static const Adapter instance;
    return instance;
}

} // namespace cc::sinchrcs
