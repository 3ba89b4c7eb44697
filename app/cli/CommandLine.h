#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace cc {

// What the command line asked for. Secrets are never accepted here.
struct CommandLineOptions
{
    QString storePath;      // --store: the credentials file instead of the default one
    QString screenshotPath; // --screenshot: save a picture of the main window there, then quit
    QString language;       // --language: en, fr or nl for this run
    bool ok = true;
    QString error; // when !ok, translated
    // --help or --version: the text to print on standard output, and nothing else to do.
    QString answer;
    // What the process returns when !ok or when there is an answer.
    int exitCode = 0;
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(cc::CommandLine)

public:
    // Never exits the process (QCommandLineParser::process() would): main() returns normally, so
    // that what it set up, such as the file's read-ahead thread, ends before the statics it uses.
    static CommandLineOptions parse(const QStringList &arguments);
    // The --store a window opening with these arguments shows (empty for the default file), or
    // nothing when they ask for help or the version, or an option lacks its value. Unknown options
    // are let through: Qt's own are still among them. Needs no QCoreApplication: main() asks before
    // making one, to start reading the file (see CredentialReadAhead).
    static std::optional<QString> windowStore(int argc, char *argv[]);
};

} // namespace cc
