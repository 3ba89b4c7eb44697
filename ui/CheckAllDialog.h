#pragma once

#include "services/CheckAllRunner.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace cc {

class ColumnSizing;
class CredentialRepository;

// Checks several credentials at once, bounded, with a progress bar, Cancel and a summary; the list
// behind updates as each result arrives, and the window stays responsive.
class CheckAllDialog : public QDialog
{
    Q_OBJECT

public:
    CheckAllDialog(CredentialRepository *repository, CredentialActions *actions, const QStringList &ids,
                   int concurrency, QWidget *parent = nullptr);

    void start();
    CheckAllRunner *runner() const { return m_runner; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summary() const { return m_summary; }
    QTreeWidget *results() const { return m_results; }
    QPushButton *cancelButton() const { return m_cancel; }

public Q_SLOTS:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitNames();

    CredentialRepository *m_repository;
    CheckAllRunner *m_runner;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTreeWidget *m_results;
    ColumnSizing *m_columns;
    QPushButton *m_cancel;
    bool m_finished = false;
};

} // namespace cc
