#include "ConsoleStyle.h"

#include "ToolIcons.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

namespace cc {

bool ConsoleStyle::apply()
{
    if (!qobject_cast<ConsoleStyle *>(QApplication::style()))
        QApplication::setStyle(new ConsoleStyle); // the application owns it
    return true;
}

QIcon ConsoleStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    const bool rightToLeft =
        (widget ? widget->layoutDirection() : QGuiApplication::layoutDirection()) == Qt::RightToLeft;
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton:
        return toolIcon(rightToLeft ? ToolGlyph::MoreLeft : ToolGlyph::MoreRight);
    case SP_ToolBarVerticalExtensionButton:
        return toolIcon(ToolGlyph::MoreDown);
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}

namespace {

bool takesTheWheelOnlyWithFocus(const QWidget *widget)
{
    return qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QComboBox *>(widget);
}

} // namespace

void ConsoleStyle::polish(QWidget *widget)
{
    QProxyStyle::polish(widget);
    if (takesTheWheelOnlyWithFocus(widget)) {
        widget->setFocusPolicy(Qt::StrongFocus); // not WheelFocus: the wheel does not give focus
        widget->installEventFilter(this);
    }
}

void ConsoleStyle::unpolish(QWidget *widget)
{
    if (takesTheWheelOnlyWithFocus(widget))
        widget->removeEventFilter(this);
    QProxyStyle::unpolish(widget);
}

bool ConsoleStyle::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && !static_cast<QWidget *>(watched)->hasFocus()) {
        // Not for this widget: ignored, QApplication offers it to the parents, up to the scroll area.
        event->ignore();
        return true;
    }
    return QProxyStyle::eventFilter(watched, event);
}

} // namespace cc
