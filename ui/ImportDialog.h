#pragma once

#include "services/CredentialTransfer.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cc {

// What an import file holds, entry by entry: imported, renamed on a name clash, skipped or
// rejected, and why; which secrets to enter afterwards. Import saves them all; while any entry is
// rejected it saves nothing and cannot be pressed.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const QString &fileName, CredentialTransfer::Plan plan, QWidget *parent = nullptr);

    const CredentialTransfer::Plan &plan() const { return m_plan; }
    QTreeWidget *items() const { return m_items; }
    QPushButton *importButton() const { return m_import; }

private:
    static QString statusText(CredentialTransfer::Item::Status status);

    CredentialTransfer::Plan m_plan;
    QTreeWidget *m_items;
    QLabel *m_summary;
    QPushButton *m_import;
};

} // namespace cc
