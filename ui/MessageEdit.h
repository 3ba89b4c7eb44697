#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace cc {

// A multi-line message text with, live, what it costs. For an SMS: its length in user-perceived
// characters, its encoding (and what forces UCS-2, named when it cannot be seen), the septets or code
// units it takes and its number of segments. For the text of an MMS: its length, and that it travels
// with the media in one message (no segments, no encoding limits). "How is this counted?" shows, on
// request and in the window, how each figure is counted.
class MessageEdit : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Sms, MmsText };

    explicit MessageEdit(QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    QString text() const;
    void setText(const QString &text);
    QPlainTextEdit *textEdit() const { return m_edit; }
    QLabel *counter() const { return m_counter; }
    QToolButton *howCountedButton() const { return m_how; }
    QLabel *countingNote() const { return m_note; }

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCounter();

    Kind m_kind = Kind::Sms;
    QPlainTextEdit *m_edit;
    QLabel *m_counter;
    QToolButton *m_how;
    QLabel *m_note;
};

} // namespace cc
