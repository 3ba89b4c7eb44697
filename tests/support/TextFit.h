#pragma once

// Finds the texts a user cannot read in full: a label, button, group box title, tab, combo box or column
// title narrower than its text, typically after a translation made it longer. Use it on any window, form or dialog once
// shown:
//     const QStringList cut = cctest::cutOffTexts(&window);
//     QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QStringList>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTableView>
#include <QTextDocument>
#include <QTextEdit>
#include <QTreeView>
#include <QWidget>

#include <utility>

namespace cctest {

namespace textfit {

// The text as drawn: "&&" shows one ampersand, a single "&" marks the accelerator and is not drawn.
inline QString withoutAccelerator(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        out += text.at(i);
    }
    return out;
}

// The widest line of a plain text, in the widget's font.
inline int textWidth(const QWidget *widget, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = qMax(widest, widget->fontMetrics().horizontalAdvance(line));
    return widest;
}

// "QPushButton mainWindow/…/create", enough to find the widget.
inline QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (!w->objectName().isEmpty())
            path.prepend(w->objectName());
    }
    return QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') + path.join(QLatin1Char('/'));
}

inline QString problem(const QWidget *widget, const QString &text, int needed, int available)
{
    return QStringLiteral("%1 \"%2\": needs %3 px, has %4 px").arg(describe(widget), text).arg(needed).arg(available);
}

// A widget narrower than its minimum size hint cuts its content; its own style knows the margins and icons.
inline void checkHint(const QWidget *widget, const QString &text, QStringList *out)
{
    if (widget->width() < widget->minimumSizeHint().width())
        *out << problem(widget, text, widget->minimumSizeHint().width(), widget->width());
}

inline void checkLabel(const QLabel *label, QStringList *out)
{
    if (label->wordWrap() || label->text().isEmpty())
        return;
    const QString text = label->buddy() ? withoutAccelerator(label->text()) : label->text();
    if (Qt::mightBeRichText(text) && label->textFormat() != Qt::PlainText) {
        checkHint(label, text, out); // QLabel measures its rich text itself
        return;
    }
    const int needed = textWidth(label, text);
    const int available = label->contentsRect().width() - 2 * label->margin();
    if (needed > available)
        *out << problem(label, text, needed, available);
    else
        checkHint(label, text, out);
}

inline void checkTabs(const QTabBar *bar, QStringList *out)
{
    const int hspace = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i))
            continue;
        const QString text = withoutAccelerator(bar->tabText(i));
        const QRect rect = bar->tabRect(i);
        if (!bar->rect().contains(rect)) {
            *out << problem(bar, text, rect.width(), bar->rect().intersected(rect).width()) +
                        QStringLiteral(" (tab scrolled out of view)");
            continue;
        }
        int available = rect.width() - hspace;
        if (!bar->tabIcon(i).isNull())
            available -= bar->iconSize().width() + 4;
        for (const QTabBar::ButtonPosition side : {QTabBar::LeftSide, QTabBar::RightSide}) {
            if (const QWidget *button = bar->tabButton(i, side))
                available -= button->width();
        }
        const int needed = textWidth(bar, text);
        if (needed > available)
            *out << problem(bar, text, needed, available);
    }
}

// The chosen item of a combo box: a box sized for the English text elides the longer translation.
inline void checkComboBox(const QComboBox *combo, QStringList *out)
{
    const QString text = combo->currentText();
    if (text.isEmpty() || combo->isEditable())
        return;
    QStyleOptionComboBox opt;
    opt.initFrom(combo);
    opt.frame = combo->hasFrame();
    opt.subControls = QStyle::SC_All;
    opt.currentText = text;
    const int available =
        combo->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, combo).width();
    int needed = textWidth(combo, text);
    if (!combo->itemIcon(combo->currentIndex()).isNull())
        needed += combo->iconSize().width() + 4;
    if (needed > available)
        *out << problem(combo, text, needed, available);
}

// The column (or row) titles of a table: the header elides those wider than their section.
inline void checkHeader(const QHeaderView *header, QStringList *out)
{
    const QAbstractItemModel *model = header->model();
    if (!model)
        return;
    // Fusion draws a title that overflows its margins a little in full: only the text itself must fit.
    const int mark = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        const QString text = model->headerData(logical, header->orientation()).toString();
        int needed = textWidth(header, text);
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical)
            needed += mark;
        const int available = header->sectionSize(logical);
        if (needed > available)
            *out << problem(header, text, needed, available);
    }
}

// The room a view gives a cell's text, and the room its text needs there (wrapped at that width when
// the view wraps), as the view's delegate measures them.
inline std::pair<QSize, QSize> cellRoom(const QAbstractItemView *view, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.widget = view;
    option.font = view->font();
    option.rect = view->visualRect(index);
    option.textElideMode = view->textElideMode();
    option.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(16, 16);
    const auto *tree = qobject_cast<const QTreeView *>(view);
    const auto *table = qobject_cast<const QTableView *>(view);
    const bool wraps = (tree && tree->wordWrap()) || (table && table->wordWrap());
    option.features = wraps ? QStyleOptionViewItem::WrapText : QStyleOptionViewItem::None;
    return {option.rect.size(), view->itemDelegateForIndex(index)->sizeHint(option, index)};
}

} // namespace textfit

// The cells of a list, table or tree (its top-level rows) that show less than their text: elided because
// their column is too narrow, or wrapped onto more lines than their row is high. A cell scrolled out of
// view is not cut: scrolling shows it.
inline QList<QModelIndex> cutOffCells(const QAbstractItemView *view)
{
    QList<QModelIndex> out;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            if (index.data().toString().isEmpty())
                continue;
            const auto [has, needs] = textfit::cellRoom(view, index);
            if (has.isEmpty()) // a hidden column
                continue;
            if (needs.width() > has.width() || needs.height() > has.height())
                out << index;
        }
    }
    return out;
}

// A text area that does not show all of its text at once: it needs scrolling, either way.
inline QString cutOffTextArea(const QTextEdit *area)
{
    if (!area->isVisible())
        return textfit::describe(area) + QStringLiteral(" is not visible");
    const QScrollBar *down = area->verticalScrollBar();
    const QScrollBar *across = area->horizontalScrollBar();
    if (down->maximum() > 0 || across->maximum() > 0)
        return textfit::problem(area, area->toPlainText(), across->maximum() + across->pageStep(), across->pageStep()) +
               QStringLiteral(" (scrolls %1 px down)").arg(down->maximum());
    return QString();
}

// Where a view cuts a cell's text, its window must show that text whole without hovering: in details, the
// window's pane for the selected row. Each cut cell's row is selected in turn; what the pane then does not
// hold, or does not show at once, is returned.
inline QStringList cellsReadableNowhere(QAbstractItemView *view, const QTextEdit *details)
{
    QStringList out;
    for (const QModelIndex &index : cutOffCells(view)) {
        view->setCurrentIndex(index);
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        const QString text = index.data().toString();
        const QString where = QStringLiteral("%1 row %2 column %3 \"%4\"")
                                  .arg(textfit::describe(view))
                                  .arg(index.row())
                                  .arg(index.column())
                                  .arg(text);
        // As typed: toPlainText() makes a no-break space (French, before a colon) a space.
        const QString shown = details->document()->toRawText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
        if (!shown.contains(text))
            out << where + QStringLiteral(" is cut and not in the details: ") + shown;
        else if (const QString cut = cutOffTextArea(details); !cut.isEmpty())
            out << where + QStringLiteral(" is cut and its details too: ") + cut;
    }
    return out;
}

// Every visible text under root (root included) that is wider than the room its widget gives it.
inline QStringList cutOffTexts(const QWidget *root)
{
    QStringList out;
    QList<const QWidget *> widgets{root};
    for (const QWidget *w : root->findChildren<const QWidget *>())
        widgets << w;
    for (const QWidget *w : widgets) {
        // Pop-ups (menus, completers) are checked when they are shown, not as part of their owner.
        if (!w->isVisible() || (w != root && w->isWindow()))
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(w))
            textfit::checkLabel(label, &out);
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            if (!button->text().isEmpty())
                textfit::checkHint(button, textfit::withoutAccelerator(button->text()), &out);
        } else if (const auto *box = qobject_cast<const QGroupBox *>(w)) {
            if (!box->title().isEmpty())
                textfit::checkHint(box, textfit::withoutAccelerator(box->title()), &out);
        } else if (const auto *bar = qobject_cast<const QTabBar *>(w))
            textfit::checkTabs(bar, &out);
        else if (const auto *combo = qobject_cast<const QComboBox *>(w))
            textfit::checkComboBox(combo, &out);
        else if (const auto *header = qobject_cast<const QHeaderView *>(w))
            textfit::checkHeader(header, &out);
    }
    return out;
}

// A word-wrapped label (which cutOffTexts() leaves alone) lower than its text needs at its width, so
// that its last lines are cut off; or one that is not visible at all. Empty when it shows in full.
inline QString cutOffWrappedText(const QLabel *label)
{
    if (!label->isVisible())
        return textfit::describe(label) + QStringLiteral(" is not visible");
    const int needed = label->heightForWidth(label->width());
    if (needed > label->height())
        return textfit::problem(label, label->text(), needed, label->height()) + QStringLiteral(" (height)");
    return QString();
}

// The menu bar's titles and every menu's items: a title pushed into the bar's overflow button, or a menu
// narrower than its items, hides text. Each menu is opened to measure it, then closed.
inline QStringList cutOffMenuTexts(QMenuBar *bar)
{
    QStringList out;
    for (QAction *action : bar->actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        const QString title = textfit::withoutAccelerator(action->text());
        const QRect rect = bar->actionGeometry(action);
        if (rect.isEmpty() || !bar->rect().contains(rect))
            out << textfit::problem(bar, title, rect.width(), bar->rect().intersected(rect).width()) +
                       QStringLiteral(" (menu title out of the bar)");
        QMenu *menu = action->menu();
        if (!menu)
            continue;
        menu->popup(bar->mapToGlobal(rect.bottomLeft()));
        if (menu->width() < menu->sizeHint().width())
            out << textfit::problem(menu, title, menu->sizeHint().width(), menu->width());
        for (QAction *item : menu->actions()) {
            if (!item->isVisible() || item->isSeparator())
                continue;
            const QRect itemRect = menu->actionGeometry(item);
            if (!menu->rect().contains(itemRect))
                out << textfit::problem(menu, textfit::withoutAccelerator(item->text()), itemRect.width(),
                                        menu->rect().intersected(itemRect).width());
        }
        menu->hide();
    }
    return out;
}

} // namespace cctest
