#pragma once

#include <QMessageBox>

namespace cc {

// Modal questions and warnings. Tests answer them in advance with setNextAnswer(), so that no
// modal loop waits for a click that never comes (after KeePassXC's MessageBox::setNextAnswer).
class Ask
{
public:
    // Shows a question whose destructive choice is `confirmText` (e.g. "Delete", "Discard").
    // Returns true when the user chose it.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmText,
                        const QString &objectName);
    static void warning(QWidget *parent, const QString &title, const QString &text, const QString &objectName);

    // For tests: the answer the next question gets, without showing it (true = confirm).
    static void setNextAnswer(bool confirm);
    // For tests: the text of the last question or warning shown or answered.
    static QString lastText();

private:
    static int s_nextAnswer; // -1: ask for real
    static QString s_lastText;
};

} // namespace cc
