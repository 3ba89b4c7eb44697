#include "ActivityLog.h"

#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <array>

namespace cc {

namespace {

struct ActionInfo
{
    ActivityLog::Action action;
    const char *name;
    const char *label;
    const char *succeeded; // the event a success is recorded as, when the action has no event of its own
};

const std::array<ActionInfo, 9> kActions{{
    {ActivityLog::Action::Create, "create", QT_TRANSLATE_NOOP("cc::ActivityLog", "Create"), "credential.created"},
    {ActivityLog::Action::Update, "update", QT_TRANSLATE_NOOP("cc::ActivityLog", "Update"), "credential.updated"},
    {ActivityLog::Action::Delete, "delete", QT_TRANSLATE_NOOP("cc::ActivityLog", "Delete"), "credential.deleted"},
    {ActivityLog::Action::Check, "check", QT_TRANSLATE_NOOP("cc::ActivityLog", "Check"), nullptr},
    {ActivityLog::Action::TestSend, "test-send", QT_TRANSLATE_NOOP("cc::ActivityLog", "Test send"), nullptr},
    {ActivityLog::Action::ChannelSetup, "channel-setup", QT_TRANSLATE_NOOP("cc::ActivityLog", "Channel set-up"),
     nullptr},
    {ActivityLog::Action::Import, "import", QT_TRANSLATE_NOOP("cc::ActivityLog", "Import"), "import.imported"},
    {ActivityLog::Action::Export, "export", QT_TRANSLATE_NOOP("cc::ActivityLog", "Export"), nullptr},
    {ActivityLog::Action::ReplaceSecret, "replace-secret", QT_TRANSLATE_NOOP("cc::ActivityLog", "Replace secret"),
     nullptr},
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

ActivityLog::ActivityLog(Database *database)
    : m_database(database)
{
}

ActivityLog::ActivityLog(const QString &databasePath)
    : m_own(std::make_unique<Database>(databasePath))
    , m_database(m_own.get())
{
}

ActivityLog::~ActivityLog() = default;

Database *ActivityLog::database() const
{
    if (!m_database->isOpen())
        m_database->open();
    return m_database;
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

ActivityEvent ActivityLog::succeeded(Action action)
{
    const char *code = infoFor(action).succeeded;
    return code ? ActivityEvent(QLatin1String(code)) : ActivityEvent();
}

bool ActivityLog::insert(QSqlQuery &query, const Entry &entry, QString *error)
{
    return Database::run(query,
                         QStringLiteral("INSERT INTO activity (at, credential_id, credential_name, action, outcome, "
                                        "detail, code, args) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {entry.time.toMSecsSinceEpoch(), Database::text(entry.credentialId),
                          Database::text(entry.credentialName), actionName(entry.action),
                          entry.outcome == Outcome::Succeeded ? QStringLiteral("ok") : QStringLiteral("failed"),
                          Database::text(entry.event.verbatim), Database::text(entry.event.code),
                          QString::fromUtf8(QJsonDocument(entry.event.args).toJson(QJsonDocument::Compact))},
                         error);
}

bool ActivityLog::append(const Entry &entry, QString *error)
{
    return appendAll({entry}, error);
}

bool ActivityLog::appendAll(const QVector<Entry> &entries, QString *error)
{
    QString why;
    const bool ok = database()->transact(
        [&entries](QSqlQuery &q, QString *w) {
            for (const Entry &e : entries) {
                if (!insert(q, e, w))
                    return false;
            }
            return true;
        },
        &why);
    if (!ok && error)
        *error = why;
    return ok;
}

namespace {

bool actionNamed(const QString &name, ActivityLog::Action *action)
{
    for (const ActionInfo &i : kActions) {
        if (name == QLatin1String(i.name)) {
            *action = i.action;
            return true;
        }
    }
    return false;
}

} // namespace

QVector<ActivityLog::Entry> ActivityLog::read(int *skipped) const
{
    QVector<Entry> entries;
    int bad = 0;
    QSqlQuery q(database()->connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT at, credential_id, credential_name, action, outcome, detail, code, args "
                              "FROM activity ORDER BY seq"))) {
        while (q.next()) {
            Entry e;
            e.time = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
            if (!actionNamed(q.value(3).toString(), &e.action)) {
                ++bad; // written by a later version
                continue;
            }
            e.credentialId = q.value(1).toString();
            e.credentialName = q.value(2).toString();
            e.outcome = q.value(4).toString() == QLatin1String("ok") ? Outcome::Succeeded : Outcome::Failed;
            const QString code = q.value(6).toString();
            e.event = code == QLatin1String("legacy")
                          ? ActivityEvent::legacy(q.value(5).toString())
                          : ActivityEvent(code, QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object(),
                                          q.value(5).toString());
            entries.append(e);
        }
    }
    if (skipped)
        *skipped = bad;
    return entries;
}

QVector<ActivityLog::Entry> ActivityLog::readLegacy(const QString &path)
{
    QVector<Entry> entries;
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        Entry e;
        e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        if (!line.endsWith('\n') || !actionNamed(o.value(QStringLiteral("action")).toString(), &e.action) ||
            !e.time.isValid())
            continue; // cut short by a killed process, or not ours
        e.credentialId = o.value(QStringLiteral("credentialId")).toString();
        e.credentialName = o.value(QStringLiteral("credential")).toString();
        e.outcome =
            o.value(QStringLiteral("outcome")).toString() == QLatin1String("ok") ? Outcome::Succeeded : Outcome::Failed;
        e.event = ActivityEvent::legacy(o.value(QStringLiteral("detail")).toString());
        entries.append(e);
    }
    return entries;
}

QByteArray ActivityLog::toCsv(const QVector<Entry> &entries)
{
    QByteArray out = csvCell(tr("Time (UTC)")) + ',' + csvCell(tr("API credentials")) + ',' + csvCell(tr("Action")) +
                     ',' + csvCell(tr("Outcome")) + ',' + csvCell(tr("Detail")) + ',' +
                     csvCell(QStringLiteral("code")) + "\r\n";
    for (const Entry &e : entries) {
        out += csvCell(e.time.toUTC().toString(Qt::ISODate)) + ',' + csvCell(e.credentialName) + ',' +
               csvCell(actionLabel(e.action)) + ',' + csvCell(outcomeLabel(e.outcome)) + ',' + csvCell(e.text()) + ',' +
               csvCell(e.event.code) + "\r\n";
    }
    return out;
}

} // namespace cc
