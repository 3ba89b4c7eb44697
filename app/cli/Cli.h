#pragma once

#include "secrets/SecretStore.h"
#include "services/CredentialRepository.h"
#include "services/CredentialTransfer.h"
#include "services/RegionProbe.h"
#include "vendors/VendorAdapter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QObject>
#include <QStringList>

#include <cstdio>
#include <optional>

namespace cc {

class CredentialActions;
struct OperationResult;

// Headless commands for scripts and support: the same operations as the window, with exit codes
// that tell success from each kind of failure, and --json output. Secrets are never accepted on
// the command line: they come from standard input or the keychain.
class Cli : public QObject
{
    Q_OBJECT

public:
    enum ExitCode : int { // every value has its meaning in channel-console help exit-codes
        Ok = 0,
        Failed = 1,          // anything not listed below
        Usage = 2,           // unknown command or option, missing argument, an option the vendor cannot honour
        NotFound = 3,        // no credential with that name or id
        KeychainError = 4,   // a secret missing, or the keychain unreachable or locked
        StoreError = 5,      // the database cannot be opened or a change saved
        Invalid = 6,         // the input breaks a rule (import rejected, bad phone number ...)
        VendorAuth = 10,     // 401 / 403
        VendorNotFound = 11, // 404: wrong service plan id, project, app or region
        VendorRejected = 12, // 400: the vendor's validation; or a vendor limit seen before asking
        RateLimited = 13,    // 429
        VendorDown = 14,     // 5xx
        Network = 15,        // timeout, DNS, TLS, connection
        BadResponse = 16,    // malformed or oversized answer, refused redirect
        // The vendor answered with success, but the outcome is not what was asked for (set-up: the app
        // read back without a working SMS channel, or its other channels sent back without their
        // secrets, so that no update was safe).
        UnexpectedResult = 17,
    };

    // A command as the command line gives it, checked against what the command takes.
    struct Request
    {
        QString command;
        QStringList operands;            // the arguments after the command that are no options
        QHash<QString, QString> options; // given options by name (without "--"); flags have an empty value

        bool has(const char *name) const { return options.contains(QLatin1String(name)); }
        QString value(const char *name) const { return options.value(QLatin1String(name)); }
    };
    // What to do with a command line: run the request, or print an answer (help) or an error and
    // exit with the code, without opening the database.
    struct Parsed
    {
        std::optional<Request> request;
        QString answer; // for standard output
        QString error;  // for standard error, translated
        int exitCode = Ok;
    };
    // Reads arguments (the program's name first) whose commandWord() is not empty.
    static Parsed parse(const QStringList &arguments);

    // The first argument that is neither an option nor an option's value; empty when there is none.
    static QString commandWord(int argc, char **argv);
    // For a commandWord() that names no command: translated, with the closest command when one is close.
    static QString unknownCommandMessage(const QString &word);
    // channel-console --help: every command in a line, the global options, and where the exit codes are.
    static QString overview();
    // What a command run with --json prints on standard output when it fails and has printed no outcome
    // of its own: {"ok": false, "error": <word>, "summary": <translated>}, compact; error is the
    // code's word (errorWord) unless given.
    static QString failureJson(int code, const QString &summary, const QString &error = QString());
    // The stable word of an exit code for --json: "usage", "unknown-credential", "keychain" ...
    static QString errorWord(int code);

    Cli(CredentialRepository *repository, CredentialActions *actions, QObject *parent = nullptr);
    void setOutput(FILE *out, FILE *err, FILE *in);

    // Starts the command; the application exits with the code when it is done.
    void start(const Request &request);
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    // Ends the run with the code; with --json, a failure that printed no JSON of its own prints
    // failureJson() of what printError() said (error: its word, else the code's).
    void finish(int code, const QString &error = QString());
    // The keychain could not give the secrets: says why and finishes (4: "secret-missing" or "keychain").
    void keychainFailed(const SecretResult &result);
    static void write(FILE *to, const QString &text);
    void print(const QString &text);
    void printError(const QString &text);
    void printJson(const QJsonDocument &json);
    // maxSecretAge: flag secrets older than this many days (0: none).
    void runList(int maxSecretAge);
    // Replaces the secret field with the value from standard input, once the vendor accepts it.
    void runRotate(const Credential &credential, const QString &field, const QHash<QString, QString> &secrets);
    // The message send would send, checked by the rule the window keeps (VendorOperations::checkMessage)
    // and against what the vendor can honour, before any secret is read; nullopt when it said why not
    // and finished.
    std::optional<TestMessage> sendMessage(const Credential &credential, const Request &request);
    void runSend(const Credential &credential, const TestMessage &message, const Request &request,
                 const QHash<QString, QString> &secrets);
    void runSetup(const Credential &credential, const Request &request, const QHash<QString, QString> &secrets);
    void runDetectRegion(const Credential &credential, const Request &request, const Secrets &secrets);
    void reportRegions(const Credential &credential, const QVector<RegionProbe::Outcome> &outcomes,
                       const QString &accepted, bool apply);
    // With secrets (from standard input), the file must hold exactly one credential: they are its.
    void runImport(const QString &file, bool skipClashes, const QHash<QString, QString> &secrets);
    // Reports what was saved, as the outcomes (one per credential of plan.toImport()) say, and finishes.
    void finishImport(const CredentialTransfer::Plan &plan, const QVector<CredentialRepository::Outcome> &outcomes);
    // Each entry and what became of it; with no outcomes, the entries the plan refuses.
    void reportImport(const CredentialTransfer::Plan &plan, const QVector<CredentialRepository::Outcome> &outcomes);
    // The named credentials (all without names) to file, or to standard output for "-".
    void runExport(const QString &file, const QStringList &names);
    // Finds the credential by id or by name (case-insensitive); prints why not and finishes if none.
    const Credential *find(const QString &which);
    // Secrets from standard input: a JSON object {"apiToken": "..."} or lines key=value.
    bool readSecretsFromStdin(QHash<QString, QString> *secrets);
    // With --secrets-stdin: standard input names only secrets of the credential's vendor (else a usage
    // error), and with all, every one the vendor requires (else a secret is missing); false when it
    // said why not and finished.
    bool hasRequiredSecrets(const Credential &credential, const QHash<QString, QString> &secrets, bool all);
    void report(const Credential &credential, const QString &action, const OperationResult &result);
    static int exitCodeFor(const OperationResult &result);

    CredentialRepository *m_repository;
    CredentialActions *m_actions;
    bool m_json = false;
    bool m_printedJson = false;
    QStringList m_errors; // what printError() said, for failureJson()
    FILE *m_out = stdout;
    FILE *m_err = stderr;
    FILE *m_in = stdin;
    int m_exitCode = Ok;
};

} // namespace cc
