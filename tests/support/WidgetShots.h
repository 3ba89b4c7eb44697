#pragma once

#include <QDir>
#include <QString>
#include <QWidget>

namespace cctest {

// With CC_SCREENSHOTS=<dir>, widget tests keep a picture of what they drove, for people to look at.
inline void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CC_SCREENSHOTS");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace cctest
