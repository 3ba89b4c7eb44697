#include "ConsoleStyle.h"

#include "ToolIcons.h"

#include <QApplication>
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

} // namespace cc
