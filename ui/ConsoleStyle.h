#pragma once

#include <QProxyStyle>

namespace cc {

// The console's application style: the one Qt would use (Fusion unless the platform or -style says
// otherwise), with the menu bar's overflow button drawn like the list's tools (toolIcon). QMenuBar
// makes that button's icon in its constructor, and Qt's own decodes PNG files, which first lists
// the image format plug-ins: ~0.7 ms of building the window, for a button shown only when the
// window is too narrow for its menus.
//
// It also keeps the mouse wheel from editing forms: a spin box or combo box takes the wheel only
// once it has focus (a click or Tab gives it, the wheel does not); otherwise the wheel goes on to
// the page around it, which scrolls. Scrolling a long form never changes a value behind the
// operator's back.
class ConsoleStyle : public QProxyStyle
{
    Q_OBJECT

public:
    ConsoleStyle() = default;

    // Makes it the application's style unless it is already. Before the first widget: widgets made
    // earlier are polished again. Returns true, to be called from an initialiser.
    static bool apply();

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const override;
    void polish(QWidget *widget) override;
    void unpolish(QWidget *widget) override;
    using QProxyStyle::polish;
    using QProxyStyle::unpolish;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace cc
