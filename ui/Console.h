#pragma once

#include "MainWindow.h"
#include "cli/Session.h"
#include "credentials/CredentialReadAhead.h"

namespace cc {

// The console's window over a session, opened the one way main() opens it and the start-up
// benchmark measures it: the credentials file read ahead on a second thread from here, the window
// built meanwhile, then filled from the read-ahead's first pass (see CredentialReadAhead). Made once
// QApplication exists and the options are read: beside Qt's own start, reading earlier slowed it
// down more than it gained. Not shown yet.
struct Console
{
    Console(const QString &storePath, Translator *translator);

    CredentialReadAhead readAhead; // first: the last to go
    Session session;
    MainWindow window;
};

} // namespace cc
