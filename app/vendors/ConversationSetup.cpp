#include "ConversationSetup.h"

#include "SinchMms.h"

#include <QCoreApplication>

namespace cc::sinchmms {

namespace {

const EventSentence kEvents[] = {
    {"refused.setup-not-mms",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "Setting up the SMS channel of a Conversation app needs a Sinch MMS "
                                               "credential."),
     {},
     nullptr},
    {"setup.hidden-secrets",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations",
                       "Stopped before changing the app: the Conversation API returned the credentials of its %1 "
                       "channel(s) without their secrets, so an update would erase them. Set up the SMS channel in "
                       "the Sinch dashboard instead."),
     {"channels"},
     nullptr},
    {"setup.webhook-limit",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations",
                       "The app has %1 webhooks and Sinch allows %2 per app; none of them sends inbound messages to "
                       "%3. Nothing was changed. Remove a webhook the app no longer needs in the Sinch dashboard, then "
                       "run the set-up again."),
     {"count", "limit", "target"},
     nullptr},
    {"setup.webhook-limit-refused",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations",
                       "Sinch refused to create the webhook: the app has reached Sinch's limit of %1 webhooks per app "
                       "(%2). Remove a webhook the app no longer needs in the Sinch dashboard, then run the set-up "
                       "again; the SMS channel is already set up."),
     {"limit", "verbatim"},
     nullptr},
    {"setup.active",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "The SMS channel is active."),
     {},
     nullptr},
    {"setup.pending",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "The SMS channel is pending: Sinch is still validating it. Check again "
                                               "in a moment."),
     {},
     nullptr},
    {"setup.failing",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "The SMS channel is failing: %1. Check the service plan ID and SMS API "
                                               "token."),
     {"verbatim"},
     QT_TRANSLATE_NOOP("cc::VendorOperations", "The SMS channel is failing. Check the service plan ID and SMS API "
                                               "token.")},
    {"setup.missing",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "The app has no SMS channel after the update. Try again, or set it up "
                                               "in the Sinch dashboard."),
     {},
     nullptr},
    {"setup.unknown",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "The SMS channel is set; Sinch did not report its state."),
     {},
     nullptr},
    {"setup.done",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations", "%1 Last step, in the Sinch dashboard: set the callback URL of service "
                                               "plan %2 to %3"),
     {"state", "plan", "callback"},
     nullptr},
    {"setup.done-no-callback",
     "cc::VendorOperations",
     QT_TRANSLATE_NOOP("cc::VendorOperations",
                       "%1 Last step: service plan %2 must send its callbacks to this app, but Sinch's documentation "
                       "gives no SMS callback address for region %3. Link the service plan to the app in the Sinch "
                       "dashboard, which sets the callback by itself, or ask Sinch support for the address."),
     {"state", "plan", "region"},
     nullptr},
};

// The state of one run as it moves from step to step.
struct Run
{
    std::shared_ptr<SetupRunner> runner;
    Account account;
    QUrl webhookTarget;
    QJsonArray existing; // the app's channel credentials as read
    QString webhookId;
    bool webhookReused = false;

    bool report(ConversationSetup::Step kind, const NetError &error, const QString &okSummary) const
    {
        SetupStep st;
        st.kind = kind;
        st.ok = error.ok();
        st.error = error;
        st.summary = error.ok() ? okSummary : error.message();
        return runner->report(st);
    }

    // Ends the run, naming the callback URL and whether the webhook was reused.
    void finish(OperationResult r) const
    {
        r.callbackUrl = smsCallbackUrl(account.region, account.appId).toString();
        r.webhookReused = webhookReused;
        runner->finish(r);
    }

    void failed(const HttpResponse &response, const NetError &error) const
    {
        OperationResult r;
        r.httpStatus = response.status;
        r.error = error;
        finish(r);
    }

    // Ends a run that stops in this step without an error from the network.
    void stop(ConversationSetup::Step kind, OperationResult::Refusal refusal, const ActivityEvent &why) const
    {
        SetupStep st;
        st.kind = kind;
        st.summary = why.text();
        runner->report(st);
        OperationResult r;
        r.refusal = refusal;
        r.event = why;
        finish(r);
    }
};

void readBack(const std::shared_ptr<Run> &s);
void createWebhook(const std::shared_ptr<Run> &s);
void update(const std::shared_ptr<Run> &s);
void listWebhooks(const std::shared_ptr<Run> &s);

ActivityEvent smsState(const SmsChannel &sms)
{
    switch (sms.state) {
    case SmsChannel::State::Active:
        return ActivityEvent::of("setup.active");
    case SmsChannel::State::Pending:
        return ActivityEvent::of("setup.pending");
    case SmsChannel::State::Failing:
        return ActivityEvent::of("setup.failing", {}, sms.description); // Sinch's words
    case SmsChannel::State::Missing:
        return ActivityEvent::of("setup.missing");
    case SmsChannel::State::Unknown:
        break;
    }
    return ActivityEvent::of("setup.unknown");
}

void readApp(const std::shared_ptr<Run> &s)
{
    s->runner->send(getAppRequest(s->account), [s](const HttpResponse &response, const NetError &error) {
        const AppInfo app = error.ok() ? parseApp(response) : AppInfo{};
        const NetError e = error.ok() ? app.error : error;
        if (!s->report(ConversationSetup::ReadApp, e,
                       QCoreApplication::translate("cc::VendorOperations",
                                                   "Read the Conversation app %1 and its %n channel(s).", nullptr,
                                                   int(app.channelCredentials.size()))
                           .arg(app.displayName.isEmpty() ? app.id : app.displayName)))
            return s->failed(response, e);
        s->existing = app.channelCredentials;
        // update_mask=channel_credentials replaces the whole list: never send back a hidden secret.
        const QStringList hidden = channelsWithHiddenSecrets(s->existing);
        if (!hidden.isEmpty()) {
            return s->stop(
                ConversationSetup::UpdateChannels, OperationResult::Refusal::UnexpectedResult,
                ActivityEvent::of("setup.hidden-secrets", {{"channels", hidden.join(QStringLiteral(", "))}}));
        }
        if (s->webhookTarget.isEmpty())
            update(s);
        else
            listWebhooks(s);
    });
}

void listWebhooks(const std::shared_ptr<Run> &s)
{
    s->runner->send(listWebhooksRequest(s->account), [s](const HttpResponse &response, const NetError &error) {
        const WebhookList list = error.ok() ? parseWebhookList(response) : WebhookList{};
        const NetError e = error.ok() ? list.error : error;
        if (!e.ok()) {
            s->report(ConversationSetup::ListWebhooks, e, QString());
            return s->failed(response, e);
        }
        const int found = findWebhook(list.webhooks, s->webhookTarget, inboundTriggers());
        const QString target = s->webhookTarget.toDisplayString();
        if (found < 0 && list.webhooks.size() >= kWebhooksPerApp) {
            // Checked before anything changes: Sinch would refuse the new webhook.
            return s->stop(ConversationSetup::ListWebhooks, OperationResult::Refusal::VendorLimit,
                           ActivityEvent::of("setup.webhook-limit", {{"count", qint64(list.webhooks.size())},
                                                                     {"limit", kWebhooksPerApp},
                                                                     {"target", target}}));
        }
        if (found >= 0) {
            s->webhookId = list.webhooks.at(found).id;
            s->webhookReused = true;
        }
        s->report(ConversationSetup::ListWebhooks, NetError(),
                  QCoreApplication::translate("cc::VendorOperations", "Read the app's %n webhook(s).", nullptr,
                                              int(list.webhooks.size())));
        update(s);
    });
}

void update(const std::shared_ptr<Run> &s)
{
    s->runner->send(
        updateSmsChannelRequest(s->account, s->existing), [s](const HttpResponse &response, const NetError &error) {
            const NetError e = error.ok() ? parseApp(response).error : error;
            if (!s->report(
                    ConversationSetup::UpdateChannels, e,
                    QCoreApplication::translate("cc::VendorOperations",
                                                "Set the app's SMS channel to service plan %1; the other channels were "
                                                "kept.")
                        .arg(s->account.servicePlanId)))
                return s->failed(response, e);
            if (s->webhookTarget.isEmpty())
                readBack(s);
            else
                createWebhook(s);
        });
}

void createWebhook(const std::shared_ptr<Run> &s)
{
    const QString target = s->webhookTarget.toDisplayString();
    if (s->webhookReused) { // set up by an earlier run (or by hand): never a second one
        s->report(ConversationSetup::CreateWebhook, NetError(),
                  QCoreApplication::translate(
                      "cc::VendorOperations",
                      "Already set up: webhook %1 sends inbound messages to %2. It was reused; no webhook was "
                      "created.")
                      .arg(s->webhookId, target));
        return readBack(s);
    }
    s->runner->send(createWebhookRequest(s->account, s->webhookTarget), [s, target](const HttpResponse &response,
                                                                                    const NetError &error) {
        const IdResult w = error.ok() ? parseWebhookResponse(response) : IdResult{};
        const NetError e = error.ok() ? w.error : error;
        if (isWebhookLimitError(e)) {
            const ActivityEvent refused =
                ActivityEvent::of("setup.webhook-limit-refused", {{"limit", kWebhooksPerApp}}, e.vendorMessage);
            SetupStep st;
            st.kind = ConversationSetup::CreateWebhook;
            st.error = e;
            st.summary = refused.text();
            s->runner->report(st);
            OperationResult r;
            r.httpStatus = response.status;
            r.error = e;
            r.event = refused;
            return s->finish(r);
        }
        if (!s->report(ConversationSetup::CreateWebhook, e,
                       QCoreApplication::translate("cc::VendorOperations",
                                                   "Created a webhook that sends inbound messages to %1.")
                           .arg(target)))
            return s->failed(response, e);
        s->webhookId = w.id;
        readBack(s);
    });
}

void readBack(const std::shared_ptr<Run> &s)
{
    s->runner->send(getAppRequest(s->account), [s](const HttpResponse &response, const NetError &error) {
        const AppInfo app = error.ok() ? parseApp(response) : AppInfo{};
        const NetError e = error.ok() ? app.error : error;
        const ActivityEvent state = smsState(app.sms);
        SetupStep st;
        st.kind = ConversationSetup::ReadBack;
        st.ok = e.ok() && app.sms.state != SmsChannel::State::Failing && app.sms.state != SmsChannel::State::Missing;
        st.error = e;
        st.summary = e.ok() ? state.text() : e.message();
        s->runner->report(st);
        if (!e.ok())
            return s->failed(response, e);

        OperationResult r;
        r.ok = st.ok;
        // Sinch took the update, yet the app does not hold a working SMS channel.
        r.refusal = OperationResult::Refusal::UnexpectedResult;
        r.httpStatus = response.status;
        r.messageId = s->webhookId;
        static const char *const kStates[] = {"", "PENDING", "ACTIVE", "FAILING", ""};
        r.vendorState = QString::fromLatin1(kStates[int(app.sms.state)]);
        const QUrl callback = smsCallbackUrl(s->account.region, s->account.appId);
        if (!r.ok)
            r.event = state;
        else if (callback.isEmpty())
            r.event = ActivityEvent::of(
                "setup.done-no-callback",
                {{"state", state.toJson()}, {"plan", s->account.servicePlanId}, {"region", s->account.region}});
        else
            r.event = ActivityEvent::of(
                "setup.done",
                {{"state", state.toJson()}, {"plan", s->account.servicePlanId}, {"callback", callback.toString()}});
        s->finish(r);
    });
}

QString regionOf(const Credential &credential)
{
    const QString region = credential.text(QStringLiteral("region")).trimmed();
    return region.isEmpty() ? QStringLiteral("us") : region;
}

} // namespace

QVector<EventSentence> setupEvents()
{
    return {std::begin(kEvents), std::end(kEvents)};
}

QString ConversationSetup::intro(const Credential &credential) const
{
    return QCoreApplication::translate("cc::ChannelSetupDialog",
                                       "Connects the Sinch Conversation app %1 of \"%2\" to the SMS service plan %3: "
                                       "its SMS channel gets the service plan ID and SMS API token; the app's other "
                                       "channels are kept.")
        .arg(credential.text(QStringLiteral("appId")), credential.name(),
             credential.text(QStringLiteral("servicePlanId")));
}

QUrl ConversationSetup::callbackUrl(const Credential &credential) const
{
    return smsCallbackUrl(credential.text(QStringLiteral("region")), credential.text(QStringLiteral("appId")));
}

QString ConversationSetup::callbackNote(const Credential &credential) const
{
    const QString region = regionOf(credential);
    const QString servicePlan = credential.text(QStringLiteral("servicePlanId"));
    const QString adapter = smsAdapterRegion(region);
    if (adapter.isEmpty()) {
        return QCoreApplication::translate(
                   "cc::ChannelSetupDialog",
                   "Sinch's documentation gives SMS callback addresses for its eu1 and us1 adapters only, none for "
                   "region %1. Link service plan %2 to the app in the Sinch dashboard, which sets the callback by "
                   "itself, or ask Sinch support for the address; the console does not guess one.")
            .arg(region, servicePlan);
    }
    return QCoreApplication::translate(
               "cc::ChannelSetupDialog",
               "Set this as the callback URL of service plan %1 in the Sinch dashboard (SMS > APIs). It is the "
               "address Sinch's current SMS channel documentation gives: host xms-adapter, region %2, not the "
               "API's region code %3. An older copy of that page showed whatsapp-adapter; the console follows "
               "Sinch's current documentation.")
        .arg(servicePlan, adapter, region);
}

QString ConversationSetup::stepName(int kind) const
{
    switch (Step(kind)) {
    case ReadApp:
        return QCoreApplication::translate("cc::ChannelSetupDialog", "Fetch the Conversation app's settings");
    case ListWebhooks:
        return QCoreApplication::translate("cc::ChannelSetupDialog", "Fetch the app's webhooks");
    case UpdateChannels:
        return QCoreApplication::translate("cc::ChannelSetupDialog", "Add or update the app's SMS channel");
    case CreateWebhook:
        return QCoreApplication::translate("cc::ChannelSetupDialog", "Set up the inbound webhook");
    case ReadBack:
        break;
    }
    return QCoreApplication::translate("cc::ChannelSetupDialog", "Check the SMS channel's state");
}

void ConversationSetup::run(const Credential &credential, const Secrets &secrets, const QUrl &webhookTarget,
                            std::shared_ptr<SetupRunner> runner) const
{
    auto s = std::make_shared<Run>();
    s->runner = std::move(runner);
    s->account = accountFrom(credential, secrets);
    s->webhookTarget = webhookTarget;
    readApp(s);
}

} // namespace cc::sinchmms
