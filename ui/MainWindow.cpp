#include "MainWindow.h"

#include "Ask.h"
#include "CredentialDialog.h"
#include "CredentialsPage.h"
#include "credentials/CredentialFilterModel.h"
#include "credentials/CredentialListModel.h"
#include "credentials/CredentialRepository.h"

#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

#include <memory>

namespace cc {

MainWindow::MainWindow(CredentialRepository *repository, QWidget *parent)
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
    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Channel Console"),
                           tr("Channel Console %1\nManage the API credentials of your SMS and MMS providers.")
                               .arg(QApplication::applicationVersion()));
    });

    connect(m_page, &CredentialsPage::createRequested, this, &MainWindow::createCredential);
    connect(m_page, &CredentialsPage::editRequested, this, &MainWindow::editCredential);
    connect(m_page, &CredentialsPage::duplicateRequested, this, &MainWindow::duplicateCredential);
    connect(m_page, &CredentialsPage::deleteRequested, this, &MainWindow::deleteCredentials);
    connect(m_page, &CredentialsPage::startAfreshRequested, this, [this] {
        m_repository->store().startAfresh();
        m_page->showStoreProblem(QString());
        statusBar()->showMessage(tr("The damaged file will be replaced when you next save; its copy is kept."));
    });

    retranslateUi();
    const QByteArray geometry = QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1100, 640);
}

void MainWindow::reportLoadProblem(const CredentialStore::LoadResult &result)
{
    if (result.ok())
        return;
    m_page->showStoreProblem(result.message + QLatin1Char(' ') +
                             tr("The file is left as it is and nothing will be saved over it unless you choose to "
                                "start with an empty list."));
}

void MainWindow::deleteCredentials(const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids) {
        if (const Credential *c = m_repository->store().find(id))
            names << c->name();
    }
    if (names.isEmpty())
        return;
    const QString question =
        names.size() == 1
            ? tr("Delete the API credentials \"%1\"? Their secrets are removed from the system keychain too. This "
                 "cannot be undone.")
                  .arg(names.first())
            : tr("Delete %n API credentials (%1)? Their secrets are removed from the system keychain too. This "
                 "cannot be undone.",
                 nullptr, int(names.size()))
                  .arg(QLocale().createSeparatedList(names));
    if (!Ask::confirm(this, tr("Delete API credentials"), question, tr("Delete"), QStringLiteral("confirmDelete")))
        return;
    QPointer<MainWindow> self(this);
    for (const QString &id : ids) {
        m_repository->remove(id, [self](const CredentialRepository::Outcome &outcome) {
            if (self && !outcome.ok)
                self->showError(outcome.message);
        });
    }
}

void MainWindow::showError(const QString &message)
{
    Ask::warning(this, tr("Channel Console"), message, QStringLiteral("errorMessage"));
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
        showError(tr("The credentials file could not be loaded, so nothing can be saved yet. Choose \"Start with an "
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
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
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Channel Console"));
}

} // namespace cc
