#include "MessageEdit.h"

#include "messaging/SmsText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc {

MessageEdit::MessageEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_how(new QToolButton(this))
    , m_note(new QLabel(this))
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
    // How it counts, in the window on request rather than in a tooltip only.
    m_how->setObjectName(QStringLiteral("howCounted"));
    m_how->setCheckable(true);
    m_how->setAutoRaise(true);
    m_how->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_note->setObjectName(QStringLiteral("countingNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();
    auto *counterRow = new QHBoxLayout;
    counterRow->addWidget(m_counter, 1);
    counterRow->addWidget(m_how, 0, Qt::AlignTop);
    layout->addWidget(m_edit);
    layout->addLayout(counterRow);
    layout->addWidget(m_note);
    setFocusProxy(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        Q_EMIT edited();
    });
    connect(m_how, &QToolButton::toggled, m_note, &QWidget::setVisible);
    updateCounter();
}

void MessageEdit::setKind(Kind kind)
{
    m_kind = kind;
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
    const QString text = this->text();
    QString note;
    if (m_kind == Kind::Sms) {
        m_counter->setText(analyzeSms(text).summary());
        note = SmsInfo::countingNote();
    } else {
        // No segments and no GSM-7 or UCS-2 limits: the text goes with the media, in one message.
        const int characters = int(characterBoundaries(text).size()) - 1;
        m_counter->setText(characters == 0 ? tr("No text: the MMS carries the media alone.")
                                           : tr("%n character(s) · sent with the media in one MMS, not split into SMS",
                                                nullptr, characters));
        note = tr("Characters are counted as you see them: an emoji with its skin tone, a flag or a letter with its "
                  "accent is one character. The text of an MMS travels with its media in the same message: it is "
                  "not split into SMS segments, and GSM-7 and UCS-2 do not apply.");
    }
    m_counter->setToolTip(note);
    m_note->setText(note);
    m_how->setText(tr("How is this counted?"));
    // As high as the counter's lines, now: the window's layout would otherwise learn it only once this
    // widget's own layout runs again, after the window has sized itself (or not at all before it shows).
    updateGeometry();
}

void MessageEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateCounter();
    QWidget::changeEvent(event);
}

} // namespace cc
