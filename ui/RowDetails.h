#pragma once

#include <QList>
#include <QTextEdit>

class QAbstractItemView;

namespace cc {

// Under a list whose cells can be narrower than their text (a long name, identifier or message): the
// selected row in full, a line per column ("Column: text"), wrapped (anywhere, for an identifier without
// spaces), selectable and reached with Tab, so that nothing in the list is readable only in a tooltip. What
// a cell's tooltip says besides its text (a check's detail) follows that text. Its height follows the text,
// up to kMaxLines, past which it scrolls.
class RowDetails : public QTextEdit
{
    Q_OBJECT

public:
    static constexpr int kMaxLines = 10;

    explicit RowDetails(QAbstractItemView *view, QWidget *parent = nullptr);

    // Only these columns (logical indexes), in this order; all of them when empty.
    void setColumns(const QList<int> &columns);
    QAbstractItemView *view() const { return m_view; }
    // The selected row (the current one when several are) as shown; empty when none is.
    QString rowText() const;
    // What it shows.
    QString text() const { return m_text; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslateUi();

    QAbstractItemView *m_view;
    const QObject *m_viewObject; // the same, known as a QObject while it is made
    QList<int> m_columns;
    QString m_text; // as set: toPlainText() makes a no-break space a space
};

} // namespace cc
