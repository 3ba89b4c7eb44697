#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <QStyledItemDelegate>

#include <functional>
#include <optional>

class QLabel;
class QPalette;
class QTreeWidgetItem;
class QWidget;

namespace cc {

enum class Status { Success, Warning, Error };

// How the console shows a success, a warning or an error: in a colour taken from the palette in use,
// readable on a light and on a dark one, and never by colour alone (an icon, or the text says it).
// The one place that picks these colours: no widget names a colour of its own.
class StatusLook
{
    Q_DECLARE_TR_FUNCTIONS(cc::StatusLook)

public:
    // WCAG 2's contrast ratio of two colours: 1 (none) to 21 (black on white). Body text needs 4.5.
    static double contrast(const QColor &a, const QColor &b);
    static constexpr double kMinimumContrast = 4.5;

    // The text colour of status on this palette: a green, amber or red made for a light or a dark
    // palette, taken towards the palette's text colour (then black or white) until it reaches 4.5:1
    // against the palette's Window, Base and AlternateBase alike.
    static QColor color(Status status, const QPalette &palette);
    // A background tinted with status' colour, for a banner; color() of a palette with it as Window
    // reads on it.
    static QColor tint(Status status, const QPalette &palette);
    // The icon of status, drawn in its colour (color()) from the application's palette at each paint:
    // a tick, an exclamation mark or a cross.
    static QIcon icon(Status status);
    // The status in a word, as a screen reader says it.
    static QString name(Status status);

    // Shows text in label in status' colour, with its icon before it; the label's accessible
    // description says the status. Follows palette, style and language changes.
    static void show(QLabel *label, Status status, const QString &text);
    // Shows text in label as plain text again: the label's own palette and icon go.
    static void clear(QLabel *label, const QString &text = QString());
    // What show() last gave label, if it still shows a status.
    static std::optional<Status> statusOf(const QLabel *label);

    // Colours a tree item's column (and gives it status' icon, unless its text says the status
    // already); follows palette and language changes of its tree.
    static void show(QTreeWidgetItem *item, int column, Status status, bool withIcon = true);
    // Gives panel a background tinted with status' colour (a banner), following palette changes;
    // show() a label in it for its text.
    static void tintPanel(QWidget *panel, Status status);
};

// Draws the cells of an item view that show a status in its colour, with its icon before their text;
// statusOf says which status an index shows, if any (the others are drawn as usual).
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using StatusOf = std::function<std::optional<Status>(const QModelIndex &)>;
    StatusDelegate(StatusOf statusOf, QObject *parent);
    std::optional<Status> statusAt(const QModelIndex &index) const { return m_statusOf(index); }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    StatusOf m_statusOf;
    mutable QIcon m_icons[3]; // by Status, made at the first paint that needs one (drawn at each paint)
};

} // namespace cc
