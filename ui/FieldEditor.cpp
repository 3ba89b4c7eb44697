#include "FieldEditor.h"

#include "MessageEdit.h"
#include "SecretEdit.h"
#include "messaging/Keywords.h"
#include "messaging/PhoneNumbers.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc {

FieldEditor::FieldEditor(const FieldSpec &spec, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
{
}

namespace {

// The editors below have no meta-object of their own: their texts use the base class context.

// Text, Url and Phone: one line.
class LineEditor : public FieldEditor
{
public:
    LineEditor(const FieldSpec &spec, QWidget *parent)
        : FieldEditor(spec, parent)
        , m_edit(new QLineEdit(parent))
    {
        if (spec.type == FieldType::Url)
            m_edit->setInputMethodHints(Qt::ImhUrlCharactersOnly);
        else if (spec.type == FieldType::Phone)
            m_edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
        retranslate();
    }
    QWidget *widget() const override { return m_edit; }
    QVariant value() const override { return m_edit->text(); }
    void setValue(const QVariant &value) override { m_edit->setText(value.toString()); }
    void retranslate() override
    {
        if (spec().type == FieldType::Url)
            m_edit->setPlaceholderText(
                spec().advanced ? QCoreApplication::translate("cc::FieldEditor", "Default: the vendor's own host")
                                : spec().example);
        else if (spec().type == FieldType::Phone)
            m_edit->setPlaceholderText(
                QCoreApplication::translate("cc::FieldEditor",
                                            "+ country code and number (for example %1), or a short code")
                    .arg(PhoneNumbers::example()));
        else if (!spec().example.isEmpty())
            m_edit->setPlaceholderText(spec().example); // an identifier of a fixed shape
    }

private:
    QLineEdit *m_edit;
};

// Comma-separated keywords, with the list that will be in force shown under them.
class KeywordEditor : public FieldEditor
{
public:
    KeywordEditor(const FieldSpec &spec, QWidget *parent)
        : FieldEditor(spec, parent)
        , m_box(new QWidget(parent))
        , m_edit(new QLineEdit(m_box))
        , m_preview(new QLabel(m_box))
    {
        auto *layout = new QVBoxLayout(m_box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        m_edit->setObjectName(QStringLiteral("keywords"));
        m_preview->setObjectName(QStringLiteral("keywordsInForce"));
        m_preview->setForegroundRole(QPalette::PlaceholderText);
        m_preview->setWordWrap(true);
        layout->addWidget(m_edit);
        layout->addWidget(m_preview);
        m_box->setFocusProxy(m_edit);
        for (const Keywords::CategoryFields &c : Keywords::categories()) {
            if (c.keywordsKey == spec.key) {
                m_defaults = Keywords::defaults(c.category);
                m_examples = Keywords::examples(c.category);
            }
        }
        connect(m_edit, &QLineEdit::textEdited, this, [this] {
            retranslate();
            Q_EMIT edited();
        });
        retranslate();
    }
    QWidget *widget() const override { return m_box; }
    QVariant value() const override { return m_edit->text(); }
    void setValue(const QVariant &value) override
    {
        m_edit->setText(value.toString());
        retranslate();
    }
    void retranslate() override
    {
        const QStringList typed = Keywords::parse(m_edit->text());
        const QString separator = QStringLiteral(", ");
        m_edit->setPlaceholderText(
            m_defaults.isEmpty() ? QCoreApplication::translate("cc::FieldEditor", "Comma-separated, for example %1")
                                       .arg(m_examples.join(separator))
                                 : m_defaults.join(separator));
        if (!typed.isEmpty())
            m_preview->setText(
                QCoreApplication::translate("cc::FieldEditor", "In force: %1").arg(typed.join(separator)));
        else if (!m_defaults.isEmpty())
            m_preview->setText(QCoreApplication::translate("cc::FieldEditor", "Empty: the defaults are in force (%1).")
                                   .arg(m_defaults.join(separator)));
        else
            m_preview->clear();
        m_preview->setVisible(!m_preview->text().isEmpty());
    }

private:
    QWidget *m_box;
    QLineEdit *m_edit;
    QLabel *m_preview;
    QStringList m_defaults;
    QStringList m_examples; // for a list without defaults
};

class MessageEditor : public FieldEditor
{
public:
    MessageEditor(const FieldSpec &spec, QWidget *parent)
        : FieldEditor(spec, parent)
        , m_edit(new MessageEdit(parent))
    {
        connect(m_edit, &MessageEdit::edited, this, &FieldEditor::edited);
    }
    QWidget *widget() const override { return m_edit; }
    QVariant value() const override { return m_edit->text(); }
    void setValue(const QVariant &value) override { m_edit->setText(value.toString()); }

private:
    MessageEdit *m_edit;
};

class IntegerEditor : public FieldEditor
{
public:
    IntegerEditor(const FieldSpec &spec, QWidget *parent)
        : FieldEditor(spec, parent)
        , m_spin(new QSpinBox(parent))
    {
        m_spin->setRange(spec.minimum, spec.maximum);
        m_spin->setValue(spec.defaultValue.isValid() ? spec.defaultValue.toInt() : spec.minimum);
        m_spin->setMaximumWidth(160);
        connect(m_spin, &QSpinBox::valueChanged, this, &FieldEditor::edited);
        retranslate();
    }
    QWidget *widget() const override { return m_spin; }
    QVariant value() const override { return m_spin->value(); }
    void setValue(const QVariant &value) override
    {
        bool ok = false;
        const int v = value.toInt(&ok);
        if (ok)
            m_spin->setValue(v);
    }
    void retranslate() override
    {
        const QString unit = spec().translatedUnit();
        m_spin->setSuffix(unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
        // In words where the minimum is not a number of units ("No limit", not "0 requests/s").
        m_spin->setSpecialValueText(spec().translatedMinimumMeaning());
    }

private:
    QSpinBox *m_spin;
};

class EnumEditor : public FieldEditor
{
public:
    EnumEditor(const FieldSpec &spec, QWidget *parent)
        : FieldEditor(spec, parent)
        , m_combo(new QComboBox(parent))
    {
        for (const Choice &c : spec.choices)
            m_combo->addItem(QString(), c.value);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(m_combo, &QComboBox::activated, this, &FieldEditor::edited);
        retranslate();
    }
    QWidget *widget() const override { return m_combo; }
    QVariant value() const override { return m_combo->currentData(); }
    void setValue(const QVariant &value) override
    {
        const int i = m_combo->findData(value.toString());
        if (i >= 0)
            m_combo->setCurrentIndex(i);
    }
    void retranslate() override
    {
        for (int i = 0; i < m_combo->count(); ++i)
            m_combo->setItemText(i, spec().choiceLabel(m_combo->itemData(i).toString()));
    }

private:
    QComboBox *m_combo;
};

// Name/value pairs ("Add new parameter"): a row of two text boxes and a remove button each.
class PairsEditor : public FieldEditor
{
public:
    PairsEditor(const FieldSpec &spec, QWidget *parent)
        : FieldEditor(spec, parent)
        , m_box(new QWidget(parent))
        , m_rows(new QVBoxLayout)
        , m_add(new QPushButton(m_box))
    {
        auto *layout = new QVBoxLayout(m_box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        m_rows->setContentsMargins(0, 0, 0, 0);
        m_rows->setSpacing(2);
        layout->addLayout(m_rows);
        m_add->setObjectName(QStringLiteral("addPair"));
        layout->addWidget(m_add, 0, Qt::AlignLeft);
        m_box->setFocusProxy(m_add);
        connect(m_add, &QPushButton::clicked, this, [this] {
            addRow(QString(), QString())->setFocus();
            Q_EMIT edited();
        });
        retranslate();
    }
    QWidget *widget() const override { return m_box; }
    QVariant value() const override
    {
        QVector<NameValue> pairs;
        for (const Row &r : m_pairs)
            pairs.append({r.name->text(), r.value->text()});
        return joinPairs(pairs);
    }
    void setValue(const QVariant &value) override
    {
        while (!m_pairs.isEmpty())
            removeRow(m_pairs.constLast().widget);
        for (const NameValue &p : parsePairs(value.toString()))
            addRow(p.first, p.second);
    }
    void retranslate() override
    {
        m_add->setText(QCoreApplication::translate("cc::FieldEditor", "Add new parameter"));
        for (const Row &r : m_pairs)
            translateRow(r);
    }

private:
    struct Row
    {
        QWidget *widget;
        QLineEdit *name;
        QLineEdit *value;
        QToolButton *remove;
    };

    void translateRow(const Row &r) const
    {
        r.name->setPlaceholderText(QCoreApplication::translate("cc::FieldEditor", "Name"));
        r.value->setPlaceholderText(QCoreApplication::translate("cc::FieldEditor", "Value"));
        r.name->setAccessibleName(
            QCoreApplication::translate("cc::FieldEditor", "%1: name").arg(spec().translatedLabel()));
        r.value->setAccessibleName(
            QCoreApplication::translate("cc::FieldEditor", "%1: value").arg(spec().translatedLabel()));
        r.remove->setToolTip(QCoreApplication::translate("cc::FieldEditor", "Remove this parameter"));
        r.remove->setAccessibleName(r.remove->toolTip());
    }

    QLineEdit *addRow(const QString &name, const QString &value)
    {
        Row r;
        r.widget = new QWidget(m_box);
        r.widget->setObjectName(QStringLiteral("pair"));
        auto *row = new QHBoxLayout(r.widget);
        row->setContentsMargins(0, 0, 0, 0);
        r.name = new QLineEdit(name, r.widget);
        r.name->setObjectName(QStringLiteral("pairName"));
        r.value = new QLineEdit(value, r.widget);
        r.value->setObjectName(QStringLiteral("pairValue"));
        r.remove = new QToolButton(r.widget);
        r.remove->setObjectName(QStringLiteral("removePair"));
        r.remove->setText(QStringLiteral("✕"));
        row->addWidget(r.name, 2);
        row->addWidget(r.value, 3);
        row->addWidget(r.remove);
        m_rows->addWidget(r.widget);
        r.widget->show(); // at once (a layout shows it later): the new row takes focus and Tab now
        connect(r.name, &QLineEdit::textEdited, this, &FieldEditor::edited);
        connect(r.value, &QLineEdit::textEdited, this, &FieldEditor::edited);
        connect(r.remove, &QToolButton::clicked, this, [this, w = r.widget] {
            removeRow(w);
            m_add->setFocus();
            Q_EMIT edited();
        });
        translateRow(r);
        m_pairs.append(r);
        // Tab: each row's name, value and remove button, then the add button.
        QWidget *before = m_pairs.size() > 1 ? m_pairs.at(m_pairs.size() - 2).remove : nullptr;
        if (before)
            QWidget::setTabOrder(before, r.name);
        QWidget::setTabOrder(r.name, r.value);
        QWidget::setTabOrder(r.value, r.remove);
        QWidget::setTabOrder(r.remove, m_add);
        m_box->setFocusProxy(m_pairs.constFirst().name);
        return r.name;
    }

    void removeRow(QWidget *widget)
    {
        for (qsizetype i = 0; i < m_pairs.size(); ++i) {
            if (m_pairs.at(i).widget == widget) {
                m_pairs.removeAt(i);
                widget->hide();
                widget->deleteLater();
                break;
            }
        }
        m_box->setFocusProxy(m_pairs.isEmpty() ? static_cast<QWidget *>(m_add) : m_pairs.constFirst().name);
    }

    QWidget *m_box;
    QVBoxLayout *m_rows;
    QPushButton *m_add;
    QVector<Row> m_pairs;
};

// A JSON template: several lines, in a fixed-width font.
class TemplateEditor : public FieldEditor
{
public:
    TemplateEditor(const FieldSpec &spec, QWidget *parent)
        : FieldEditor(spec, parent)
        , m_edit(new QPlainTextEdit(parent))
    {
        m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_edit->setTabChangesFocus(true);
        m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 5 + 12);
        connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
    }
    QWidget *widget() const override { return m_edit; }
    QVariant value() const override { return m_edit->toPlainText(); }
    void setValue(const QVariant &value) override
    {
        m_loading = true;
        m_edit->setPlainText(value.toString());
        m_loading = false;
    }

private:
    QPlainTextEdit *m_edit;
    bool m_loading = false;
};

// A secret; when the schema says it is the Base64 of a key pair, the operator can paste the token
// or type the key ID and key secret and let the console build it.
class SecretEditor : public FieldEditor
{
public:
    SecretEditor(const FieldSpec &spec, QWidget *parent)
        : FieldEditor(spec, parent)
        , m_box(new QWidget(parent))
        , m_secret(new SecretEdit(m_box))
    {
        auto *layout = new QVBoxLayout(m_box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(m_secret);
        m_box->setFocusProxy(m_secret);
        connect(m_secret, &SecretEdit::edited, this, &FieldEditor::edited);
        if (spec.base64KeyPair)
            addKeyPairBuilder(layout);
        retranslate();
    }
    QWidget *widget() const override { return m_box; }
    QVariant value() const override { return QVariant(); }
    void setValue(const QVariant &) override {}
    SecretEdit *secretEdit() const override { return m_secret; }
    void retranslate() override
    {
        if (!m_build)
            return;
        m_build->setText(QCoreApplication::translate("cc::FieldEditor", "Build it from an access key…"));
        m_keyIdLabel->setText(QCoreApplication::translate("cc::FieldEditor", "Key ID"));
        m_keySecretLabel->setText(QCoreApplication::translate("cc::FieldEditor", "Key secret"));
        // Its label names the text box inside it, which has focus.
        m_keySecret->lineEdit()->setAccessibleName(m_keySecretLabel->text());
    }

private:
    void addKeyPairBuilder(QVBoxLayout *layout)
    {
        m_build = new QToolButton(m_box);
        m_build->setObjectName(QStringLiteral("buildToken"));
        m_build->setCheckable(true);
        m_build->setAutoRaise(true);
        auto *pair = new QWidget(m_box);
        pair->setObjectName(QStringLiteral("keyPair"));
        auto *grid = new QGridLayout(pair);
        grid->setContentsMargins(16, 0, 0, 0);
        m_keyIdLabel = new QLabel(pair);
        m_keySecretLabel = new QLabel(pair);
        auto *keyId = new QLineEdit(pair);
        keyId->setObjectName(QStringLiteral("keyId"));
        auto *keySecret = new SecretEdit(pair);
        keySecret->setObjectName(QStringLiteral("keySecret"));
        m_keySecret = keySecret;
        m_keyIdLabel->setBuddy(keyId);
        m_keySecretLabel->setBuddy(keySecret);
        grid->addWidget(m_keyIdLabel, 0, 0);
        grid->addWidget(keyId, 0, 1);
        grid->addWidget(m_keySecretLabel, 1, 0);
        grid->addWidget(keySecret, 1, 1);
        pair->hide();
        layout->addWidget(m_build, 0, Qt::AlignLeft);
        layout->addWidget(pair);
        connect(m_build, &QToolButton::toggled, pair, &QWidget::setVisible);
        auto rebuild = [this, keyId, keySecret] {
            const QString id = keyId->text().trimmed();
            const QString secret = keySecret->text().trimmed();
            if (!id.isEmpty() && !secret.isEmpty())
                m_secret->setText(QString::fromLatin1((id + QLatin1Char(':') + secret).toUtf8().toBase64()));
        };
        connect(keyId, &QLineEdit::textEdited, this, rebuild);
        connect(keySecret, &SecretEdit::edited, this, rebuild);
    }

    QWidget *m_box;
    SecretEdit *m_secret;
    QToolButton *m_build = nullptr;
    QLabel *m_keyIdLabel = nullptr;
    QLabel *m_keySecretLabel = nullptr;
    SecretEdit *m_keySecret = nullptr;
};

} // namespace

FieldEditor *FieldEditor::create(const FieldSpec &spec, QWidget *parent)
{
    switch (spec.type) {
    case FieldType::Secret:
        return new SecretEditor(spec, parent);
    case FieldType::KeywordList:
        return new KeywordEditor(spec, parent);
    case FieldType::Message:
        return new MessageEditor(spec, parent);
    case FieldType::Integer:
        return new IntegerEditor(spec, parent);
    case FieldType::Enum:
        return new EnumEditor(spec, parent);
    case FieldType::Pairs:
        return new PairsEditor(spec, parent);
    case FieldType::Template:
        return new TemplateEditor(spec, parent);
    case FieldType::Text:
    case FieldType::Url:
    case FieldType::Phone:
        break;
    }
    return new LineEditor(spec, parent);
}

} // namespace cc
