#pragma once

// Palettes to show the console in: a light one (Fusion's own) and a dark one as desktops ship them.

#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace cctest {

inline QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

// Breeze Dark's colours (KDE), with the disabled texts dimmed.
inline QPalette darkPalette()
{
    const QColor window(0x31, 0x36, 0x3b);
    const QColor base(0x23, 0x26, 0x29);
    const QColor text(0xef, 0xf0, 0xf1);
    const QColor dimmed(0x6e, 0x71, 0x75);
    QPalette p(text, window, window.lighter(130), window.darker(130), window.darker(115), text, text, base, window);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dimmed);
    return p;
}

} // namespace cctest
