#pragma once

// What a keyboard or screen reader user meets in a window, form or dialog once shown:
//     QStringList problems = cctest::unnamedControls(&dialog) + cctest::tabOrderProblems(&dialog);
//     QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
// - unnamedControls: every control Tab reaches (line edit, spin box, combo box, button, check box, list,
//   table or tree, text edit) has a name for screen readers, as QAccessible gives it to them (its own
//   accessible name, or its label's text when the label is its buddy). A combo box must have a label or
//   a name of its own: on Unix, Qt gives the chosen item as its name and the label as a relation.
// - tabOrderProblems: Tab goes in reading order, top to bottom and, along a row, left to right (right
//   to left in a right-to-left window).

#include "TextFit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTextEdit>
#include <QWidget>

namespace cctest {

namespace a11y {

inline bool isControl(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractButton *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QTextEdit *>(w);
}

// The widget screen readers hear about when w has focus: w, or the outermost control whose focus proxy
// leads to it (a spin box for its line edit).
inline QWidget *speaker(QWidget *w, const QWidget *window)
{
    QWidget *found = w;
    for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        QWidget *proxy = p->focusProxy();
        while (proxy && proxy != w && proxy->focusProxy())
            proxy = proxy->focusProxy();
        if (proxy == w && isControl(p))
            found = p;
    }
    return found;
}

// The scroll areas w is inside of (in their viewport), outermost first: a form in a scroll area is read
// in its own coordinates, wherever it is scrolled to.
inline QList<QAbstractScrollArea *> scrollAreasOf(QWidget *w, const QWidget *window)
{
    QList<QAbstractScrollArea *> areas;
    for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        auto *area = qobject_cast<QAbstractScrollArea *>(p);
        if (area && area->viewport()->isAncestorOf(w))
            areas.prepend(area);
    }
    return areas;
}

// What screen readers call w: its name, or for a combo box (whose name on Unix is the chosen item)
// its label or the name it was given.
inline QString nameOf(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    if (!iface)
        return QString();
    if (!qobject_cast<QComboBox *>(w))
        return iface->text(QAccessible::Name).trimmed();
    if (!w->accessibleName().trimmed().isEmpty())
        return w->accessibleName().trimmed();
    const auto labels = iface->relations(QAccessible::Label);
    for (const auto &label : labels) {
        if (!label.first->text(QAccessible::Name).trimmed().isEmpty())
            return label.first->text(QAccessible::Name).trimmed();
    }
    return QString();
}

} // namespace a11y

// The widgets Tab stops at, in the order it does (disabled ones too: they take their place once enabled).
inline QList<QWidget *> tabChain(QWidget *window)
{
    QList<QWidget *> chain;
    QWidget *w = window;
    for (int guard = 0; guard < 100000; ++guard) {
        w = w->nextInFocusChain();
        if (!w || w == window)
            break;
        if (w->window() == window && w->isVisible() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            chain << w;
    }
    return chain;
}

inline QStringList unnamedControls(QWidget *window)
{
    QStringList out;
    for (QWidget *w : tabChain(window)) {
        QWidget *speaker = a11y::speaker(w, window);
        if (!a11y::isControl(w) && !a11y::isControl(speaker))
            continue;
        if (a11y::nameOf(speaker).isEmpty())
            out << QStringLiteral("%1 has no accessible name").arg(textfit::describe(speaker));
    }
    return out;
}

// Buttons a keyboard cannot reach: every button on show takes focus from Tab (but the ones inside
// a line edit, spin box or combo box, which have keys of their own).
inline QStringList buttonsOutOfTabReach(QWidget *window)
{
    QStringList out;
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (!b->isVisible() || b->window() != window)
            continue;
        QWidget *parent = b->parentWidget();
        if (qobject_cast<QLineEdit *>(parent) || qobject_cast<QAbstractSpinBox *>(parent) ||
            qobject_cast<QComboBox *>(parent))
            continue;
        if (!(b->focusPolicy() & Qt::TabFocus))
            out << QStringLiteral("%1 \"%2\" cannot be reached with Tab").arg(textfit::describe(b), b->text());
    }
    return out;
}

// Two widgets one after the other in the tab chain are in reading order unless the second lies wholly
// above the first (an earlier row), or on the same row (their heights overlap) wholly before it. A few
// pixels of slack allow for widgets of a row that are not exactly aligned. Widgets in different scroll
// areas are compared by the scroll areas that hold them, in the coordinates of the one around both.
inline QStringList tabOrderProblems(QWidget *window)
{
    constexpr int kSlack = 3;
    const bool rightToLeft = window->isRightToLeft();
    QStringList out;
    const QList<QWidget *> chain = tabChain(window);
    for (qsizetype i = 1; i < chain.size(); ++i) {
        QWidget *a = chain.at(i - 1);
        QWidget *b = chain.at(i);
        const QList<QAbstractScrollArea *> areasA = a11y::scrollAreasOf(a, window);
        const QList<QAbstractScrollArea *> areasB = a11y::scrollAreasOf(b, window);
        qsizetype common = 0;
        while (common < areasA.size() && common < areasB.size() && areasA.at(common) == areasB.at(common))
            ++common;
        QWidget *container = common > 0 ? areasA.at(common - 1)->viewport() : window;
        QWidget *shownA = areasA.size() > common ? areasA.at(common) : a;
        QWidget *shownB = areasB.size() > common ? areasB.at(common) : b;
        if (shownA == shownB) // into or out of a scroll area, from or to the area itself
            continue;
        auto rectOf = [&](QWidget *w) {
            const QRect r(w->mapTo(container, QPoint(0, 0)), w->size());
            return rightToLeft ? QRect(-r.right(), r.top(), r.width(), r.height()) : r;
        };
        const QRect ra = rectOf(shownA);
        const QRect rb = rectOf(shownB);
        const bool above = rb.bottom() < ra.top() + kSlack;
        const bool sameRow = !above && rb.top() <= ra.bottom() - kSlack;
        const bool before = sameRow && rb.right() < ra.left() + kSlack;
        // Named as they are found; placed where the reading order compares them.
        const auto name = [](QWidget *w, QWidget *shown, const QRect &r) {
            return QStringLiteral("%1%2 (%3,%4 %5x%6)")
                .arg(textfit::describe(w), shown == w ? QString() : QStringLiteral(" in ") + textfit::describe(shown))
                .arg(r.x())
                .arg(r.y())
                .arg(r.width())
                .arg(r.height());
        };
        if (above || before)
            out << QStringLiteral("Tab goes back from %1 to %2, %3")
                       .arg(name(a, shownA, ra), name(b, shownB, rb),
                            above ? QStringLiteral("above it") : QStringLiteral("before it on its row"));
    }
    return out;
}

} // namespace cctest
