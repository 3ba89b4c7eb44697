#include "CommandLine.h"

#include <QCommandLineParser>

namespace cc {

CommandLineOptions CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Channel Console: manage the API credentials of SMS and MMS providers."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption store(QStringLiteral("store"),
                                   tr("Use the credentials file <file> instead of the default one."), tr("file"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Save a picture of the main window as <png>, then quit."), tr("png"));
    const QCommandLineOption language(QStringLiteral("language"), tr("Use <language> (en, fr or nl) for this run."),
                                      tr("language"));
    parser.addOptions({store, screenshot, language});
    CommandLineOptions o;
    if (!parser.parse(arguments)) {
        o.ok = false;
        o.error = parser.errorText();
        o.exitCode = 1; // as QCommandLineParser::process() exits on a bad option
        return o;
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        o.answer = parser.helpText();
        return o;
    }
    if (parser.isSet(version)) {
        o.answer = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion() +
                   QLatin1Char('\n');
        return o;
    }
    o.storePath = parser.value(store);
    o.screenshotPath = parser.value(screenshot);
    o.language = parser.value(language);
    if (!o.language.isEmpty() &&
        !QStringList{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("nl")}.contains(o.language)) {
        o.ok = false;
        o.exitCode = 2;
        o.error = tr("Unknown language \"%1\": use en, fr or nl.").arg(o.language);
    }
    return o;
}

} // namespace cc
