#include "CredentialDialog.h"

#include "Ask.h"
#include "CredentialForm.h"
#include "FieldEditor.h"
#include "FormLabel.h"
#include "RegionDialog.h"
#include "StatusLook.h"
#include "domain/CredentialValidator.h"
#include "services/CredentialActions.h"
#include "services/CredentialRepository.h"
#include "services/VendorOperations.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cc {

namespace {

// Puts the widgets of group at the end of window's tab order, keeping their own order: a form made
// after the buttons would otherwise come after them on Tab. (setTabOrder() ignores widgets that take
// no focus.)
void moveToEndOfTabOrder(QWidget *window, QWidget *group)
{
    const auto moves = [group](const QWidget *w) { return w->focusPolicy() != Qt::NoFocus && group->isAncestorOf(w); };
    QList<QWidget *> moved;
    for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain()) {
        if (moves(w))
            moved << w;
    }
    QWidget *last = window->previousInFocusChain();
    while (last != window && (last->focusPolicy() == Qt::NoFocus || moves(last)))
        last = last->previousInFocusChain();
    for (QWidget *w : moved) {
        QWidget::setTabOrder(last, w);
        last = w;
    }
}

} // namespace

CredentialDialog::CredentialDialog(CredentialRepository *repository, Mode mode, const Credential &source,
                                   QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_mode(mode)
    , m_vendorLabel(new FormLabel(this))
    , m_vendor(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_chooseFirst(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("credentialDialog"));
    resize(760, 720);

    auto *layout = new QVBoxLayout(this);
    // A row of the form below it: its label and field in the form's columns (alignColumns()).
    auto *vendorRow = new QFormLayout;
    vendorRow->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    vendorRow->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    vendorRow->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    vendorRow->setHorizontalSpacing(CredentialForm::kColumnSpacing);
    m_vendorLabel->setObjectName(QStringLiteral("vendorLabel"));
    m_vendorLabel->setBuddy(m_vendor);
    m_vendor->setObjectName(QStringLiteral("vendor"));
    m_vendor->addItem(QString(), -1);
    for (const VendorSchema &s : allVendorSchemas())
        m_vendor->addItem(s.displayName, s.vendor.index());
    vendorRow->addRow(m_vendorLabel, m_vendor);
    layout->addLayout(vendorRow);

    m_chooseFirst->setAlignment(Qt::AlignCenter);
    m_chooseFirst->setWordWrap(true);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_stack);
    auto *body = new QStackedWidget(this);
    body->setObjectName(QStringLiteral("body"));
    body->addWidget(m_chooseFirst);
    body->addWidget(m_scroll);
    layout->addWidget(body, 1);

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_submit = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submit"));
    m_check = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_check->setObjectName(QStringLiteral("check"));
    m_check->hide();
    connect(m_check, &QPushButton::clicked, this, &CredentialDialog::check);
    m_findRegion = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_findRegion->setObjectName(QStringLiteral("findRegion"));
    m_findRegion->hide();
    connect(m_findRegion, &QPushButton::clicked, this, &CredentialDialog::findRegion);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CredentialDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CredentialDialog::reject);
    connect(m_vendor, &QComboBox::currentIndexChanged, this, [this, body](int index) {
        body->setCurrentIndex(index > 0 ? 1 : 0);
        chooseVendor(index);
    });

    if (mode == Mode::Create) {
        m_credential = Credential();
    } else {
        m_credential = source;
        if (mode == Mode::Duplicate) {
            // A new credential with the same settings; the secrets are asked for again.
            const Credential fresh = Credential::create(source.vendor);
            m_credential.id = fresh.id;
            m_credential.created = fresh.created;
            m_credential.modified = fresh.modified;
            m_credential.secretsSet.clear();
            m_credential.lastCheck = CheckStatus();
            QString name = tr("%1 (copy)").arg(source.name());
            for (int n = 2; repository->store().isNameTaken(name); ++n)
                name = tr("%1 (copy %2)").arg(source.name()).arg(n);
            m_credential.values.insert(kNameKey, name);
        }
        m_vendor->setCurrentIndex(m_vendor->findData(source.vendor.index()));
        m_vendor->setEnabled(false);
    }
    retranslateUi();
    validate();
}

CredentialForm *CredentialDialog::currentForm() const
{
    const int vendor = m_vendor->currentData().toInt();
    return vendor < 0 ? nullptr : m_forms.value(vendor);
}

void CredentialDialog::chooseVendor(int index)
{
    const int vendor = m_vendor->itemData(index).toInt();
    if (vendor < 0) {
        validate();
        return;
    }
    if (!m_forms.contains(vendor)) {
        const VendorSchema &schema = schemaFor(Vendor(vendor));
        auto *form = new CredentialForm(schema, m_stack);
        // A new credential gets the schema's defaults; one being edited or duplicated its values.
        const bool fromSource = m_mode != Mode::Create && m_credential.vendor == Vendor(vendor);
        form->load(fromSource ? m_credential.values : Credential::create(Vendor(vendor)).values,
                   fromSource ? m_credential.secretsSet : QStringList());
        m_stack->addWidget(form);
        moveToEndOfTabOrder(this, m_buttons);
        m_forms.insert(vendor, form);
        connect(form, &CredentialForm::edited, this, &CredentialDialog::validate);
        connect(form, &CredentialForm::labelsChanged, this, &CredentialDialog::alignColumns);
        QPointer<CredentialForm> guard(form);
        connect(form, &CredentialForm::revealRequested, this, [this, guard](const QString &key) {
            m_repository->readSecret(m_credential.id, key, [guard, key](const SecretResult &r) {
                if (!guard)
                    return;
                if (r.ok())
                    guard->setRevealedSecret(key, r.value);
                else
                    guard->setRevealFailed(key, r.message());
            });
        });
    }
    m_stack->setCurrentWidget(m_forms.value(vendor));
    alignColumns();
    validate();
}

void CredentialDialog::alignColumns()
{
    // The vendor's row and the form in one label column, as wide as the widest label of the two.
    CredentialForm *form = currentForm();
    const int width = qMax(m_vendorLabel->sizeHint().width(), form ? form->labelColumnHint() : 0);
    m_vendorLabel->setMinimumWidth(width);
    if (form)
        form->setLabelColumnWidth(width);
}

void CredentialDialog::validate()
{
    CredentialForm *form = currentForm();
    if (!form) {
        m_submit->setEnabled(false);
        m_check->setEnabled(false); // nothing to check before a vendor is chosen
        m_findRegion->hide();
        StatusLook::clear(m_status);
        return;
    }
    CredentialValidator::Input input;
    input.schema = &form->schema();
    input.values = form->values();
    input.secretsGiven = form->secretsGiven();
    input.secretValues = form->secretChanges();
    const QString selfId = m_mode == Mode::Edit ? m_credential.id : QString();
    input.nameTaken = [store = &m_repository->store(), selfId](const QString &name) {
        return store->isNameTaken(name, selfId);
    };
    const QVector<ValidationIssue> issues = CredentialValidator::validate(input);
    form->showIssues(issues, false);
    const bool hasErrors = CredentialValidator::hasErrors(issues);
    m_submit->setEnabled(!hasErrors && !m_busy);
    // A check needs every field but the name: with one of them missing or wrong it could only fail.
    m_checkable = std::none_of(issues.cbegin(), issues.cend(),
                               [](const ValidationIssue &i) { return i.isError() && i.fieldKey != kNameKey; });
    m_check->setEnabled(m_checkable && !m_busy && !m_checking);
    m_findRegion->setVisible(m_actions && !form->schema().regionKey.isEmpty());
    m_findRegion->setEnabled(m_checkable && !m_busy && !m_checking);
    int missing = 0;
    for (const ValidationIssue &issue : issues)
        missing += issue.isError() ? 1 : 0;
    StatusLook::clear(m_status,
                      hasErrors ? tr("%n field(s) still need attention before you can submit.", nullptr, missing)
                      : m_actions && m_checkable
                          ? tr("Check tries these values with the vendor, without saving them and without sending "
                               "a message.")
                          : QString());
}

void CredentialDialog::setActions(CredentialActions *actions)
{
    m_actions = actions;
    m_check->setVisible(actions);
    validate();
}

Credential CredentialDialog::formCredential() const
{
    CredentialForm *form = currentForm();
    Credential c = m_mode == Mode::Create ? Credential::create(form->schema().vendor) : m_credential;
    if (m_mode == Mode::Create && !m_credential.id.isEmpty())
        c.id = m_credential.id; // a second try after a failure keeps the same keychain entries
    // Keep keys the schema does not know (written by a newer version), replace the rest.
    const QVariantMap values = form->values();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        c.values.insert(it.key(), it.value());
    return c;
}

void CredentialDialog::withSecrets(const std::function<void(const Credential &, const Secrets &)> &then)
{
    CredentialForm *form = currentForm();
    if (!form || !m_actions || m_checking)
        return;
    const Credential candidate = formCredential();
    const QHash<QString, QString> typed = form->secretChanges();
    // The stored secrets the operator did not retype come from the keychain, now and only now.
    Credential stored = m_credential;
    stored.secretsSet.clear();
    if (m_mode == Mode::Edit) {
        for (const QString &key : m_credential.secretsSet) {
            if (!typed.contains(key))
                stored.secretsSet << key;
        }
    }
    m_checking = true;
    validate();
    QPointer<CredentialDialog> self(this);
    m_actions->readSecrets(stored, [self, candidate, typed, then](const Secrets &read, const SecretResult &r) {
        if (!self)
            return;
        if (!r.ok()) {
            self->m_checking = false;
            self->validate();
            StatusLook::show(self->m_status, Status::Error, r.message());
            return;
        }
        Secrets secrets = read;
        for (auto it = typed.begin(); it != typed.end(); ++it)
            secrets.insert(it.key(), it.value());
        then(candidate, secrets);
    });
}

void CredentialDialog::check()
{
    QPointer<CredentialDialog> self(this);
    withSecrets([self](const Credential &candidate, const Secrets &secrets) {
        StatusLook::clear(self->m_status, tr("Checking with the vendor…"));
        self->m_actions->checkWith(
            candidate, secrets,
            [self](const OperationResult &result) {
                if (!self)
                    return;
                self->m_checking = false;
                self->validate();
                StatusLook::show(self->m_status, result.ok ? Status::Success : Status::Error, result.summary);
            },
            false);
    });
}

void CredentialDialog::findRegion()
{
    QPointer<CredentialDialog> self(this);
    withSecrets([self](const Credential &candidate, const Secrets &secrets) {
        self->m_checking = false;
        self->validate();
        auto *dialog = new RegionDialog(self->m_actions->operations(), candidate, secrets, self);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &RegionDialog::regionChosen, self, [self](const QString &region) {
            CredentialForm *form = self->currentForm();
            if (FieldEditor *editor = form ? form->editor(form->schema().regionKey) : nullptr) {
                editor->setValue(region);
                self->validate();
            }
        });
        dialog->open();
    });
}

void CredentialDialog::submit()
{
    CredentialForm *form = currentForm();
    if (!form || m_busy || !m_submit->isEnabled())
        return;
    const Credential c = formCredential();
    m_credential = c;
    setBusy(true);
    QPointer<CredentialDialog> self(this);
    m_repository->save(c, form->secretChanges(), [self](const CredentialRepository::Outcome &outcome) {
        if (!self)
            return;
        self->setBusy(false);
        if (!outcome.ok) {
            // Nothing typed is lost: the form stays open with its values.
            StatusLook::show(self->m_status, Status::Error, outcome.message);
            return;
        }
        self->m_closing = true;
        self->accept();
    });
}

void CredentialDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_stack->setEnabled(!busy);
    m_submit->setEnabled(!busy);
    if (busy)
        StatusLook::clear(m_status, tr("Saving…"));
    else
        validate();
}

bool CredentialDialog::confirmDiscard()
{
    CredentialForm *form = currentForm();
    if (m_closing || !form || !form->isDirty())
        return true;
    const QString name = form->values().value(kNameKey).toString().trimmed();
    const QString question =
        name.isEmpty()
            ? tr("These API credentials have unsaved changes. Discard the changes, or keep editing?")
            : tr("The API credentials \"%1\" have unsaved changes. Discard the changes, or keep editing?").arg(name);
    return Ask::confirm(this, tr("Discard changes?"), question, tr("Discard changes"), tr("Keep editing"),
                        QStringLiteral("confirmDiscard"));
}

void CredentialDialog::reject()
{
    if (m_busy || !confirmDiscard())
        return;
    m_closing = true;
    QDialog::reject();
}

void CredentialDialog::closeEvent(QCloseEvent *event)
{
    if (m_busy || !confirmDiscard()) {
        event->ignore();
        return;
    }
    m_closing = true;
    QDialog::closeEvent(event);
}

void CredentialDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CredentialDialog::retranslateUi()
{
    switch (m_mode) {
    case Mode::Create:
        setWindowTitle(tr("Create new API credentials"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit API credentials"));
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate API credentials"));
        break;
    }
    m_vendorLabel->setText(tr("SMS vendor"));
    alignColumns();
    m_vendor->setItemText(0, tr("Choose the SMS vendor…"));
    m_chooseFirst->setText(
        tr("Choose the SMS vendor first (%1): each has a form of its own.").arg(VendorOperations::vendorsThat()));
    //: The platform's label for saving the form.
    m_submit->setText(tr("Submit"));
    m_check->setText(tr("Check"));
    m_findRegion->setText(tr("Find region…"));
    m_findRegion->setToolTip(tr("Try these values with every region of the vendor at once, without saving and "
                                "without sending a message"));
    m_check->setToolTip(tr("Try these values with the vendor, without saving and without sending a message"));
    validate();
}

} // namespace cc
