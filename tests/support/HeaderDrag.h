#pragma once

// Sizes a column as a user does: by dragging the right edge of its title with the mouse.

#include <QHeaderView>
#include <QtTest/QtTest>

namespace cctest {

inline void dragColumnEdge(QHeaderView *header, int column, int width)
{
    QWidget *titles = header->viewport();
    const int y = header->height() / 2;
    const int edge = header->sectionViewportPosition(column) + header->sectionSize(column) - 1;
    const QPoint to(edge + width - header->sectionSize(column), y);
    QTest::mousePress(titles, Qt::LeftButton, {}, QPoint(edge, y));
    QTest::mouseMove(titles, to);
    QTest::mouseRelease(titles, Qt::LeftButton, {}, to);
}

} // namespace cctest
