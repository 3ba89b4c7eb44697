#include "ActivityLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <array>

namespace cc {

namespace {

struct ActionInfo
{
    ActivityLog::Action action;
    const char *name;
    const char *label;
};

const std::array<ActionInfo, 8> kActions{{
    {ActivityLog::Action::Create, "create", QT_TRANSLATE_NOOP("cc::ActivityLog", "Create")},
    {ActivityLog::Action::Update, "update", QT_TRANSLATE_NOOP("cc::ActivityLog", "Update")},
    {ActivityLog::Action::Delete, "delete", QT_TRANSLATE_NOOP("cc::ActivityLog", "Delete")},
    {ActivityLog::Action::Check, "check", QT_TRANSLATE_NOOP("cc::ActivityLog", "Check")},
    {ActivityLog::Action::TestSend, "test-send", QT_TRANSLATE_NOOP("cc::ActivityLog", "Test send")},
    {ActivityLog::Action::ChannelSetup, "channel-setup", QT_TRANSLATE_NOOP("cc::ActivityLog", "Channel set-up")},
    {ActivityLog::Action::Import, "import", QT_TRANSLATE_NOOP("cc::ActivityLog", "Import")},
    {ActivityLog::Action::Export, "export", QT_TRANSLATE_NOOP("cc::ActivityLog", "Export")},
}};

const ActionInfo &infoFor(ActivityLog::Action action)
{
    for (const ActionInfo &i : kActions) {
        if (i.action == action)
            return i;
    }
    return kActions.front();
}

QByteArray csvCell(const QString &text)
{
    QString cell = text;
    // A leading = + - @ makes spreadsheets evaluate the cell (CSV injection).
    if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('\n')) ||
        cell.contains(QLatin1Char('\r')) || cell != text)
        cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return cell.toUtf8();
}

} // namespace

ActivityLog::ActivityLog(QString filePath)
    : m_filePath(std::move(filePath))
{
}

QString ActivityLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/activity.jsonl");
}

QString ActivityLog::actionName(Action action)
{
    return QString::fromLatin1(infoFor(action).name);
}

QString ActivityLog::actionLabel(Action action)
{
    return tr(infoFor(action).label);
}

QString ActivityLog::outcomeLabel(Outcome outcome)
{
    return outcome == Outcome::Succeeded ? tr("Succeeded") : tr("Failed");
}

bool ActivityLog::append(const Entry &entry, QString *error)
{
    const QJsonObject o{{QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("credentialId"), entry.credentialId},
                        {QStringLiteral("credential"), entry.credentialName},
                        {QStringLiteral("action"), actionName(entry.action)},
                        {QStringLiteral("outcome"),
                         entry.outcome == Outcome::Succeeded ? QStringLiteral("ok") : QStringLiteral("failed")},
                        {QStringLiteral("detail"), entry.detail}};
    QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QFile file(m_filePath);
    {
        // After a writer was killed mid-line, start on a new line so that this entry stays whole.
        QFile tail(m_filePath);
        if (tail.open(QIODevice::ReadOnly) && tail.size() > 0 && tail.seek(tail.size() - 1) && tail.read(1) != "\n")
            line.prepend('\n');
    }
    // Append mode and one write per line: concurrent or interrupted writers never interleave a line.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered) ||
        file.write(line) != line.size()) {
        if (error)
            *error = tr("Cannot write the activity log %1: %2.")
                         .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

QVector<ActivityLog::Entry> ActivityLog::read(int *skipped) const
{
    QVector<Entry> entries;
    int bad = 0;
    QFile file(m_filePath);
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QByteArray line = file.readLine();
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString action = o.value(QStringLiteral("action")).toString();
            Entry e;
            e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
            bool known = false;
            for (const ActionInfo &i : kActions) {
                if (action == QLatin1String(i.name)) {
                    e.action = i.action;
                    known = true;
                }
            }
            if (!line.endsWith('\n') || !known || !e.time.isValid()) {
                ++bad; // cut short by a killed process, or not ours
                continue;
            }
            e.credentialId = o.value(QStringLiteral("credentialId")).toString();
            e.credentialName = o.value(QStringLiteral("credential")).toString();
            e.outcome = o.value(QStringLiteral("outcome")).toString() == QLatin1String("ok") ? Outcome::Succeeded
                                                                                             : Outcome::Failed;
            e.detail = o.value(QStringLiteral("detail")).toString();
            entries.append(e);
        }
    }
    if (skipped)
        *skipped = bad;
    return entries;
}

QByteArray ActivityLog::toCsv(const QVector<Entry> &entries)
{
    QByteArray out = csvCell(tr("Time (UTC)")) + ',' + csvCell(tr("API credentials")) + ',' + csvCell(tr("Action")) +
                     ',' + csvCell(tr("Outcome")) + ',' + csvCell(tr("Detail")) + "\r\n";
    for (const Entry &e : entries) {
        out += csvCell(e.time.toUTC().toString(Qt::ISODate)) + ',' + csvCell(e.credentialName) + ',' +
               csvCell(actionLabel(e.action)) + ',' + csvCell(outcomeLabel(e.outcome)) + ',' + csvCell(e.detail) +
               "\r\n";
    }
    return out;
}

} // namespace cc
