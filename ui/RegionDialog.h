#pragma once

#include "services/RegionProbe.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cc {

// "Find region": the credential as typed, checked against every region of its vendor at once (read
// only; nothing is sent), a row per region with its outcome and time, and the region that accepted
// it to use in the form.
class RegionDialog : public QDialog
{
    Q_OBJECT

public:
    RegionDialog(VendorOperations *operations, const Credential &credential, const Secrets &secrets,
                 QWidget *parent = nullptr);
    RegionProbe *probe() const { return m_probe; }

Q_SIGNALS:
    void regionChosen(const QString &region);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showOutcome(int index);
    void showEnd();
    void retranslateUi();

    Credential m_credential;
    RegionProbe *m_probe;
    QLabel *m_intro;
    QTreeWidget *m_table;
    QLabel *m_status;
    QPushButton *m_use;
    QPushButton *m_close;
    QString m_problem;
};

} // namespace cc
