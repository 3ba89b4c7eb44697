#include "VendorOperations.h"

#include "Infobip.h"
#include "SinchMms.h"
#include "SinchSms.h"
#include "credentials/CredentialValidator.h"
#include "net/HttpClient.h"
#include "net/NetPolicy.h"

#include <QLocale>
#include <QTimer>

#include <memory>

namespace cc {

namespace {

// True when the vendor answered with a status its parser should read; false for failures where
// nothing usable came back (transport, timeout, refused redirect, oversized body, cancel).
bool vendorAnswered(const NetError &e)
{
    switch (e.kind) {
    case NetError::Kind::None:
    case NetError::Kind::BadRequest:
    case NetError::Kind::Unauthorized:
    case NetError::Kind::Forbidden:
    case NetError::Kind::NotFound:
    case NetError::Kind::RateLimited:
    case NetError::Kind::Unavailable:
    case NetError::Kind::OtherHttp:
        return true;
    default:
        return false;
    }
}

QUrl baseUrlOf(const Credential &c, const VendorOperations::Secrets &secrets)
{
    switch (c.vendor) {
    case Vendor::SinchSms:
        return sinchsms::baseUrl(sinchsms::accountFrom(c, secrets));
    case Vendor::SinchMms:
        return sinchmms::baseUrl(sinchmms::accountFrom(c, secrets));
    case Vendor::Infobip:
        return infobip::baseUrl(infobip::accountFrom(c, secrets));
    }
    return QUrl();
}

// Why an address may not be used ("refused.address"); empty when it may.
ActivityEvent addressRefusal(const QUrl &url, const QString &example = QString())
{
    const QString problem = NetPolicy::urlProblem(url);
    if (problem.isEmpty())
        return ActivityEvent();
    return ActivityEvent::of("refused.address", {{"problem", problem}, {"scheme", url.scheme()}, {"example", example}});
}

// A parser may build text by unescaping JSON (\uXXXX), which no redaction of the raw body catches:
// every text of the outcome passes the task's Redactor once more.
NetError redacted(NetError e, const Redactor &redactor)
{
    e.vendorMessage = redactor.redact(e.vendorMessage);
    e.detail = redactor.redact(e.detail);
    return e;
}

} // namespace

void VendorTask::cancel()
{
    m_cancelled = true;
    if (m_call)
        m_call->cancel();
}

// The state of a channel set-up as it moves from step to step.
struct VendorOperations::Setup
{
    VendorTask *task = nullptr;
    sinchmms::Account account;
    QUrl webhookTarget;
    StepDone step;
    Done done;
    QJsonArray existing; // the app's channel credentials as read
    QString webhookId;
    bool webhookReused = false;
};

VendorOperations::VendorOperations(HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

VendorCapabilities VendorOperations::capabilities(Vendor vendor)
{
    VendorCapabilities c;
    switch (vendor) {
    case Vendor::SinchSms:
        c.sender = true;
        c.deliveryReport = true;
        break;
    case Vendor::SinchMms:
        // The sender goes to Sinch as channel_properties.MMS_SENDER; empty uses the app's default.
        c.sender = true;
        c.media = true;
        c.mediaRequired = true;
        c.channelSetup = true;
        break;
    case Vendor::Infobip:
        c.sender = true;
        c.deliveryReport = true;
        break;
    }
    return c;
}

ActivityEvent VendorOperations::senderProblem(Vendor vendor, const QString &from)
{
    if (vendor == Vendor::SinchMms && !from.trimmed().isEmpty() && sinchmms::mmsSender(from).isEmpty())
        return ActivityEvent::of("refused.mms-sender");
    return {};
}

QString VendorOperations::vendorsThat(bool VendorCapabilities::*capability)
{
    QStringList names;
    for (const VendorSchema &s : allVendorSchemas()) {
        if (capabilities(s.vendor).*capability)
            names << s.displayName;
    }
    return QLocale().createSeparatedList(names);
}

QString VendorOperations::unsupported(const Credential &credential, const TestMessage &message)
{
    return unsupportedEvent(credential, message).text();
}

ActivityEvent VendorOperations::unsupportedEvent(const Credential &credential, const TestMessage &message)
{
    const VendorCapabilities can = capabilities(credential.vendor);
    const QString vendor = credential.schema().displayName;
    if (!can.media && !message.mediaUrl.isEmpty())
        return ActivityEvent::of("refused.no-media-support", {{"vendor", vendor}});
    if (!can.sender && !message.from.trimmed().isEmpty())
        return ActivityEvent::of("refused.no-sender-support", {{"vendor", vendor}});
    return ActivityEvent();
}

VendorTask *VendorOperations::newTask(const char *operation)
{
    auto *task = new VendorTask(this);
    task->m_operation = operation;
    return task;
}

void VendorOperations::send(VendorTask *task, const HttpRequest &request, Reply reply)
{
    if (task->isCancelled()) {
        NetError cancelled;
        cancelled.kind = NetError::Kind::Cancelled;
        QTimer::singleShot(0, task, [reply, cancelled] { reply(HttpResponse(), cancelled); });
        return;
    }
    request.addSecretsTo(&task->m_redactor);
    // The task is the context: if it goes away, no callback runs.
    task->m_call = m_client->send(request, task, [reply](const HttpResponse &response, const NetError &error) {
        reply(response, vendorAnswered(error) ? NetError() : error);
    });
}

void VendorOperations::finish(VendorTask *task, const Done &done, const OperationResult &result)
{
    const Redactor &redactor = task->m_redactor;
    OperationResult clean = result;
    clean.messageId = redactor.redact(result.messageId);
    clean.vendorState = redactor.redact(result.vendorState);
    clean.error = redacted(result.error, redactor);
    if (clean.event.isEmpty() && !clean.error.ok())
        clean.event = ActivityEvent::netError(task->m_operation, clean.error);
    clean.event = clean.event.redacted(redactor);
    clean.summary = redactor.redact(clean.event.text());
    if (done)
        done(clean);
    task->deleteLater();
}

bool VendorOperations::report(const std::shared_ptr<Setup> &s, SetupStep step) const
{
    const Redactor &redactor = s->task->m_redactor;
    step.summary = redactor.redact(step.summary);
    step.error = redacted(step.error, redactor);
    if (s->step)
        s->step(step);
    return step.ok;
}

bool VendorOperations::report(const std::shared_ptr<Setup> &s, SetupStep::Kind kind, const NetError &error,
                              const QString &okSummary) const
{
    SetupStep st;
    st.kind = kind;
    st.ok = error.ok();
    st.error = error;
    st.summary = error.ok() ? okSummary : error.message();
    return report(s, st);
}

VendorTask *VendorOperations::refuse(const ActivityEvent &why, const Done &done, OperationResult::Refusal refusal)
{
    VendorTask *task = newTask("check"); // worded by its own event, never by a NetError
    OperationResult r;
    r.event = why;
    r.refusal = refusal;
    QTimer::singleShot(0, task, [this, task, done, r] { finish(task, done, r); });
    return task;
}

ActivityEvent VendorOperations::preflight(const Credential &credential, const Secrets &secrets,
                                          OperationResult::Refusal *why) const
{
    *why = OperationResult::Refusal::Input;
    for (const FieldSpec &f : credential.schema().fields) {
        if (!f.required || f.key == kNameKey)
            continue;
        const QString value = f.isSecret() ? secrets.value(f.key) : credential.text(f.key);
        if (value.trimmed().isEmpty()) {
            *why = f.isSecret() ? OperationResult::Refusal::SecretMissing : OperationResult::Refusal::Input;
            // The label stands alone, in quotes, in a whole sentence that French and Dutch translate
            // as one.
            return ActivityEvent::of("refused.field-empty", {{"vendor", credential.schema().id}, {"field", f.key}});
        }
        // A secret of the wrong form would only come back as "rejected credentials": say what it must be
        // (the problem, never the value).
        const QString wrong = f.isSecret() ? CredentialValidator::secretProblemCode(f, value.trimmed()) : QString();
        if (!wrong.isEmpty())
            return ActivityEvent::of("refused.secret-form",
                                     {{"vendor", credential.schema().id}, {"field", f.key}, {"problem", wrong}});
    }
    return addressRefusal(baseUrlOf(credential, secrets));
}

OperationResult VendorOperations::failed(const HttpResponse &response, const NetError &error) const
{
    OperationResult r;
    r.httpStatus = response.status;
    r.error = error; // worded by finish()
    return r;
}

namespace {

// What a check finds: only whether the answer was the documented one.
struct Checked
{
    NetError error;
};

} // namespace

template <typename Parsed>
void VendorOperations::exchange(VendorTask *task, const HttpRequest &request,
                                std::function<Parsed(const HttpResponse &)> parse, Describe<Parsed> describe,
                                const Done &done)
{
    send(task, request, [this, task, parse, describe, done](const HttpResponse &response, const NetError &error) {
        const Parsed parsed = error.ok() ? parse(response) : Parsed{};
        if (!error.ok() || !parsed.error.ok())
            return finish(task, done, failed(response, error.ok() ? parsed.error : error));
        OperationResult r;
        r.ok = true;
        r.httpStatus = response.status;
        describe(parsed, &r);
        finish(task, done, r);
    });
}

VendorTask *VendorOperations::check(const Credential &credential, const Secrets &secrets, Done done)
{
    OperationResult::Refusal why = OperationResult::Refusal::Input;
    const ActivityEvent problem = preflight(credential, secrets, &why);
    if (!problem.isEmpty())
        return refuse(problem, done, why);

    HttpRequest request;
    std::function<Checked(const HttpResponse &)> parse;
    switch (credential.vendor) {
    case Vendor::SinchSms:
        request = sinchsms::checkRequest(sinchsms::accountFrom(credential, secrets));
        parse = [](const HttpResponse &r) { return Checked{sinchsms::parseCheckResponse(r)}; };
        break;
    case Vendor::SinchMms:
        request = sinchmms::getAppRequest(sinchmms::accountFrom(credential, secrets));
        parse = [](const HttpResponse &r) { return Checked{sinchmms::parseApp(r).error}; };
        break;
    case Vendor::Infobip:
        request = infobip::checkRequest(infobip::accountFrom(credential, secrets));
        parse = [](const HttpResponse &r) { return Checked{infobip::parseCheckResponse(r)}; };
        break;
    }
    VendorTask *task = newTask("check");
    const QString vendorName = credential.schema().displayName;
    exchange<Checked>(
        task, request, parse,
        [vendorName](const Checked &, OperationResult *r) {
            r->event = ActivityEvent::of("check.ok", {{"vendor", vendorName}});
        },
        done);
    return task;
}

VendorTask *VendorOperations::testSend(const Credential &credential, const Secrets &secrets, const TestMessage &message,
                                       Done done)
{
    OperationResult::Refusal why = OperationResult::Refusal::Input;
    ActivityEvent problem = unsupportedEvent(credential, message);
    if (problem.isEmpty())
        problem = preflight(credential, secrets, &why);
    if (problem.isEmpty() && message.to.trimmed().isEmpty())
        problem = ActivityEvent::of("refused.no-recipient");
    const VendorCapabilities can = capabilities(credential.vendor);
    if (problem.isEmpty() && can.mediaRequired && !message.mediaUrl.isValid())
        problem = ActivityEvent::of("refused.no-media");
    if (problem.isEmpty() && !can.mediaRequired && message.text.isEmpty())
        problem = ActivityEvent::of("refused.no-text");
    if (problem.isEmpty())
        problem = senderProblem(credential.vendor, message.from);
    if (!problem.isEmpty())
        return refuse(problem, done, why);

    VendorTask *task = newTask("send");
    const QString to = message.to.trimmed();
    switch (credential.vendor) {
    case Vendor::SinchSms:
        exchange<sinchsms::SendResult>(
            task,
            sinchsms::sendTextRequest(sinchsms::accountFrom(credential, secrets), message.from, {to}, message.text),
            sinchsms::parseSendResponse,
            [](const sinchsms::SendResult &s, OperationResult *r) {
                r->messageId = s.batchId;
                r->event = ActivityEvent::of("send.sinch-accepted", {{"batch", s.batchId}});
            },
            done);
        break;
    case Vendor::SinchMms:
        exchange<sinchmms::IdResult>(
            task,
            sinchmms::sendMmsRequest(sinchmms::accountFrom(credential, secrets), to, message.mediaUrl, message.text,
                                     sinchmms::mmsSender(message.from)),
            sinchmms::parseSendResponse,
            [](const sinchmms::IdResult &s, OperationResult *r) {
                r->messageId = s.id;
                r->event = ActivityEvent::of("send.sinch-mms-accepted", {{"message", s.id}});
            },
            done);
        break;
    case Vendor::Infobip:
        exchange<infobip::MessageStatus>(
            task, infobip::sendTextRequest(infobip::accountFrom(credential, secrets), message.from, to, message.text),
            infobip::parseSendResponse,
            [](const infobip::MessageStatus &s, OperationResult *r) {
                r->messageId = s.messageId;
                r->vendorState = s.name.isEmpty() ? s.group : s.name;
                // Infobip answers 200 with a REJECTED status for a message it will not send.
                r->ok = s.group != QLatin1String("REJECTED") && s.group != QLatin1String("UNDELIVERABLE");
                r->event =
                    r->ok ? ActivityEvent::of("send.infobip-accepted",
                                              {{"status", r->vendorState}, {"message", s.messageId}})
                          : ActivityEvent::of("send.infobip-rejected", {{"status", r->vendorState}}, s.description);
            },
            done);
        break;
    }
    return task;
}

VendorTask *VendorOperations::deliveryReport(const Credential &credential, const Secrets &secrets, const QString &id,
                                             Done done)
{
    OperationResult::Refusal why = OperationResult::Refusal::Input;
    ActivityEvent problem = preflight(credential, secrets, &why);
    if (problem.isEmpty() && credential.vendor == Vendor::SinchMms)
        problem = ActivityEvent::of("refused.report-mms");
    if (problem.isEmpty() && id.trimmed().isEmpty())
        problem = ActivityEvent::of("refused.report-no-id");
    if (!problem.isEmpty())
        return refuse(problem, done, why);

    VendorTask *task = newTask("report");
    if (credential.vendor == Vendor::SinchSms) {
        exchange<sinchsms::DeliveryReport>(
            task, sinchsms::deliveryReportRequest(sinchsms::accountFrom(credential, secrets), id.trimmed()),
            sinchsms::parseDeliveryReport,
            [](const sinchsms::DeliveryReport &d, OperationResult *r) {
                QStringList counts; // Sinch's status words with their counts: data, not translated
                for (const sinchsms::StatusCount &s : d.statuses)
                    counts << QStringLiteral("%1 %2").arg(s.status).arg(s.count);
                r->messageId = d.batchId;
                r->vendorState = counts.join(QLatin1String(", "));
                r->event = counts.isEmpty() ? ActivityEvent::of("report.sinch-pending", {{"batch", d.batchId}})
                                            : ActivityEvent::of("report.sinch", {{"batch", d.batchId}}, r->vendorState);
            },
            done);
    } else {
        exchange<infobip::MessageStatus>(
            task, infobip::messageLogRequest(infobip::accountFrom(credential, secrets), id.trimmed()),
            infobip::parseMessageLog,
            [id](const infobip::MessageStatus &s, OperationResult *r) {
                r->messageId = s.messageId.isEmpty() ? id : s.messageId;
                r->vendorState = s.name.isEmpty() ? s.group : s.name;
                r->event =
                    s.messageId.isEmpty()
                        ? ActivityEvent::of("report.infobip-none", {{"message", id}})
                        : ActivityEvent::of("report.infobip", {{"message", s.messageId}, {"status", r->vendorState}},
                                            s.description);
            },
            done);
    }
    return task;
}

VendorTask *VendorOperations::setUpSinchChannel(const Credential &credential, const Secrets &secrets,
                                                const QUrl &webhookTarget, StepDone step, Done done)
{
    OperationResult::Refusal why = OperationResult::Refusal::Input;
    ActivityEvent problem = credential.vendor == Vendor::SinchMms ? preflight(credential, secrets, &why)
                                                                  : ActivityEvent::of("refused.setup-not-mms");
    if (problem.isEmpty() && !webhookTarget.isEmpty())
        problem = addressRefusal(webhookTarget, NetPolicy::exampleWebhookUrl());
    if (!problem.isEmpty())
        return refuse(problem, done, why);

    auto s = std::make_shared<Setup>();
    s->task = newTask("setup");
    s->account = sinchmms::accountFrom(credential, secrets);
    s->webhookTarget = webhookTarget;
    s->step = std::move(step);
    // Every outcome names the callback URL and whether the webhook was reused. Weak: the set-up's
    // state must not own itself.
    const QString callback = sinchmms::smsCallbackUrl(s->account.region, s->account.appId).toString();
    std::weak_ptr<Setup> weak = s;
    s->done = [weak, callback, done = std::move(done)](const OperationResult &result) {
        OperationResult r = result;
        r.callbackUrl = callback;
        if (const std::shared_ptr<Setup> state = weak.lock())
            r.webhookReused = state->webhookReused;
        if (done)
            done(r);
    };
    setupReadApp(s);
    return s->task;
}

void VendorOperations::stopSetup(const std::shared_ptr<Setup> &s, SetupStep::Kind kind,
                                 OperationResult::Refusal refusal, const ActivityEvent &why)
{
    SetupStep st;
    st.kind = kind;
    st.summary = why.text();
    report(s, st);
    OperationResult r;
    r.refusal = refusal;
    r.event = why;
    finish(s->task, s->done, r);
}

void VendorOperations::setupReadApp(const std::shared_ptr<Setup> &s)
{
    send(s->task, sinchmms::getAppRequest(s->account), [this, s](const HttpResponse &response, const NetError &error) {
        const sinchmms::AppInfo app = error.ok() ? sinchmms::parseApp(response) : sinchmms::AppInfo{};
        const NetError e = error.ok() ? app.error : error;
        if (!report(s, SetupStep::Kind::ReadApp, e,
                    tr("Read the Conversation app %1 and its %n channel(s).", nullptr, app.channelCredentials.size())
                        .arg(app.displayName.isEmpty() ? app.id : app.displayName)))
            return finish(s->task, s->done, failed(response, e));
        s->existing = app.channelCredentials;
        // update_mask=channel_credentials replaces the whole list: never send back a hidden secret.
        const QStringList hidden = sinchmms::channelsWithHiddenSecrets(s->existing);
        if (!hidden.isEmpty()) {
            return stopSetup(
                s, SetupStep::Kind::UpdateChannels, OperationResult::Refusal::UnexpectedResult,
                ActivityEvent::of("setup.hidden-secrets", {{"channels", hidden.join(QStringLiteral(", "))}}));
        }
        if (s->webhookTarget.isEmpty())
            setupUpdate(s);
        else
            setupListWebhooks(s);
    });
}

void VendorOperations::setupListWebhooks(const std::shared_ptr<Setup> &s)
{
    send(s->task, sinchmms::listWebhooksRequest(s->account),
         [this, s](const HttpResponse &response, const NetError &error) {
             const sinchmms::WebhookList list =
                 error.ok() ? sinchmms::parseWebhookList(response) : sinchmms::WebhookList{};
             const NetError e = error.ok() ? list.error : error;
             if (!e.ok()) {
                 report(s, SetupStep::Kind::ListWebhooks, e, QString());
                 return finish(s->task, s->done, failed(response, e));
             }
             const int found = sinchmms::findWebhook(list.webhooks, s->webhookTarget, sinchmms::inboundTriggers());
             const QString target = s->webhookTarget.toDisplayString();
             if (found < 0 && list.webhooks.size() >= sinchmms::kWebhooksPerApp) {
                 // Checked before anything changes: Sinch would refuse the new webhook.
                 return stopSetup(s, SetupStep::Kind::ListWebhooks, OperationResult::Refusal::VendorLimit,
                                  ActivityEvent::of("setup.webhook-limit", {{"count", qint64(list.webhooks.size())},
                                                                            {"limit", sinchmms::kWebhooksPerApp},
                                                                            {"target", target}}));
             }
             if (found >= 0) {
                 s->webhookId = list.webhooks.at(found).id;
                 s->webhookReused = true;
             }
             report(s, SetupStep::Kind::ListWebhooks, NetError(),
                    tr("Read the app's %n webhook(s).", nullptr, int(list.webhooks.size())));
             setupUpdate(s);
         });
}

void VendorOperations::setupUpdate(const std::shared_ptr<Setup> &s)
{
    send(s->task, sinchmms::updateSmsChannelRequest(s->account, s->existing),
         [this, s](const HttpResponse &response, const NetError &error) {
             const NetError e = error.ok() ? sinchmms::parseApp(response).error : error;
             if (!report(s, SetupStep::Kind::UpdateChannels, e,
                         tr("Set the app's SMS channel to service plan %1; the other channels were kept.")
                             .arg(s->account.servicePlanId)))
                 return finish(s->task, s->done, failed(response, e));
             if (s->webhookTarget.isEmpty())
                 setupReadBack(s);
             else
                 setupWebhook(s);
         });
}

void VendorOperations::setupWebhook(const std::shared_ptr<Setup> &s)
{
    const QString target = s->webhookTarget.toDisplayString();
    if (s->webhookReused) { // set up by an earlier run (or by hand): never a second one
        report(s, SetupStep::Kind::CreateWebhook, NetError(),
               tr("Already set up: webhook %1 sends inbound messages to %2. It was reused; no webhook was created.")
                   .arg(s->webhookId, target));
        return setupReadBack(s);
    }
    send(s->task, sinchmms::createWebhookRequest(s->account, s->webhookTarget),
         [this, s, target](const HttpResponse &response, const NetError &error) {
             const sinchmms::IdResult w = error.ok() ? sinchmms::parseWebhookResponse(response) : sinchmms::IdResult{};
             const NetError e = error.ok() ? w.error : error;
             if (sinchmms::isWebhookLimitError(e)) {
                 const ActivityEvent refused = ActivityEvent::of(
                     "setup.webhook-limit-refused", {{"limit", sinchmms::kWebhooksPerApp}}, e.vendorMessage);
                 SetupStep st;
                 st.kind = SetupStep::Kind::CreateWebhook;
                 st.error = e;
                 st.summary = refused.text();
                 report(s, st);
                 OperationResult r = failed(response, e);
                 r.event = refused;
                 return finish(s->task, s->done, r);
             }
             if (!report(s, SetupStep::Kind::CreateWebhook, e,
                         tr("Created a webhook that sends inbound messages to %1.").arg(target)))
                 return finish(s->task, s->done, failed(response, e));
             s->webhookId = w.id;
             setupReadBack(s);
         });
}

void VendorOperations::setupReadBack(const std::shared_ptr<Setup> &s)
{
    send(s->task, sinchmms::getAppRequest(s->account), [this, s](const HttpResponse &response, const NetError &error) {
        const sinchmms::AppInfo app = error.ok() ? sinchmms::parseApp(response) : sinchmms::AppInfo{};
        const NetError e = error.ok() ? app.error : error;
        const ActivityEvent state = smsState(app.sms);
        SetupStep st;
        st.kind = SetupStep::Kind::ReadBack;
        st.ok = e.ok() && app.sms.state != sinchmms::SmsChannel::State::Failing &&
                app.sms.state != sinchmms::SmsChannel::State::Missing;
        st.error = e;
        st.summary = e.ok() ? state.text() : e.message();
        report(s, st);
        if (!e.ok())
            return finish(s->task, s->done, failed(response, e));

        OperationResult r;
        r.ok = st.ok;
        // Sinch took the update, yet the app does not hold a working SMS channel.
        r.refusal = OperationResult::Refusal::UnexpectedResult;
        r.httpStatus = response.status;
        r.messageId = s->webhookId;
        static const char *const kStates[] = {"", "PENDING", "ACTIVE", "FAILING", ""};
        r.vendorState = QString::fromLatin1(kStates[int(app.sms.state)]);
        const QUrl callback = sinchmms::smsCallbackUrl(s->account.region, s->account.appId);
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
        finish(s->task, s->done, r);
    });
}

ActivityEvent VendorOperations::smsState(const sinchmms::SmsChannel &sms)
{
    switch (sms.state) {
    case sinchmms::SmsChannel::State::Active:
        return ActivityEvent::of("setup.active");
    case sinchmms::SmsChannel::State::Pending:
        return ActivityEvent::of("setup.pending");
    case sinchmms::SmsChannel::State::Failing:
        return ActivityEvent::of("setup.failing", {}, sms.description); // Sinch's words
    case sinchmms::SmsChannel::State::Missing:
        return ActivityEvent::of("setup.missing");
    case sinchmms::SmsChannel::State::Unknown:
        break;
    }
    return ActivityEvent::of("setup.unknown");
}

} // namespace cc
