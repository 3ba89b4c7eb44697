#include "CommandLine.h"

#include "Cli.h"
#include "domain/UnsafeCharacters.h"

#include <QCommandLineParser>
#include <QLocale>

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

// "--store=f" as "--store"; "-platform" as "-platform".
QStringView spelledOption(QStringView argument)
{
    const qsizetype eq = argument.indexOf(u'=');
    return eq < 0 ? argument : argument.left(eq);
}

// The arguments as QApplication leaves them: without Qt's own options and their values.
QStringList withoutQtOptions(const QStringList &arguments)
{
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--")) {
            out += arguments.mid(i);
            break;
        }
        const CommandLine::QtOption qt = i > 0 && a.startsWith(QLatin1Char('-'))
                                             ? CommandLine::qtOption(spelledOption(a))
                                             : CommandLine::QtOption::None;
        if (qt == CommandLine::QtOption::None)
            out << a;
        else if (qt == CommandLine::QtOption::WithValue && !a.contains(QLatin1Char('=')))
            ++i;
    }
    return out;
}

// Reads the arguments (Qt's own options let through, a word such as -store read as --store): what
// is wrong with them, translated, or nothing. With --help or --version, only an unreadable command
// line is wrong.
QString readArguments(QCommandLineParser *parser, const Options &options, const QStringList &arguments)
{
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QStringList ours = withoutQtOptions(arguments);
    if (!parser->parse(ours)) {
        QStringList unknown; // as spelled: --bogus, -x
        for (const QString &a : ours) {
            const QStringView spelled = spelledOption(a);
            if (a.startsWith(QLatin1Char('-')) &&
                parser->unknownOptionNames().contains(spelled.mid(spelled.startsWith(u"--") ? 2 : 1)))
                unknown << UnsafeCharacters::escaped(spelled.toString());
        }
        if (!unknown.isEmpty())
            return CommandLine::tr("Unknown option %1. See: channel-console --help")
                .arg(QLocale().createSeparatedList(unknown));
        // QCommandLineParser takes any next argument as the value: only the last one can lack it.
        const QString last = ours.constLast();
        for (const QCommandLineOption &o : {options.store, options.screenshot, options.language}) {
            if (last.mid(last.startsWith(QLatin1String("--")) ? 2 : 1) == o.names().constFirst())
                return Cli::tr("The option %1 needs a value: %1 <%2>.").arg(last, o.valueName());
        }
        return parser->errorText();
    }
    if (asksForHelp(*parser, options) || parser->isSet(options.version))
        return QString();
    const auto given = [parser](const QCommandLineOption &o) {
        return parser->isSet(o) ? std::optional<QString>(parser->value(o)) : std::nullopt;
    };
    return CommandLine::valueError(given(options.store), given(options.language));
}

} // namespace

CommandLine::QtOption CommandLine::qtOption(QStringView option)
{
    static const char *const withValue[] = {"platform",
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
    static const char *const flags[] = {"reverse", "nograb", "dograb",      "sync",         "widgetcount",
                                        "qdevel",  "qdebug", "testability", "qmljsdebugger"};
    while (option.startsWith(u'-'))
        option = option.mid(1);
    for (const char *o : withValue) {
        if (option == QLatin1String(o))
            return QtOption::WithValue;
    }
    for (const char *o : flags) {
        if (option == QLatin1String(o))
            return QtOption::Flag;
    }
    return QtOption::None;
}

QString CommandLine::valueError(const std::optional<QString> &store, const std::optional<QString> &language)
{
    if (store && store->isEmpty())
        return tr("The option --store names no file: give the database to use, or leave --store out for the "
                  "default one.");
    if (language && !QStringList{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("nl")}.contains(*language))
        return tr("Unknown language \"%1\": use en, fr or nl.").arg(UnsafeCharacters::escaped(*language));
    return QString();
}

std::optional<QString> CommandLine::windowStore(int argc, char *argv[])
{
    QStringList arguments; // as QCoreApplication::arguments() will have them
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    const Options options = addOptions(&parser);
    if (!readArguments(&parser, options, arguments).isEmpty() || asksForHelp(parser, options) ||
        parser.isSet(options.version))
        return std::nullopt; // an answer or an error to print, without a display
    return parser.value(options.store);
}

CommandLineOptions CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Options options = addOptions(&parser);
    CommandLineOptions o;
    const QString error = readArguments(&parser, options, arguments);
    o.language = parser.value(options.language); // errors and --help in that language (see main())
    if (!error.isEmpty()) {
        o.ok = false;
        o.error = error;
        o.exitCode = Cli::Usage; // as the commands'
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
    return o;
}

} // namespace cc
