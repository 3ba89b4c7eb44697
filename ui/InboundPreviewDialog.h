#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace cc {

class ColumnSizing;
class CredentialRepository;

// Try the keyword settings of a credential: type an inbound text and see which rule fires (opt-in,
// opt-out, help, double opt-in, a custom inbound keyword, or the default inbound reply), the reply
// that would go out with its segment count, and for double opt-in the two-step exchange.
class InboundPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    InboundPreviewDialog(CredentialRepository *repository, const QString &credentialId, QWidget *parent = nullptr);

    QComboBox *credentialChoice() const { return m_credential; }
    QLineEdit *inbound() const { return m_inbound; }
    QLabel *ruleLabel() const { return m_rule; }
    QTreeWidget *conversation() const { return m_conversation; }
    QTreeWidget *keywordsInForce() const { return m_keywords; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();
    void retranslateUi();

    CredentialRepository *m_repository;
    QLabel *m_credentialLabel;
    QComboBox *m_credential;
    QLabel *m_inboundLabel;
    QLineEdit *m_inbound;
    QLabel *m_rule;
    QTreeWidget *m_conversation;
    ColumnSizing *m_conversationColumns;
    QLabel *m_keywordsLabel;
    QTreeWidget *m_keywords;
    ColumnSizing *m_keywordsColumns;
};

} // namespace cc
