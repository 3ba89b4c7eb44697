#include "PrivateFile.h"

#include <QSaveFile>

namespace cc {

bool PrivateFile::write(const QString &path, const QByteArray &data, QString *error)
{
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
