#include "StatusLook.h"

#include "ToolIcons.h"

#include <QApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPointer>
#include <QStyle>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <algorithm>
#include <cmath>

namespace cc {

namespace {

double linear(float channel)
{
    return channel <= 0.04045f ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

// WCAG 2's relative luminance.
double luminance(const QColor &color)
{
    const QColor c = color.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

QColor mix(const QColor &from, const QColor &to, float amount)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amount, a.greenF() + (b.greenF() - a.greenF()) * amount,
                            a.blueF() + (b.blueF() - a.blueF()) * amount);
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < luminance(palette.color(QPalette::WindowText));
}

// Each status' colour on a light palette and on a dark one.
QColor preferred(Status status, bool dark)
{
    switch (status) {
    case Status::Success:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1b, 0x6e, 0x2a);
    case Status::Warning:
        return dark ? QColor(0xfd, 0xd6, 0x63) : QColor(0x8a, 0x5a, 0x00);
    case Status::Error:
        break;
    }
    return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xb3, 0x26, 0x1e);
}

// The palette a widget would have without the colours set on it here: its parent's.
QPalette naturalPalette(const QWidget *widget)
{
    return widget->parentWidget() ? widget->parentWidget()->palette() : QApplication::palette(widget);
}

const QString kLabelLook = QStringLiteral("statusLook");
const QString kTreeLook = QStringLiteral("statusLookOfItems");
const QString kPanelLook = QStringLiteral("statusTint");
// Item data roles of a status shown in a tree's column, well away from the ones the dialogs use.
constexpr int kStatusRole = Qt::UserRole + 0x5100;
constexpr int kIconRole = kStatusRole + 1;

// The icon before a status text. A label, named after the status, so that screen readers can say it.
class StatusMark : public QLabel
{
public:
    explicit StatusMark(QWidget *parent)
        : QLabel(parent)
    {
        setObjectName(QStringLiteral("statusIcon"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    void setIcon(const QIcon &icon)
    {
        m_icon = icon;
        update();
    }

protected:
    // Painted at the screen's pixel ratio, whatever it is.
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        m_icon.paint(&painter, rect());
    }

private:
    QIcon m_icon;
};

// What show() does to a label, redone when its palette, style, language or direction change, and
// undone by clear().
class LabelLook : public QObject
{
public:
    explicit LabelLook(QLabel *label)
        : QObject(label)
        , m_label(label)
        , m_mark(new StatusMark(label))
        , m_margins(label->contentsMargins())
        , m_alignment(label->alignment())
    {
        setObjectName(kLabelLook);
        label->installEventFilter(this);
    }
    ~LabelLook() override { delete m_mark; }

    Status status() const { return m_status; }
    void set(Status status)
    {
        if (m_shown && status == m_status)
            return;
        m_status = status;
        m_shown = true;
        apply();
    }
    void undo()
    {
        m_label->removeEventFilter(this);
        m_label->setContentsMargins(m_margins);
        m_label->setAlignment(m_alignment);
        m_label->setPalette(QPalette());
        m_label->setAccessibleDescription(QString());
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::PaletteChange:
        case QEvent::StyleChange:
        case QEvent::LanguageChange:
        case QEvent::LayoutDirectionChange:
        case QEvent::FontChange:
            apply();
            break;
        case QEvent::Resize:
            place();
            break;
        default:
            break;
        }
        return false;
    }

private:
    void apply()
    {
        if (m_applying)
            return; // our own palette change
        m_applying = true;
        const QColor color = StatusLook::color(m_status, naturalPalette(m_label));
        QPalette palette = m_label->palette();
        // The disabled colour stays the palette's.
        palette.setColor(QPalette::Active, QPalette::WindowText, color);
        palette.setColor(QPalette::Inactive, QPalette::WindowText, color);
        m_label->setPalette(palette);
        const QString name = StatusLook::name(m_status);
        m_mark->setIcon(StatusLook::icon(m_status));
        m_mark->setAccessibleName(name);
        m_label->setAccessibleDescription(name);
        const int size = m_label->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_label);
        m_mark->resize(size, size);
        QMargins margins = m_margins;
        const int room = size + qMax(4, size / 3);
        if (m_label->isRightToLeft())
            margins.setRight(margins.right() + room);
        else
            margins.setLeft(margins.left() + room);
        m_label->setContentsMargins(margins);
        // Beside the first line of text.
        m_label->setAlignment((m_alignment & Qt::AlignHorizontal_Mask) | Qt::AlignTop);
        place();
        m_mark->show();
        m_applying = false;
    }

    void place()
    {
        const int size = m_mark->width();
        const int line = m_label->fontMetrics().height();
        const int y = m_margins.top() + m_label->margin() + qMax(0, (line - size) / 2);
        const int x = m_label->isRightToLeft() ? m_label->width() - m_margins.right() - size : m_margins.left();
        m_mark->move(x, y);
    }

    QLabel *m_label;
    QPointer<StatusMark> m_mark;
    QMargins m_margins;
    Qt::Alignment m_alignment;
    Status m_status = Status::Error;
    bool m_shown = false;
    bool m_applying = false;
};

LabelLook *labelLook(const QLabel *label)
{
    return dynamic_cast<LabelLook *>(label->findChild<QObject *>(kLabelLook, Qt::FindDirectChildrenOnly));
}

void paintItem(QTreeWidgetItem *item, int column)
{
    const Status status = Status(item->data(column, kStatusRole).toInt());
    const QTreeWidget *tree = item->treeWidget();
    item->setForeground(column, StatusLook::color(status, tree ? tree->palette() : QApplication::palette()));
    if (item->data(column, kIconRole).toBool())
        item->setIcon(column, StatusLook::icon(status));
    item->setData(column, Qt::AccessibleDescriptionRole, StatusLook::name(status));
}

// Repaints a tree's status items when its palette, style or language change.
class TreeLook : public QObject
{
public:
    explicit TreeLook(QTreeWidget *tree)
        : QObject(tree)
        , m_tree(tree)
    {
        setObjectName(kTreeLook);
        tree->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        const QEvent::Type type = event->type();
        if (type == QEvent::PaletteChange || type == QEvent::StyleChange || type == QEvent::LanguageChange) {
            for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
                for (int column = 0; column < m_tree->columnCount(); ++column) {
                    if ((*it)->data(column, kStatusRole).isValid())
                        paintItem(*it, column);
                }
            }
        }
        return false;
    }

private:
    QTreeWidget *m_tree;
};

class PanelTint : public QObject
{
public:
    PanelTint(QWidget *panel, Status status)
        : QObject(panel)
        , m_panel(panel)
        , m_status(status)
    {
        setObjectName(kPanelLook);
        panel->setAutoFillBackground(true);
        panel->installEventFilter(this);
        apply();
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange)
            apply();
        return false;
    }

private:
    void apply()
    {
        if (m_applying)
            return;
        m_applying = true;
        QPalette palette = m_panel->palette();
        palette.setColor(QPalette::Window, StatusLook::tint(m_status, naturalPalette(m_panel)));
        m_panel->setPalette(palette);
        m_applying = false;
    }

    QWidget *m_panel;
    Status m_status;
    bool m_applying = false;
};

} // namespace

double StatusLook::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor StatusLook::color(Status status, const QPalette &palette)
{
    const QColor backgrounds[] = {palette.color(QPalette::Window), palette.color(QPalette::Base),
                                  palette.color(QPalette::AlternateBase)};
    const auto worst = [&backgrounds](const QColor &c) {
        double least = 21;
        for (const QColor &background : backgrounds)
            least = std::min(least, contrast(c, background));
        return least;
    };
    const bool dark = isDark(palette);
    const QColor start = preferred(status, dark);
    if (worst(start) >= kMinimumContrast)
        return start;
    // Towards the palette's own text colour, which reads on it, then all the way to black or white.
    for (const QColor &towards : {palette.color(QPalette::WindowText), dark ? QColor(Qt::white) : QColor(Qt::black)}) {
        for (int step = 1; step <= 20; ++step) {
            const QColor c = mix(start, towards, float(step) / 20);
            if (worst(c) >= kMinimumContrast)
                return c;
        }
    }
    return dark ? QColor(Qt::white) : QColor(Qt::black);
}

QColor StatusLook::tint(Status status, const QPalette &palette)
{
    // A touch of the status' hue over the window, less where its text would not read on it.
    const QColor window = palette.color(QPalette::Window);
    const QColor hue = preferred(status, isDark(palette));
    QPalette tinted = palette;
    for (int percent = isDark(palette) ? 20 : 10; percent > 0; percent -= 2) {
        tinted.setColor(QPalette::Window, mix(window, hue, float(percent) / 100));
        if (contrast(color(status, tinted), tinted.color(QPalette::Window)) >= kMinimumContrast)
            return tinted.color(QPalette::Window);
    }
    return window;
}

namespace {

// A status' icon, drawn: a disc (a triangle for a warning) in the status' colour with a tick, an
// exclamation mark or a cross in the palette's base colour. Drawn at each paint from the application's
// palette, so it follows a dark palette and any pixel ratio; and no image is decoded for it (the
// style's icons read three PNG sizes each, and the first makes Qt load every image format plug-in:
// ~1.2 ms of a start-up whose list shows a status).
class StatusGlyph : public DrawnIconEngine
{
public:
    explicit StatusGlyph(Status status)
        : m_status(status)
    {
    }

    QIconEngine *clone() const override { return new StatusGlyph(m_status); }
    QString key() const override { return QStringLiteral("cc-status-glyph"); }

protected:
    void paintGlyph(QPainter *painter, QIcon::Mode mode) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor fill = mode == QIcon::Disabled ? palette.color(QPalette::Disabled, QPalette::WindowText)
                                                    : StatusLook::color(m_status, palette);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        QPainterPath sign;
        switch (m_status) {
        case Status::Success:
            painter->drawEllipse(QPointF(8, 8), 7, 7);
            sign.moveTo(4.6, 8.3);
            sign.lineTo(7.0, 10.7);
            sign.lineTo(11.4, 5.7);
            break;
        case Status::Warning: {
            QPainterPath triangle;
            triangle.moveTo(8, 1);
            triangle.lineTo(15.2, 14.5);
            triangle.lineTo(0.8, 14.5);
            triangle.closeSubpath();
            painter->setPen(QPen(fill, 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->drawPath(triangle);
            sign.moveTo(8, 5.6);
            sign.lineTo(8, 9.6);
            sign.moveTo(8, 12.2);
            sign.lineTo(8, 12.3);
            break;
        }
        case Status::Error:
            painter->drawEllipse(QPointF(8, 8), 7, 7);
            sign.moveTo(5.4, 5.4);
            sign.lineTo(10.6, 10.6);
            sign.moveTo(10.6, 5.4);
            sign.lineTo(5.4, 10.6);
            break;
        }
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(palette.color(QPalette::Base), 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(sign);
    }

private:
    Status m_status;
};

} // namespace

QIcon StatusLook::icon(Status status)
{
    return QIcon(new StatusGlyph(status));
}

StatusDelegate::StatusDelegate(StatusOf statusOf, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_statusOf(std::move(statusOf))
{
}

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const std::optional<Status> status = m_statusOf(index);
    if (!status)
        return;
    option->palette.setColor(QPalette::Text, StatusLook::color(*status, option->palette));
    QIcon &icon = m_icons[int(*status)];
    if (icon.isNull())
        icon = StatusLook::icon(*status);
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
}

QString StatusLook::name(Status status)
{
    switch (status) {
    case Status::Success:
        //: Said by screen readers before a message that reports a success.
        return tr("Success");
    case Status::Warning:
        //: Said by screen readers before a warning.
        return tr("Warning");
    case Status::Error:
        break;
    }
    //: Said by screen readers before an error message.
    return tr("Error");
}

void StatusLook::show(QLabel *label, Status status, const QString &text)
{
    LabelLook *look = labelLook(label);
    if (!look)
        look = new LabelLook(label);
    look->set(status);
    label->setText(text);
}

void StatusLook::clear(QLabel *label, const QString &text)
{
    if (LabelLook *look = labelLook(label)) {
        look->undo();
        delete look;
    }
    label->setText(text);
}

std::optional<Status> StatusLook::statusOf(const QLabel *label)
{
    if (const LabelLook *look = labelLook(label))
        return look->status();
    return std::nullopt;
}

void StatusLook::show(QTreeWidgetItem *item, int column, Status status, bool withIcon)
{
    item->setData(column, kStatusRole, int(status));
    item->setData(column, kIconRole, withIcon);
    paintItem(item, column);
    QTreeWidget *tree = item->treeWidget();
    if (tree && !tree->findChild<QObject *>(kTreeLook, Qt::FindDirectChildrenOnly))
        new TreeLook(tree);
}

void StatusLook::tintPanel(QWidget *panel, Status status)
{
    if (!panel->findChild<QObject *>(kPanelLook, Qt::FindDirectChildrenOnly))
        new PanelTint(panel, status);
}

} // namespace cc
