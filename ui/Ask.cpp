#include "Ask.h"

#include <QPushButton>

namespace cc {

int Ask::s_nextAnswer = -1;
QString Ask::s_lastText;

bool Ask::confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmText,
                  const QString &objectName)
{
    s_lastText = text;
    if (s_nextAnswer >= 0) {
        const bool answer = s_nextAnswer == 1;
        s_nextAnswer = -1;
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box.setObjectName(objectName);
    QPushButton *yes = box.addButton(confirmText, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void Ask::warning(QWidget *parent, const QString &title, const QString &text, const QString &objectName)
{
    s_lastText = text;
    if (s_nextAnswer >= 0) {
        s_nextAnswer = -1;
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setObjectName(objectName);
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

} // namespace cc
