#pragma once

#include "ConsoleStyle.h"
#include "MainWindow.h"
#include "cli/Session.h"
#include "credentials/CredentialReadAhead.h"

namespace cc {

// The console's window over a session, opened the one way main() opens it and the start-up
// benchmark measures it: the window built while readAhead (made by the caller at the very start,
// before QApplication) reads the file on its thread, then filled from its first pass (see
// CredentialReadAhead); without one, the file is read here. Not shown yet.
struct Console
{
    Console(const QString &storePath, Translator *translator, CredentialReadAhead *readAhead);

    Session session;
    const bool styled; // ConsoleStyle::apply(), before the window's first widget
    MainWindow window;
};

} // namespace cc
