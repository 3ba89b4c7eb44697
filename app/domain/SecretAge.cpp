#include "SecretAge.h"

#include <algorithm>

namespace cc {

int SecretAge::days(const Credential &c, const QDateTime &now)
{
    if (c.secretsSet.isEmpty() || !c.secretsSetAt.isValid())
        return -1;
    return int(std::max<qint64>(0, c.secretsSetAt.msecsTo(now) / (24LL * 60 * 60 * 1000)));
}

bool SecretAge::isTooOld(const Credential &c, int limitDays, const QDateTime &now)
{
    return limitDays > kNoLimit && days(c, now) > limitDays;
}

QString SecretAge::text(const Credential &c, const QDateTime &now)
{
    const int age = days(c, now);
    if (age < 0)
        return QStringLiteral("—");
    if (age == 0)
        //: The secrets' age: they were set today.
        return tr("today");
    //: The secrets' age.
    return tr("%n day(s)", nullptr, age);
}

QString SecretAge::textWithLimit(const Credential &c, int limitDays, const QDateTime &now)
{
    if (!isTooOld(c, limitDays, now))
        return text(c, now);
    //: %1 is the secrets' age ("120 days").
    return tr("%1: older than %n day(s)", nullptr, limitDays).arg(text(c, now));
}

} // namespace cc
