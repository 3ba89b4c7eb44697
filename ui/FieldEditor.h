#pragma once

#include "domain/FieldSchema.h"

#include <QObject>
#include <QVariant>

class QWidget;

namespace cc {

class SecretEdit;

// The widget for one schema field, chosen by its type: the form never lays out a vendor by hand.
class FieldEditor : public QObject
{
    Q_OBJECT

public:
    static FieldEditor *create(const FieldSpec &spec, QWidget *parent);

    const FieldSpec &spec() const { return m_spec; }
    virtual QWidget *widget() const = 0;
    // Non-secret fields: the value as typed (QString, or int for Integer).
    virtual QVariant value() const = 0;
    virtual void setValue(const QVariant &value) = 0;
    // Secret fields only; null otherwise.
    virtual SecretEdit *secretEdit() const { return nullptr; }
    virtual void retranslate() {}

Q_SIGNALS:
    void edited();

protected:
    FieldEditor(const FieldSpec &spec, QObject *parent);

private:
    FieldSpec m_spec;
};

} // namespace cc
