#pragma once

#include "services/CredentialStore.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QMenu;

namespace cc {

class ActivityLogDialog;
class ChannelSetupDialog;
class ReplaceSecretDialog;
class SecretRotation;
class CheckAllDialog;
class CredentialActions;
class TestSendDialog;
class CredentialDialog;
class ImportDialog;
class InboundPreviewDialog;
class Translator;
class CredentialRepository;
class CredentialsPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // With a translator, the window has a Language menu that switches the language at run time.
    explicit MainWindow(CredentialRepository *repository, Translator *translator = nullptr, QWidget *parent = nullptr);

    CredentialsPage *credentialsPage() const { return m_page; }
    // Tells the user, in the window, that the credentials file could not be loaded and why.
    void reportLoadProblem(const CredentialStore::LoadResult &result);

    void deleteCredentials(const QStringList &ids);
    void createCredential();
    void editCredential(const QString &id);
    void duplicateCredential(const QString &id);
    // Reads an export file and shows what it holds; the import happens when the operator confirms.
    void importFile(const QString &path);
    // Writes the non-secret settings of these credentials (all when empty) to path.
    bool exportToFile(const QStringList &ids, const QString &path, QString *error);
    void showActivityLog();
    void showInboundPreview();
    InboundPreviewDialog *inboundPreviewDialog() const;

    // The vendor operations (check, test send, channel set-up); without them those actions are hidden.
    void setActions(CredentialActions *actions);
    void checkCredentials(const QStringList &ids);
    void checkAll();
    void openTestSend(const QString &id);
    void openChannelSetup(const QString &id);
    void openReplaceSecret(const QString &id);
    ReplaceSecretDialog *replaceSecretDialog() const;
    TestSendDialog *testSendDialog() const;
    ChannelSetupDialog *channelSetupDialog() const;
    CheckAllDialog *checkAllDialog() const;
    ImportDialog *importDialog() const;
    ActivityLogDialog *activityLogDialog() const;

    // The create/edit dialog on show, if any (for tests and screenshots).
    CredentialDialog *activeDialog() const;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void updateExportText();
    void showError(const QString &message);
    // Offers to remove keychain entries that no credential owns.
    void offerOrphanRemoval();
    void openDialog(CredentialDialog *dialog);
    // Shows a dialog owned by the window, deleted on close, replacing the previous one of its kind.
    template <typename Dialog> void showTool(QPointer<Dialog> &slot, Dialog *dialog);

    CredentialRepository *m_repository;
    CredentialsPage *m_page;
    QMenu *m_fileMenu;
    QMenu *m_credentialsMenu;
    QMenu *m_helpMenu;
    QAction *m_quit;
    QAction *m_create;
    QAction *m_import;
    QAction *m_export;
    QMenu *m_toolsMenu;
    QAction *m_activity;
    QAction *m_checkAll;
    QAction *m_inboundPreview;
    QPointer<InboundPreviewDialog> m_inboundDialog;
    CredentialActions *m_actions = nullptr;
    QPointer<TestSendDialog> m_testSendDialog;
    QPointer<ChannelSetupDialog> m_channelDialog;
    SecretRotation *m_rotation = nullptr;
    QPointer<ReplaceSecretDialog> m_replaceDialog;
    QPointer<CheckAllDialog> m_checkAllDialog;
    QAction *m_about;
    QPointer<CredentialDialog> m_dialog;
    QPointer<ImportDialog> m_importDialog;
    QPointer<ActivityLogDialog> m_activityDialog;
    bool m_painted = false;      // the first paint pass has begun
    bool m_offerOrphans = false; // after it: see offerOrphanRemoval()
};

} // namespace cc
