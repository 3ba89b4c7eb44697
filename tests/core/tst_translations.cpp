#include <QtTest/QtTest>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

// The shipped catalogues are complete and consistent, and in step with the sources: a string added
// to the code without running update_translations and translating it fails here, not in front of a
// French or Dutch user.
namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;             // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or one per plural form
};

struct Catalogue
{
    QString language; // the TS element's language attribute
    QVector<Message> messages;
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.error = file.errorString();
        return c;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"TS") {
            c.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}, {}};
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.translations << xml.readElementText();
            } else {
                m.translations << xml.readElementText();
            }
            c.messages << m;
        }
    }
    if (xml.hasError())
        c.error = xml.errorString();
    return c;
}

QString describe(const Message &m)
{
    return m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
}

// %1 … %99 (also %L1) and %n, each counted once: a translation may repeat or reorder them.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : re.globalMatch(text)) {
        if (!found.contains(match.captured(1)))
            found << match.captured(1);
    }
    found.sort();
    return found;
}

// The keyboard accelerators (&F), not an escaped ampersand (&&).
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&'))
            ++i;
        else if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QString sourceDir()
{
    return QString::fromLocal8Bit(qgetenv("CC_SOURCE_DIR"));
}

QStringList catalogueFiles()
{
    const QDir dir(sourceDir() + QStringLiteral("/translations"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

void addCatalogueRows()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : catalogueFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!sourceDir().isEmpty(), "CC_SOURCE_DIR is not set: run through ctest");
        QStringList names;
        for (const QString &path : catalogueFiles())
            names << QFileInfo(path).fileName();
        QCOMPARE(names, (QStringList{QStringLiteral("channelconsole_en.ts"), QStringLiteral("channelconsole_fr.ts"),
                                     QStringLiteral("channelconsole_nl.ts")}));
    }

    void everyEntryIsTranslated_data() { addCatalogueRows(); }
    void everyEntryIsTranslated()
    {
        QFETCH(QString, path);
        const Catalogue c = readCatalogue(path);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QVERIFY(!c.messages.isEmpty());
        const QString language = QFileInfo(path).completeBaseName().section(QLatin1Char('_'), 1);
        QCOMPARE(c.language.section(QLatin1Char('_'), 0, 0), language);

        QStringList problems;
        for (const Message &m : c.messages) {
            if (!m.type.isEmpty())
                problems << m.type + QStringLiteral(" entry ") + describe(m);
            else if (m.translations.isEmpty() || m.translations.contains(QString()))
                problems << QStringLiteral("empty translation of ") + describe(m);
            // French, Dutch and English all have a singular and a plural form.
            else if (m.numerus && m.translations.size() != 2)
                problems << QStringLiteral("%1 plural forms instead of 2 in ").arg(m.translations.size()) + describe(m);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void translationsKeepPlaceholdersAndNames_data() { addCatalogueRows(); }
    void translationsKeepPlaceholdersAndNames()
    {
        QFETCH(QString, path);
        const Catalogue c = readCatalogue(path);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        // Product names are never translated.
        const QStringList names{QStringLiteral("Channel Console"), QStringLiteral("Sinch"), QStringLiteral("Infobip")};
        QStringList problems;
        for (const Message &m : c.messages) {
            const QStringList expected = placeholders(m.source);
            for (const QString &t : m.translations) {
                if (t.isEmpty())
                    continue; // reported by everyEntryIsTranslated
                if (placeholders(t) != expected)
                    problems << QStringLiteral("placeholders %1 instead of %2 in \"%3\" for ")
                                        .arg(placeholders(t).join(QLatin1Char(',')), expected.join(QLatin1Char(',')),
                                             t) +
                                    describe(m);
                if (accelerators(t) != accelerators(m.source))
                    problems << QStringLiteral("accelerator lost or added in \"%1\" for ").arg(t) + describe(m);
                for (const QString &name : names) {
                    if (m.source.count(name) != t.count(name))
                        problems << QStringLiteral("\"%1\" is not kept as it is in \"%2\" for ").arg(name, t) +
                                        describe(m);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // One word for one thing in each language: the catalogue's glossary. A banned form names the
    // one to use instead.
    void eachLanguageKeepsItsGlossary_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("banned");
        QTest::addColumn<QString>("use");
        const QString nl = QStringLiteral("channelconsole_nl.ts");
        const auto row = [](const QString &file, const char *banned, const char *use) {
            QTest::addRow("%s: %s", qPrintable(file), banned)
                << file << QString::fromUtf8(banned) << QString::fromUtf8(use);
        };
        row(nl, "dentificatie", "ID");
        row(nl, "korte code", "shortcode");
        row(nl, "pt-inbericht", "opt-in-bericht");
        row(nl, "pt-outbericht", "opt-out-bericht");
        row(nl, "elpbericht", "help-bericht");
        // Quotes around a value: “…” in Dutch, « … » in French (straight quotes only inside JSON).
        row(nl, " \"%", "“%1”");
        row(nl, "%1\" ", "“%1”");
        row(QStringLiteral("channelconsole_fr.ts"), " \"%", "« %1 »");
        row(QStringLiteral("channelconsole_fr.ts"), "%1\" ", "« %1 »");
        // French guillemets hold their text with no-break spaces, never plain ones.
        row(QStringLiteral("channelconsole_fr.ts"), "« ", "«\u00a0");
        row(QStringLiteral("channelconsole_fr.ts"), " »", "\u00a0»");
    }
    void eachLanguageKeepsItsGlossary()
    {
        QFETCH(QString, path);
        QFETCH(QString, banned);
        QFETCH(QString, use);
        const Catalogue c = readCatalogue(sourceDir() + QStringLiteral("/translations/") + path);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QStringList problems;
        for (const Message &m : c.messages) {
            for (const QString &t : m.translations) {
                if (t.contains(banned, Qt::CaseInsensitive))
                    problems << QStringLiteral("\"%1\" (use %2) in \"%3\"").arg(banned, use, t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // What update_translations would write is what is committed: no new, changed or removed string
    // is waiting for a translator.
    void cataloguesAreInStepWithTheSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList copies;
        for (const QString &path : catalogueFiles()) {
            const QString copy = dir.filePath(QFileInfo(path).fileName());
            QVERIFY(QFile::copy(path, copy));
            copies << copy;
        }
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(CC_LUPDATE),
                      QStringList{QStringLiteral("-project"), QStringLiteral(CC_LUPDATE_PROJECT),
                                  QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                                  QStringLiteral("-ts")} +
                          copies);
        QVERIFY2(lupdate.waitForFinished(280000), qPrintable(lupdate.errorString()));
        const QString output = QString::fromLocal8Bit(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

        QStringList changed;
        for (qsizetype i = 0; i < copies.size(); ++i) {
            QFile original(catalogueFiles().at(i));
            QFile updated(copies.at(i));
            QVERIFY(original.open(QIODevice::ReadOnly) && updated.open(QIODevice::ReadOnly));
            const QList<QByteArray> before = original.readAll().split('\n');
            const QList<QByteArray> after = updated.readAll().split('\n');
            if (before == after)
                continue;
            // Name the strings that came or went, else the first line that differs.
            QSet<QString> was;
            QSet<QString> now;
            for (const Message &m : readCatalogue(catalogueFiles().at(i)).messages)
                was.insert(describe(m));
            for (const Message &m : readCatalogue(copies.at(i)).messages)
                now.insert(describe(m));
            const QString name = QFileInfo(copies.at(i)).fileName();
            for (const QString &m : now - was)
                changed << name + QStringLiteral(": new ") + m;
            for (const QString &m : was - now)
                changed << name + QStringLiteral(": gone ") + m;
            if (was == now) {
                qsizetype line = 0;
                while (line < before.size() && line < after.size() && before.at(line) == after.at(line))
                    ++line;
                changed << QStringLiteral("%1 differs from line %2: \"%3\"")
                               .arg(name)
                               .arg(line + 1)
                               .arg(QString::fromUtf8(after.value(line)));
            }
        }
        QVERIFY2(changed.isEmpty(),
                 qPrintable(QStringLiteral("Run `cmake --build build --target update_translations`, translate the "
                                           "new entries (translations/README.md), and commit.\n") +
                            changed.join(QLatin1Char('\n')) + QLatin1Char('\n') + output));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
