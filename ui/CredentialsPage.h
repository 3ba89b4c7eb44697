#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace cc {

class CredentialFilterModel;
class CredentialListModel;
class ColumnSizing;
class CredentialRepository;
class RowDetails;

// Administration > Channels > API Credentials: the list, its search and filter, and its actions.
class CredentialsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CredentialsPage(CredentialRepository *repository, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    CredentialListModel *listModel() const { return m_model; }
    CredentialFilterModel *filterModel() const { return m_filter; }
    // Ids of the selected credentials, in view order.
    QStringList selectedIds() const;
    // What can be done with the selection, and the search, for the window's menu (separators
    // between groups): Edit (Return), Duplicate, Delete (Delete), Check (F5), Test send, Set up
    // channel, Replace secret, Search (Ctrl+F). Edit and Delete take their key while the list has focus.
    QList<QAction *> menuActions() const { return m_menuActions; }

    // Flags the credentials whose secrets are older than this many days (0: none).
    void setSecretAgeLimit(int days);

    // Network actions are offered only when the window can run them.
    void setNetworkActionsAvailable(bool available);

    // Shown above the list while the database could not be loaded.
    void showStoreProblem(const QString &message);
    // Something the operator should read once (a migration, rows that do not read): above the list
    // until closed, wrapped, never cut.
    void showStoreNotice(const QString &message);

    // The list's column widths, order and sort, and which widths the user set (kept through a change of
    // language).
    void saveViewState() const;
    void restoreViewState();
    // How wide the page must be to show every column of the list whole, beside its scroll bar.
    int fullListWidth() const;

Q_SIGNALS:
    void createRequested();
    void editRequested(const QString &id);
    void duplicateRequested(const QString &id);
    void deleteRequested(const QStringList &ids);
    void checkRequested(const QStringList &ids);
    void testSendRequested(const QString &id);
    void setupChannelRequested(const QString &id);
    void replaceSecretRequested(const QString &id);
    void startAfreshRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void fitColumnTitles();

    CredentialRepository *m_repository;
    CredentialListModel *m_model;
    CredentialFilterModel *m_filter;
    QLabel *m_breadcrumb;
    QLabel *m_title;
    QWidget *m_problem;
    QLabel *m_problemText;
    QPushButton *m_startAfresh;
    QFrame *m_notice;
    QLabel *m_noticeText;
    QPushButton *m_closeNotice;
    QLineEdit *m_search;
    QComboBox *m_vendor;
    QPushButton *m_create;
    QList<QAction *> m_menuActions;
    QAction *m_editAction;
    QAction *m_duplicateAction;
    QAction *m_deleteAction;
    QAction *m_checkAction;
    QAction *m_testSendAction;
    QAction *m_setupChannelAction;
    QAction *m_replaceSecretAction;
    QAction *m_findAction;
    QToolButton *m_edit;
    QToolButton *m_duplicate;
    QToolButton *m_delete;
    QToolButton *m_check;
    QToolButton *m_testSend;
    QToolButton *m_setupChannel;
    QStackedWidget *m_stack;
    QTableView *m_table;
    ColumnSizing *m_columns;
    RowDetails *m_details;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QPushButton *m_emptyCreate;
    QLabel *m_noMatch;
    bool m_networkActions = false;
};

} // namespace cc
