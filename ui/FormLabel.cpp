#include "FormLabel.h"

#include <QTextDocument>
#include <QtMath>

namespace cc {

FormLabel::FormLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setAlignment(Qt::AlignRight | Qt::AlignTop);
    setContentsMargins(0, 4, 0, 0); // its first line level with the text of a line edit beside it
}

int FormLabel::maximumColumnWidth(const QWidget *widget)
{
    return widget->fontMetrics().averageCharWidth() * 30;
}

QSize FormLabel::sizeHint() const
{
    // The width of the text unwrapped, as QLabel lays it out (a required field's label is rich text);
    // worked out again only when the text or the font changed, not at each pass of the layout.
    if (text() != m_measuredText || font() != m_measuredFont) {
        QTextDocument doc;
        doc.setDefaultFont(font());
        doc.setDocumentMargin(0);
        if (textFormat() == Qt::RichText || (textFormat() == Qt::AutoText && Qt::mightBeRichText(text())))
            doc.setHtml(text());
        else
            doc.setPlainText(text());
        m_measuredText = text();
        m_measuredFont = font();
        m_idealWidth = qCeil(doc.idealWidth());
    }
    const QMargins margins = contentsMargins();
    const int frame = margins.left() + margins.right() + 2 * margin();
    const int width = qMin(m_idealWidth + frame, maximumColumnWidth(this));
    return {width, heightForWidth(width)};
}

QSize FormLabel::minimumSizeHint() const
{
    // Never narrower than it wants: the column is as wide as its widest label, wrapped or not.
    return sizeHint();
}

} // namespace cc
