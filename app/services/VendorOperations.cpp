#include "VendorOperations.h"

#include "domain/CredentialValidator.h"
#include "net/HttpClient.h"
#include "net/NetPolicy.h"
#include "vendors/VendorRegistry.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

#include <memory>
#include <utility>

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

// Why an address may not be used ("refused.address"), by the rule (NetPolicy's urlProblem, or
// mediaUrlProblem for a file to send); empty when it may.
ActivityEvent addressRefusal(const QUrl &url, const QString &example = QString(),
                             QString (*rule)(const QUrl &) = &NetPolicy::urlProblem)
{
    const QString problem = rule(url);
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

// Puts the token on the request (the exchange's way, else as a Bearer token), as a secret of it.
void applyToken(const TokenExchange &exchange, HttpRequest *request, const QString &token)
{
    if (exchange.apply)
        exchange.apply(request, token);
    else
        request->headers.prepend({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toUtf8()});
    request->secrets << token;
}

} // namespace

void VendorTask::cancel()
{
    m_cancelled = true;
    if (m_call)
        m_call->cancel();
    else if (m_waitingTicket != 0 && m_stopWaiting)
        m_stopWaiting();
}

// Runs a vendor's set-up over this VendorOperations, for the task.
class VendorOperations::Runner final : public SetupRunner
{
public:
    Runner(VendorOperations *operations, VendorTask *task, std::optional<TokenExchange> token, StepDone step, Done done)
        : m_operations(operations)
        , m_task(task)
        , m_token(std::move(token))
        , m_step(std::move(step))
        , m_done(std::move(done))
    {
    }

    // Every step carries the credential's token, as its check and sends do; without one the set-up
    // ends there, with the token's failure.
    void send(const HttpRequest &request, Reply reply) override
    {
        m_operations->sendAuthorized(
            m_task, request, m_token, reply,
            [ops = m_operations, task = m_task, done = m_done](const TokenGrant &grant, int httpStatus) {
                ops->tokenFailed(task, done, grant, httpStatus);
            });
    }

    bool report(SetupStep step) override
    {
        const Redactor &redactor = m_task->m_redactor;
        step.summary = redactor.redact(step.summary);
        step.error = redacted(step.error, redactor);
        if (m_step)
            m_step(step);
        return step.ok;
    }

    void finish(const OperationResult &result) override { m_operations->finish(m_task, m_done, result); }

private:
    VendorOperations *m_operations;
    VendorTask *m_task;
    std::optional<TokenExchange> m_token;
    StepDone m_step;
    Done m_done;
};

VendorOperations::VendorOperations(HttpClient *client, QObject *parent)
    : VendorOperations(client, nullptr, parent)
{
}

VendorOperations::VendorOperations(HttpClient *client, std::unique_ptr<PacerClock> clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pacer(std::move(clock))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

QString VendorOperations::vendorsThat(bool VendorCapabilities::*capability)
{
    QStringList names;
    for (const VendorSchema &s : allVendorSchemas()) {
        if (!capability || adapterFor(s.vendor).capabilities().*capability)
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
    const VendorCapabilities can = adapterFor(credential.vendor).capabilities();
    const QString vendor = credential.schema().displayName;
    if (!can.media && !message.mediaUrl.isEmpty())
        return ActivityEvent::of("refused.no-media-support", {{"vendor", vendor}});
    if (!can.sender && !message.from.trimmed().isEmpty())
        return ActivityEvent::of("refused.no-sender-support", {{"vendor", vendor}});
    return ActivityEvent();
}

VendorTask *VendorOperations::newTask(const char *operation, const Credential &credential)
{
    auto *task = new VendorTask(this);
    task->m_operation = operation;
    task->m_paceKey = credential.id;
    task->m_perSecond = adapterFor(credential.vendor).requestsPerSecond(credential);
    // Cancelled while waiting for its turn: it goes at once, to be answered "cancelled".
    task->m_stopWaiting = [this, task] {
        const RequestPacer::Start start = m_pacer.take(task->m_waitingTicket);
        if (start)
            start();
    };
    return task;
}

void VendorOperations::send(VendorTask *task, const HttpRequest &request, Reply reply)
{
    task->m_waitingTicket = m_pacer.schedule(task->m_paceKey, task->m_perSecond, task, [this, task, request, reply] {
        task->m_waitingTicket = 0;
        sendNow(task, request, reply);
    });
}

void VendorOperations::sendNow(VendorTask *task, const HttpRequest &request, const Reply &reply)
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

VendorTask *VendorOperations::refuse(const ActivityEvent &why, const Done &done, OperationResult::Refusal refusal)
{
    auto *task = new VendorTask(this); // worded by its own event, never by a NetError
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
        if (!credential.schema().isRequired(f, credential.values) || f.key == kNameKey)
            continue;
        const QString value = (f.isSecret() ? secrets.value(f.key) : credential.text(f.key)).trimmed();
        if (f.required && value.isEmpty()) {
            *why = f.isSecret() ? OperationResult::Refusal::SecretMissing : OperationResult::Refusal::Input;
            // The label stands alone, in quotes, in a whole sentence that French and Dutch translate
            // as one.
            return ActivityEvent::of("refused.field-empty", {{"vendor", credential.schema().id}, {"field", f.key}});
        }
        // A value of the wrong form would only come back as "rejected credentials" or "not found": say
        // what it must be (the problem, never the value).
        const QString wrong = f.isSecret() ? CredentialValidator::secretProblemCode(f, value) : QString();
        if (!wrong.isEmpty())
            return ActivityEvent::of("refused.secret-form",
                                     {{"vendor", credential.schema().id}, {"field", f.key}, {"problem", wrong}});
        const QString badId = CredentialValidator::idProblemCode(f, value);
        if (!badId.isEmpty())
            return ActivityEvent::of("refused.id-form",
                                     {{"vendor", credential.schema().id}, {"field", f.key}, {"problem", badId}});
    }
    const VendorAdapter &adapter = adapterFor(credential.vendor);
    const ActivityEvent refused = addressRefusal(adapter.baseUrl(credential, secrets));
    return refused.isEmpty() ? adapter.configurationProblem(credential, secrets) : refused;
}

VendorTask *VendorOperations::run(const char *operation, const Credential &credential, const Secrets &secrets,
                                  const VendorExchange &exchange, const Done &done)
{
    VendorTask *task = newTask(operation, credential);
    const std::optional<TokenExchange> token = adapterFor(credential.vendor).tokenExchange(credential, secrets);
    if (!exchange.answeredWithoutRequest.isEmpty()) {
        OperationResult r;
        r.ok = true;
        r.event = exchange.answeredWithoutRequest;
        if (!token) {
            QTimer::singleShot(0, task, [this, task, done, r] { finish(task, done, r); });
            return task;
        }
        withToken(task, *token, true, [this, task, done, r](const TokenGrant &grant, int httpStatus) {
            if (!grant.error.ok())
                return tokenFailed(task, done, grant, httpStatus);
            OperationResult withStatus = r;
            withStatus.httpStatus = httpStatus;
            finish(task, done, withStatus);
        });
        return task;
    }
    sendAndRead(task, exchange, token, done);
    return task;
}

void VendorOperations::sendAndRead(VendorTask *task, const VendorExchange &exchange,
                                   const std::optional<TokenExchange> &token, const Done &done)
{
    sendAuthorized(
        task, exchange.request, token,
        [this, task, read = exchange.read, done](const HttpResponse &response, const NetError &error) {
            OperationResult r;
            r.httpStatus = response.status;
            r.answer = QString::fromUtf8(response.body).left(OperationResult::kAnswerChars);
            r.error = error;
            if (error.ok()) {
                r.ok = true;
                read(response, &r);
                r.ok = r.ok && r.error.ok();
            }
            finish(task, done, r);
        },
        [this, task, done](const TokenGrant &grant, int httpStatus) { tokenFailed(task, done, grant, httpStatus); });
}

void VendorOperations::sendAuthorized(VendorTask *task, const HttpRequest &request,
                                      const std::optional<TokenExchange> &token, Reply reply, TokenDone failed,
                                      bool retried)
{
    if (!token)
        return send(task, request, reply);
    withToken(task, *token, false,
              [this, task, request, token, reply, failed, retried](const TokenGrant &grant, int httpStatus) {
                  if (!grant.error.ok())
                      return failed(grant, httpStatus);
                  HttpRequest authorized = request;
                  applyToken(*token, &authorized, grant.token);
                  send(task, authorized,
                       [this, task, request, token, reply, failed, retried,
                        used = grant.token](const HttpResponse &response, const NetError &error) {
                           if (!error.ok() || retried || response.status != 401)
                               return reply(response, error);
                           // A 401 means the request was not accepted (nothing went to anybody), so it
                           // is safe to send it once more, with a new token: the old one may have been
                           // revoked. Unless another operation already replaced it, it is dropped.
                           auto cached = m_tokens.find(token->cacheKey);
                           if (cached != m_tokens.end() && cached->token == used && !cached->fetching)
                               m_tokens.erase(cached);
                           sendAuthorized(task, request, token, reply, failed, true);
                       });
              });
}

void VendorOperations::withToken(VendorTask *task, const TokenExchange &token, bool fresh, TokenDone then)
{
    token.request.addSecretsTo(&task->m_redactor);
    QPointer<VendorTask> guard(task);
    TokenDone waiter = [guard, then](const TokenGrant &grant, int httpStatus) {
        if (guard)
            then(grant, httpStatus);
    };
    CachedToken &entry = m_tokens[token.cacheKey];
    if (entry.fetching) {
        entry.waiting.append(waiter);
        return;
    }
    if (!fresh && !entry.token.isEmpty() && m_now() < entry.expiresAtMs) {
        TokenGrant grant;
        grant.token = entry.token;
        QTimer::singleShot(0, task, [waiter, grant] { waiter(grant, 0); });
        return;
    }
    entry = CachedToken();
    entry.fetching = true;
    entry.waiting.append(waiter);
    // Not tied to the task: every operation waiting for the token gets it, whichever asked first.
    m_client->send(
        token.request, this,
        [this, key = token.cacheKey, read = token.read](const HttpResponse &response, const NetError &error) {
            TokenGrant grant;
            if (vendorAnswered(error))
                grant = read(response);
            else
                grant.error = error;
            tokenArrived(key, grant, response.status);
        });
}

void VendorOperations::tokenArrived(const QString &key, const TokenGrant &grant, int httpStatus)
{
    CachedToken &entry = m_tokens[key];
    const QVector<TokenDone> waiting = std::exchange(entry.waiting, {});
    entry.fetching = false;
    if (grant.error.ok() && grant.expiresInSeconds > 0) {
        // Renewed a little before it ends: a tenth of its life, at most 30 s.
        const qint64 margin = qMin<qint64>(30, grant.expiresInSeconds / 10);
        entry.token = grant.token;
        entry.expiresAtMs = m_now() + (grant.expiresInSeconds - margin) * 1000;
    } else {
        m_tokens.remove(key); // refused, or of unknown lifetime: serves only those waiting
    }
    for (const TokenDone &done : waiting)
        done(grant, httpStatus);
}

void VendorOperations::tokenFailed(VendorTask *task, const Done &done, const TokenGrant &grant, int httpStatus)
{
    OperationResult r;
    r.httpStatus = httpStatus;
    r.error = grant.error;
    r.event = ActivityEvent::netError("token", grant.error);
    finish(task, done, r);
}

OperationResult VendorOperations::checkRefusal(const Credential &credential, const Secrets &secrets) const
{
    OperationResult r;
    r.event = preflight(credential, secrets, &r.refusal);
    r.summary = r.event.text();
    return r;
}

VendorTask *VendorOperations::check(const Credential &credential, const Secrets &secrets, Done done)
{
    OperationResult::Refusal why = OperationResult::Refusal::Input;
    const ActivityEvent problem = preflight(credential, secrets, &why);
    if (!problem.isEmpty())
        return refuse(problem, done, why);
    VendorExchange exchange = adapterFor(credential.vendor).check(credential, secrets);
    exchange.read = [read = exchange.read, vendor = credential.schema().displayName](const HttpResponse &response,
                                                                                     OperationResult *result) {
        read(response, result);
        if (result->error.ok() && result->event.isEmpty())
            result->event = ActivityEvent::of("check.ok", {{"vendor", vendor}});
    };
    return run("check", credential, secrets, exchange, done);
}

VendorOperations::MessageCheck VendorOperations::checkMessage(const VendorCapabilities &can, const QString &text,
                                                              const QString &mediaUrl)
{
    MessageCheck check;
    const QString media = can.media ? mediaUrl.trimmed() : QString();
    if (!media.isEmpty())
        check.media =
            addressRefusal(QUrl(media, QUrl::StrictMode), NetPolicy::exampleMediaUrl(), &NetPolicy::mediaUrlProblem);
    check.needsMedia = can.mediaRequired && media.isEmpty();
    // Text is what an SMS (and an RCS card) is; an MMS where the media is optional needs its text or its
    // media.
    check.needsText = text.trimmed().isEmpty() && (can.textRequired || (!can.mediaRequired && media.isEmpty()));
    return check;
}

ActivityEvent VendorOperations::MessageCheck::problem() const
{
    if (needsMedia)
        return ActivityEvent::of("refused.no-media");
    if (!media.isEmpty())
        return media;
    if (needsText)
        return ActivityEvent::of("refused.no-text");
    return ActivityEvent();
}

ActivityEvent VendorOperations::sendProblem(const Credential &credential, const Secrets &secrets,
                                            const TestMessage &message, OperationResult::Refusal *why) const
{
    const VendorAdapter &adapter = adapterFor(credential.vendor);
    *why = OperationResult::Refusal::Input;
    ActivityEvent problem = unsupportedEvent(credential, message);
    if (problem.isEmpty())
        problem = preflight(credential, secrets, why);
    if (problem.isEmpty() && message.to.trimmed().isEmpty())
        problem = ActivityEvent::of("refused.no-recipient");
    if (problem.isEmpty())
        problem =
            checkMessage(adapter.capabilities(), message.text, message.mediaUrl.toString(QUrl::FullyEncoded)).problem();
    if (problem.isEmpty())
        problem = adapter.senderProblem(message.from);
    return problem;
}

VendorTask *VendorOperations::testSend(const Credential &credential, const Secrets &secrets, const TestMessage &message,
                                       Done done)
{
    OperationResult::Refusal why = OperationResult::Refusal::Input;
    const ActivityEvent problem = sendProblem(credential, secrets, message, &why);
    if (!problem.isEmpty())
        return refuse(problem, done, why);

    TestMessage trimmed = message;
    trimmed.to = message.to.trimmed();
    return run("send", credential, secrets, adapterFor(credential.vendor).testSend(credential, secrets, trimmed), done);
}

VendorOperations::Preview VendorOperations::previewTestSend(const Credential &credential, const Secrets &secrets,
                                                            const TestMessage &message) const
{
    Preview preview;
    preview.refusal = sendProblem(credential, secrets, message, &preview.why);
    if (!preview.refusal.isEmpty())
        return preview;
    TestMessage trimmed = message;
    trimmed.to = message.to.trimmed();
    const VendorAdapter &adapter = adapterFor(credential.vendor);
    HttpRequest request = adapter.testSend(credential, secrets, trimmed).request;
    if (const std::optional<TokenExchange> token = adapter.tokenExchange(credential, secrets)) {
        // Not fetched for a preview: shown masked, as every token is.
        const QString placeholder = QStringLiteral("access-token-from-the-token-url");
        applyToken(*token, &request, placeholder);
    }
    preview.text = describeRequest(request);
    return preview;
}

QString VendorOperations::describeRequest(const HttpRequest &request)
{
    const Redactor redactor = request.redactor();
    QStringList lines;
    lines << QString::fromLatin1(request.method) + QLatin1Char(' ') + request.url.toString(QUrl::FullyEncoded);
    for (const RawHeader &h : request.headers)
        lines << QString::fromLatin1(h.first) + QStringLiteral(": ") + QString::fromUtf8(h.second);
    lines << QStringLiteral("User-Agent: ") + QString::fromLatin1(HttpClient::userAgent());
    lines << QString() << QString::fromUtf8(request.body);
    return redactor.redact(lines.join(QLatin1Char('\n')));
}

VendorTask *VendorOperations::deliveryReport(const Credential &credential, const Secrets &secrets, const QString &id,
                                             Done done)
{
    const VendorAdapter &adapter = adapterFor(credential.vendor);
    OperationResult::Refusal why = OperationResult::Refusal::Input;
    ActivityEvent problem = preflight(credential, secrets, &why);
    if (problem.isEmpty() && !adapter.capabilities().deliveryReport)
        problem = adapter.noDeliveryReport();
    if (problem.isEmpty() && id.trimmed().isEmpty())
        problem = ActivityEvent::of("refused.report-no-id");
    if (!problem.isEmpty())
        return refuse(problem, done, why);
    return run("report", credential, secrets, adapter.deliveryReport(credential, secrets, id.trimmed()), done);
}

VendorTask *VendorOperations::setUpChannel(const Credential &credential, const Secrets &secrets,
                                           const QUrl &webhookTarget, StepDone step, Done done)
{
    const ChannelSetup *setup = adapterFor(credential.vendor).channelSetup();
    OperationResult::Refusal why = OperationResult::Refusal::Input;
    ActivityEvent problem =
        setup ? preflight(credential, secrets, &why)
              : ActivityEvent::of("refused.no-setup", {{"vendor", credential.schema().displayName},
                                                       {"vendors", vendorsThat(&VendorCapabilities::channelSetup)}});
    if (problem.isEmpty() && !webhookTarget.isEmpty())
        problem = addressRefusal(webhookTarget, NetPolicy::exampleWebhookUrl());
    if (!problem.isEmpty())
        return refuse(problem, done, why);

    VendorTask *task = newTask("setup", credential);
    setup->run(credential, secrets, webhookTarget,
               std::make_shared<Runner>(this, task, adapterFor(credential.vendor).tokenExchange(credential, secrets),
                                        std::move(step), std::move(done)));
    return task;
}

} // namespace cc
