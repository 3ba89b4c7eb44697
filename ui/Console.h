#pragma once

#include "ConsoleStyle.h"
#include "MainWindow.h"
#include "services/Session.h"

namespace cc {

// The console's window over a session, opened the one way main() opens it and the start-up
// benchmark measures it: the window built, then filled from the database. Not shown yet.
struct Console
{
    Console(const QString &storePath, Translator *translator);

    Session session;
    const bool styled; // ConsoleStyle::apply(), before the window's first widget
    MainWindow window;
};

} // namespace cc
