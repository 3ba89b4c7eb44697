#pragma once

#include <QMessageBox>

namespace cc {

// Modal questions and warnings, asked through a message box. Tests put another answerer in
// (tests/support/ScriptedAsk.h), so that no modal loop waits for a click that never comes.
class Ask
{
public:
    struct Question
    {
        QString title;
        QString text;
        QStringList buttons; // a question's confirm and keep texts; empty for a warning
        QString objectName;
    };
    // Answers a question (true = its confirm choice); a warning's answer is ignored. A plain
    // function pointer, set before any question.
    using Answerer = bool (*)(QWidget *parent, const Question &question);
    // Null: message boxes, as the program asks.
    static void setAnswerer(Answerer answerer);

    // Shows a question whose destructive choice is `confirmText` ("Delete", "Discard changes") and
    // whose other choice, the default, is `keepText` ("Keep", "Keep editing"): each button names
    // what it does. The text is plain (a name holding "<b>" shows as typed). Returns true when the
    // user chose confirmText.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmText,
                        const QString &keepText, const QString &objectName);
    static void warning(QWidget *parent, const QString &title, const QString &text, const QString &objectName);

private:
    static Answerer s_answerer;
};

} // namespace cc
