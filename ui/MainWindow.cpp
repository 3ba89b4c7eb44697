#include "MainWindow.h"

#include "ActivityLogDialog.h"
#include "Ask.h"
#include "ChannelSetupDialog.h"
#include "CheckAllDialog.h"
#include "ConsoleSettings.h"
#include "CredentialDialog.h"
#include "CredentialsPage.h"
#include "ImportDialog.h"
#include "InboundPreviewDialog.h"
#include "LanguageMenu.h"
#include "ReplaceSecretDialog.h"
#include "SecretAgeView.h"
#include "TestSendDialog.h"
#include "services/CredentialFilterModel.h"
#include "services/CredentialListModel.h"
#include "services/CredentialRepository.h"
#include "services/CredentialTransfer.h"
#include "services/SecretRotation.h"
#include "services/VendorOperations.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTableView>

#include <memory>
#include <utility>

namespace cc {

namespace {

// The first run's width: every column of the list whole (1100 at least), though not wider than
// the screen when the screen could show 1100.
int defaultWidth(int listWidth)
{
    constexpr int kLeast = 1100;
    int wanted = qMax(kLeast, listWidth);
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (screen && screen->availableGeometry().width() >= kLeast)
        wanted = qMin(wanted, screen->availableGeometry().width());
    return wanted;
}

} // namespace

MainWindow::MainWindow(CredentialRepository *repository, Translator *translator, QWidget *parent)
    : QMainWindow(parent)
    , m_repository(repository)
    , m_page(new CredentialsPage(repository, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_page);

    m_fileMenu = menuBar()->addMenu(QString());
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_credentialsMenu = menuBar()->addMenu(QString());
    m_create = m_credentialsMenu->addAction(QString(), m_page, &CredentialsPage::createRequested);
    m_create->setShortcut(QKeySequence::New);
    m_credentialsMenu->addActions(m_page->menuActions()); // Edit, Delete, Check… with their keys
    m_credentialsMenu->addSeparator();
    m_import = m_credentialsMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import API credentials"), QDir::homePath(),
                                                          tr("JSON files (*.json)"));
        if (!path.isEmpty())
            importFile(path);
    });
    m_export = m_credentialsMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export API credentials"),
                                                          QDir::home().filePath(QStringLiteral("api-credentials.json")),
                                                          tr("JSON files (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportToFile(m_page->selectedIds(), path, &error))
            showError(error);
    });
    m_toolsMenu = menuBar()->addMenu(QString());
    m_checkAll = m_toolsMenu->addAction(QString(), this, &MainWindow::checkAll);
    m_checkAll->setVisible(false);
    m_inboundPreview = m_toolsMenu->addAction(QString(), this, &MainWindow::showInboundPreview);
    m_activity = m_toolsMenu->addAction(QString(), this, &MainWindow::showActivityLog);
    auto *secretAge = new SecretAgeMenu(this);
    m_toolsMenu->addMenu(secretAge);
    connect(secretAge, &SecretAgeMenu::limitChanged, m_page, &CredentialsPage::setSecretAgeLimit);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->menuAction()->setObjectName(QStringLiteral("helpMenu"));
    if (translator)
        menuBar()->insertMenu(m_helpMenu->menuAction(), new LanguageMenu(translator, this));
    m_about = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Channel Console"),
                           tr("Channel Console %1\nManage the API credentials of your SMS and MMS providers.")
                               .arg(QApplication::applicationVersion()));
    });

    connect(m_page, &CredentialsPage::createRequested, this, &MainWindow::createCredential);
    connect(m_page, &CredentialsPage::editRequested, this, &MainWindow::editCredential);
    connect(m_page, &CredentialsPage::duplicateRequested, this, &MainWindow::duplicateCredential);
    connect(m_page, &CredentialsPage::deleteRequested, this, &MainWindow::deleteCredentials);
    connect(m_page, &CredentialsPage::checkRequested, this, &MainWindow::checkCredentials);
    connect(m_page, &CredentialsPage::testSendRequested, this, &MainWindow::openTestSend);
    connect(m_page, &CredentialsPage::setupChannelRequested, this, &MainWindow::openChannelSetup);
    connect(m_page, &CredentialsPage::replaceSecretRequested, this, &MainWindow::openReplaceSecret);
    connect(m_repository, &CredentialRepository::lateLoadProblem, this, &MainWindow::reportLoadProblem);
    connect(m_page, &CredentialsPage::startAfreshRequested, this, [this] {
        QString error;
        if (!m_repository->store().startAfresh(&error)) {
            showError(error);
            return;
        }
        m_repository->load();
        m_page->showStoreProblem(QString());
        statusBar()->showMessage(tr("A new, empty database is in use; the copy of the damaged one is kept."));
    });
    connect(m_page->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateExportText);
    // Changes another window or a command makes show here within a second.
    m_repository->followChanges();

    retranslateUi();
    const QByteArray geometry = ConsoleSettings::open()->value(QStringLiteral("mainWindow/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(defaultWidth(m_page->fullListWidth()), 640);
}

void MainWindow::reportLoadProblem(const CredentialStore::LoadResult &result)
{
    if (result.ok()) {
        // A notice (a migration, entries that could not be read): said once, where it stays visible.
        if (!result.message.isEmpty())
            m_page->showStoreNotice(result.message);
        m_offerOrphans = true; // once the window has painted
        return;
    }
    m_page->showStoreProblem(result.message + QLatin1Char(' ') +
                             tr("The database is left as it is and nothing will be saved over it unless you choose "
                                "to start with an empty list. You can still export what is shown."));
}

void MainWindow::offerOrphanRemoval()
{
    const QVector<std::pair<QString, QString>> orphans = m_repository->orphanedSecrets();
    if (orphans.isEmpty())
        return;
    const QString question = tr("%n keychain entries belong to no API credentials: an earlier change was interrupted "
                                "before it could remove them. Remove them from the keychain?",
                                nullptr, int(orphans.size()));
    if (!Ask::confirm(this, tr("Keychain entries left behind"), question, tr("Remove them"), tr("Keep them"),
                      QStringLiteral("confirmOrphans")))
        return;
    QPointer<MainWindow> self(this);
    m_repository->removeOrphanedSecrets(orphans, [self](const CredentialRepository::Outcome &outcome) {
        if (!self)
            return;
        if (!outcome.ok)
            self->showError(outcome.message);
        else
            self->statusBar()->showMessage(tr("The keychain entries left behind were removed."), 4000);
    });
}

void MainWindow::deleteCredentials(const QStringList &ids)
{
    QStringList names;
    for (const Credential *c : m_repository->store().findAll(ids))
        names << c->name();
    if (names.isEmpty())
        return;
    // A few names, then how many more: the question stays readable with thousands selected.
    constexpr qsizetype kNamesShown = 5;
    QStringList shown = names.mid(0, kNamesShown);
    if (names.size() > kNamesShown)
        shown << tr("%n more", "after the first names of API credentials to delete", int(names.size() - kNamesShown));
    const QString question =
        names.size() == 1
            ? tr("Delete the API credentials \"%1\"? Their secrets are removed from the system keychain too. This "
                 "cannot be undone.")
                  .arg(names.first())
            : tr("Delete %n API credentials (%1)? Their secrets are removed from the system keychain too. This "
                 "cannot be undone.",
                 nullptr, int(names.size()))
                  .arg(QLocale().createSeparatedList(shown));
    if (!Ask::confirm(this, tr("Delete API credentials"), question, tr("Delete"), tr("Keep"),
                      QStringLiteral("confirmDelete")))
        return;
    // Many take a while (the keychain removes one entry at a time): say how far it is.
    const int count = int(names.size());
    const auto progress = [](int removed, int total) {
        return tr("Deleting %n API credentials: removing their secrets from the keychain (%1 done)…", nullptr, total)
            .arg(removed);
    };
    if (count > 1)
        statusBar()->showMessage(progress(0, count));
    auto watch = std::make_shared<QMetaObject::Connection>(
        connect(m_repository, &CredentialRepository::removalProgress, this, [this, progress](int removed, int total) {
            if (total > 1)
                statusBar()->showMessage(progress(removed, total));
        }));
    QPointer<MainWindow> self(this);
    m_repository->removeAll(ids, [self, watch, count](const CredentialRepository::Outcome &outcome) {
        disconnect(*watch);
        if (!self)
            return;
        if (!outcome.ok) {
            self->statusBar()->clearMessage();
            self->showError(outcome.message);
        } else if (count > 1) {
            self->statusBar()->showMessage(tr("Deleted %n API credentials.", nullptr, count), 4000);
        }
    });
}

void MainWindow::showError(const QString &message)
{
    Ask::warning(this, tr("Channel Console"), message, QStringLiteral("errorMessage"));
}

void MainWindow::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const QByteArray data = CredentialTransfer::readImport(&file);
    const CredentialTransfer::Plan plan =
        CredentialTransfer::plan(data, m_repository->store(), CredentialTransfer::ClashPolicy::Rename);
    if (!plan.error.isEmpty()) {
        showError(tr("%1 cannot be imported. %2").arg(QDir::toNativeSeparators(path), plan.error));
        return;
    }
    auto *dialog = new ImportDialog(path, plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_importDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, plan = dialog->plan()] {
        const QVector<Credential> list = plan.toImport();
        if (list.isEmpty())
            return;
        const QVector<CredentialRepository::Outcome> outcomes = CredentialTransfer::importAll(m_repository, plan);
        QStringList failures;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!outcomes.at(i).ok)
                failures << list.at(i).name() + QStringLiteral(": ") + outcomes.at(i).message;
        }
        if (failures.isEmpty())
            statusBar()->showMessage(
                tr("Imported %n API credential(s). Open each one to enter its secrets.", nullptr, int(list.size())),
                8000);
        else
            showError(failures.join(QLatin1Char('\n')));
    });
    dialog->open();
}

bool MainWindow::exportToFile(const QStringList &ids, const QString &path, QString *error)
{
    const QVector<Credential> list = CredentialTransfer::toExport(m_repository->store(), ids);
    if (!CredentialTransfer::exportToFile(m_repository, list, path, error))
        return false;
    statusBar()->showMessage(tr("Exported %n API credential(s) without their secrets.", nullptr, int(list.size())),
                             8000);
    return true;
}

void MainWindow::showActivityLog()
{
    if (!m_repository->activityLog())
        return;
    if (!m_activityDialog) {
        m_activityDialog = new ActivityLogDialog(m_repository->activityLog(), this);
        m_activityDialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_activityDialog->reload();
    }
    m_activityDialog->show();
    m_activityDialog->raise();
}

void MainWindow::setActions(CredentialActions *actions)
{
    m_actions = actions;
    m_page->setNetworkActionsAvailable(actions);
    m_checkAll->setVisible(actions);
}

template <typename Dialog> void MainWindow::showTool(QPointer<Dialog> &slot, Dialog *dialog)
{
    if (slot)
        slot->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    slot = dialog;
    dialog->show();
    dialog->raise();
}

void MainWindow::checkCredentials(const QStringList &ids)
{
    if (!m_actions || ids.isEmpty())
        return;
    if (ids.size() > 1) {
        showTool(m_checkAllDialog,
                 new CheckAllDialog(m_repository, m_actions, ids, CheckAllRunner::kConcurrency, this));
        m_checkAllDialog->start();
        return;
    }
    const Credential *c = m_repository->store().find(ids.first());
    if (!c)
        return;
    statusBar()->showMessage(tr("Checking \"%1\" with its vendor, without sending anything…").arg(c->name()));
    QPointer<MainWindow> self(this);
    m_actions->check(ids.first(), [self, name = c->name()](const OperationResult &r) {
        if (self)
            self->statusBar()->showMessage(r.ok ? tr("\"%1\": %2").arg(name, r.summary)
                                                : tr("\"%1\" failed the check: %2").arg(name, r.summary),
                                           15000);
    });
}

void MainWindow::checkAll()
{
    QStringList ids;
    for (const Credential &c : m_repository->store().credentials())
        ids << c.id;
    checkCredentials(ids);
}

void MainWindow::openTestSend(const QString &id)
{
    if (const Credential *c = m_repository->store().find(id); c && m_actions)
        showTool(m_testSendDialog, new TestSendDialog(m_actions, *c, this));
}

void MainWindow::openChannelSetup(const QString &id)
{
    const Credential *c = m_repository->store().find(id);
    if (c && m_actions && adapterFor(c->vendor).capabilities().channelSetup)
        showTool(m_channelDialog, new ChannelSetupDialog(m_actions, *c, this));
}

void MainWindow::openReplaceSecret(const QString &id)
{
    const Credential *c = m_repository->store().find(id);
    if (!c || !m_actions)
        return;
    if (!m_rotation)
        m_rotation = new SecretRotation(m_repository, m_actions, this);
    showTool(m_replaceDialog, new ReplaceSecretDialog(m_rotation, *c, this));
}

ReplaceSecretDialog *MainWindow::replaceSecretDialog() const
{
    return m_replaceDialog;
}

TestSendDialog *MainWindow::testSendDialog() const
{
    return m_testSendDialog;
}

ChannelSetupDialog *MainWindow::channelSetupDialog() const
{
    return m_channelDialog;
}

CheckAllDialog *MainWindow::checkAllDialog() const
{
    return m_checkAllDialog;
}

void MainWindow::showInboundPreview()
{
    const QStringList ids = m_page->selectedIds();
    showTool(m_inboundDialog, new InboundPreviewDialog(m_repository, ids.value(0), this));
}

InboundPreviewDialog *MainWindow::inboundPreviewDialog() const
{
    return m_inboundDialog;
}

ImportDialog *MainWindow::importDialog() const
{
    return m_importDialog;
}

ActivityLogDialog *MainWindow::activityLogDialog() const
{
    return m_activityDialog;
}

CredentialDialog *MainWindow::activeDialog() const
{
    return m_dialog;
}

void MainWindow::openDialog(CredentialDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setActions(m_actions);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QModelIndex source = m_page->listModel()->indexOfId(dialog->savedId());
        const QModelIndex row = m_page->filterModel()->mapFromSource(source);
        if (row.isValid())
            m_page->table()->selectRow(row.row());
        statusBar()->showMessage(tr("Saved."), 4000);
    });
    dialog->open();
}

void MainWindow::createCredential()
{
    if (m_repository->store().isReadOnly()) {
        showError(
            tr("The credentials database could not be loaded, so nothing can be saved yet. Choose \"Start with an "
               "empty list\" above, or repair the file and restart."));
        return;
    }
    openDialog(new CredentialDialog(m_repository, CredentialDialog::Mode::Create, Credential(), this));
}

void MainWindow::editCredential(const QString &id)
{
    if (const Credential *c = m_repository->store().find(id))
        openDialog(new CredentialDialog(m_repository, CredentialDialog::Mode::Edit, *c, this));
}

void MainWindow::duplicateCredential(const QString &id)
{
    if (const Credential *c = m_repository->store().find(id))
        openDialog(new CredentialDialog(m_repository, CredentialDialog::Mode::Duplicate, *c, this));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    // The window paints first, then its children, all in this pass; every credential is read whole
    // after it (see CredentialRepository::load()).
    if (!m_painted) {
        m_painted = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_repository->settle();
                if (std::exchange(m_offerOrphans, false))
                    offerOrphanRemoval();
            },
            Qt::QueuedConnection);
    }
    QMainWindow::paintEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    ConsoleSettings::open()->setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    m_page->saveViewState();
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Channel Console"));
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_credentialsMenu->setTitle(tr("&Credentials"));
    m_create->setText(tr("Create new API credentials…"));
    m_import->setText(tr("&Import…"));
    updateExportText();
    m_toolsMenu->setTitle(tr("&Tools"));
    m_activity->setText(tr("&Activity log…"));
    m_checkAll->setText(tr("Check &all API credentials"));
    m_inboundPreview->setText(tr("&Inbound keyword preview…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Channel Console"));
}

void MainWindow::updateExportText()
{
    // What it exports, in its name: menus show no tooltips.
    const bool selected = m_page->table()->selectionModel()->hasSelection();
    m_export->setText(selected ? tr("&Export selected…") : tr("&Export all…"));
    m_export->setToolTip(tr("Export the non-secret settings of the selected API credentials (all when none is "
                            "selected)"));
}

} // namespace cc
