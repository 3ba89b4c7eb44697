// Start-up of the console to its first painted window, opened as app/main.cpp opens it: the
// translator, the options, and the same cc::Console (window built, then filled from the database),
// on the database given with --store. Run by cc_bench in a
// fresh process each time; prints the time since CC_BENCH_T0_NS, the peak memory, and how many
// keychain reads the opening started (it must start none). With CC_BENCH_LEAVE_SORTED_BY=<column>
// it sorts the list by that column, newest first, before quitting, and the window keeps that in its
// settings as it closes: how cc_bench makes the settings of a user who left the list so.
#include "BenchSupport.h"
#include "Console.h"
#include "Translator.h"
#include "cli/CommandLine.h"

#include <QTableView>

#include <optional>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("channel-console"));
    const std::optional<QString> store = cc::CommandLine::windowStore(argc, argv);
    if (!store)
        return 2;
    QApplication app(argc, argv);
    cc::Translator translator;
    translator.apply(cc::Translator::preferredLanguage());
    const cc::CommandLineOptions options = cc::CommandLine::parse(QApplication::arguments());
    if (!options.ok || !options.answer.isEmpty())
        return 2;

    cc::Console console(options.storePath, &translator);
    ccbench::FirstPaintReporter reporter(
        &console.window,
        [&session = console.session] {
            return QStringLiteral("credentials=%1 keychainReads=%2")
                .arg(session.store.credentials().size())
                .arg(session.secrets.readCount());
        },
        [&window = console.window] {
            const int column = qEnvironmentVariableIntValue("CC_BENCH_LEAVE_SORTED_BY");
            if (auto *list = window.findChild<QTableView *>(); list && column > 0)
                list->sortByColumn(column, Qt::DescendingOrder);
        });
    console.window.show();
    return QApplication::exec();
}
