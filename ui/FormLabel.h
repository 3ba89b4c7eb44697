#pragma once

#include <QLabel>

namespace cc {

// The label of a form's field, beside it on the left: right-aligned, as wide as its text up to
// maximumColumnWidth(), and wrapped onto more lines beyond that, so that a long label (a long
// translation) leaves the fields beside it their room. A form's labels, and the labels of the rows a
// dialog puts above it, share one column (CredentialForm::labelColumnHint()).
class FormLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FormLabel(QWidget *parent = nullptr);

    // The widest a label column grows before its labels wrap: about 30 average characters of the font.
    static int maximumColumnWidth(const QWidget *widget);

    // Its text on one line, as wide as that is up to maximumColumnWidth(); as high as its text then needs.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    // The text's unwrapped width, and the text and font it was measured with.
    mutable QString m_measuredText;
    mutable QFont m_measuredFont;
    mutable int m_idealWidth = 0;
};

} // namespace cc
