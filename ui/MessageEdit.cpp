#include "MessageEdit.h"

#include "messaging/SmsText.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QVBoxLayout>

namespace cc {

MessageEdit::MessageEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setObjectName(QStringLiteral("message"));
    m_edit->setTabChangesFocus(true);
    const int lineHeight = m_edit->fontMetrics().lineSpacing();
    m_edit->setFixedHeight(lineHeight * 3 + 2 * m_edit->frameWidth() + 10);
    m_counter->setObjectName(QStringLiteral("counter"));
    m_counter->setWordWrap(true); // a named character (U+00A0 NO-BREAK SPACE) makes it long
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_edit);
    layout->addWidget(m_counter);
    setFocusProxy(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        Q_EMIT edited();
    });
    updateCounter();
}

QString MessageEdit::text() const
{
    // As typed: toPlainText() makes a no-break space a space and a line separator a line feed, so a
    // message would be stored and sent other than it was pasted, and its counter would miss what
    // forces UCS-2. The raw text separates lines (blocks) with the paragraph separator.
    QString text = m_edit->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

void MessageEdit::setText(const QString &text)
{
    const QSignalBlocker blocker(m_edit);
    m_edit->setPlainText(text);
    updateCounter();
}

void MessageEdit::updateCounter()
{
    m_counter->setText(analyzeSms(text()).summary());
    m_counter->setToolTip(SmsInfo::countingNote());
}

void MessageEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateCounter();
    QWidget::changeEvent(event);
}

} // namespace cc
