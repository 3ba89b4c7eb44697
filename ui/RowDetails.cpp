#include "RowDetails.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QItemSelectionModel>
#include <QTextDocument>
#include <QtMath>

namespace cc {

RowDetails::RowDetails(QAbstractItemView *view, QWidget *parent)
    : QTextEdit(parent)
    , m_view(view)
    , m_viewObject(view)
{
    setObjectName(QStringLiteral("details"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTabChangesFocus(true);
    setAcceptRichText(false);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    document()->setDocumentMargin(4);
    // Read right after its list: Tab goes from the list to its details, whenever the pane was made.
    if (view->window() == parent->window())
        QWidget::setTabOrder(view, this);

    const auto later = [this] { refresh(); };
    QAbstractItemModel *model = view->model();
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, later);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, later);
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    connect(model, &QAbstractItemModel::headerDataChanged, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    retranslateUi();
}

void RowDetails::setColumns(const QList<int> &columns)
{
    m_columns = columns;
    refresh();
}

QString RowDetails::rowText() const
{
    // A view being destroyed still has its selection model signal; it is no item view any more
    // then (its metaObject is QWidget's), and there is nothing to show.
    if (!qobject_cast<const QAbstractItemView *>(m_viewObject))
        return QString();
    const QItemSelectionModel *selection = m_view->selectionModel();
    QModelIndex row = m_view->currentIndex();
    if (!row.isValid() || !selection->isRowSelected(row.row(), row.parent())) {
        const QModelIndexList rows = selection->selectedRows();
        if (rows.isEmpty())
            return QString();
        row = rows.first();
    }
    const QAbstractItemModel *model = m_view->model();
    QList<int> columns = m_columns;
    if (columns.isEmpty()) {
        for (int c = 0; c < model->columnCount(row.parent()); ++c)
            columns << c;
    }
    QStringList lines;
    for (const int c : columns) {
        const QModelIndex cell = model->index(row.row(), c, row.parent());
        QString text = cell.data(Qt::DisplayRole).toString();
        const QString more = cell.data(Qt::ToolTipRole).toString();
        if (!more.isEmpty() && more != text)
            text = text.isEmpty() ? more : tr("%1 — %2", "a cell's text, then what its tooltip adds").arg(text, more);
        if (text.isEmpty())
            continue;
        lines << tr("%1: %2", "a column's title, then the selected row's text in it")
                     .arg(model->headerData(c, Qt::Horizontal).toString(), text);
    }
    return lines.join(QLatin1Char('\n'));
}

void RowDetails::refresh()
{
    const QString text = rowText();
    if (text == m_text)
        return;
    m_text = text;
    setPlainText(text);
    updateGeometry();
}

int RowDetails::heightForWidth(int width) const
{
    // The document at that width, as the viewport will lay it out; at least a line per column shown,
    // so that the list above does not move from one row to the next.
    QTextDocument doc;
    doc.setDefaultFont(font());
    doc.setDocumentMargin(document()->documentMargin());
    doc.setDefaultTextOption(document()->defaultTextOption());
    doc.setPlainText(m_text);
    const int frame = 2 * frameWidth();
    doc.setTextWidth(qMax(1, width - frame));
    const int line = fontMetrics().lineSpacing();
    const int margins = 2 * qCeil(doc.documentMargin()) + frame;
    const int columns = m_columns.isEmpty() ? m_view->model()->columnCount() : int(m_columns.size());
    const int least = qBound(1, columns, kMaxLines) * line + margins;
    const int most = kMaxLines * line + margins;
    return qBound(least, qCeil(doc.size().height()) + frame, most);
}

QSize RowDetails::sizeHint() const
{
    const QSize hint = QTextEdit::sizeHint();
    return {hint.width(), heightForWidth(hint.width())};
}

QSize RowDetails::minimumSizeHint() const
{
    const QSize hint = QTextEdit::minimumSizeHint();
    return {hint.width(), heightForWidth(width() > 0 ? width() : sizeHint().width())};
}

void RowDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        updateGeometry();
    QTextEdit::changeEvent(event);
}

void RowDetails::retranslateUi()
{
    setPlaceholderText(tr("Select a row to read all of it here."));
    setAccessibleName(tr("The selected row in full"));
    // After the list's owner has retranslated its column titles.
    QMetaObject::invokeMethod(this, &RowDetails::refresh, Qt::QueuedConnection);
}

} // namespace cc
