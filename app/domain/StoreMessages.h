#pragma once

#include <QString>

// The store's sentences, which the form (a name taken) and the activity log (any of them) say too.
// They keep the translation context of CredentialStore, which said them first.
namespace cc::storemessages {

// The one sentence that says a name is taken (translated).
QString nameTaken(const QString &name);
// A change to credentials another process deleted meanwhile.
QString gone();
// A change to a database that was not loaded.
QString notLoaded(const QString &databasePath);

} // namespace cc::storemessages
