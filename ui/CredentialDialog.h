#pragma once

#include "domain/Credential.h"
#include "vendors/VendorAdapter.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace cc {

class CredentialForm;
class CredentialActions;
class CredentialRepository;

// Create, edit or duplicate API credentials. Create asks first for the SMS vendor, then shows
// that vendor's form. Submit stays disabled until the form is valid; Cancel, or closing with
// unsaved changes, asks before discarding.
class CredentialDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Edit, Duplicate };

    // source: the credential to edit or duplicate; ignored for Create.
    CredentialDialog(CredentialRepository *repository, Mode mode, const Credential &source = Credential(),
                     QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // The form on show, or null while no vendor is chosen.
    CredentialForm *currentForm() const;
    QComboBox *vendorChoice() const { return m_vendor; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *findRegionButton() const { return m_findRegion; }
    QLabel *statusLabel() const { return m_status; }
    // Enables "Check": the form's values and secrets tried against the vendor before saving.
    void setActions(CredentialActions *actions);
    // The id of the credential saved, once accepted.
    QString savedId() const { return m_credential.id; }

public Q_SLOTS:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseVendor(int index);
    void validate();
    void submit();
    void check();
    void findRegion();
    // Reads the stored secrets the operator did not retype, adds the typed ones, then runs then.
    void withSecrets(const std::function<void(const Credential &, const Secrets &)> &then);
    // The credential as the form now describes it (not saved).
    Credential formCredential() const;
    void setBusy(bool busy);
    bool confirmDiscard();
    void retranslateUi();
    // Puts the vendor's row's label and field in the current form's columns.
    void alignColumns();

    CredentialRepository *m_repository;
    Mode m_mode;
    Credential m_credential;              // what is being edited: id, vendor, timestamps, secrets set
    QHash<int, CredentialForm *> m_forms; // by vendor
    QLabel *m_vendorLabel;
    QComboBox *m_vendor;
    QStackedWidget *m_stack;
    QLabel *m_chooseFirst;
    QScrollArea *m_scroll;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_submit;
    QPushButton *m_check;
    QPushButton *m_findRegion;
    CredentialActions *m_actions = nullptr;
    bool m_checking = false;
    bool m_checkable = false; // every field the check needs is valid
    bool m_busy = false;
    bool m_closing = false;
};

} // namespace cc
