#include "Console.h"

namespace cc {

Console::Console(const QString &storePath, Translator *translator)
    : readAhead(Session::filePathFor(storePath))
    , session(storePath, Session::Loading::Later)
    , window(&session.repository, translator)
{
    window.setActions(&session.actions);
    session.load(&readAhead);
    window.reportLoadProblem(session.loaded);
}

} // namespace cc
