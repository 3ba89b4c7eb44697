#include "ColumnSizing.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

namespace cc {

ColumnSizing::ColumnSizing(QHeaderView *header)
    : QObject(header)
    , m_header(header)
{
    header->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        // Only a width the user dragged (or double-clicked) to: not the code's, not the stretched last
        // column's, which follows the others.
        const bool stretched = m_header->stretchLastSection() &&
                               m_header->visualIndex(column) == m_header->count() - 1 - m_header->hiddenSectionCount();
        if (m_dragging && !m_sizing && !stretched)
            m_userSized.insert(column);
    });
}

QList<int> ColumnSizing::userSized() const
{
    QList<int> columns(m_userSized.cbegin(), m_userSized.cend());
    std::sort(columns.begin(), columns.end());
    return columns;
}

void ColumnSizing::setUserSized(const QList<int> &columns)
{
    m_userSized = QSet<int>(columns.cbegin(), columns.cend());
}

void ColumnSizing::resize(int column, int width)
{
    if (isUserSized(column))
        return;
    m_sizing = true;
    m_header->resizeSection(column, width);
    m_sizing = false;
}

void ColumnSizing::widen(int column, int width)
{
    if (m_header->sectionSize(column) < width)
        resize(column, width);
}

void ColumnSizing::fitContents(int column, int most)
{
    if (isUserSized(column))
        return;
    m_sizing = true;
    QObject *view = m_header->parent();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        tree->resizeColumnToContents(column);
    else if (auto *table = qobject_cast<QTableView *>(view))
        table->resizeColumnToContents(column);
    if (most > 0 && m_header->sectionSize(column) > most)
        m_header->resizeSection(column, most);
    m_sizing = false;
}

bool ColumnSizing::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
        m_dragging = true;
        break;
    case QEvent::MouseButtonRelease:
        m_dragging = false;
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cc
