#include "VendorAdapter.h"

namespace cc {

ActivityEvent VendorAdapter::senderProblem(const QString &) const
{
    return {};
}

ActivityEvent VendorAdapter::configurationProblem(const Credential &, const Secrets &) const
{
    return {};
}

std::optional<TokenExchange> VendorAdapter::tokenExchange(const Credential &, const Secrets &) const
{
    return std::nullopt;
}

VendorExchange VendorAdapter::deliveryReport(const Credential &, const Secrets &, const QString &) const
{
    return {};
}

ActivityEvent VendorAdapter::noDeliveryReport() const
{
    return ActivityEvent::of("refused.no-report", {{"vendor", schema().displayName}});
}

const ChannelSetup *VendorAdapter::channelSetup() const
{
    return nullptr;
}

int VendorAdapter::requestsPerSecond(const Credential &) const
{
    return 0;
}

} // namespace cc
