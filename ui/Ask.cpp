#include "Ask.h"

#include <QPushButton>

namespace cc {

namespace {

bool askWithMessageBox(QWidget *parent, const Ask::Question &q)
{
    const bool isQuestion = !q.buttons.isEmpty();
    QMessageBox box(QMessageBox::Warning, q.title, q.text, isQuestion ? QMessageBox::NoButton : QMessageBox::Ok,
                    parent);
    box.setObjectName(q.objectName);
    box.setTextFormat(Qt::PlainText);
    if (!isQuestion) {
        box.exec();
        return false;
    }
    QPushButton *yes = box.addButton(q.buttons.at(0), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(q.buttons.at(1), QMessageBox::RejectRole); // also what Escape chooses
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace

Ask::Answerer Ask::s_answerer = nullptr;

void Ask::setAnswerer(Answerer answerer)
{
    s_answerer = answerer;
}

bool Ask::confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmText,
                  const QString &keepText, const QString &objectName)
{
    const Question q{title, text, {confirmText, keepText}, objectName};
    return s_answerer ? s_answerer(parent, q) : askWithMessageBox(parent, q);
}

void Ask::warning(QWidget *parent, const QString &title, const QString &text, const QString &objectName)
{
    const Question q{title, text, {}, objectName};
    s_answerer ? s_answerer(parent, q) : askWithMessageBox(parent, q);
}

} // namespace cc
