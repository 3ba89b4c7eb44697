#include "Cli.h"

#include "credentials/CredentialListModel.h"
#include "credentials/CredentialRepository.h"
#include "credentials/CredentialTransfer.h"
#include "credentials/UnsafeCharacters.h"
#include "messaging/PhoneNumbers.h"
#include "messaging/SmsText.h"
#include "vendors/CredentialActions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace cc {

namespace {

const char *const kCommands[] = {"list", "check", "send", "setup-channel", "import"};

// Options whose next argument is their value, not a command: the window's and the commands' own,
// and Qt's (QGuiApplication, QApplication, xcb), which QApplication takes out later.
const char *const kOptionsWithValue[] = {"store",
                                         "language",
                                         "screenshot",
                                         "to",
                                         "from",
                                         "text",
                                         "media-url",
                                         "webhook",
                                         "platform",
                                         "platformpluginpath",
                                         "platformtheme",
                                         "plugin",
                                         "qwindowgeometry",
                                         "qwindowicon",
                                         "qwindowtitle",
                                         "geometry",
                                         "title",
                                         "icon",
                                         "session",
                                         "style",
                                         "stylesheet",
                                         "display",
                                         "name",
                                         "visual"};

bool takesValue(QStringView option)
{
    while (option.startsWith(u'-'))
        option = option.mid(1);
    for (const char *o : kOptionsWithValue) {
        if (option == QLatin1String(o))
            return true;
    }
    return false;
}

// Optimal string alignment distance: edits, with a swap of neighbours as one ("lsit").
int editDistance(QStringView a, QStringView b)
{
    const qsizetype n = b.size();
    QVector<int> before(n + 1), previous(n + 1), current(n + 1);
    for (qsizetype j = 0; j <= n; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= n; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[n];
}

// The command a mistyped word most likely meant: one or two edits away (one for short commands),
// or the only command it begins; empty when none is that close.
QString closestCommand(const QString &word)
{
    const QString typed = word.toCaseFolded();
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    QStringList beginning;
    for (const char *c : kCommands) {
        const QString command = QString::fromLatin1(c);
        const int distance = editDistance(typed, command);
        if (distance <= std::max(1, std::min(2, int(command.size()) / 3)) && distance < bestDistance) {
            best = command;
            bestDistance = distance;
        }
        if (typed.size() >= 3 && command.startsWith(typed))
            beginning << command;
    }
    if (best.isEmpty() && beginning.size() == 1)
        best = beginning.first();
    return best;
}

// A name or identifier as stored, to print in plain text: an older version may have stored control
// or bidi characters, which would clear the screen, move the cursor or forge rows.
QString shown(const QString &text)
{
    return UnsafeCharacters::escaped(text);
}

QString refusalCode(OperationResult::Refusal refusal)
{
    switch (refusal) {
    case OperationResult::Refusal::VendorLimit:
        return QStringLiteral("vendor-limit");
    case OperationResult::Refusal::UnexpectedResult:
        return QStringLiteral("unexpected-result");
    case OperationResult::Refusal::Input:
        break;
    }
    return QStringLiteral("refused");
}

QJsonObject resultJson(const Credential &c, const QString &action, const OperationResult &r)
{
    QJsonObject o{{QStringLiteral("credential"), c.name()},
                  {QStringLiteral("id"), c.id},
                  {QStringLiteral("action"), action},
                  {QStringLiteral("ok"), r.ok},
                  {QStringLiteral("summary"), r.summary}};
    if (r.httpStatus > 0)
        o.insert(QStringLiteral("httpStatus"), r.httpStatus);
    if (!r.messageId.isEmpty())
        o.insert(QStringLiteral("messageId"), r.messageId);
    if (!r.vendorState.isEmpty())
        o.insert(QStringLiteral("vendorState"), r.vendorState);
    if (!r.ok)
        o.insert(QStringLiteral("error"), r.error.ok() ? refusalCode(r.refusal) : r.error.code());
    if (action == QLatin1String("setup-channel")) {
        // null where Sinch documents no callback address for the app's region
        o.insert(QStringLiteral("callbackUrl"), r.callbackUrl.isEmpty() ? QJsonValue() : QJsonValue(r.callbackUrl));
        o.insert(QStringLiteral("webhookReused"), r.webhookReused);
    }
    return o;
}

} // namespace

QString Cli::commandWord(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == QLatin1String("--"))
            return i + 1 < argc ? QString::fromLocal8Bit(argv[i + 1]) : QString();
        if (!argument.startsWith(QLatin1Char('-')) || argument.size() == 1)
            return argument;
        if (!argument.contains(QLatin1Char('=')) && takesValue(argument))
            ++i;
    }
    return QString();
}

bool Cli::isCommand(int argc, char **argv)
{
    const QString word = commandWord(argc, argv);
    for (const char *c : kCommands) {
        if (word == QLatin1String(c))
            return true;
    }
    return false;
}

QString Cli::unknownCommandMessage(const QString &word)
{
    const QString suggestion = closestCommand(word);
    if (!suggestion.isEmpty())
        return tr("Unknown command \"%1\". Did you mean \"%2\"?").arg(shown(word), suggestion);
    QStringList commands;
    for (const char *c : kCommands)
        commands << QString::fromLatin1(c);
    return tr("Unknown command \"%1\". The commands are %2; see channel-console list --help.")
        .arg(shown(word), QLocale().createSeparatedList(commands));
}

Cli::Cli(CredentialRepository *repository, CredentialActions *actions, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_actions(actions)
{
}

void Cli::setOutput(FILE *out, FILE *err, FILE *in)
{
    m_out = out;
    m_err = err;
    m_in = in;
}

void Cli::write(FILE *to, const QString &text)
{
    std::fputs(text.toUtf8().constData(), to);
    std::fputc('\n', to);
    std::fflush(to);
}

// A line's own tabs and line ends stay; any other control or bidi character that reached it is
// shown as an escape, whatever its source.
void Cli::print(const QString &text)
{
    write(m_out, UnsafeCharacters::escaped(text, u"\n\t"));
}

void Cli::printError(const QString &text)
{
    write(m_err, UnsafeCharacters::escaped(text, u"\n\t"));
}

void Cli::printJson(const QJsonDocument &json)
{
    write(m_out, UnsafeCharacters::escapedJson(json.toJson(QJsonDocument::Compact)));
}

void Cli::finish(int code)
{
    m_exitCode = code;
    // Later, so that start() returns first and the event loop exits with the code.
    QTimer::singleShot(0, this, [this, code] {
        Q_EMIT finished(code);
        QCoreApplication::exit(code);
    });
}

int Cli::exitCodeFor(const OperationResult &r)
{
    if (r.ok)
        return Ok;
    if (r.keychainError)
        return KeychainError;
    switch (r.error.kind) {
    case NetError::Kind::None:
        switch (r.refusal) {
        case OperationResult::Refusal::UnexpectedResult:
            return UnexpectedResult;
        case OperationResult::Refusal::VendorLimit:
            return VendorRejected;
        case OperationResult::Refusal::Input:
            break;
        }
        return Invalid; // refused before sending: a missing field or secret, a bad address
    case NetError::Kind::Unauthorized:
    case NetError::Kind::Forbidden:
        return VendorAuth;
    case NetError::Kind::NotFound:
        return VendorNotFound;
    case NetError::Kind::BadRequest:
        return VendorRejected;
    case NetError::Kind::RateLimited:
        return RateLimited;
    case NetError::Kind::Unavailable:
        return VendorDown;
    case NetError::Kind::Timeout:
    case NetError::Kind::HostNotFound:
    case NetError::Kind::TlsFailure:
    case NetError::Kind::ConnectionFailed:
    case NetError::Kind::MaybeSent:
        return Network;
    case NetError::Kind::InsecureRefused:
        return Invalid;
    case NetError::Kind::RedirectRefused:
    case NetError::Kind::TooLarge:
    case NetError::Kind::MalformedResponse:
        return BadResponse;
    case NetError::Kind::OtherHttp:
    case NetError::Kind::Cancelled:
        break;
    }
    return Failed;
}

void Cli::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Channel Console commands:\n"
           "  list                          the API credentials\n"
           "  check <name|id>               check them with the vendor, sending nothing\n"
           "  send <name|id> --to <number>  send a real test SMS (--text) or MMS (--media-url)\n"
           "  setup-channel <name|id>       set up the SMS channel of a Sinch MMS app (--webhook)\n"
           "  import <file.json>            import API credentials exported by the console\n"
           "Secrets are read from the system keychain, or with --secrets-stdin from standard input as a JSON "
           "object or key=value lines; never from the command line."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the outcome as JSON."));
    const QCommandLineOption store(QStringLiteral("store"), tr("Use the credentials file <file>."), tr("file"));
    const QCommandLineOption language(QStringLiteral("language"), tr("Use <language> (en, fr or nl)."), tr("language"));
    const QCommandLineOption secretsStdin(QStringLiteral("secrets-stdin"),
                                          tr("Read the secrets from standard input instead of the keychain."));
    const QCommandLineOption to(QStringLiteral("to"), tr("The recipient, in E.164 form (+ and country code)."),
                                tr("number"));
    const QCommandLineOption from(QStringLiteral("from"), tr("The sender, where the vendor takes one."), tr("sender"));
    const QCommandLineOption text(QStringLiteral("text"), tr("The message text."), tr("text"));
    const QCommandLineOption media(QStringLiteral("media-url"), tr("The media URL of an MMS."), tr("url"));
    const QCommandLineOption webhook(QStringLiteral("webhook"), tr("Create an inbound-message webhook to <url>."),
                                     tr("url"));
    const QCommandLineOption skip(QStringLiteral("skip-existing"),
                                  tr("Skip, rather than rename, credentials whose name is taken."));
    parser.addOptions({json, store, language, secretsStdin, to, from, text, media, webhook, skip});
    parser.addPositionalArgument(QStringLiteral("command"), tr("list, check, send, setup-channel or import"));
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        finish(Usage);
        return;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(parser.helpText());
        finish(Ok);
        return;
    }
    m_json = parser.isSet(json);
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    const QString target = positional.value(1);
    if (command == QLatin1String("list")) {
        runList();
        return;
    }
    if (target.isEmpty()) {
        printError(tr("The command %1 needs a name, an id or a file. See --help.").arg(command));
        finish(Usage);
        return;
    }
    QHash<QString, QString> secrets;
    const bool fromStdin = parser.isSet(secretsStdin);
    if (fromStdin && !readSecretsFromStdin(&secrets))
        return;
    if (command == QLatin1String("import")) {
        runImport(target, parser.isSet(skip), secrets);
        return;
    }
    const Credential *found = find(target);
    if (!found)
        return;
    const Credential credential = *found;

    const auto done = [this, credential, command](const OperationResult &r) {
        report(credential, command, r);
        finish(exitCodeFor(r));
    };
    if (command == QLatin1String("check")) {
        if (fromStdin)
            m_actions->checkWith(credential, secrets, done, true);
        else
            m_actions->check(credential.id, done);
    } else if (command == QLatin1String("send")) {
        const PhoneNumbers::Check number = PhoneNumbers::check(parser.value(to), false);
        if (!number.ok) {
            printError(
                tr("--to: %1").arg(parser.value(to).isEmpty() ? tr("a recipient is required.") : number.problem));
            // A broken installation (no phone number plug-in) is no fault of the number's.
            finish(parser.value(to).isEmpty() ? Usage : number.checkable ? Invalid : Failed);
            return;
        }
        VendorOperations::TestMessage message;
        message.to = number.normalized;
        message.from = parser.value(from);
        message.text = parser.value(text);
        message.mediaUrl = QUrl(parser.value(media));
        if (!m_json && !message.text.isEmpty() && message.mediaUrl.isEmpty())
            print(analyzeSms(message.text).summary()); // what it costs; an invisible character by its name
        if (fromStdin)
            m_actions->testSendWith(credential, secrets, message, done);
        else
            m_actions->testSend(credential.id, message, done);
    } else if (command == QLatin1String("setup-channel")) {
        const auto step = [this](const SetupStep &s) {
            if (!m_json)
                print((s.ok ? QStringLiteral("  ✔ ") : QStringLiteral("  ✘ ")) + shown(s.summary));
        };
        const QUrl hook(parser.value(webhook));
        if (fromStdin)
            m_actions->setUpChannelWith(credential, secrets, hook, step, done);
        else
            m_actions->setUpChannel(credential.id, hook, step, done);
    }
}

const Credential *Cli::find(const QString &which)
{
    const CredentialStore &store = m_repository->store();
    if (const Credential *c = store.find(which))
        return c;
    for (const Credential &c : store.credentials()) {
        if (c.name().trimmed().compare(which.trimmed(), Qt::CaseInsensitive) == 0)
            return &c;
    }
    printError(tr("No API credentials named \"%1\". See: channel-console list").arg(shown(which)));
    finish(NotFound);
    return nullptr;
}

bool Cli::readSecretsFromStdin(QHash<QString, QString> *secrets)
{
    QFile in;
    if (!in.open(m_in, QIODevice::ReadOnly)) {
        printError(tr("Cannot read the secrets from standard input."));
        finish(Usage);
        return false;
    }
    const QByteArray data = in.read(64 * 1024).trimmed();
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            secrets->insert(it.key(), it.value().toString());
    } else {
        for (const QByteArray &line : data.split('\n')) {
            const int eq = line.indexOf('=');
            if (eq > 0)
                secrets->insert(QString::fromUtf8(line.left(eq).trimmed()),
                                QString::fromUtf8(line.mid(eq + 1).trimmed()));
        }
    }
    if (secrets->isEmpty()) {
        printError(tr("No secrets on standard input: give a JSON object such as {\"apiToken\": \"…\"} or lines "
                      "such as apiToken=…"));
        finish(Usage);
        return false;
    }
    return true;
}

void Cli::report(const Credential &credential, const QString &action, const OperationResult &r)
{
    if (m_json) {
        printJson(QJsonDocument(resultJson(credential, action, r)));
        return;
    }
    QString line = shown(r.summary);
    if (r.httpStatus > 0)
        line = tr("%1 (HTTP %2)").arg(line).arg(r.httpStatus);
    if (r.ok)
        print(line);
    else
        printError(line);
}

void Cli::runList()
{
    const auto &list = m_repository->store().credentials();
    if (m_json) {
        QJsonArray array;
        for (const Credential &c : list) {
            QJsonObject o{{QStringLiteral("id"), c.id},
                          {QStringLiteral("name"), c.name()},
                          {QStringLiteral("vendor"), c.schema().id},
                          {QStringLiteral("identifier"), CredentialListModel::identifierText(c)},
                          {QStringLiteral("created"), c.created.toString(Qt::ISODate)},
                          {QStringLiteral("modified"), c.modified.toString(Qt::ISODate)},
                          {QStringLiteral("secretsSet"), QJsonArray::fromStringList(c.secretsSet)}};
            if (!c.schema().regionKey.isEmpty())
                o.insert(QStringLiteral("region"), c.text(c.schema().regionKey));
            if (c.lastCheck.state != CheckStatus::State::NotChecked) {
                o.insert(QStringLiteral("lastCheck"),
                         QJsonObject{{QStringLiteral("ok"), c.lastCheck.state == CheckStatus::State::Ok},
                                     {QStringLiteral("at"), c.lastCheck.at.toString(Qt::ISODate)},
                                     {QStringLiteral("detail"), c.lastCheck.detail}});
            }
            array.append(o);
        }
        printJson(QJsonDocument(array));
    } else {
        for (const Credential &c : list)
            print(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                      .arg(shown(c.name()), c.schema().displayName, shown(CredentialListModel::identifierText(c)),
                           c.schema().regionKey.isEmpty() ? QStringLiteral("-") : shown(c.text(c.schema().regionKey)),
                           CredentialListModel::statusText(c.lastCheck)));
    }
    finish(Ok);
}

void Cli::runImport(const QString &path, bool skipClashes, const QHash<QString, QString> &secrets)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("Cannot read %1: %2.").arg(path, file.errorString()));
        finish(Failed);
        return;
    }
    const CredentialTransfer::Plan plan = CredentialTransfer::plan(
        file.read(64 * 1024 * 1024), m_repository->store(),
        skipClashes ? CredentialTransfer::ClashPolicy::Skip : CredentialTransfer::ClashPolicy::Rename, secrets);
    if (!plan.error.isEmpty()) {
        printError(plan.error);
        finish(Invalid);
        return;
    }
    if (plan.rejectedCount() > 0) { // all or nothing: each refused entry is listed, none is saved
        reportImport(plan, {});
        finish(Invalid);
        return;
    }
    const QVector<Credential> toImport = plan.toImport();
    if (!secrets.isEmpty() && toImport.size() != 1) {
        printError(tr("--secrets-stdin needs a file with exactly one credential to import; this one has %1.")
                       .arg(toImport.size()));
        finish(Usage);
        return;
    }
    if (secrets.isEmpty()) {
        finishImport(plan, toImport, m_repository->addAll(toImport));
        return;
    }
    // Its secrets go to the keychain first; when the keychain fails, the credential is not saved.
    const Credential c = toImport.first();
    QHash<QString, QString> own;
    for (const QString &key : c.schema().secretKeys()) {
        if (!secrets.value(key).isEmpty())
            own.insert(key, secrets.value(key));
    }
    m_repository->save(c, own,
                       [this, plan, c](const CredentialRepository::Outcome &o) { finishImport(plan, {c}, {o}); });
}

void Cli::finishImport(const CredentialTransfer::Plan &plan, const QVector<Credential> &saved,
                       const QVector<CredentialRepository::Outcome> &outcomes)
{
    int code = Ok;
    for (qsizetype i = 0; i < saved.size(); ++i) {
        const CredentialRepository::Outcome &o = outcomes.at(i);
        if (!o.ok && code != KeychainError)
            code = o.secretError != SecretError::None ? KeychainError : StoreError;
        m_repository->record(saved.at(i).id, ActivityLog::Action::Import,
                             o.ok ? ActivityLog::Outcome::Succeeded : ActivityLog::Outcome::Failed, o.message);
    }
    reportImport(plan, outcomes);
    finish(code);
}

void Cli::reportImport(const CredentialTransfer::Plan &plan, const QVector<CredentialRepository::Outcome> &outcomes)
{
    using Status = CredentialTransfer::Item::Status;
    const bool refused = plan.rejectedCount() > 0;
    int saved = 0;
    int toSave = 0;
    QJsonArray items;
    for (const CredentialTransfer::Item &i : plan.items) {
        QString status;
        QString reason = i.reason;
        bool savedNow = false;
        switch (i.status) {
        case Status::Imported:
        case Status::Renamed: {
            if (refused) {
                status = QStringLiteral("not-imported");
                break;
            }
            // What addAll() or save() said of it: one outcome per credential to import, in order.
            const qsizetype at = toSave++;
            savedNow = at < outcomes.size() && outcomes.at(at).ok;
            if (savedNow) {
                ++saved;
                status = i.status == Status::Imported ? QStringLiteral("imported") : QStringLiteral("renamed");
            } else {
                status = QStringLiteral("failed");
                reason = at < outcomes.size() ? outcomes.at(at).message : QString();
            }
            break;
        }
        case Status::Skipped:
            status = QStringLiteral("skipped");
            break;
        case Status::Rejected:
            status = QStringLiteral("rejected");
            break;
        }
        if (m_json) {
            items.append(QJsonObject{{QStringLiteral("entry"), i.entry},
                                     {QStringLiteral("name"), i.name},
                                     {QStringLiteral("importedAs"), savedNow ? i.finalName : QString()},
                                     {QStringLiteral("status"), status},
                                     {QStringLiteral("reason"), reason},
                                     {QStringLiteral("secretsNeeded"), QJsonArray::fromStringList(i.secretsNeeded)}});
        } else if (i.status == Status::Rejected) {
            printError(shown(i.refusal()));
        } else if (!refused) {
            const QString line = QStringLiteral("%1\t%2\t%3")
                                     .arg(shown(i.finalName.isEmpty() ? i.name : i.finalName), status, shown(reason));
            if (status == QLatin1String("failed"))
                printError(line);
            else
                print(line);
        }
    }
    if (m_json)
        printJson(QJsonDocument(items));
    else if (refused)
        printError(plan.summary());
    else if (saved == toSave)
        print(plan.summary());
    if (refused || saved == toSave)
        return;
    if (saved == 0)
        printError(tr("Nothing was imported: the errors above say why."));
    else
        printError(tr("Only %1 of the %2 API credentials to import were saved; the errors above say why.")
                       .arg(saved)
                       .arg(toSave));
}

} // namespace cc
