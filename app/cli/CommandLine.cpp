#include "CommandLine.h"

#include <QCommandLineParser>

namespace cc {

CommandLineOptions CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Channel Console: manage the API credentials of SMS and MMS providers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption store(QStringLiteral("store"),
                                   tr("Use the credentials file <file> instead of the default one."), tr("file"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Save a picture of the main window as <png>, then quit."), tr("png"));
    const QCommandLineOption language(QStringLiteral("language"), tr("Use <language> (en, fr or nl) for this run."),
                                      tr("language"));
    parser.addOptions({store, screenshot, language});
    parser.process(arguments);

    CommandLineOptions o;
    o.storePath = parser.value(store);
    o.screenshotPath = parser.value(screenshot);
    o.language = parser.value(language);
    if (!o.language.isEmpty() &&
        !QStringList{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("nl")}.contains(o.language)) {
        o.ok = false;
        o.error = tr("Unknown language \"%1\": use en, fr or nl.").arg(o.language);
    }
    return o;
}

} // namespace cc
