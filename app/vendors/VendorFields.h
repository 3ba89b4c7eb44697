#pragma once

#include "domain/FieldSchema.h"

namespace cc {

// Field declarations shared by several vendors' forms.
namespace fields {
FieldSpec name();
// Opt-in, opt-out, help and double opt-in keywords and messages, in the platform's order.
QVector<FieldSpec> keywordsAndMessages();
FieldSpec region(QVector<Choice> choices);
FieldSpec endpoint(const char *help, const QString &example);
} // namespace fields

} // namespace cc
