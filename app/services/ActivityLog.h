#pragma once

#include "domain/ActivityEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <memory>

class QSqlQuery;

namespace cc {

class Database;

// What operators did, for support and audit: every create, update, delete, check, test-send and
// channel set-up, with time, credential, action and outcome. Never a secret.
// Kept in the console's database (see Database), one row per event, each appended in a transaction
// of its own. What happened is kept as an ActivityEvent (a code, its arguments, a vendor's own words)
// and worded in the language in use whenever it is shown or exported, never when it is written.
// Earlier versions kept it as JSON lines in activity.jsonl, which the store migrates; their entries,
// and the rows of schema versions before 3, are "legacy": their text is shown as it was written.
class ActivityLog
{
    Q_DECLARE_TR_FUNCTIONS(cc::ActivityLog)

public:
    enum class Action { Create, Update, Delete, Check, TestSend, ChannelSetup, Import, Export, ReplaceSecret };
    enum class Outcome { Succeeded, Failed };

    struct Entry
    {
        QDateTime time; // UTC
        QString credentialId;
        QString credentialName;
        Action action = Action::Create;
        Outcome outcome = Outcome::Succeeded;
        ActivityEvent event = {}; // what happened: a message id, an HTTP status, an error; never a secret

        QString text() const { return event.text(); } // in the language in use
    };

    // Over the database a store opened (which must outlive this log).
    explicit ActivityLog(Database *database);
    // Over a database of its own at this path (opened, or made, on first use).
    explicit ActivityLog(const QString &databasePath);
    ~ActivityLog();
    ActivityLog(const ActivityLog &) = delete;
    ActivityLog &operator=(const ActivityLog &) = delete;

    // Appends one entry; false with *error (translated) when it cannot be written.
    bool append(const Entry &entry, QString *error = nullptr);
    // Many in one transaction (an import of thousands), all or none.
    bool appendAll(const QVector<Entry> &entries, QString *error = nullptr);
    // Every entry, oldest first; *skipped counts rows that are not a complete entry.
    QVector<Entry> read(int *skipped = nullptr) const;

    // The JSON lines of earlier versions, oldest first; lines that are no complete entry are skipped.
    static QVector<Entry> readLegacy(const QString &path);
    // True when its entries are kept in this database: then a change there can add them in its own
    // transaction (insert()).
    bool isIn(const Database *database) const { return m_database == database; }
    // Adds the entry within a transaction under way (see Database::transact).
    static bool insert(QSqlQuery &query, const Entry &entry, QString *error);

    static QString actionName(Action action);  // stable: "create", "test-send", ...
    static QString actionLabel(Action action); // translated
    static QString outcomeLabel(Outcome outcome);
    // What a successful create, update, delete or import is recorded as ("credential.created", ...).
    static ActivityEvent succeeded(Action action);
    // RFC 4180 CSV with a header row; cells that a spreadsheet would run as a formula are quoted safe.
    // The columns: time, credentials, action, outcome and detail, in the language in use, then the
    // event's code ("code": the same in every language).
    static QByteArray toCsv(const QVector<Entry> &entries);

private:
    Database *database() const;

    std::unique_ptr<Database> m_own;
    Database *m_database;
};

} // namespace cc
