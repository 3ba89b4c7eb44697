#include "ConversationAdapter.h"

#include "OAuth.h"
#include "SinchMms.h"

namespace cc::sinchmms {

QUrl ConversationAdapter::baseUrl(const Credential &credential, const Secrets &secrets) const
{
    return sinchmms::baseUrl(accountFrom(credential, secrets));
}

ActivityEvent ConversationAdapter::configurationProblem(const Credential &credential, const Secrets &secrets) const
{
    const Account account = accountFrom(credential, secrets);
    return account.oauth ? oauth::tokenUrlProblem(account.tokenUrl) : ActivityEvent();
}

std::optional<TokenExchange> ConversationAdapter::tokenExchange(const Credential &credential,
                                                                const Secrets &secrets) const
{
    return sinchmms::tokenExchange(accountFrom(credential, secrets));
}

VendorExchange ConversationAdapter::check(const Credential &credential, const Secrets &secrets) const
{
    return checkOf(getAppRequest(accountFrom(credential, secrets)),
                   [](const HttpResponse &r) { return parseApp(r).error; });
}

const ChannelSetup *ConversationAdapter::channelSetup() const
{
    return &m_setup;
}

} // namespace cc::sinchmms
