#include "InboundPreviewDialog.h"

#include "ColumnSizing.h"
#include "RowDetails.h"

#include "messaging/Keywords.h"
#include "messaging/SmsText.h"
#include "services/CredentialRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cc {

namespace {

bool hasKeywordSettings(const Credential &c)
{
    for (const Keywords::CategoryFields &f : Keywords::categories()) {
        if (c.schema().field(f.keywordsKey))
            return true;
    }
    return false;
}

QString ruleName(Keywords::Rule rule)
{
    switch (rule) {
    case Keywords::Rule::OptIn:
        return InboundPreviewDialog::tr("Opt-in");
    case Keywords::Rule::OptOut:
        return InboundPreviewDialog::tr("Opt-out");
    case Keywords::Rule::Help:
        return InboundPreviewDialog::tr("Help");
    case Keywords::Rule::DoubleOptIn:
        return InboundPreviewDialog::tr("Double opt-in");
    case Keywords::Rule::CustomInbound:
        return InboundPreviewDialog::tr("Custom inbound keyword");
    case Keywords::Rule::DefaultReply:
        return InboundPreviewDialog::tr("Default inbound reply");
    case Keywords::Rule::None:
        break;
    }
    return InboundPreviewDialog::tr("No rule");
}

QString categoryName(Keywords::Category category)
{
    switch (category) {
    case Keywords::Category::OptIn:
        return ruleName(Keywords::Rule::OptIn);
    case Keywords::Category::OptOut:
        return ruleName(Keywords::Rule::OptOut);
    case Keywords::Category::Help:
        return ruleName(Keywords::Rule::Help);
    case Keywords::Category::DoubleOptIn:
        return ruleName(Keywords::Rule::DoubleOptIn);
    case Keywords::Category::CustomInbound:
        break;
    }
    return ruleName(Keywords::Rule::CustomInbound);
}

} // namespace

InboundPreviewDialog::InboundPreviewDialog(CredentialRepository *repository, const QString &credentialId,
                                           QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_credentialLabel(new QLabel(this))
    , m_credential(new QComboBox(this))
    , m_inboundLabel(new QLabel(this))
    , m_inbound(new QLineEdit(this))
    , m_rule(new QLabel(this))
    , m_conversation(new QTreeWidget(this))
    , m_keywordsLabel(new QLabel(this))
    , m_keywords(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("inboundPreview"));
    resize(720, 520);
    m_credential->setObjectName(QStringLiteral("credential"));
    for (const Credential &c : repository->store().credentials()) {
        if (hasKeywordSettings(c))
            m_credential->addItem(c.name(), c.id);
    }
    const int selected = m_credential->findData(credentialId);
    m_credential->setCurrentIndex(selected >= 0 ? selected : 0);
    m_inbound->setObjectName(QStringLiteral("inbound"));
    m_rule->setObjectName(QStringLiteral("rule"));
    m_rule->setWordWrap(true);
    QFont bold = m_rule->font();
    bold.setBold(true);
    m_rule->setFont(bold);
    for (QTreeWidget *tree : {m_conversation, m_keywords}) {
        tree->setRootIsDecorated(false);
        tree->setWordWrap(true);
        tree->header()->setStretchLastSection(true);
    }
    // A step is selected (the first one as the text changes) for the details pane to show it in full.
    m_conversation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_keywords->setSelectionMode(QAbstractItemView::NoSelection);
    m_conversation->setObjectName(QStringLiteral("conversation"));
    m_conversationColumns = new ColumnSizing(m_conversation->header());
    m_keywordsColumns = new ColumnSizing(m_keywords->header());
    m_conversation->setColumnCount(3);
    m_keywords->setObjectName(QStringLiteral("keywordsInForce"));
    m_keywords->setColumnCount(2);

    m_credentialLabel->setBuddy(m_credential);
    m_inboundLabel->setBuddy(m_inbound);
    m_keywordsLabel->setBuddy(m_keywords);
    auto *grid = new QGridLayout;
    grid->addWidget(m_credentialLabel, 0, 0);
    grid->addWidget(m_credential, 0, 1);
    grid->addWidget(m_inboundLabel, 1, 0);
    grid->addWidget(m_inbound, 1, 1);
    grid->setColumnStretch(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_rule);
    layout->addWidget(m_conversation, 2);
    layout->addWidget(new RowDetails(m_conversation, this));
    layout->addWidget(m_keywordsLabel);
    layout->addWidget(m_keywords, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_credential, &QComboBox::currentIndexChanged, this, &InboundPreviewDialog::update);
    connect(m_inbound, &QLineEdit::textChanged, this, &InboundPreviewDialog::update);
    retranslateUi();
}

void InboundPreviewDialog::update()
{
    m_conversation->clear();
    m_keywords->clear();
    m_conversationColumns->fitContents(0); // empty, the column still shows its whole title
    const Credential *c = m_repository->store().find(m_credential->currentData().toString());
    if (!c) {
        m_rule->setText(tr("None of the API credentials has keyword settings (Sinch and Infobip have them)."));
        return;
    }
    for (const Keywords::CategoryFields &f : Keywords::categories()) {
        if (!c->schema().field(f.keywordsKey))
            continue;
        const QStringList custom = Keywords::custom(f.category, c->values);
        const QStringList inForce = Keywords::effective(f.category, c->values);
        const QString list = inForce.isEmpty() ? tr("(none)") : inForce.join(QStringLiteral(", "));
        new QTreeWidgetItem(
            m_keywords,
            {categoryName(f.category), custom.isEmpty() && !inForce.isEmpty() ? tr("%1 (defaults)").arg(list) : list});
    }
    m_keywordsColumns->fitContents(0);

    const QString text = m_inbound->text();
    if (text.trimmed().isEmpty()) {
        m_rule->setText(tr("Type an inbound text to see which rule answers it."));
        return;
    }
    const QVector<Keywords::Step> steps = Keywords::exchange(text, c->values);
    const Keywords::Step &first = steps.first();
    QString rule = first.keyword.isEmpty() ? tr("Rule: %1").arg(ruleName(first.rule))
                                           : tr("Rule: %1 (keyword %2)").arg(ruleName(first.rule), first.keyword);
    if (!first.shadowed.isEmpty()) {
        QStringList others;
        for (const Keywords::Rule r : first.shadowed)
            others << ruleName(r);
        rule += QLatin1Char('\n') + tr("“%1” is also a keyword of: %2. The rule above is matched first, so those "
                                       "never answer it.")
                                        .arg(first.keyword, QLocale().createSeparatedList(others));
    }
    m_rule->setText(rule);
    for (const Keywords::Step &step : steps) {
        QString reply;
        QString facts;
        if (step.platformPrompt) {
            reply = tr("(the platform asks the person to confirm)");
        } else if (step.rule == Keywords::Rule::CustomInbound) {
            reply = tr("(no reply: the keyword is stored on the profile for journeys to use)");
        } else if (step.reply.isEmpty()) {
            reply = step.rule == Keywords::Rule::None ? tr("(nothing is sent: no rule matches and there is no default "
                                                           "inbound reply)")
                                                      : tr("(nothing is sent: this rule's message is empty)");
        } else {
            reply = step.reply;
            facts = analyzeSms(step.reply).summary();
        }
        if (step.rule == Keywords::Rule::DoubleOptIn && !step.platformPrompt)
            facts = facts.isEmpty() ? tr("A profile is created if none exists.")
                                    : tr("%1. A profile is created if none exists.").arg(facts);
        auto *item = new QTreeWidgetItem(m_conversation, {step.inbound, reply, facts});
        item->setToolTip(1, reply);
        item->setToolTip(2, facts);
    }
    m_conversation->setCurrentItem(m_conversation->topLevelItem(0));
    // Not the widths the user set. The reply in full where it fits, but never more than half the width:
    // the facts need room too (the details pane shows both in full).
    m_conversationColumns->fitContents(0);
    m_conversationColumns->fitContents(1, width() / 2);
}

void InboundPreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void InboundPreviewDialog::retranslateUi()
{
    setWindowTitle(tr("Inbound keyword preview"));
    m_credentialLabel->setText(tr("API credentials"));
    m_inboundLabel->setText(tr("Inbound text"));
    m_inbound->setPlaceholderText(tr("What a person texts, for example STOP"));
    m_conversation->setHeaderLabels({tr("Person sends"), tr("Reply"), tr("Encoding and segments")});
    m_conversation->setAccessibleName(tr("Conversation"));
    m_keywordsLabel->setText(tr("Keywords in force"));
    m_keywords->setAccessibleName(m_keywordsLabel->text());
    m_keywords->setHeaderLabels({tr("Rule"), tr("Keywords")});
    update();
}

} // namespace cc
