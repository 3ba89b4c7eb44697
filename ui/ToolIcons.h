#pragma once

#include <QIcon>
#include <QIconEngine>

namespace cc {

// The list's tool buttons' icons, drawn as lines in the palette's button text colour (its
// disabled colour when disabled), sharp at any size and pixel ratio. Drawn rather than loaded:
// Qt's standard icons decode three PNG sizes each when they are made, about 5 ms of the console's
// start-up for the six tools, and they follow neither a dark palette nor a high pixel ratio.
// More* point to what does not fit: the menu bar's overflow button (see ConsoleStyle).
enum class ToolGlyph { Edit, Duplicate, Delete, Check, TestSend, SetUpChannel, MoreRight, MoreLeft, MoreDown };

QIcon toolIcon(ToolGlyph glyph);

// An icon drawn by its paint() on a 16 x 16 grid (paintGlyph()), at any size and pixel ratio: its
// pixmaps are painted, never decoded. The tools' icons and the status icons (StatusLook::icon()).
class DrawnIconEngine : public QIconEngine
{
public:
    static constexpr qreal kGrid = 16;

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;

protected:
    // Draws on the grid, antialiased, painter saved and restored around it.
    virtual void paintGlyph(QPainter *painter, QIcon::Mode mode) = 0;
};

} // namespace cc
