#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cc {

class ActivityLog;
class ActivityLogFilter;
class ActivityLogModel;

// The activity log in the console: filter by text, action and outcome; export what is shown as CSV.
class ActivityLogDialog : public QDialog
{
    Q_OBJECT

public:
    ActivityLogDialog(ActivityLog *log, QWidget *parent = nullptr);

    void reload();
    // Writes the rows shown to a CSV file; false with a translated *error.
    bool exportCsv(const QString &path, QString *error) const;

    QTableView *table() const { return m_table; }
    ActivityLogFilter *filter() const { return m_filter; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ActivityLog *m_log;
    ActivityLogModel *m_model;
    ActivityLogFilter *m_filter;
    QLineEdit *m_search;
    QComboBox *m_action;
    QComboBox *m_outcome;
    QTableView *m_table;
    QLabel *m_skipped;
    QPushButton *m_export;
    QPushButton *m_close;
    int m_skippedLines = 0;
};

} // namespace cc
