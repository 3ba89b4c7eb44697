#pragma once

#include <QMessageBox>

namespace cc {

// Modal questions and warnings. Tests answer them in advance with setNextAnswer(), so that no
// modal loop waits for a click that never comes (after KeePassXC's MessageBox::setNextAnswer).
class Ask
{
public:
    // Shows a question whose destructive choice is `confirmText` ("Delete", "Discard changes") and
    // whose other choice, the default, is `keepText` ("Keep", "Keep editing"): each button names
    // what it does. The text is plain (a name holding "<b>" shows as typed). Returns true when the
    // user chose confirmText.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmText,
                        const QString &keepText, const QString &objectName);
    static void warning(QWidget *parent, const QString &title, const QString &text, const QString &objectName);

    // For tests: the answer the next question gets, without showing it (true = confirm).
    static void setNextAnswer(bool confirm);
    // For tests: the text of the last question or warning shown or answered, and its buttons.
    static QString lastText();
    static QStringList lastButtons();

private:
    static int s_nextAnswer; // -1: ask for real
    static QString s_lastText;
    static QStringList s_lastButtons;
};

} // namespace cc
