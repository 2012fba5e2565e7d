#pragma once

#include <QJsonObject>
#include <QString>

// Metadata typed as JSON (an invitation's app_metadata and user_metadata):
// empty means none; anything else must be one JSON object. Returns a
// translated sentence naming the field and the problem, empty when fine.
namespace JsonObjectInput {

QString parse(const QString &text, const QString &fieldName, QJsonObject *out);

} // namespace JsonObjectInput
