#pragma once

#include "ConversationSetup.h"
#include "VendorAdapter.h"

namespace cc::sinchmms {

// What every vendor sent through a Sinch Conversation API app shares (Sinch MMS, Sinch RCS): the
// regional host, Basic or OAuth 2.0 authentication (sinchmms::tokenExchange), the check (GET the
// app) and the SMS channel's set-up. Each vendor adds its messages.
class ConversationAdapter : public VendorAdapter
{
public:
    using VendorAdapter::VendorAdapter;

    QUrl baseUrl(const Credential &credential, const Secrets &secrets) const override;
    // The token endpoint must pass the network policy too, before any request.
    ActivityEvent configurationProblem(const Credential &credential, const Secrets &secrets) const override;
    std::optional<TokenExchange> tokenExchange(const Credential &credential, const Secrets &secrets) const override;
    VendorExchange check(const Credential &credential, const Secrets &secrets) const override;
    const ChannelSetup *channelSetup() const override;

private:
    ConversationSetup m_setup;
};

} // namespace cc::sinchmms
