// Run by tst_readahead: reads the file given ahead, as app/main.cpp does, and waits for the worker so
// that it certainly touches Qt first; then makes the application. Prints the number of credentials
// read; fails when Qt took the worker for the main thread (QCoreApplication then warns that it was
// "not created in the main() thread", and a window may never paint).
#include "credentials/CredentialReadAhead.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace {
bool g_wrongThread = false;

void watch(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (message.contains(QLatin1String("main() thread")))
        g_wrongThread = true;
    std::fprintf(stderr, "%s\n", qPrintable(message));
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc != 2)
        return 2;
    qInstallMessageHandler(watch);
    cc::CredentialReadAhead readAhead(QString::fromLocal8Bit(argv[1]));
    const auto read = readAhead.take();
    QCoreApplication app(argc, argv);
    QTimer::singleShot(0, &app, &QCoreApplication::quit); // the event loop runs on this thread
    if (g_wrongThread || QCoreApplication::exec() != 0)
        return 1;
    std::printf("%d\n", read ? int(read->size()) : -1);
    return 0;
}
