#pragma once

#include "credentials/CredentialRepository.h"
#include "credentials/CredentialTransfer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QObject>
#include <QStringList>

#include <cstdio>

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
    enum ExitCode {
        Ok = 0,
        Failed = 1,          // anything not listed below
        Usage = 2,           // unknown command or option, missing argument
        NotFound = 3,        // no credential with that name or id
        KeychainError = 4,   // no keychain, locked, or a secret missing
        StoreError = 5,      // the credentials file cannot be loaded or saved
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

    // The first argument that is neither an option nor an option's value; empty when there is none.
    static QString commandWord(int argc, char **argv);
    // True when commandWord() names a headless command (then no window is created).
    static bool isCommand(int argc, char **argv);
    // For a commandWord() that names no command: translated, with the closest command when one is close.
    static QString unknownCommandMessage(const QString &word);

    Cli(CredentialRepository *repository, CredentialActions *actions, QObject *parent = nullptr);
    void setOutput(FILE *out, FILE *err, FILE *in);

    // Parses and starts the command; the application exits with the code when it is done.
    void start(const QStringList &arguments);
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void finish(int code);
    static void write(FILE *to, const QString &text);
    void print(const QString &text);
    void printError(const QString &text);
    void printJson(const QJsonDocument &json);
    void runList();
    // With secrets (from standard input), the file must hold exactly one credential: they are its.
    void runImport(const QString &file, bool skipClashes, const QHash<QString, QString> &secrets);
    // Reports what was saved, as the outcomes (one per credential of plan.toImport()) say, and finishes.
    void finishImport(const CredentialTransfer::Plan &plan, const QVector<Credential> &saved,
                      const QVector<CredentialRepository::Outcome> &outcomes);
    // Each entry and what became of it; with no outcomes, the entries the plan refuses.
    void reportImport(const CredentialTransfer::Plan &plan, const QVector<CredentialRepository::Outcome> &outcomes);
    // Finds the credential by id or by name (case-insensitive); prints why not and finishes if none.
    const Credential *find(const QString &which);
    // Secrets from standard input: a JSON object {"apiToken": "..."} or lines key=value.
    bool readSecretsFromStdin(QHash<QString, QString> *secrets);
    void report(const Credential &credential, const QString &action, const OperationResult &result);
    static int exitCodeFor(const OperationResult &result);

    CredentialRepository *m_repository;
    CredentialActions *m_actions;
    bool m_json = false;
    FILE *m_out = stdout;
    FILE *m_err = stderr;
    FILE *m_in = stdin;
    int m_exitCode = Ok;
};

} // namespace cc
