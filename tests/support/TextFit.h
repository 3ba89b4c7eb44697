#pragma once

// Finds the texts a user cannot read in full: a label, button, group box title or tab narrower than its
// text, typically after a translation made it longer. Use it on any window, form or dialog once shown:
//     const QStringList cut = cctest::cutOffTexts(&window);
//     QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QStringList>
#include <QStyle>
#include <QTabBar>
#include <QWidget>

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

} // namespace textfit

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
    }
    return out;
}

} // namespace cctest
