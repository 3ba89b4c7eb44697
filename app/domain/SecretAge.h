#pragma once

#include "Credential.h"

#include <QCoreApplication>
#include <QDateTime>

namespace cc {

// How old a credential's secrets are: from when they were last set (Credential::secretsSetAt: a
// create, an edit, an import with its secrets, or a replacement), in whole days. The list, its
// details pane and `channel-console list` say it the same way; a limit in days flags those older.
class SecretAge
{
    Q_DECLARE_TR_FUNCTIONS(cc::SecretAge)

public:
    static constexpr int kNoLimit = 0; // no credential is flagged

    // Whole days since the secrets were set (0 on the same day); -1 when none is set.
    static int days(const Credential &c, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Whether they are older than limitDays (never with kNoLimit, nor without secrets).
    static bool isTooOld(const Credential &c, int limitDays, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // "today", "1 day", "12 days"; "—" without secrets.
    static QString text(const Credential &c, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The text, and when they are too old, that they are: "120 days: older than 90 days".
    static QString textWithLimit(const Credential &c, int limitDays,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace cc
