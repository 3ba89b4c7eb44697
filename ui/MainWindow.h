#pragma once

#include "credentials/CredentialStore.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QMenu;

namespace cc {

class CredentialDialog;
class CredentialRepository;
class CredentialsPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(CredentialRepository *repository, QWidget *parent = nullptr);

    CredentialsPage *credentialsPage() const { return m_page; }
    // Tells the user, in the window, that the credentials file could not be loaded and why.
    void reportLoadProblem(const CredentialStore::LoadResult &result);

    void deleteCredentials(const QStringList &ids);
    void createCredential();
    void editCredential(const QString &id);
    void duplicateCredential(const QString &id);
    // The create/edit dialog on show, if any (for tests and screenshots).
    CredentialDialog *activeDialog() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void showError(const QString &message);
    void openDialog(CredentialDialog *dialog);

    CredentialRepository *m_repository;
    CredentialsPage *m_page;
    QMenu *m_fileMenu;
    QMenu *m_credentialsMenu;
    QMenu *m_helpMenu;
    QAction *m_quit;
    QAction *m_create;
    QAction *m_about;
    QPointer<CredentialDialog> m_dialog;
};

} // namespace cc
