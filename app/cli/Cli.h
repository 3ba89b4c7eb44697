#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <cstdio>

namespace cc {

class CredentialRepository;
class CredentialStore;
class SecretStore;
class HttpClient;

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
        VendorRejected = 12, // 400: the vendor's validation
        RateLimited = 13,    // 429
        VendorDown = 14,     // 5xx
        Network = 15,        // timeout, DNS, TLS, connection
        BadResponse = 16,    // malformed or oversized answer, refused redirect
    };

    // True when the arguments name a headless command (then no window is created).
    static bool isCommand(const QStringList &arguments);

    Cli(CredentialRepository *repository, HttpClient *http, QObject *parent = nullptr);
    void setOutput(FILE *out, FILE *err, FILE *in);

    // Parses and starts the command; the application exits with the code when it is done.
    void start(const QStringList &arguments);
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void finish(int code);
    void print(const QString &text);
    void printError(const QString &text);
    void runList(bool json);
    void runImport(const QString &file, bool json, bool skipClashes);
    void runCheck(const QString &which, bool json, bool secretsFromStdin);
    void runSend(const QString &which, const QString &to, const QString &from, const QString &text,
                 const QString &mediaUrl, bool json, bool secretsFromStdin);
    void runSetupChannel(const QString &which, const QString &webhook, bool json, bool secretsFromStdin);

    CredentialRepository *m_repository;
    HttpClient *m_http;
    FILE *m_out = stdout;
    FILE *m_err = stderr;
    FILE *m_in = stdin;
    int m_exitCode = Ok;
};

} // namespace cc
