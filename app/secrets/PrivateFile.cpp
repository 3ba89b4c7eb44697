#include "PrivateFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace cc {

bool PrivateFile::write(const QString &path, const QByteArray &data, QString *error)
{
    const QFileInfo there(path); // a link is followed: what it points to is what gets replaced
    if (there.exists() && !there.isFile()) {
        if (error)
            *error = QCoreApplication::translate("cc::PrivateFile",
                                                 "It is not a regular file (a folder, a device or a pipe); choose a "
                                                 "file name to save to.");
        return false;
    }
    QSaveFile file(path);
    // QSaveFile gives a new file the umask's permissions and an existing one its old ones: set
    // them on the temporary file before commit() renames it into place, never after.
    const bool ok = file.open(QIODevice::WriteOnly) &&
                    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                    file.write(data) == data.size() && file.commit();
    if (!ok && error)
        *error = file.errorString();
    return ok;
}

} // namespace cc
