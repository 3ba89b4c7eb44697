#pragma once

#include <QByteArray>
#include <QString>

namespace cc {

// Files the console writes for the user to keep (the credentials export, the activity log as
// CSV): whole or not at all (QSaveFile), and readable by their owner only (0600), also when they
// replace a file that others could read. They hold no secret, but names, numbers and account IDs.
class PrivateFile
{
public:
    // False with the reason in *error (the system's words) when the file could not be written. Only a
    // regular file (or a link to one) is replaced, or a new one made: a folder, a device or a pipe at
    // path is refused before anything is written, where the rename would put a file in its place.
    static bool write(const QString &path, const QByteArray &data, QString *error);
};

} // namespace cc
