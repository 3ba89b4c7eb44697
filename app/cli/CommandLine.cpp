#include "CommandLine.h"

#include "Cli.h"

#include <QCommandLineParser>

namespace cc {

namespace {

struct Options
{
    QCommandLineOption help, version, store, screenshot, language;
};

Options addOptions(QCommandLineParser *parser)
{
    parser->setApplicationDescription(
        CommandLine::tr("Channel Console: manage the API credentials of SMS and MMS providers."));
    Options o{parser->addHelpOption(), parser->addVersionOption(),
              QCommandLineOption(QStringLiteral("store"),
                                 CommandLine::tr("Use the credentials file <file> instead of the default one."),
                                 CommandLine::tr("file")),
              QCommandLineOption(QStringLiteral("screenshot"),
                                 CommandLine::tr("Save a picture of the main window as <png>, then quit."),
                                 CommandLine::tr("png")),
              QCommandLineOption(QStringLiteral("language"),
                                 CommandLine::tr("Use <language> (en, fr or nl) for this run."),
                                 CommandLine::tr("language"))};
    parser->addOptions({o.store, o.screenshot, o.language});
    return o;
}

bool asksForHelp(const QCommandLineParser &parser, const Options &options)
{
    return parser.isSet(options.help) || parser.isSet(QStringLiteral("help-all"));
}

} // namespace

std::optional<QString> CommandLine::windowStore(int argc, char *argv[])
{
    QStringList arguments; // as QCoreApplication::arguments() will have them
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    const Options options = addOptions(&parser);
    // Qt's own options (-platform, -style, -reverse ...) are still there: QApplication takes them
    // out later. Read as words, they are only unknown options, not -r -e -v ... (-v: the version).
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const bool read = parser.parse(arguments);
    if ((!read && parser.unknownOptionNames().isEmpty()) || asksForHelp(parser, options) ||
        parser.isSet(options.version))
        return std::nullopt; // an option without its value, or only an answer to print
    return parser.value(options.store);
}

CommandLineOptions CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Options options = addOptions(&parser);
    CommandLineOptions o;
    const bool read = parser.parse(arguments);
    o.language = parser.value(options.language); // errors and --help in that language (see main())
    if (!read) {
        o.ok = false;
        o.error = parser.errorText();
        o.exitCode = 1; // as QCommandLineParser::process() exits on a bad option
        return o;
    }
    if (asksForHelp(parser, options)) {
        o.answer = Cli::overview(); // the commands' and the window's, as channel-console help
        return o;
    }
    if (parser.isSet(options.version)) {
        o.answer = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion() +
                   QLatin1Char('\n');
        return o;
    }
    o.storePath = parser.value(options.store);
    o.screenshotPath = parser.value(options.screenshot);
    if (!o.language.isEmpty() &&
        !QStringList{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("nl")}.contains(o.language)) {
        o.ok = false;
        o.exitCode = 2;
        o.error = tr("Unknown language \"%1\": use en, fr or nl.").arg(o.language);
    }
    return o;
}

} // namespace cc
