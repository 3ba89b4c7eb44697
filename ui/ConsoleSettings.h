#pragma once

#include <QSettings>

#include <memory>

namespace cc {

// The console's own settings (the language, the window's size, the list's columns), apart from the
// credentials: <config>/channel-console/channel-console.conf on Linux. A plain QSettings(), with no
// organisation name set, puts them in "<config>/Unknown Organization/" and reports an access error;
// an organisation name would also move the credentials file (QStandardPaths::AppDataLocation).
class ConsoleSettings
{
public:
    // Settings an earlier version left in "Unknown Organization" are moved over first, when there
    // are none yet.
    static std::unique_ptr<QSettings> open();
};

} // namespace cc
