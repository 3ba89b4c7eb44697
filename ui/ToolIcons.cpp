#include "ToolIcons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QTransform>

namespace cc {

namespace {

QPainterPath polyline(std::initializer_list<QPointF> points)
{
    QPainterPath path;
    for (const QPointF &p : points) {
        if (path.elementCount() == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    return path;
}

QPainterPath glyphPath(ToolGlyph glyph)
{
    QPainterPath path;
    switch (glyph) {
    case ToolGlyph::Edit: // a pencil
        path = polyline({{2.5, 13.5}, {3.2, 10.6}, {10.8, 3.0}, {13.0, 5.2}, {5.4, 12.8}});
        path.closeSubpath();
        path.addPath(polyline({{9.2, 4.6}, {11.4, 6.8}}));
        break;
    case ToolGlyph::Duplicate: // a sheet in front of another
        path.addRoundedRect(QRectF(2.5, 5.5, 8, 8), 1, 1);
        path.addPath(polyline({{5.5, 5.5}, {5.5, 2.5}, {13.5, 2.5}, {13.5, 10.5}, {10.5, 10.5}}));
        break;
    case ToolGlyph::Delete: // a bin
        path = polyline({{2.5, 4.5}, {13.5, 4.5}});
        path.addPath(polyline({{6.0, 4.5}, {6.0, 2.5}, {10.0, 2.5}, {10.0, 4.5}}));
        path.addPath(polyline({{3.8, 4.5}, {4.6, 13.5}, {11.4, 13.5}, {12.2, 4.5}}));
        path.addPath(polyline({{6.8, 7.0}, {6.8, 11.0}}));
        path.addPath(polyline({{9.2, 7.0}, {9.2, 11.0}}));
        break;
    case ToolGlyph::Check: // a tick in a circle
        path.addEllipse(QPointF(8, 8), 6, 6);
        path.addPath(polyline({{5.2, 8.2}, {7.2, 10.2}, {10.9, 6.1}}));
        break;
    case ToolGlyph::TestSend: // a paper plane
        path = polyline({{1.8, 7.4}, {14.2, 2.0}, {9.8, 14.2}, {7.4, 8.8}});
        path.closeSubpath();
        path.addPath(polyline({{7.4, 8.8}, {14.2, 2.0}}));
        break;
    case ToolGlyph::SetUpChannel: // three sliders
        for (const qreal y : {4.0, 8.0, 12.0})
            path.addPath(polyline({{2.0, y}, {14.0, y}}));
        break;
    case ToolGlyph::MoreRight: // two chevrons
        path = polyline({{3.5, 4.0}, {7.5, 8.0}, {3.5, 12.0}});
        path.addPath(polyline({{8.5, 4.0}, {12.5, 8.0}, {8.5, 12.0}}));
        break;
    case ToolGlyph::MoreLeft: // the same, mirrored
        path = QTransform(-1, 0, 0, 1, 16, 0).map(glyphPath(ToolGlyph::MoreRight));
        break;
    case ToolGlyph::MoreDown: // the same, turned down (x and y swapped)
        path = QTransform(0, 1, 1, 0, 0, 0).map(glyphPath(ToolGlyph::MoreRight));
        break;
    }
    return path;
}

// The knobs of the sliders, filled.
QVector<QPointF> glyphDots(ToolGlyph glyph)
{
    if (glyph == ToolGlyph::SetUpChannel)
        return {{10.5, 4.0}, {5.5, 8.0}, {9.0, 12.0}};
    return {};
}

class GlyphEngine : public DrawnIconEngine
{
public:
    explicit GlyphEngine(ToolGlyph glyph)
        : m_glyph(glyph)
    {
    }

    QIconEngine *clone() const override { return new GlyphEngine(m_glyph); }
    QString key() const override { return QStringLiteral("cc-tool-glyph"); }

protected:
    void paintGlyph(QPainter *painter, QIcon::Mode mode) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor color = mode == QIcon::Selected   ? palette.color(QPalette::HighlightedText)
                             : mode == QIcon::Disabled ? palette.color(QPalette::Disabled, QPalette::ButtonText)
                                                       : palette.color(QPalette::Active, QPalette::ButtonText);
        painter->setPen(QPen(color, 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(glyphPath(m_glyph));
        painter->setBrush(color);
        for (const QPointF &dot : glyphDots(m_glyph))
            painter->drawEllipse(dot, 1.7, 1.7);
    }

private:
    ToolGlyph m_glyph;
};

} // namespace

QIcon toolIcon(ToolGlyph glyph)
{
    return QIcon(new GlyphEngine(glyph));
}

void DrawnIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    const qreal scale = qMin(rect.width(), rect.height()) / kGrid;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(rect.x() + (rect.width() - kGrid * scale) / 2, rect.y() + (rect.height() - kGrid * scale) / 2);
    painter->scale(scale, scale);
    paintGlyph(painter, mode);
    painter->restore();
}

QPixmap DrawnIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1);
}

QPixmap DrawnIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    QPixmap pixmap(size * scale);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(), size), mode, state);
    return pixmap;
}

} // namespace cc
