#include "ConsoleStyle.h"
#include "CredentialDialog.h"
#include "DialogGallery.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpontaneKeyEvent>
#include <QtTest/QtTest>

using namespace cc;

namespace {

// One notch of the wheel over the middle of `widget` (or the child there, as a real wheel would
// reach it): down, or up with up set.
void wheelOver(QWidget *widget, bool up = false)
{
    const QPoint middle = widget->rect().center();
    QWidget *target = widget->childAt(middle) ? widget->childAt(middle) : widget;
    const QPointF local = target->mapFrom(widget, middle);
    QWheelEvent wheel(local, target->mapToGlobal(local), QPoint(), QPoint(0, up ? 120 : -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    // As the window system delivers it: Qt offers only such a wheel event to the parents when the
    // widget under the mouse ignores it.
    // (notify() directly, as QTest does: sendEvent() would mark it as sent by the program.)
    QSpontaneKeyEvent::setSpontaneous(&wheel);
    qApp->notify(target, &wheel);
}

QString valueOf(const QWidget *w)
{
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(w))
        return spin->text();
    return static_cast<const QComboBox *>(w)->currentText();
}

void clearFocus()
{
    if (QWidget *focused = QApplication::focusWidget())
        focused->clearFocus();
}

QList<QWidget *> wheelFields(QWidget *dialog)
{
    QList<QWidget *> fields;
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if ((qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w)) && w->isVisibleTo(dialog) &&
            w->isEnabled())
            fields << w;
    }
    return fields;
}

} // namespace

// Scrolling over a form never changes a value: a spin box or combo box takes the wheel only once it
// has focus, and otherwise the page scrolls.
class TestWheel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ConsoleStyle::apply();
    }

    void theWheelLeavesEveryFieldAsItWas_data()
    {
        QTest::addColumn<QString>("dialog");
        for (const QString &name : cctest::DialogGallery::names())
            QTest::newRow(qPrintable(name)) << name;
    }

    void theWheelLeavesEveryFieldAsItWas()
    {
        QFETCH(QString, dialog);
        QTemporaryDir dir;
        cctest::DialogGallery gallery(dir.path());
        const std::unique_ptr<QDialog> d = gallery.make(dialog, true);
        QVERIFY(d);
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        clearFocus(); // no field has focus: the operator only moves the mouse over the form
        const QList<QWidget *> fields = wheelFields(d.get());
        for (QWidget *field : fields) {
            QVERIFY(field->focusPolicy() != Qt::WheelFocus);
            const QString before = valueOf(field);
            wheelOver(field);
            wheelOver(field, true);
            wheelOver(field);
            QVERIFY2(valueOf(field) == before,
                     qPrintable(
                         QStringLiteral("%1: \"%2\" became \"%3\"").arg(field->objectName(), before, valueOf(field))));
            QVERIFY(!field->hasFocus());
        }
    }

    // The wheel is not simply swallowed: over a field of a long form the page scrolls, and a field
    // with focus still takes it.
    void theWheelScrollsTheFormAndStillWorksWithFocus()
    {
        QTemporaryDir dir;
        cctest::DialogGallery gallery(dir.path());
        const std::unique_ptr<QDialog> d = gallery.make(QStringLiteral("create-sinch"), false);
        d->resize(d->width(), 360); // shorter than the form: it scrolls
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        auto *scroll = d->findChild<QScrollArea *>();
        QVERIFY(scroll && scroll->verticalScrollBar()->maximum() > 0);
        clearFocus();
        const QList<QWidget *> fields = wheelFields(scroll->widget());
        QVERIFY(!fields.isEmpty());
        QWidget *field = fields.first();
        scroll->ensureWidgetVisible(field);
        const int scrolled = scroll->verticalScrollBar()->value();
        const QString before = valueOf(field);
        wheelOver(field);
        QCOMPARE(valueOf(field), before);
        QVERIFY(scroll->verticalScrollBar()->value() != scrolled);

        field->setFocus();
        QVERIFY(field->hasFocus());
        scroll->ensureWidgetVisible(field);
        wheelOver(field);
        QVERIFY(valueOf(field) != before);
    }
};

QTEST_MAIN(TestWheel)
#include "tst_wheel.moc"
