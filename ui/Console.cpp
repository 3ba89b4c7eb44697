#include "Console.h"

namespace cc {

Console::Console(const QString &storePath, Translator *translator)
    : session(storePath, Session::Loading::Later)
    , styled(ConsoleStyle::apply())
    , window(&session.repository, translator)
{
    window.setActions(&session.actions);
    session.load();
    window.reportLoadProblem(session.loaded);
}

} // namespace cc
