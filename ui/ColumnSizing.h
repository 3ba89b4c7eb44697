#pragma once

#include <QList>
#include <QObject>
#include <QSet>

class QHeaderView;

namespace cc {

// The widths of a list's columns: the code sizes a column (to its title in the language shown, to its
// contents) only until the user drags its edge; the width the user set is then kept, through a change of
// language and new rows alike.
class ColumnSizing : public QObject
{
    Q_OBJECT

public:
    explicit ColumnSizing(QHeaderView *header);

    bool isUserSized(int column) const { return m_userSized.contains(column); }
    // The columns (logical indexes) the user sized, to remember with the header's state.
    QList<int> userSized() const;
    void setUserSized(const QList<int> &columns);

    // Unless the user sized the column: that width; at least that width; as wide as its contents and
    // title, but not wider than most (when most > 0).
    void resize(int column, int width);
    void widen(int column, int width);
    void fitContents(int column, int most = 0);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QHeaderView *m_header;
    QSet<int> m_userSized;
    bool m_dragging = false; // a mouse button is down on the header
    bool m_sizing = false;   // the code is sizing a column
};

} // namespace cc
