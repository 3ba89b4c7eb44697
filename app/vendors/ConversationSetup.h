#pragma once

#include "VendorAdapter.h"

namespace cc::sinchmms {

// The SMS channel of a Sinch Conversation app: reads the app, adds or replaces its SMS channel
// (keeping every other channel), with a webhook target makes sure one webhook sends inbound messages
// there (an existing one is reused, never duplicated; Sinch's limit of webhooks per app is checked
// first), and reads the SMS channel's state back. Each step is reported as it ends.
class ConversationSetup final : public ChannelSetup
{
public:
    enum Step { ReadApp, ListWebhooks, UpdateChannels, CreateWebhook, ReadBack };

    QString intro(const Credential &credential) const override;
    QUrl callbackUrl(const Credential &credential) const override;
    QString callbackNote(const Credential &credential) const override;
    QString stepName(int kind) const override;
    void run(const Credential &credential, const Secrets &secrets, const QUrl &webhookTarget,
             std::shared_ptr<SetupRunner> runner) const override;
};

// The sentences of the set-up's events.
QVector<EventSentence> setupEvents();

} // namespace cc::sinchmms
