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
    // nothing when they ask for help or the version, or hold a usage error (an unknown option, an
    // option without its value, an empty --store, an unknown language), which main() then answers
    // without a display. Qt's own options are let through (qtOption()). Needs no QCoreApplication:
    // main() asks before making one, to start reading the file (see CredentialReadAhead).
    static std::optional<QString> windowStore(int argc, char *argv[]);

    // Qt's own options (QGuiApplication, QApplication, xcb), which QApplication takes out of the
    // arguments: whether option (with its dashes, without "=value") is one, and whether the next
    // argument is its value.
    enum class QtOption { None, Flag, WithValue };
    static QtOption qtOption(QStringView option);
    // What is wrong with the values of --store and --language, each when given (translated; empty when
    // nothing is): an empty --store is refused (it is not the default file), a language must be en, fr
    // or nl. The window's options and the commands' are checked by this one rule.
    static QString valueError(const std::optional<QString> &store, const std::optional<QString> &language);
};

} // namespace cc
