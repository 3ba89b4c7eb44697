#include "Cli.h"

#include "CommandLine.h"
#include "domain/SecretAge.h"
#include "domain/UnsafeCharacters.h"
#include "messaging/PhoneNumbers.h"
#include "messaging/SmsText.h"
#include "services/CredentialActions.h"
#include "services/CredentialListModel.h"
#include "services/CredentialRepository.h"
#include "services/CredentialTransfer.h"
#include "services/RegionProbe.h"
#include "services/SecretRotation.h"
#include "services/VendorOperations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

// The commands, in the order the help lists them.
const char *const kCommands[] = {"list",          "check",  "rotate", "send", "setup-channel",
                                 "detect-region", "import", "export", "help"};
// A help topic that is no command.
const QString kExitCodesTopic = QStringLiteral("exit-codes");

// Options whose next argument is their value, not a command: the window's and the commands' own,
// and Qt's (CommandLine::qtOption()), which QApplication takes out later.
const char *const kOptionsWithValue[] = {"store",     "language", "screenshot",    "to", "from", "text",
                                         "media-url", "webhook",  "max-secret-age"};

bool takesValue(QStringView option)
{
    if (CommandLine::qtOption(option) == CommandLine::QtOption::WithValue)
        return true;
    while (option.startsWith(u'-'))
        option = option.mid(1);
    for (const char *o : kOptionsWithValue) {
        if (option == QLatin1String(o))
            return true;
    }
    return false;
}

bool isCommandName(const QString &word)
{
    for (const char *c : kCommands) {
        if (word == QLatin1String(c))
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

// The word a mistyped one most likely meant: one or two edits away (one for short words), or the
// only one it begins; empty when none is that close.
QString closest(const QString &word, const QStringList &candidates)
{
    const QString typed = word.toCaseFolded();
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    QStringList beginning;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(typed, candidate);
        if (distance <= std::max(1, std::min(2, int(candidate.size()) / 3)) && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
        if (typed.size() >= 3 && candidate.startsWith(typed))
            beginning << candidate;
    }
    if (best.isEmpty() && beginning.size() == 1)
        best = beginning.first();
    return best;
}

QStringList commandNames()
{
    QStringList names;
    for (const char *c : kCommands)
        names << QString::fromLatin1(c);
    return names;
}

// A name or identifier as stored, to print in plain text: an older version may have stored control
// or bidi characters, which would clear the screen, move the cursor or forge rows.
QString shown(const QString &text)
{
    return UnsafeCharacters::escaped(text);
}

// The credential as a command to paste into a shell names it: its name, in single quotes when the
// shell would split or expand it (a quote in it as '\''); its id when the name holds characters
// printed as escapes, or starts with "-" (read as an option).
QString shellWord(const Credential &c)
{
    const QString name = c.name();
    if (name.isEmpty() || shown(name) != name || name.startsWith(QLatin1Char('-')))
        return c.id;
    const bool plain = std::all_of(name.begin(), name.end(), [](QChar ch) {
        return (ch.unicode() < 128 && ch.isLetterOrNumber()) || QStringView(u"_@%+=:,./-").contains(ch);
    });
    if (plain)
        return name;
    return QLatin1Char('\'') + QString(name).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

QString refusalCode(OperationResult::Refusal refusal)
{
    switch (refusal) {
    case OperationResult::Refusal::VendorLimit:
        return QStringLiteral("vendor-limit");
    case OperationResult::Refusal::UnexpectedResult:
        return QStringLiteral("unexpected-result");
    case OperationResult::Refusal::SecretMissing:
        return QStringLiteral("secret-missing");
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
    if (!r.ok && !r.error.ok())
        o.insert(QStringLiteral("error"), r.error.code());
    else if (!r.ok) // a keychain that could not give a secret it has is no secret missing
        o.insert(QStringLiteral("error"), r.keychainError && r.refusal != OperationResult::Refusal::SecretMissing
                                              ? Cli::errorWord(Cli::KeychainError)
                                              : refusalCode(r.refusal));
    if (adapterFor(c.vendor).capabilities().preview && r.httpStatus > 0)
        o.insert(QStringLiteral("answer"), r.answer);
    if (action == QLatin1String("setup-channel")) {
        // null where Sinch documents no callback address for the app's region
        o.insert(QStringLiteral("callbackUrl"), r.callbackUrl.isEmpty() ? QJsonValue() : QJsonValue(r.callbackUrl));
        o.insert(QStringLiteral("webhookReused"), r.webhookReused);
    }
    return o;
}

// An option as the help shows it; value is empty for a flag.
struct OptionInfo
{
    QString name;
    QString value;
    QString help;
};

// A command as the help shows it and as the parser checks it.
struct CommandInfo
{
    QString name;
    QString usage;       // translated, after "Usage: "
    QString summary;     // translated, one line for the overview
    QString description; // translated, a paragraph
    QStringList options; // besides the global ones
    int minOperands = 0;
    int maxOperands = 0; // -1: any number
    QString operand;     // translated: what a missing operand is, in a sentence
};

// Every option a command can take; the global ones come last.
QVector<OptionInfo> allOptions()
{
    return {
        {QStringLiteral("to"), Cli::tr("number"), Cli::tr("The recipient, in E.164 form (+ and country code).")},
        {QStringLiteral("text"), Cli::tr("text"),
         Cli::tr("The message text; for an MMS, the text shown with the media (optional).")},
        {QStringLiteral("media-url"), Cli::tr("url"),
         Cli::tr("The https address of the image or file to send as an MMS. Only with API credentials of %1.")
             .arg(VendorOperations::vendorsThat(&VendorCapabilities::media))},
        {QStringLiteral("from"), Cli::tr("sender"),
         Cli::tr("The sender: a number or name the account may send from (the account's default without it). Only "
                 "with API credentials of %1.")
             .arg(VendorOperations::vendorsThat(&VendorCapabilities::sender))},
        {QStringLiteral("dry-run"), QString(),
         Cli::tr("Print the request the message would make (method, address, headers and body, secrets masked) and "
                 "send nothing.")},
        {QStringLiteral("webhook"), Cli::tr("url"),
         Cli::tr("Also create a webhook that sends inbound messages to <url> (https).")},
        {QStringLiteral("apply"), QString(),
         Cli::tr("Set the region that accepted the API credentials, when exactly one did.")},
        {QStringLiteral("max-secret-age"), Cli::tr("days"),
         Cli::tr("Flag the API credentials whose secrets were set more than <days> days ago.")},
        {QStringLiteral("skip-existing"), QString(),
         Cli::tr("Skip, rather than rename, credentials whose name is taken.")},
        {QStringLiteral("all"), QString(), Cli::tr("Export every API credential (the default without names).")},
        {QStringLiteral("secrets-stdin"), QString(),
         Cli::tr("Read the secrets from standard input, as a JSON object {\"apiToken\": \"…\"} or key=value lines, "
                 "instead of the keychain.")},
        {QStringLiteral("json"), QString(), Cli::tr("Print the outcome as JSON.")},
        {QStringLiteral("store"), Cli::tr("file"), Cli::tr("Use the database <file> instead of the default one.")},
        {QStringLiteral("language"), Cli::tr("language"), Cli::tr("Use <language> (en, fr or nl) for this run.")},
        {QStringLiteral("help"), QString(), Cli::tr("Show this help.")},
    };
}

const QStringList &globalOptions()
{
    static const QStringList names{QStringLiteral("store"), QStringLiteral("language"), QStringLiteral("help")};
    return names;
}

QVector<CommandInfo> allCommands()
{
    const QString nameOrId = Cli::tr("the name or id of the API credentials");
    return {
        {QStringLiteral("list"),
         Cli::tr("channel-console list [--max-secret-age <days>] [--json]"),
         Cli::tr("List the API credentials."),
         Cli::tr("Lists the API credentials, one a line: name, SMS vendor, identifier, region, the outcome of "
                 "the last check and the age of the secrets (since they were last set), flagged when older than "
                 "--max-secret-age days. Secrets are never printed."),
         {QStringLiteral("max-secret-age"), QStringLiteral("json")},
         0,
         0,
         QString()},
        {QStringLiteral("check"),
         Cli::tr("channel-console check <name|id> [--secrets-stdin] [--json]"),
         Cli::tr("Check API credentials with their vendor; nothing is sent."),
         Cli::tr("Makes a read-only call to the vendor with the API credentials and says whether the vendor "
                 "accepts them. Nothing is sent to anybody. The outcome is kept as the list's last check."),
         {QStringLiteral("secrets-stdin"), QStringLiteral("json")},
         1,
         1,
         nameOrId},
        {QStringLiteral("rotate"),
         Cli::tr("channel-console rotate <name|id> <field> --secrets-stdin [--json]"),
         Cli::tr("Replace a secret, once the vendor accepts the new value."),
         Cli::tr("Reads the new value of the secret <field> (such as apiToken) from standard input, as "
                 "{\"<field>\": \"…\"} or <field>=…, and checks it with the vendor (a read-only call; nothing is "
                 "sent to anybody) together with the other secrets from the keychain. Only when the vendor accepts "
                 "it is it written to the keychain in place of the old one. If the check, the keychain or the "
                 "database fails, the old value is kept and nothing changes. Every attempt is recorded in the "
                 "activity log."),
         {QStringLiteral("secrets-stdin"), QStringLiteral("json")},
         2,
         2,
         Cli::tr("the name or id of the API credentials and the secret field to replace")},
        {QStringLiteral("send"),
         Cli::tr("channel-console send <name|id> --to <number> [--text <text>] [--media-url <url>] [--from <sender>] "
                 "[--dry-run] [--secrets-stdin] [--json]"),
         Cli::tr("Send a real test message (SMS, MMS or RCS)."),
         Cli::tr("Sends a real test message with the API credentials: an SMS with --text, or an MMS with "
                 "--media-url where the vendor sends MMS; where it sends RCS, an RCS text, or a rich card with "
                 "--media-url, that goes as SMS to a phone without RCS. The recipient receives it and the account "
                 "is charged. "
                 "An option the vendor cannot honour is refused, and nothing is sent. A send whose connection "
                 "dropped after it went out is never sent again by itself (exit code 15). With --dry-run it prints "
                 "the request and sends nothing; for a vendor whose request you write (%1) the request is printed "
                 "before it goes out, and the vendor's answer after.")
             .arg(VendorOperations::vendorsThat(&VendorCapabilities::preview)),
         {QStringLiteral("to"), QStringLiteral("text"), QStringLiteral("media-url"), QStringLiteral("from"),
          QStringLiteral("dry-run"), QStringLiteral("secrets-stdin"), QStringLiteral("json")},
         1,
         1,
         nameOrId},
        {QStringLiteral("setup-channel"),
         Cli::tr("channel-console setup-channel <name|id> [--webhook <url>] "
                 "[--secrets-stdin] [--json]"),
         Cli::tr("Set up the SMS channel of a messaging app (%1).")
             .arg(VendorOperations::vendorsThat(&VendorCapabilities::channelSetup)),
         Cli::tr("Runs the vendor's channel set-up (%1): adds or replaces the SMS channel of the API credentials' "
                 "messaging app, keeping its other channels, creates an inbound-message webhook with --webhook, and "
                 "says the callback URL to give the service plan.")
             .arg(VendorOperations::vendorsThat(&VendorCapabilities::channelSetup)),
         {QStringLiteral("webhook"), QStringLiteral("secrets-stdin"), QStringLiteral("json")},
         1,
         1,
         nameOrId},
        {QStringLiteral("detect-region"),
         Cli::tr("channel-console detect-region <name|id> [--apply] [--secrets-stdin] [--json]"),
         Cli::tr("Find the region the account of API credentials is in; nothing is sent."),
         Cli::tr("Makes the read-only check of the API credentials against every region of their vendor at once "
                 "and prints, for each region, whether it accepted them, rejected them, did not know the account "
                 "or could not be reached, and how long it took. Nothing is sent to anybody. With --apply, the "
                 "region that accepted them is set (when exactly one did)."),
         {QStringLiteral("apply"), QStringLiteral("secrets-stdin"), QStringLiteral("json")},
         1,
         1,
         nameOrId},
        {QStringLiteral("import"),
         Cli::tr("channel-console import <file> [--skip-existing] [--secrets-stdin] [--json]"),
         Cli::tr("Import API credentials from an export file."),
         Cli::tr("Imports the API credentials of a file written by export (or by the window's Export selected). "
                 "The whole file is checked first: if any entry is refused, nothing is imported. A name already "
                 "in use is renamed, or skipped with --skip-existing. Exports hold no secrets: with "
                 "--secrets-stdin, a file of one credential gets its secrets from standard input."),
         {QStringLiteral("skip-existing"), QStringLiteral("secrets-stdin"), QStringLiteral("json")},
         1,
         1,
         Cli::tr("the file to import")},
        {QStringLiteral("export"),
         Cli::tr("channel-console export <file> [<name|id>...] [--all] [--json]"),
         Cli::tr("Export API credentials to a file, without their secrets."),
         Cli::tr("Writes the non-secret settings of the named API credentials, or of all of them without names, "
                 "to <file> (readable by you only), or to standard output for -. The file is what import and "
                 "the window's Import read. Secrets are never exported."),
         {QStringLiteral("all"), QStringLiteral("json")},
         1,
         -1,
         Cli::tr("the file to write (- for standard output)")},
        {QStringLiteral("help"),
         Cli::tr("channel-console help [<command>|exit-codes]"),
         Cli::tr("Show the help of a command, or the exit codes."),
         Cli::tr("Shows the help of a command (the same as channel-console <command> --help), or with exit-codes "
                 "what each exit code means."),
         {},
         0,
         1,
         QString()},
    };
}

std::optional<CommandInfo> commandInfo(const QString &name)
{
    for (const CommandInfo &c : allCommands()) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

std::optional<OptionInfo> optionInfo(const QString &name)
{
    for (const OptionInfo &o : allOptions()) {
        if (o.name == name)
            return o;
    }
    return std::nullopt;
}

constexpr int kWidth = 80;

// The words of text, an option in brackets ("[--store <file>]") as one.
QStringList words(const QString &text)
{
    QStringList out;
    int open = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (open > 0)
            out.last() += QLatin1Char(' ') + word;
        else
            out << word;
        open += int(word.count(QLatin1Char('['))) - int(word.count(QLatin1Char(']')));
    }
    return out;
}

// Text broken at spaces into lines of at most width characters; the lines after the first start
// with indent spaces (the first is placed by the caller, at that column).
QString wrapped(const QString &text, int indent, int width = kWidth)
{
    QString out;
    int column = indent;
    for (const QString &word : words(text)) {
        if (column > indent && column + 1 + int(word.size()) > width) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
        } else if (column > indent) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += int(word.size());
    }
    return out;
}

// Rows of "  left   help", the help wrapped in its column.
QString table(const QVector<std::pair<QString, QString>> &rows)
{
    int left = 0;
    for (const auto &row : rows)
        left = std::max(left, int(row.first.size()));
    left = std::min(left, 26) + 4;
    QString out;
    for (const auto &[name, help] : rows) {
        out += QStringLiteral("  ") + name;
        if (name.size() + 2 > left - 2)
            out += QLatin1Char('\n') + QString(left, QLatin1Char(' '));
        else
            out += QString(left - 2 - int(name.size()), QLatin1Char(' '));
        out += wrapped(help, left) + QLatin1Char('\n');
    }
    return out;
}

QString optionRow(const OptionInfo &o)
{
    if (o.name == QLatin1String("help"))
        return QStringLiteral("-h, --help");
    return o.value.isEmpty() ? QStringLiteral("--") + o.name : QStringLiteral("--%1 <%2>").arg(o.name, o.value);
}

// "Usage: " as translated, before the usage lines, whose continuations line up after it.
QString usagePrefix()
{
    const QString usage = Cli::tr("Usage: %1");
    return usage.left(std::max(qsizetype(0), usage.indexOf(QLatin1String("%1"))));
}

QString commandHelp(const CommandInfo &c)
{
    const int indent = int(usagePrefix().size());
    QString out = wrapped(Cli::tr("Usage: %1").arg(c.usage), indent) + QStringLiteral("\n\n") +
                  wrapped(c.description, 0) + QStringLiteral("\n\n");
    QVector<std::pair<QString, QString>> own;
    QVector<std::pair<QString, QString>> global;
    for (const OptionInfo &o : allOptions()) {
        if (c.options.contains(o.name))
            own.append({optionRow(o), o.help});
        else if (globalOptions().contains(o.name))
            global.append({optionRow(o), o.help});
    }
    if (!own.isEmpty())
        out += Cli::tr("Options:") + QLatin1Char('\n') + table(own) + QLatin1Char('\n');
    out += Cli::tr("Global options:") + QLatin1Char('\n') + table(global) + QLatin1Char('\n');
    out += wrapped(Cli::tr("Exit codes: channel-console help exit-codes"), 0);
    return out;
}

// What an exit code means, translated; empty for a number that is none. Without a default, the
// compiler names any code added to Cli::ExitCode and not here.
QString exitCodeMeaning(Cli::ExitCode code)
{
    switch (code) {
    case Cli::Ok:
        return Cli::tr("success");
    case Cli::Failed:
        return Cli::tr("another failure (a file that cannot be read or written, ...)");
    case Cli::Usage:
        return Cli::tr("usage: an unknown command or option, a missing argument, or an option the API "
                       "credentials' vendor cannot honour (nothing is sent)");
    case Cli::NotFound:
        return Cli::tr("no API credentials with that name or id");
    case Cli::KeychainError:
        return Cli::tr("a secret is missing, or the keychain is unreachable or locked");
    case Cli::StoreError:
        return Cli::tr("the database: damaged, newer, not a regular file, or a change it could not save "
                       "(a full disk, another process's lock)");
    case Cli::Invalid:
        return Cli::tr("invalid input: a rule of the form, a phone number, an import file");
    case Cli::VendorAuth:
        return Cli::tr("the vendor rejected the credentials (HTTP 401, 403)");
    case Cli::VendorNotFound:
        return Cli::tr("unknown account, project, app or region (HTTP 404)");
    case Cli::VendorRejected:
        return Cli::tr("the vendor's validation refused the request (HTTP 400)");
    case Cli::RateLimited:
        return Cli::tr("rate limited (HTTP 429)");
    case Cli::VendorDown:
        return Cli::tr("the vendor is unavailable (HTTP 5xx)");
    case Cli::Network:
        return Cli::tr("network: timeout, DNS, TLS, connection; also a test send whose connection dropped "
                       "after it went out (\"maybe-sent\"), which is never sent again by itself");
    case Cli::BadResponse:
        return Cli::tr("a malformed, oversized or redirected answer");
    case Cli::UnexpectedResult:
        return Cli::tr("the vendor answered with success but not with what was asked for (\"unexpected-result\"), "
                       "so that nothing more was changed");
    }
    return QString();
}

QString exitCodesHelp()
{
    QVector<std::pair<QString, QString>> rows;
    for (int code = 0; code < 256; ++code) { // every exit code a process can have
        const QString meaning = exitCodeMeaning(Cli::ExitCode(code));
        if (!meaning.isEmpty())
            rows.append({QString::number(code).rightJustified(2), meaning});
    }
    return Cli::tr("Exit codes of the commands:") + QLatin1Char('\n') + table(rows);
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

QString Cli::unknownCommandMessage(const QString &word)
{
    const QString suggestion = closest(word, commandNames());
    if (!suggestion.isEmpty())
        return tr("Unknown command \"%1\". Did you mean \"%2\"?").arg(shown(word), suggestion);
    return tr("Unknown command \"%1\". The commands are %2; see channel-console --help.")
        .arg(shown(word), QLocale().createSeparatedList(commandNames()));
}

QString Cli::overview()
{
    QVector<std::pair<QString, QString>> commands;
    for (const CommandInfo &c : allCommands())
        commands.append({c.name, c.summary});
    QVector<std::pair<QString, QString>> options;
    for (const OptionInfo &o : allOptions()) {
        if (globalOptions().contains(o.name) && o.name != QLatin1String("help"))
            options.append({optionRow(o), o.help});
    }
    options.append({QStringLiteral("--screenshot <%1>").arg(tr("png")),
                    tr("Without a command: save a picture of the main window as <png>, then quit.")});
    options.append({optionRow(*optionInfo(QStringLiteral("help"))), optionInfo(QStringLiteral("help"))->help});
    options.append({QStringLiteral("-v, --version"), tr("Show the version.")});
    const int width = int(usagePrefix().size());
    const QString indent(width, QLatin1Char(' '));
    return wrapped(tr("Usage: %1")
                       .arg(tr("channel-console [--store <file>] [--language <language>] <command> "
                               "[<arguments>]")),
                   width) +
           QLatin1Char('\n') + indent +
           wrapped(tr("channel-console [--store <file>] [--language <language>] [--screenshot <png>]   (the "
                      "window)"),
                   width) +
           QStringLiteral("\n\n") +
           wrapped(CommandLine::tr("Channel Console: manage the API credentials of SMS and MMS providers.") +
                       QLatin1Char(' ') + tr("Without a command, it opens the window."),
                   0) +
           QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n') + table(commands) + QLatin1Char('\n') +
           tr("Options:") + QLatin1Char('\n') + table(options) + QLatin1Char('\n') +
           wrapped(tr("A command's arguments and options: channel-console help <command>, or channel-console "
                      "<command> --help."),
                   0) +
           QLatin1Char('\n') + wrapped(tr("What each exit code means: channel-console help exit-codes."), 0) +
           QLatin1Char('\n');
}

Cli::Parsed Cli::parse(const QStringList &arguments)
{
    Parsed parsed;
    const auto fail = [&parsed](const QString &error) {
        parsed.request.reset();
        parsed.error = error;
        parsed.exitCode = Usage;
        return parsed;
    };
    struct Given
    {
        QString spelled; // as typed, before any "=value"
        QString name;
        QString value;
        bool hasValue = false;
        bool inline_ = false;
    };
    Request request;
    QVector<Given> given;
    bool optionsEnded = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (!optionsEnded && a == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (optionsEnded || !a.startsWith(QLatin1Char('-')) || a.size() == 1) {
            if (request.command.isEmpty())
                request.command = a;
            else
                request.operands << a;
            continue;
        }
        Given g;
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        g.spelled = eq < 0 ? a : a.left(eq);
        g.inline_ = eq >= 0;
        g.hasValue = eq >= 0;
        g.value = eq >= 0 ? a.mid(eq + 1) : QString();
        if (g.spelled == QLatin1String("-h") || g.spelled == QLatin1String("--help"))
            g.name = QStringLiteral("help");
        else if (g.spelled.startsWith(QLatin1String("--")))
            g.name = g.spelled.mid(2);
        const std::optional<OptionInfo> known = g.name.isEmpty() ? std::nullopt : optionInfo(g.name);
        // The next argument is the value, unless it is another option of ours ("--to --json"): then
        // the value is missing (a value that starts so is given as --text=--json).
        const auto isOption = [](const QString &next) {
            return next.startsWith(QLatin1String("--")) &&
                   optionInfo(next.mid(2).section(QLatin1Char('='), 0, 0)).has_value();
        };
        if (known && !known->value.isEmpty() && !g.hasValue && i + 1 < arguments.size() &&
            !isOption(arguments.at(i + 1))) {
            g.value = arguments.at(++i);
            g.hasValue = true;
        }
        given << g;
    }

    if (!isCommandName(request.command))
        return fail(unknownCommandMessage(request.command));
    const auto asked = [&given](const char *name) {
        return std::any_of(given.begin(), given.end(),
                           [name](const Given &g) { return g.name == QLatin1String(name); });
    };
    if (asked("help") || request.command == QLatin1String("help")) {
        // help --help is the help of help; help COMMAND --help that of the command.
        QString topic = request.command == QLatin1String("help") ? request.operands.value(0) : request.command;
        if (topic.isEmpty() && asked("help"))
            topic = request.command;
        if (request.command == QLatin1String("help") && request.operands.size() > 1)
            return fail(tr("The command help takes one command at most. See: channel-console help help"));
        if (topic.isEmpty()) {
            parsed.answer = overview();
        } else if (topic == kExitCodesTopic) {
            parsed.answer = exitCodesHelp();
        } else if (const std::optional<CommandInfo> c = commandInfo(topic)) {
            parsed.answer = commandHelp(*c) + QLatin1Char('\n');
        } else {
            return fail(unknownCommandMessage(topic));
        }
        return parsed;
    }

    const CommandInfo command = *commandInfo(request.command);
    QStringList allowed = command.options + globalOptions();
    for (const Given &g : std::as_const(given)) {
        const std::optional<OptionInfo> known = optionInfo(g.name);
        if (!known || !allowed.contains(g.name)) {
            QStringList spelled;
            for (const QString &name : std::as_const(allowed))
                spelled << QStringLiteral("--") + name;
            const QString suggestion = closest(g.spelled, spelled);
            return fail(suggestion.isEmpty() ? tr("The command %1 has no option %2. See: channel-console help %1")
                                                   .arg(command.name, shown(g.spelled))
                                             : tr("The command %1 has no option %2. Did you mean %3?")
                                                   .arg(command.name, shown(g.spelled), suggestion));
        }
        if (known->value.isEmpty() && g.inline_)
            return fail(tr("The option %1 takes no value; give it without \"=%2\".").arg(g.spelled, shown(g.value)));
        if (!known->value.isEmpty() && !g.hasValue)
            return fail(tr("The option %1 needs a value: %1 <%2>.").arg(g.spelled, known->value));
        if (request.options.contains(g.name))
            return fail(tr("The option %1 is given twice; give it once.").arg(g.spelled));
        request.options.insert(g.name, g.value);
    }
    const auto optionValue = [&request](const char *option) {
        return request.has(option) ? std::optional<QString>(request.value(option)) : std::nullopt;
    };
    if (const QString wrong = CommandLine::valueError(optionValue("store"), optionValue("language")); !wrong.isEmpty())
        return fail(wrong);

    const int operands = int(request.operands.size());
    if (operands < command.minOperands)
        return fail(tr("The command %1 needs %2. See: channel-console help %1").arg(command.name, command.operand));
    if (command.maxOperands == 0 && operands > 0)
        return fail(tr("The command %1 takes no argument, but \"%2\" was given. See: channel-console help %1")
                        .arg(command.name, shown(request.operands.constFirst())));
    if (command.maxOperands > 0 && operands > command.maxOperands)
        return fail(tr("The command %1 takes only %n argument(s); \"%2\" is one too many (put a name with spaces "
                       "in quotes). See: channel-console help %1",
                       nullptr, command.maxOperands)
                        .arg(command.name, shown(request.operands.at(command.maxOperands))));
    if (request.command == QLatin1String("rotate") && !request.has("secrets-stdin"))
        return fail(tr("The command rotate needs --secrets-stdin: the new value is read from standard input, never "
                       "from the command line."));
    if (request.command == QLatin1String("list") && request.has("max-secret-age")) {
        bool number = false;
        const int days = request.value("max-secret-age").toInt(&number);
        if (!number || days < 1)
            return fail(tr("--max-secret-age takes a number of days, 1 or more; \"%1\" is not one.")
                            .arg(shown(request.value("max-secret-age"))));
    }
    if (request.command == QLatin1String("send") && request.value("to").isEmpty())
        return fail(tr("The command send needs --to <number>: the recipient, in E.164 form (+ and country code)."));
    if (request.command == QLatin1String("export")) {
        if (request.has("all") && operands > 1)
            return fail(tr("--all exports every API credential: give names or --all, not both."));
        if (request.has("json") && request.operands.constFirst() == QLatin1String("-"))
            return fail(tr("--json cannot be used with -: the export itself goes to standard output."));
    }
    parsed.request = request;
    return parsed;
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
    m_errors << text;
    write(m_err, UnsafeCharacters::escaped(text, u"\n\t"));
}

void Cli::printJson(const QJsonDocument &json)
{
    m_printedJson = true;
    write(m_out, UnsafeCharacters::escapedJson(json.toJson(QJsonDocument::Compact)));
}

QString Cli::errorWord(int code)
{
    switch (code) {
    case Usage:
        return QStringLiteral("usage");
    case NotFound:
        return QStringLiteral("unknown-credential");
    case KeychainError:
        return QStringLiteral("keychain");
    case StoreError:
        return QStringLiteral("storage");
    case Invalid:
        return QStringLiteral("invalid");
    default:
        break;
    }
    return QStringLiteral("failed");
}

QString Cli::failureJson(int code, const QString &summary, const QString &error)
{
    const QJsonObject o{{QStringLiteral("ok"), false},
                        {QStringLiteral("error"), error.isEmpty() ? errorWord(code) : error},
                        {QStringLiteral("summary"), summary}};
    return UnsafeCharacters::escapedJson(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void Cli::keychainFailed(const SecretResult &result)
{
    printError(result.message());
    finish(KeychainError, result.error == SecretError::NotFound ? QStringLiteral("secret-missing") : QString());
}

void Cli::finish(int code, const QString &error)
{
    m_exitCode = code;
    // Every failure, with --json, is a JSON object on standard output too: the one place they all pass.
    if (m_json && code != Ok && !m_printedJson)
        write(m_out, failureJson(code, m_errors.join(QLatin1Char('\n')), error));
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
    if (r.keychainError || r.refusal == OperationResult::Refusal::SecretMissing)
        return KeychainError; // a secret missing is the keychain's exit code, whatever its cause
    switch (r.error.kind) {
    case NetError::Kind::None:
        switch (r.refusal) {
        case OperationResult::Refusal::UnexpectedResult:
            return UnexpectedResult;
        case OperationResult::Refusal::VendorLimit:
            return VendorRejected;
        case OperationResult::Refusal::Input:
        case OperationResult::Refusal::SecretMissing: // handled above
            break;
        }
        return Invalid; // refused before sending: a missing field, a bad address
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

void Cli::start(const Request &request)
{
    m_json = request.has("json");
    const QString &command = request.command;
    if (command == QLatin1String("list")) {
        runList(request.value("max-secret-age").toInt());
        return;
    }
    if (command == QLatin1String("export")) {
        runExport(request.operands.constFirst(), request.operands.mid(1));
        return;
    }
    QHash<QString, QString> secrets;
    const bool fromStdin = request.has("secrets-stdin");
    if (fromStdin && !readSecretsFromStdin(&secrets))
        return;
    if (command == QLatin1String("import")) {
        runImport(request.operands.constFirst(), request.has("skip-existing"), secrets);
        return;
    }
    const Credential *found = find(request.operands.constFirst());
    if (!found)
        return;
    const Credential credential = *found;
    if (command == QLatin1String("rotate")) {
        runRotate(credential, request.operands.at(1), secrets);
        return;
    }
    std::optional<TestMessage> message;
    if (command == QLatin1String("send") && !(message = sendMessage(credential, request)))
        return; // refused as it was typed: before any secret is read
    if (fromStdin && !hasRequiredSecrets(credential, secrets, true))
        return;
    if (command == QLatin1String("check")) {
        const auto done = [this, credential](const OperationResult &r) {
            report(credential, QStringLiteral("check"), r);
            finish(exitCodeFor(r));
        };
        if (fromStdin)
            m_actions->checkWith(credential, secrets, done, true);
        else
            m_actions->check(credential.id, done);
    } else if (command == QLatin1String("send")) {
        runSend(credential, *message, request, secrets);
    } else if (command == QLatin1String("setup-channel")) {
        runSetup(credential, request, secrets);
    } else if (command == QLatin1String("detect-region")) {
        runDetectRegion(credential, request, secrets);
    }
}

void Cli::runDetectRegion(const Credential &credential, const Request &request, const Secrets &secrets)
{
    const QString problem = RegionProbe::problem(credential);
    if (!problem.isEmpty()) {
        printError(shown(problem));
        return finish(Usage);
    }
    const bool apply = request.has("apply");
    const auto probe = [this, credential, apply](const Secrets &with) {
        auto *p = new RegionProbe(m_actions->operations(), this);
        connect(p, &RegionProbe::finished, this, [this, p, credential, apply] {
            p->deleteLater();
            reportRegions(credential, p->outcomes(), p->acceptedRegion(), apply);
        });
        p->start(credential, with);
    };
    const auto probeWith = [this, credential, probe](const Secrets &with) {
        // What every region would refuse alike (a secret missing, one of the wrong form) is said once,
        // with check's exit code, and no region is asked.
        const OperationResult refused = m_actions->operations()->checkRefusal(credential, with);
        if (refused.event.isEmpty())
            return probe(with);
        report(credential, QStringLiteral("detect-region"), refused);
        finish(exitCodeFor(refused));
    };
    if (request.has("secrets-stdin"))
        return probeWith(secrets);
    m_actions->readSecrets(credential, [this, probeWith](const Secrets &read, const SecretResult &r) {
        if (!r.ok())
            return keychainFailed(r);
        probeWith(read);
    });
}

void Cli::reportRegions(const Credential &credential, const QVector<RegionProbe::Outcome> &outcomes,
                        const QString &accepted, bool apply)
{
    using Kind = RegionProbe::Outcome::Kind;
    const QString regionKey = credential.schema().regionKey;
    const QString current = credential.text(regionKey);
    // Exit code: accepted somewhere, else what most plainly says why not.
    int code = Failed;
    for (const Kind kind : {Kind::Unreachable, Kind::NotFound, Kind::Rejected, Kind::Accepted}) {
        if (std::any_of(outcomes.begin(), outcomes.end(),
                        [kind](const RegionProbe::Outcome &o) { return o.kind == kind; }))
            code = kind == Kind::Accepted   ? Ok
                   : kind == Kind::Rejected ? VendorAuth
                   : kind == Kind::NotFound ? VendorNotFound
                                            : Network;
    }
    const bool change = apply && !accepted.isEmpty() && accepted != current;
    const auto done = [this, credential, outcomes, accepted, current, apply, code](bool applied, const QString &why) {
        if (m_json) {
            QJsonArray regions;
            for (const RegionProbe::Outcome &o : outcomes) {
                QJsonObject r{{QStringLiteral("region"), o.region},
                              {QStringLiteral("outcome"), RegionProbe::kindName(o.kind)},
                              {QStringLiteral("ms"), o.ms},
                              {QStringLiteral("summary"), o.summary}};
                if (o.httpStatus > 0)
                    r.insert(QStringLiteral("httpStatus"), o.httpStatus);
                regions.append(r);
            }
            QJsonObject o{{QStringLiteral("name"), credential.name()},
                          {QStringLiteral("regions"), regions},
                          {QStringLiteral("accepted"), accepted.isEmpty() ? QJsonValue() : QJsonValue(accepted)},
                          {QStringLiteral("region"), applied ? accepted : current},
                          {QStringLiteral("applied"), applied}};
            if (!why.isEmpty()) { // the region could not be saved
                o.insert(QStringLiteral("error"), errorWord(StoreError));
                o.insert(QStringLiteral("summary"), why);
            }
            printJson(QJsonDocument(o));
        } else {
            const QString regionTitle = tr("Region");
            qsizetype width = regionTitle.size();
            qsizetype outcomeWidth = tr("Outcome").size();
            for (const RegionProbe::Outcome &o : outcomes) {
                width = std::max(width, o.region.size());
                outcomeWidth = std::max(outcomeWidth, RegionProbe::outcomeText(o).size());
            }
            print(QStringLiteral("%1  %2  %3")
                      .arg(regionTitle, -int(width))
                      .arg(tr("Outcome"), -int(outcomeWidth))
                      .arg(tr("Time")));
            for (const RegionProbe::Outcome &o : outcomes) {
                print(QStringLiteral("%1  %2  %3")
                          .arg(o.region, -int(width))
                          .arg(RegionProbe::outcomeText(o), -int(outcomeWidth))
                          .arg(RegionProbe::timeText(o)));
            }
            if (accepted.isEmpty() && code == Ok)
                print(tr("More than one region accepted the API credentials; the region was left as it is (%1).")
                          .arg(current));
            else if (accepted.isEmpty())
                printError(tr("No region accepted the API credentials: check the secrets, and the project, app or "
                              "service plan IDs."));
            else if (applied)
                print(tr("Region set to %1.").arg(accepted));
            else if (accepted == current)
                print(tr("The API credentials work in region %1, the region they have.").arg(accepted));
            else if (apply)
                printError(why);
            else
                print(tr("The API credentials work in region %1, not in %2. To set it: channel-console detect-region "
                         "%3 --apply")
                          .arg(accepted, current, shellWord(credential)));
        }
        finish(!why.isEmpty() ? StoreError : code);
    };
    if (!change)
        return done(false, QString());
    Credential updated = credential;
    updated.values.insert(regionKey, accepted);
    m_repository->save(updated, {},
                       [done](const CredentialRepository::Outcome &o) { done(o.ok, o.ok ? QString() : o.message); });
}

std::optional<TestMessage> Cli::sendMessage(const Credential &credential, const Request &request)
{
    const VendorCapabilities can = adapterFor(credential.vendor).capabilities();
    const QString vendor = credential.schema().displayName;
    const QString name = shown(credential.name());
    const QString text = request.value("text");
    const QString media = request.value("media-url");
    const auto refuse = [this](const QString &why, int code = Usage) {
        printError(why);
        finish(code);
        return std::nullopt;
    };
    // What the vendor cannot honour is refused before anything is sent, naming the option.
    if (!can.media && !media.isEmpty())
        return refuse(tr("--media-url cannot be used with \"%1\": %2 cannot send MMS with these API credentials. "
                         "Nothing was sent. Send without --media-url, or with API credentials of %3.")
                          .arg(name, vendor, VendorOperations::vendorsThat(&VendorCapabilities::media)));
    if (!can.sender && !request.value("from").trimmed().isEmpty())
        return refuse(tr("--from cannot be used with \"%1\": %2 takes no sender with the message and sends from the "
                         "number set up with the vendor. Nothing was sent. Send without --from.")
                          .arg(name, vendor));
    // The window's rule: an https address of a file, no blank text, what the vendor needs.
    const VendorOperations::MessageCheck check = VendorOperations::checkMessage(can, text, media);
    if (check.needsMedia)
        return refuse(tr("\"%1\" are %2 API credentials, which send MMS only: give the media's https address with "
                         "--media-url (and a text with --text if you like).")
                          .arg(name, vendor));
    if (!check.media.isEmpty())
        return refuse(tr("--media-url: %1 Nothing was sent.").arg(check.media.text()));
    if (check.needsText && !text.isEmpty())
        return refuse(tr("--text holds only spaces: give the text of the message. Nothing was sent."));
    if (check.needsText)
        return refuse(tr("The command send needs --text <text>: the text of the message."));
    const PhoneNumbers::Check number = PhoneNumbers::check(request.value("to"), false);
    if (!number.ok) // a broken installation (no phone number plug-in) is no fault of the number's
        return refuse(tr("--to: %1").arg(number.problem), number.checkable ? Invalid : Failed);
    TestMessage message;
    message.to = number.normalized;
    message.from = request.value("from");
    message.text = text;
    message.mediaUrl = QUrl(media);
    return message;
}

void Cli::runSend(const Credential &credential, const TestMessage &message, const Request &request,
                  const QHash<QString, QString> &secrets)
{
    const VendorCapabilities can = adapterFor(credential.vendor).capabilities();
    if (!m_json && !message.text.isEmpty() && message.mediaUrl.isEmpty())
        print(analyzeSms(message.text).summary()); // what it costs; an invisible character by its name
    const bool dryRun = request.has("dry-run");
    const auto done = [this, credential](const OperationResult &r) {
        report(credential, QStringLiteral("send"), r);
        if (!m_json && adapterFor(credential.vendor).capabilities().preview && r.httpStatus > 0)
            print(tr("The answer (secrets masked):") + QLatin1Char('\n') +
                  QStringLiteral("HTTP %1\n\n%2").arg(r.httpStatus).arg(UnsafeCharacters::escaped(r.answer, u"\n")));
        finish(exitCodeFor(r));
    };
    if (!dryRun && !can.preview) {
        if (request.has("secrets-stdin"))
            m_actions->testSendWith(credential, secrets, message, done);
        else
            m_actions->testSend(credential.id, message, done);
        return;
    }
    // The request first: printed (and with --dry-run, nothing more).
    const auto withSecrets = [this, credential, message, dryRun, done](const Secrets &given) {
        const VendorOperations::Preview preview = m_actions->operations()->previewTestSend(credential, given, message);
        if (!preview.refusal.isEmpty() && !dryRun) // refused and recorded as a send would be
            return void(m_actions->testSendWith(credential, given, message, done));
        if (!preview.refusal.isEmpty()) {
            OperationResult refused;
            refused.event = preview.refusal;
            refused.summary = preview.refusal.text();
            refused.refusal = preview.why;
            report(credential, QStringLiteral("send"), refused);
            return finish(exitCodeFor(refused));
        }
        if (m_json && dryRun) {
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("credential"), credential.name()},
                                                {QStringLiteral("id"), credential.id},
                                                {QStringLiteral("action"), QStringLiteral("send")},
                                                {QStringLiteral("ok"), true},
                                                {QStringLiteral("sent"), false},
                                                {QStringLiteral("request"), preview.text}}));
        } else if (!m_json) {
            print((dryRun ? tr("Nothing was sent. The request would be (secrets masked):")
                          : tr("The request (secrets masked):")) +
                  QLatin1Char('\n') + UnsafeCharacters::escaped(preview.text, u"\n"));
        }
        if (dryRun)
            return finish(Ok);
        m_actions->testSendWith(credential, given, message, done);
    };
    if (request.has("secrets-stdin"))
        return withSecrets(secrets);
    m_actions->readSecrets(credential, [this, withSecrets](const Secrets &stored, const SecretResult &r) {
        if (!r.ok())
            return keychainFailed(r);
        withSecrets(stored);
    });
}

void Cli::runSetup(const Credential &credential, const Request &request, const QHash<QString, QString> &secrets)
{
    if (!adapterFor(credential.vendor).capabilities().channelSetup) {
        printError(tr("\"%1\" are %2 API credentials, which have no channel to set up: setup-channel works with "
                      "API credentials of %3.")
                       .arg(shown(credential.name()), credential.schema().displayName,
                            VendorOperations::vendorsThat(&VendorCapabilities::channelSetup)));
        return finish(Usage);
    }
    const auto step = [this](const SetupStep &s) {
        if (!m_json)
            print((s.ok ? QStringLiteral("  ✔ ") : QStringLiteral("  ✘ ")) + shown(s.summary));
    };
    const auto done = [this, credential](const OperationResult &r) {
        report(credential, QStringLiteral("setup-channel"), r);
        finish(exitCodeFor(r));
    };
    const QUrl hook(request.value("webhook"));
    if (request.has("secrets-stdin"))
        m_actions->setUpChannelWith(credential, secrets, hook, step, done);
    else
        m_actions->setUpChannel(credential.id, hook, step, done);
}

bool Cli::hasRequiredSecrets(const Credential &credential, const QHash<QString, QString> &secrets, bool all)
{
    const VendorSchema &schema = credential.schema();
    const QStringList keys = schema.secretKeys();
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        if (!keys.contains(it.key())) {
            printError(tr("Standard input holds \"%1\", which is no secret of %2 API credentials: give %3.")
                           .arg(shown(it.key()), schema.displayName, QLocale().createSeparatedList(keys)));
            finish(Usage);
            return false;
        }
    }
    for (const FieldSpec &f : schema.fields) {
        if (all && f.isSecret() && schema.isRequired(f, credential.values) &&
            secrets.value(f.key).trimmed().isEmpty()) {
            printError(tr("The field \"%1\" of \"%2\" is not on standard input: give it as %3=… or in a JSON object.")
                           .arg(f.translatedLabel(), shown(credential.name()), f.key));
            finish(KeychainError, QStringLiteral("secret-missing"));
            return false;
        }
    }
    return true;
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
    constexpr qint64 kMaxBytes = 64 * 1024; // secrets are a few hundred bytes; never cut off
    const QByteArray data = CredentialTransfer::readAtMost(&in, kMaxBytes).trimmed();
    if (data.size() > kMaxBytes) {
        printError(tr("Standard input holds more than %1 KiB: that is no set of secrets. Nothing was read.")
                       .arg(kMaxBytes / 1024));
        finish(Usage);
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (data.startsWith('{') && !doc.isObject()) {
        printError(tr("Standard input is not valid JSON (%1 at byte %2): give a JSON object such as "
                      "{\"apiToken\": \"…\"} or lines such as apiToken=…")
                       .arg(error.errorString())
                       .arg(error.offset));
        finish(Usage);
        return false;
    }
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
    const QString line = ActivityEvent::withHttpStatus(shown(r.summary), r.httpStatus);
    if (r.ok)
        print(line);
    else
        printError(line);
}

void Cli::runList(int maxSecretAge)
{
    const auto &list = m_repository->store().credentials();
    const QDateTime now = QDateTime::currentDateTimeUtc();
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
            const int age = SecretAge::days(c, now);
            o.insert(QStringLiteral("secretsSetAt"),
                     age < 0 ? QJsonValue() : QJsonValue(c.secretsSetAt.toString(Qt::ISODate)));
            o.insert(QStringLiteral("secretAgeDays"), age < 0 ? QJsonValue() : QJsonValue(age));
            if (maxSecretAge > 0)
                o.insert(QStringLiteral("secretsTooOld"), SecretAge::isTooOld(c, maxSecretAge, now));
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
            print(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                      .arg(shown(c.name()), c.schema().displayName, shown(CredentialListModel::identifierText(c)),
                           c.schema().regionKey.isEmpty() ? QStringLiteral("-") : shown(c.text(c.schema().regionKey)),
                           CredentialListModel::statusText(c.lastCheck),
                           SecretAge::textWithLimit(c, maxSecretAge, now)));
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
        CredentialTransfer::readImport(&file), m_repository->store(),
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
    if (!secrets.isEmpty() && plan.items.size() == 1 &&
        plan.items.constFirst().status == CredentialTransfer::Item::Status::Skipped) {
        // --skip-existing did what it says; the secrets were the skipped credential's.
        printError(tr("The API credentials \"%1\" were skipped, as that name is taken (--skip-existing): the "
                      "secrets on standard input were not saved, and the existing ones were left as they are.")
                       .arg(shown(plan.items.constFirst().shownName())));
        finishImport(plan, {});
        return;
    }
    if (!secrets.isEmpty() && toImport.size() != 1) {
        printError(tr("--secrets-stdin needs a file with exactly one credential to import; this one has %1.")
                       .arg(toImport.size()));
        finish(Usage);
        return;
    }
    if (secrets.isEmpty()) {
        // As the window imports: one transaction for the credentials, one for their activity entries.
        finishImport(plan, CredentialTransfer::importAll(m_repository, plan));
        return;
    }
    // Its secrets go to the keychain first; when the keychain fails, the credential is not saved.
    const Credential c = toImport.first();
    if (!hasRequiredSecrets(c, secrets, false))
        return;
    m_repository->save(c, secrets, [this, plan, c](const CredentialRepository::Outcome &o) {
        m_repository->record(c.id, ActivityLog::Action::Import,
                             o.ok ? ActivityLog::Outcome::Succeeded : ActivityLog::Outcome::Failed,
                             o.ok ? ActivityLog::succeeded(ActivityLog::Action::Import) : o.reason);
        finishImport(plan, {o});
    });
}

void Cli::finishImport(const CredentialTransfer::Plan &plan, const QVector<CredentialRepository::Outcome> &outcomes)
{
    int code = Ok;
    for (const CredentialRepository::Outcome &o : outcomes) {
        if (!o.ok && code != KeychainError)
            code = o.secretError != SecretError::None ? KeychainError : StoreError;
    }
    reportImport(plan, outcomes);
    finish(code);
}

void Cli::runExport(const QString &file, const QStringList &names)
{
    QStringList ids;
    for (const QString &name : names) {
        const Credential *c = find(name);
        if (!c)
            return;
        ids << c->id;
    }
    // What the window's "Export selected" writes, through the same code.
    const QVector<Credential> list = CredentialTransfer::toExport(m_repository->store(), ids);
    if (file == QLatin1String("-")) {
        // Compact, with the characters a terminal acts on escaped: the same JSON to import.
        write(m_out, UnsafeCharacters::escapedJson(CredentialTransfer::exportJson(list, QJsonDocument::Compact)));
        CredentialTransfer::recordExport(m_repository, list, ActivityEvent::of("export.stdout"));
        return finish(Ok);
    }
    QString error;
    if (!CredentialTransfer::exportToFile(m_repository, list, file, &error)) {
        printError(error);
        return finish(Failed);
    }
    const QString path = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    if (m_json) {
        QJsonArray exported;
        for (const Credential &c : list)
            exported.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name()}});
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("exported"), exported}}));
    } else {
        print(tr("Exported %n API credential(s) without their secrets to %1.", nullptr, int(list.size())).arg(path));
    }
    finish(Ok);
}

namespace {

// The import's status words as --json spells them ("imported", "renamed", ...), in the reader's language.
QString importStatusText(const QString &word)
{
    if (word == QLatin1String("imported"))
        return Cli::tr("imported");
    if (word == QLatin1String("renamed"))
        return Cli::tr("renamed");
    if (word == QLatin1String("skipped"))
        return Cli::tr("skipped");
    return word == QLatin1String("failed") ? Cli::tr("failed") : word;
}

} // namespace

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
            const QString line =
                QStringLiteral("%1\t%2\t%3")
                    .arg(shown(i.finalName.isEmpty() ? i.name : i.finalName), importStatusText(status), shown(reason));
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

void Cli::runRotate(const Credential &credential, const QString &field, const QHash<QString, QString> &secrets)
{
    const VendorSchema &schema = credential.schema();
    const QStringList keys = schema.secretKeys();
    const QString name = shown(credential.name());
    const FieldSpec *spec = schema.field(field);
    if (!spec) {
        const QString suggestion = closest(field, keys);
        printError(suggestion.isEmpty()
                       ? tr("\"%1\" has no field \"%2\". Its secrets are %3.")
                             .arg(name, shown(field), QLocale().createSeparatedList(keys))
                       : tr("\"%1\" has no field \"%2\". Did you mean %3?").arg(name, shown(field), suggestion));
        return finish(Usage);
    }
    if (!spec->isSecret()) {
        printError(tr("The field \"%1\" (%2) of \"%3\" is not a secret; change it in the window's form. Its "
                      "secrets are %4.")
                       .arg(field, spec->translatedLabel(), name, QLocale().createSeparatedList(keys)));
        return finish(Usage);
    }
    if (!hasRequiredSecrets(credential, secrets, false))
        return;
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        if (it.key() != field) {
            printError(tr("Standard input holds \"%1\", but rotate replaces only \"%2\": give %2 alone.")
                           .arg(shown(it.key()), field));
            return finish(Usage);
        }
    }
    const QString value = secrets.value(field);
    if (value.trimmed().isEmpty()) {
        printError(tr("The new value of \"%1\" is not on standard input: give it as %2=… or in a JSON object.")
                       .arg(spec->translatedLabel(), field));
        return finish(KeychainError, QStringLiteral("secret-missing")); // as check says a secret missing
    }
    auto *rotation = new SecretRotation(m_repository, m_actions, this);
    rotation->replace(credential.id, field, value, [this, credential, field](const SecretRotation::Result &r) {
        int code = Ok;
        QString error;
        if (r.ok) {
            code = Ok;
        } else if (r.checked && !r.check.ok) {
            code = exitCodeFor(r.check);
            error = r.check.error.ok() ? refusalCode(r.check.refusal) : r.check.error.code();
        } else if (r.secretError != SecretError::None) {
            code = KeychainError;
            error = QStringLiteral("keychain");
        } else {
            code = r.refused ? Invalid : StoreError;
            error = r.refused ? QStringLiteral("refused") : QStringLiteral("storage");
        }
        if (m_json) {
            QJsonObject o{{QStringLiteral("credential"), credential.name()},
                          {QStringLiteral("id"), credential.id},
                          {QStringLiteral("action"), QStringLiteral("rotate")},
                          {QStringLiteral("field"), field},
                          {QStringLiteral("ok"), r.ok},
                          {QStringLiteral("summary"), r.summary}};
            if (r.check.httpStatus > 0)
                o.insert(QStringLiteral("httpStatus"), r.check.httpStatus);
            if (!r.ok)
                o.insert(QStringLiteral("error"), error);
            printJson(QJsonDocument(o));
        } else if (r.ok) {
            print(shown(r.summary));
        } else {
            printError(shown(r.summary));
        }
        finish(code);
    });
}

} // namespace cc
