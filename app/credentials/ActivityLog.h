#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace cc {

// What operators did, for support and audit: every create, update, delete, check, test-send and
// channel set-up, with time, credential, action and outcome. Never a secret.
// One JSON object per line, appended with a single write, so that a killed process leaves at worst
// one incomplete last line, which reading skips.
class ActivityLog
{
    Q_DECLARE_TR_FUNCTIONS(cc::ActivityLog)

public:
    enum class Action { Create, Update, Delete, Check, TestSend, ChannelSetup, Import, Export };
    enum class Outcome { Succeeded, Failed };

    struct Entry
    {
        QDateTime time; // UTC
        QString credentialId;
        QString credentialName;
        Action action = Action::Create;
        Outcome outcome = Outcome::Succeeded;
        QString detail; // plain words: a message id, an HTTP status, an error; never a secret
    };

    explicit ActivityLog(QString filePath);
    // <AppDataLocation>/activity.jsonl
    static QString defaultPath();
    QString filePath() const { return m_filePath; }

    // Appends one line; false with *error (translated) when the file cannot be written.
    bool append(const Entry &entry, QString *error = nullptr);
    // Every complete line, oldest first; *skipped counts lines that are not a complete entry.
    QVector<Entry> read(int *skipped = nullptr) const;

    static QString actionName(Action action);  // stable: "create", "test-send", ...
    static QString actionLabel(Action action); // translated
    static QString outcomeLabel(Outcome outcome);
    // RFC 4180 CSV with a header row; cells that a spreadsheet would run as a formula are quoted safe.
    static QByteArray toCsv(const QVector<Entry> &entries);

private:
    QString m_filePath;
};

} // namespace cc
