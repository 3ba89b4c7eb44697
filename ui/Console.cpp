#include "Console.h"

namespace cc {

Console::Console(const QString &storePath, Translator *translator, CredentialReadAhead *readAhead)
    : session(storePath, Session::Loading::Later)
    , styled(ConsoleStyle::apply())
    , window(&session.repository, translator)
{
    window.setActions(&session.actions);
    session.load(readAhead);
    window.reportLoadProblem(session.loaded);
}

} // namespace cc
