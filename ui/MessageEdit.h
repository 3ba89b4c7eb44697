#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace cc {

// A multi-line SMS text with, live, its length in user-perceived characters, its encoding (and
// what forces UCS-2, named when it cannot be seen), the septets or code units it takes and its
// number of segments; the counter's tooltip says how each is counted.
class MessageEdit : public QWidget
{
    Q_OBJECT

public:
    explicit MessageEdit(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    QPlainTextEdit *textEdit() const { return m_edit; }
    QLabel *counter() const { return m_counter; }

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCounter();

    QPlainTextEdit *m_edit;
    QLabel *m_counter;
};

} // namespace cc
