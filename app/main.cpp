#include "Console.h"
#include "Translator.h"
#include "cli/Cli.h"
#include "cli/CommandLine.h"
#include "platform/Platform.h"
#include "services/Session.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("channel-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CC_VERSION));
}

// The --store and --language options, wherever they stand.
QString optionValue(const QStringList &arguments, const QString &name)
{
    const QString flag = QStringLiteral("--") + name;
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == flag && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(flag + QLatin1Char('=')))
            return arguments.at(i).mid(flag.size() + 1);
    }
    return QString();
}

// Headless commands: no display needed, no window created. Help, a mistyped command and any other
// usage error are answered without opening the database.
int runCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApplication();
    const QStringList arguments = QCoreApplication::arguments();
    cc::Translator translator;
    const QString language = optionValue(arguments, QStringLiteral("language"));
    translator.apply(cc::Translator::supportedLanguages().contains(language) ? language
                                                                             : cc::Translator::preferredLanguage());
    const cc::Cli::Parsed parsed = cc::Cli::parse(arguments);
    // With --json a failure is also a JSON object on standard output, as every command's own are.
    const bool json = arguments.contains(QStringLiteral("--json"));
    const auto failed = [json](int code, const QString &why) {
        if (json)
            std::fprintf(stdout, "%s\n", cc::Cli::failureJson(code, why).toUtf8().constData());
        return code;
    };
    if (!parsed.request) {
        if (!parsed.answer.isEmpty())
            std::fputs(parsed.answer.toUtf8().constData(), stdout);
        if (!parsed.error.isEmpty()) {
            std::fprintf(stderr, "%s\n", parsed.error.toUtf8().constData());
            return failed(parsed.exitCode, parsed.error);
        }
        return parsed.exitCode;
    }
    cc::Session session(optionValue(arguments, QStringLiteral("store")));
    if (!session.loaded.ok())
        return failed(cc::Cli::StoreError, session.loaded.message);
    cc::Cli cli(&session.repository, &session.actions);
    cli.start(*parsed.request);
    return QCoreApplication::exec();
}

// The window's options, read in the user's language, or in --language's when it names another.
cc::CommandLineOptions readOptions(cc::Translator *translator)
{
    translator->apply(cc::Translator::preferredLanguage());
    cc::CommandLineOptions options = cc::CommandLine::parse(QCoreApplication::arguments());
    if (!options.language.isEmpty() && options.language != translator->language() &&
        translator->apply(options.language))
        options = cc::CommandLine::parse(QCoreApplication::arguments()); // --help in that language too
    return options;
}

// --help or --version answered, or what is wrong with the command line said; the exit code.
int printAnswer(const cc::CommandLineOptions &options)
{
    if (!options.answer.isEmpty())
        std::fputs(qPrintable(options.answer), stdout);
    else
        std::fprintf(stderr, "%s\n", qPrintable(options.error));
    return options.exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    cc::platform::hardenProcess();
    if (!cc::Cli::commandWord(argc, argv).isEmpty())
        return runCommand(argc, argv);

    describeApplication();
    const std::optional<QString> store = cc::CommandLine::windowStore(argc, argv);
    if (!store) { // --help, --version or a usage error: answered without a display
        QCoreApplication app(argc, argv);
        cc::Translator translator;
        return printAnswer(readOptions(&translator));
    }
    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("channel-console"));

    // The language first, so that errors are in the user's language too.
    cc::Translator translator;
    const cc::CommandLineOptions options = readOptions(&translator);
    if (!options.ok || !options.answer.isEmpty())
        return printAnswer(options);

    cc::Console console(options.storePath, &translator);
    console.window.show();

    if (!options.screenshotPath.isEmpty()) {
        const QString path = QFileInfo(options.screenshotPath).absoluteFilePath();
        QTimer::singleShot(0, &console.window, [&console, path] {
            QDir().mkpath(QFileInfo(path).absolutePath());
            if (!console.window.grab().save(path)) {
                std::fprintf(stderr, "%s\n",
                             qPrintable(QCoreApplication::translate("main", "Cannot save the screenshot as %1.")
                                            .arg(QDir::toNativeSeparators(path))));
                QCoreApplication::exit(1);
                return;
            }
            std::printf("%s\n", qPrintable(QDir::toNativeSeparators(path)));
            QCoreApplication::exit(0);
        });
    }
    return QApplication::exec();
}
