#include "ConsoleSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cc {

std::unique_ptr<QSettings> ConsoleSettings::open()
{
    const QString application = QCoreApplication::applicationName();
    auto settings = std::make_unique<QSettings>(QSettings::UserScope, application, application);
    if (!QFileInfo::exists(settings->fileName())) {
        const QString earlier = QSettings(QSettings::UserScope, QString(), application).fileName();
        if (QFileInfo::exists(earlier) && QDir().mkpath(QFileInfo(settings->fileName()).path()) &&
            QFile::rename(earlier, settings->fileName())) {
            QDir().rmdir(QFileInfo(earlier).path()); // when nothing else is left there
            settings = std::make_unique<QSettings>(QSettings::UserScope, application, application);
        }
    }
    return settings;
}

} // namespace cc
