#include "Ask.h"

#include <QPushButton>

namespace cc {

int Ask::s_nextAnswer = -1;
QString Ask::s_lastText;
QStringList Ask::s_lastButtons;

bool Ask::confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmText,
                  const QString &keepText, const QString &objectName)
{
    s_lastText = text;
    s_lastButtons = QStringList{confirmText, keepText};
    if (s_nextAnswer >= 0) {
        const bool answer = s_nextAnswer == 1;
        s_nextAnswer = -1;
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(objectName);
    box.setTextFormat(Qt::PlainText);
    QPushButton *yes = box.addButton(confirmText, QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(keepText, QMessageBox::RejectRole); // also what Escape chooses
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == yes;
}

void Ask::warning(QWidget *parent, const QString &title, const QString &text, const QString &objectName)
{
    s_lastText = text;
    s_lastButtons.clear();
    if (s_nextAnswer >= 0) {
        s_nextAnswer = -1;
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setObjectName(objectName);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void Ask::setNextAnswer(bool confirm)
{
    s_nextAnswer = confirm ? 1 : 0;
}

QString Ask::lastText()
{
    return s_lastText;
}

QStringList Ask::lastButtons()
{
    return s_lastButtons;
}

} // namespace cc
