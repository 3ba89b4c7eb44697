#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cc {

// What the command line asked for. Secrets are never accepted here.
struct CommandLineOptions
{
    QString storePath;      // --store: the credentials file instead of the default one
    QString screenshotPath; // --screenshot: save a picture of the main window there, then quit
    QString language;       // --language: en, fr or nl for this run
    bool ok = true;
    QString error; // when !ok, translated
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(cc::CommandLine)

public:
    // Exits the process for --help and --version, like every command-line tool.
    static CommandLineOptions parse(const QStringList &arguments);
};

} // namespace cc
