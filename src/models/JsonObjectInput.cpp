#include "JsonObjectInput.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace JsonObjectInput {

QString parse(const QString &text, const QString &fieldName, QJsonObject *out)
{
    *out = QJsonObject();
    if (text.trimmed().isEmpty())
        return {};
    QJsonParseError error {};
    const QByteArray utf8 = text.toUtf8();
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        // The offset is in bytes; people count characters.
        const int at = int(QString::fromUtf8(utf8.left(error.offset)).size()) + 1;
        return QCoreApplication::translate("JsonObjectInput", "%1 is not valid JSON: %2 at character %3.")
            .arg(fieldName, error.errorString())
            .arg(at);
    }
    if (!document.isObject())
        return QCoreApplication::translate("JsonObjectInput",
                                           "%1 must be a JSON object in braces, like {\"plan\": \"pro\"}.")
            .arg(fieldName);
    *out = document.object();
    return {};
}

} // namespace JsonObjectInput
