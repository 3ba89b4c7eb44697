// Start-up of the console to its first painted window, opened exactly as app/main.cpp opens it (the
// credentials read ahead from the very start, the window built meanwhile and then filled, the same
// Session and MainWindow set-up), on the store given with --store. Run by cc_bench in a fresh process
// each time; prints the time since CC_BENCH_T0_NS, the peak memory, and how many keychain reads the
// opening started (it must start none).
#include "BenchSupport.h"
#include "MainWindow.h"
#include "Translator.h"
#include "cli/CommandLine.h"
#include "cli/Session.h"

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("channel-console"));
    const QString storeOption = argc == 3 ? QString::fromLocal8Bit(argv[2]) : QString(); // --store <file>
    cc::CredentialReadAhead readAhead(cc::Session::filePathFor(storeOption));

    QApplication app(argc, argv);
    cc::Translator translator;
    translator.apply(cc::Translator::preferredLanguage());
    const cc::CommandLineOptions options = cc::CommandLine::parse(QApplication::arguments());
    if (!options.ok || !options.answer.isEmpty())
        return 2;

    cc::Session session(options.storePath, cc::Session::Loading::Later);
    cc::MainWindow window(&session.repository, &translator);
    window.setActions(&session.actions);
    session.load(&readAhead);
    window.reportLoadProblem(session.loaded);
    ccbench::FirstPaintReporter reporter(&window, [&session] {
        return QStringLiteral("credentials=%1 keychainReads=%2")
            .arg(session.store.credentials().size())
            .arg(session.secrets.readCount());
    });
    window.show();
    return QApplication::exec();
}
