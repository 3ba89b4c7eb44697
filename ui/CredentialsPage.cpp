#include "CredentialsPage.h"

#include "ColumnSizing.h"
#include "ConsoleSettings.h"
#include "RowDetails.h"
#include "SecretAgeView.h"
#include "StatusLook.h"
#include "ToolIcons.h"
#include "services/CredentialFilterModel.h"
#include "services/CredentialListModel.h"
#include "services/VendorOperations.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc {

namespace {
enum Page { ListPage, EmptyPage, NoMatchPage };
const QString kHeaderStateKey = QStringLiteral("credentialsPage/headerState");

// A tooltip with the key that does the same, as menus show it.
QString withShortcut(const QString &tip, const QKeySequence &keys)
{
    return QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText));
}

void setTip(QAction *action, const QString &tip)
{
    action->setToolTip(action->shortcut().isEmpty() ? tip : withShortcut(tip, action->shortcut()));
}

const QString kUserSizedKey = QStringLiteral("credentialsPage/userSizedColumns");
} // namespace

CredentialsPage::CredentialsPage(CredentialRepository *repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_model(new CredentialListModel(repository, this))
    , m_filter(new CredentialFilterModel(this))
{
    m_filter->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    m_breadcrumb = new QLabel(this);
    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    m_breadcrumb->setForegroundRole(QPalette::PlaceholderText);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_problem = new QWidget(this);
    m_problem->setObjectName(QStringLiteral("storeProblem"));
    auto *problemLayout = new QHBoxLayout(m_problem);
    m_problemText = new QLabel(m_problem);
    m_problemText->setWordWrap(true);
    m_problemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_startAfresh = new QPushButton(m_problem);
    problemLayout->addWidget(m_problemText, 1);
    problemLayout->addWidget(m_startAfresh);
    m_problem->hide();

    m_notice = new QFrame(this);
    m_notice->setObjectName(QStringLiteral("storeNotice"));
    m_notice->setFrameShape(QFrame::StyledPanel);
    auto *noticeLayout = new QHBoxLayout(m_notice);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_closeNotice = new QPushButton(m_notice);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(m_closeNotice, 0, Qt::AlignTop);
    connect(m_closeNotice, &QPushButton::clicked, m_notice, &QWidget::hide);
    m_notice->hide();

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    // Its clear button comes with the first text to clear: Qt decodes its icon when it is enabled,
    // which start-up need not wait for.
    m_vendor = new QComboBox(this);
    m_vendor->setObjectName(QStringLiteral("vendorFilter"));
    m_vendor->setSizeAdjustPolicy(QComboBox::AdjustToContents); // follows the language's text
    m_vendor->addItem(QString(), QString());
    for (const VendorSchema &s : allVendorSchemas())
        m_vendor->addItem(s.displayName, s.id);
    // Before the tools: Tab reaches it on its row, above theirs.
    m_create = new QPushButton(this);
    m_create->setObjectName(QStringLiteral("create"));
    m_create->setDefault(true);
    // Each tool is an action, also in the window's menu, with its key.
    auto makeTool = [this](const char *name, ToolGlyph glyph, QAction **action) {
        *action = new QAction(toolIcon(glyph), QString(), this);
        (*action)->setObjectName(QString::fromLatin1(name) + QStringLiteral("Action"));
        auto *b = new QToolButton(this);
        b->setObjectName(QString::fromLatin1(name));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setDefaultAction(*action);
        return b;
    };
    m_edit = makeTool("edit", ToolGlyph::Edit, &m_editAction);
    m_duplicate = makeTool("duplicate", ToolGlyph::Duplicate, &m_duplicateAction);
    m_delete = makeTool("delete", ToolGlyph::Delete, &m_deleteAction);
    m_check = makeTool("check", ToolGlyph::Check, &m_checkAction);
    m_testSend = makeTool("testSend", ToolGlyph::TestSend, &m_testSendAction);
    m_setupChannel = makeTool("setupChannel", ToolGlyph::SetUpChannel, &m_setupChannelAction);
    m_editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_checkAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_replaceSecretAction = new QAction(this);
    m_replaceSecretAction->setObjectName(QStringLiteral("replaceSecretAction"));
    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    addAction(m_findAction);
    auto separator = [this] {
        auto *s = new QAction(this);
        s->setSeparator(true);
        return s;
    };
    m_menuActions = {m_editAction,     m_duplicateAction,    m_deleteAction,        separator(), m_checkAction,
                     m_testSendAction, m_setupChannelAction, m_replaceSecretAction, separator(), m_findAction};
    bar->addWidget(m_search);
    bar->addWidget(m_vendor);
    bar->addStretch(1);
    bar->addWidget(m_create);
    // The tools on a row of their own: with their French or Dutch names they do not fit beside the
    // search at the window's default width.
    auto *tools = new QHBoxLayout;
    // The vendor tools last: without them (no network actions) no gap is left.
    tools->addWidget(m_edit);
    tools->addWidget(m_duplicate);
    tools->addWidget(m_delete);
    tools->addSpacing(12);
    tools->addWidget(m_check);
    tools->addWidget(m_testSend);
    tools->addWidget(m_setupChannel);
    tools->addStretch(1);

    m_stack = new QStackedWidget(this);
    m_table = new QTableView(m_stack);
    m_table->setObjectName(QStringLiteral("credentialsTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CredentialListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    // Return and Delete act on the selection while the list has focus; elsewhere (the search) they
    // edit text as usual.
    for (QAction *action : {m_editAction, m_deleteAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_table->addAction(action);
    }
    m_table->installEventFilter(this);
    m_columns = new ColumnSizing(m_table->horizontalHeader());
    // A long name or identifier, and the last check's detail, in full for the selected row.
    m_details = new RowDetails(m_table, this);
    m_details->setColumns({CredentialListModel::NameColumn, CredentialListModel::IdentifierColumn,
                           CredentialListModel::StatusColumn, CredentialListModel::SecretAgeColumn});
    // A passing or failing last check, missing or old secrets: in the status' colour, with its icon.
    auto *statusDelegate = new StatusDelegate(
        [](const QModelIndex &index) -> std::optional<Status> {
            using Look = CredentialListModel::Look;
            switch (Look(index.data(CredentialListModel::LookRole).toInt())) {
            case Look::Success:
                return Status::Success;
            case Look::Warning:
                return Status::Warning;
            case Look::Error:
                return Status::Error;
            case Look::Plain:
                break;
            }
            return std::nullopt;
        },
        m_table);
    for (int column : {int(CredentialListModel::StatusColumn), int(CredentialListModel::SecretAgeColumn)})
        m_table->setItemDelegateForColumn(column, statusDelegate);
    m_model->setSecretAgeLimit(SecretAgeMenu::savedLimit());

    // The empty state: a centred column of a fixed width, so that the wrapped text gets its height.
    auto *empty = new QWidget(m_stack);
    auto *emptyOuter = new QGridLayout(empty);
    auto *emptyColumn = new QWidget(empty);
    emptyColumn->setFixedWidth(560);
    auto *emptyLayout = new QVBoxLayout(emptyColumn);
    m_emptyTitle = new QLabel(emptyColumn);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    QFont emptyFont = m_emptyTitle->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.3);
    emptyFont.setBold(true);
    m_emptyTitle->setFont(emptyFont);
    m_emptyTitle->setAlignment(Qt::AlignHCenter);
    m_emptyText = new QLabel(emptyColumn);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignHCenter);
    m_emptyCreate = new QPushButton(emptyColumn);
    m_emptyCreate->setObjectName(QStringLiteral("emptyCreate"));
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(m_emptyCreate, 0, Qt::AlignHCenter);
    emptyOuter->setRowStretch(0, 1);
    emptyOuter->setRowStretch(2, 2);
    emptyOuter->setColumnStretch(0, 1);
    emptyOuter->setColumnStretch(2, 1);
    emptyOuter->addWidget(emptyColumn, 1, 1);

    m_noMatch = new QLabel(m_stack);
    m_noMatch->setObjectName(QStringLiteral("noMatch"));
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setWordWrap(true);

    m_stack->insertWidget(ListPage, m_table);
    m_stack->insertWidget(EmptyPage, empty);
    m_stack->insertWidget(NoMatchPage, m_noMatch);

    layout->addWidget(m_breadcrumb);
    layout->addWidget(m_title);
    layout->addWidget(m_problem);
    layout->addWidget(m_notice);
    layout->addLayout(bar);
    layout->addLayout(tools);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_details);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty() && !m_search->isClearButtonEnabled())
            m_search->setClearButtonEnabled(true);
        m_filter->setSearchText(text);
        updateState();
    });
    connect(m_vendor, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setVendorId(m_vendor->currentData().toString());
        updateState();
    });
    connect(m_create, &QPushButton::clicked, this, &CredentialsPage::createRequested);
    connect(m_emptyCreate, &QPushButton::clicked, this, &CredentialsPage::createRequested);
    connect(m_startAfresh, &QPushButton::clicked, this, &CredentialsPage::startAfreshRequested);
    connect(m_editAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        if (ids.size() == 1)
            Q_EMIT editRequested(ids.first());
    });
    connect(m_duplicateAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        if (ids.size() == 1)
            Q_EMIT duplicateRequested(ids.first());
    });
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        if (!ids.isEmpty())
            Q_EMIT deleteRequested(ids);
    });
    connect(m_checkAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        if (!ids.isEmpty() && m_networkActions)
            Q_EMIT checkRequested(ids);
    });
    connect(m_testSendAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        if (ids.size() == 1 && m_networkActions)
            Q_EMIT testSendRequested(ids.first());
    });
    connect(m_setupChannelAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        if (ids.size() == 1 && m_networkActions)
            Q_EMIT setupChannelRequested(ids.first());
    });
    connect(m_replaceSecretAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        if (ids.size() == 1 && m_networkActions)
            Q_EMIT replaceSecretRequested(ids.first());
    });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT editRequested(index.data(CredentialListModel::IdRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CredentialsPage::updateState);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CredentialsPage::updateState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CredentialsPage::updateState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CredentialsPage::updateState);

    retranslateUi();
    restoreViewState();
    updateState();
}

QStringList CredentialsPage::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(CredentialListModel::IdRole).toString();
    return ids;
}

void CredentialsPage::setSecretAgeLimit(int days)
{
    m_model->setSecretAgeLimit(days);
}

void CredentialsPage::setNetworkActionsAvailable(bool available)
{
    m_networkActions = available;
    updateState();
}

void CredentialsPage::showStoreNotice(const QString &message)
{
    m_noticeText->setText(message);
    m_notice->setVisible(!message.isEmpty());
}

void CredentialsPage::showStoreProblem(const QString &message)
{
    if (message.isEmpty()) {
        StatusLook::clear(m_problemText);
    } else {
        StatusLook::tintPanel(m_problem, Status::Error);
        StatusLook::show(m_problemText, Status::Error, message);
    }
    m_problem->setVisible(!message.isEmpty());
}

void CredentialsPage::saveViewState() const
{
    const auto settings = ConsoleSettings::open();
    settings->setValue(kHeaderStateKey, m_table->horizontalHeader()->saveState());
    QVariantList userSized;
    for (const int column : m_columns->userSized())
        userSized << column;
    settings->setValue(kUserSizedKey, userSized);
}

void CredentialsPage::restoreViewState()
{
    const auto settings = ConsoleSettings::open();
    const QByteArray state = settings->value(kHeaderStateKey).toByteArray();
    QList<int> userSized;
    for (const QVariant &column : settings->value(kUserSizedKey).toList())
        userSized << column.toInt();
    m_columns->setUserSized(userSized);
    if (state.isEmpty() || !m_table->horizontalHeader()->restoreState(state)) {
        m_columns->setUserSized({});
        QHeaderView *header = m_table->horizontalHeader();
        const QFontMetrics fm = m_table->fontMetrics();
        // Wide enough for a short date and time in the user's locale.
        const int dateWidth = fm.horizontalAdvance(QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)),
                                                                      QLocale::ShortFormat)) +
                              24;
        header->resizeSection(CredentialListModel::NameColumn, 220);
        header->resizeSection(CredentialListModel::VendorColumn, 110);
        header->resizeSection(CredentialListModel::IdentifierColumn, 250);
        header->resizeSection(CredentialListModel::RegionColumn, 70);
        const int iconWidth = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table) + 4;
        header->resizeSection(CredentialListModel::StatusColumn,
                              dateWidth + iconWidth + fm.horizontalAdvance(tr("Failing (%1)")));
        header->resizeSection(CredentialListModel::CreatedColumn, dateWidth);
        header->resizeSection(CredentialListModel::ModifiedColumn, dateWidth);
    }
    fitColumnTitles();
}

void CredentialsPage::updateState()
{
    const bool hasAny = m_model->rowCount() > 0;
    const bool hasVisible = m_filter->rowCount() > 0;
    m_stack->setCurrentIndex(!hasAny ? EmptyPage : hasVisible ? ListPage : NoMatchPage);
    m_details->setVisible(m_stack->currentIndex() == ListPage);
    m_search->setEnabled(hasAny);
    m_findAction->setEnabled(hasAny);
    m_vendor->setEnabled(hasAny);
    const int selected = int(selectedIds().size());
    m_editAction->setEnabled(selected == 1);
    m_duplicateAction->setEnabled(selected == 1);
    m_deleteAction->setEnabled(selected >= 1);
    for (QAction *action : {m_checkAction, m_testSendAction, m_setupChannelAction, m_replaceSecretAction})
        action->setVisible(m_networkActions);
    m_checkAction->setEnabled(selected >= 1);
    m_testSendAction->setEnabled(selected == 1);
    m_replaceSecretAction->setEnabled(selected == 1);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const VendorSchema *schema =
        selected == 1 ? schemaForId(rows.first().data(CredentialListModel::VendorIdRole).toString()) : nullptr;
    m_setupChannelAction->setEnabled(schema && adapterFor(schema->vendor).capabilities().channelSetup);
}

void CredentialsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CredentialsPage::retranslateUi()
{
    //: The place of this page in the platform's navigation.
    m_breadcrumb->setText(tr("Administration › Channels › API Credentials"));
    m_title->setText(tr("API Credentials"));
    m_startAfresh->setText(tr("Start with an empty list"));
    m_closeNotice->setText(tr("Close"));
    m_search->setPlaceholderText(tr("Search by name or identifier"));
    // Room for the hint and the clear button, no more: the French tools need the rest of the bar.
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48);
    m_vendor->setItemText(0, tr("All SMS vendors"));
    m_vendor->setToolTip(tr("Show only the API credentials of one SMS vendor"));
    m_vendor->setAccessibleName(tr("SMS vendor"));
    m_table->setAccessibleName(m_title->text());
    // Texts for the tools and the menu alike; a tool shows its icon text.
    auto name = [](QAction *action, const QString &text) {
        action->setText(text);
        action->setIconText(text);
    };
    name(m_editAction, tr("Edit"));
    setTip(m_editAction, tr("Edit the selected API credentials"));
    name(m_duplicateAction, tr("Duplicate"));
    setTip(m_duplicateAction, tr("Duplicate the selected API credentials; their secrets are asked for again"));
    name(m_deleteAction, tr("Delete"));
    setTip(m_deleteAction, tr("Delete the selected API credentials and their secrets"));
    name(m_checkAction, tr("Check"));
    setTip(m_checkAction, tr("Check the selected API credentials with their vendor, without sending anything"));
    name(m_testSendAction, tr("Test send…"));
    setTip(m_testSendAction, tr("Send a real test message with the selected API credentials"));
    name(m_setupChannelAction, tr("Set up channel…"));
    setTip(m_setupChannelAction, tr("Set up the SMS channel and webhook of the Sinch Conversation app"));
    name(m_replaceSecretAction, tr("Replace secret…"));
    setTip(m_replaceSecretAction, tr("Replace a secret of the selected API credentials, once the vendor accepts the "
                                     "new value"));
    //: The menu item that puts the cursor in the search box.
    name(m_findAction, tr("Search"));
    setTip(m_findAction, tr("Search by name or identifier"));
    m_search->setAccessibleName(m_findAction->text());
    m_search->setToolTip(m_findAction->toolTip());
    m_create->setText(tr("Create new API credentials"));
    m_create->setToolTip(withShortcut(m_create->text(), QKeySequence::New));
    m_emptyTitle->setText(tr("No API credentials yet"));
    m_emptyText->setText(tr("API credentials connect the platform to your SMS vendor's account (%1). Create them "
                            "with the identifiers and tokens from your vendor's dashboard. Tokens and keys are kept "
                            "in your system keychain, never in a file.")
                             .arg(VendorOperations::vendorsThat()));
    m_emptyCreate->setText(tr("Create new API credentials"));
    m_emptyCreate->setToolTip(m_create->toolTip());
    m_noMatch->setText(tr("No API credentials match the search and filter. Clear the search or choose \"All SMS "
                          "vendors\"."));
    m_model->retranslate();
    fitColumnTitles();
}

int CredentialsPage::fullListWidth() const
{
    const QMargins margins = layout()->contentsMargins();
    return margins.left() + m_table->horizontalHeader()->length() + m_table->verticalScrollBar()->sizeHint().width() +
           2 * m_table->frameWidth() + margins.right();
}

void CredentialsPage::fitColumnTitles()
{
    // Every column at least as wide as its title in the current language (and the sort arrow), but for
    // those the user sized: a change of language keeps their widths.
    const QFontMetrics fm = m_table->horizontalHeader()->fontMetrics();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_columns->widen(c, fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) +
                                2 * fm.averageCharWidth() + 24);
}

} // namespace cc
