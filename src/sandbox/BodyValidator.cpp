#include "BodyValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace Sandbox {

std::optional<SandboxReply> BodyValidator::parseObject(const SandboxRequest &request, QJsonObject *out)
{
    if (request.body.size() > kMaxBodyBytes)
        return SandboxReply::error(
            413, QStringLiteral("Payload content length greater than maximum allowed: %1").arg(kMaxBodyBytes));
    if (request.contentType.startsWith("application/x-www-form-urlencoded")) {
        QJsonObject object;
        const QUrlQuery form(QString::fromUtf8(request.body));
        for (const auto &item : form.queryItems(QUrl::FullyDecoded))
            object.insert(item.first, item.second);
        *out = object;
        return std::nullopt;
    }
    if (request.body.trimmed().isEmpty()) {
        *out = QJsonObject {};
        return std::nullopt;
    }
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return SandboxReply::invalidBody(QStringLiteral("Invalid request payload JSON format"));
    if (!doc.isObject())
        return SandboxReply::payloadError(QStringLiteral("Expected type object but found type %1")
                                              .arg(doc.isArray() ? QStringLiteral("array") : QStringLiteral("null")));
    *out = doc.object();
    return std::nullopt;
}

BodyValidator::BodyValidator(const QJsonObject &body, QString prefix)
    : m_body(body)
    , m_prefix(std::move(prefix))
{
}

QString BodyValidator::jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QStringLiteral("integer") : QStringLiteral("number");
    }
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("undefined");
    }
}

bool BodyValidator::isEmail(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^\s@]+@[^\s@]+\.[^\s@]+$)"));
    return text.size() <= 254 && re.match(text).hasMatch();
}

bool BodyValidator::skip(const QString &key) const
{
    return failed() || !m_body.contains(key);
}

bool BodyValidator::typeIs(const QString &key, const QString &expected, bool ok)
{
    if (!ok)
        fail(QStringLiteral("Expected type %1 but found type %2").arg(expected, jsonTypeName(m_body.value(key))), key);
    return ok;
}

BodyValidator &BodyValidator::fail(const QString &detail, const QString &key)
{
    // Without a key the problem is the object itself: the prefix names it (empty at the top level).
    if (!failed())
        m_error = SandboxReply::payloadError(detail, key.isEmpty() ? m_prefix : property(key));
    return *this;
}

BodyValidator &BodyValidator::required(const QString &key)
{
    if (!failed() && !m_body.contains(key))
        fail(QStringLiteral("Missing required property: %1").arg(key));
    return *this;
}

BodyValidator &BodyValidator::onlyKeys(const QStringList &allowed)
{
    if (failed())
        return *this;
    QStringList extra;
    for (auto it = m_body.constBegin(); it != m_body.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            extra.append(it.key());
    }
    if (!extra.isEmpty())
        fail(QStringLiteral("Additional properties not allowed: %1").arg(extra.join(QLatin1Char(','))));
    return *this;
}

BodyValidator &BodyValidator::string(const QString &key, int minLength, int maxLength)
{
    if (skip(key) || !typeIs(key, QStringLiteral("string"), m_body.value(key).isString()))
        return *this;
    const int length = int(m_body.value(key).toString().size());
    if (length < minLength)
        fail(QStringLiteral("String is too short (%1 chars), minimum %2").arg(length).arg(minLength), key);
    else if (maxLength > 0 && length > maxLength)
        fail(QStringLiteral("String is too long (%1 chars), maximum %2").arg(length).arg(maxLength), key);
    return *this;
}

BodyValidator &BodyValidator::pattern(const QString &key, const QRegularExpression &re)
{
    if (skip(key) || !m_body.value(key).isString())
        return *this;
    const QString value = m_body.value(key).toString();
    if (!re.match(value).hasMatch())
        fail(QStringLiteral("String does not match pattern %1: %2").arg(re.pattern(), value), key);
    return *this;
}

BodyValidator &BodyValidator::boolean(const QString &key)
{
    if (!skip(key))
        typeIs(key, QStringLiteral("boolean"), m_body.value(key).isBool());
    return *this;
}

BodyValidator &BodyValidator::integer(const QString &key, qint64 min, qint64 max)
{
    if (skip(key))
        return *this;
    const QJsonValue value = m_body.value(key);
    if (!typeIs(key, QStringLiteral("integer"), jsonTypeName(value) == QLatin1String("integer")))
        return *this;
    const qint64 n = value.toInteger();
    if (n < min)
        fail(QStringLiteral("Value %1 is less than minimum %2").arg(n).arg(min), key);
    else if (n > max)
        fail(QStringLiteral("Value %1 is greater than maximum %2").arg(n).arg(max), key);
    return *this;
}

BodyValidator &BodyValidator::object(const QString &key, bool nullable)
{
    if (skip(key))
        return *this;
    const QJsonValue value = m_body.value(key);
    typeIs(key, QStringLiteral("object"), value.isObject() || (nullable && value.isNull()));
    return *this;
}

BodyValidator &BodyValidator::array(const QString &key, int minItems, int maxItems)
{
    if (skip(key) || !typeIs(key, QStringLiteral("array"), m_body.value(key).isArray()))
        return *this;
    const int count = int(m_body.value(key).toArray().size());
    if (count < minItems)
        fail(QStringLiteral("Array is too short (%1), minimum %2").arg(count).arg(minItems), key);
    else if (maxItems > 0 && count > maxItems)
        fail(QStringLiteral("Array is too long (%1), maximum %2").arg(count).arg(maxItems), key);
    return *this;
}

BodyValidator &BodyValidator::stringArray(const QString &key, int minItems, int maxItems)
{
    array(key, minItems, maxItems);
    if (skip(key))
        return *this;
    const QJsonArray items = m_body.value(key).toArray();
    for (int i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString() || items.at(i).toString().isEmpty()) {
            fail(items.at(i).isString()
                     ? QStringLiteral("String is too short (0 chars), minimum 1")
                     : QStringLiteral("Expected type string but found type %1").arg(jsonTypeName(items.at(i))),
                 key + QStringLiteral("[%1]").arg(i));
            break;
        }
    }
    return *this;
}

BodyValidator &BodyValidator::email(const QString &key)
{
    if (skip(key) || !typeIs(key, QStringLiteral("string"), m_body.value(key).isString()))
        return *this;
    const QString value = m_body.value(key).toString();
    if (!isEmail(value))
        fail(QStringLiteral("Object didn't pass validation for format email: %1").arg(value), key);
    return *this;
}

BodyValidator &BodyValidator::httpsUrl(const QString &key, bool nullable)
{
    if (skip(key))
        return *this;
    const QJsonValue value = m_body.value(key);
    if (nullable && value.isNull())
        return *this;
    if (!typeIs(key, QStringLiteral("string"), value.isString()))
        return *this;
    const QUrl url(value.toString(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        fail(QStringLiteral("Object didn't pass validation for format strict-https-uri-or-null: %1")
                 .arg(value.toString()),
             key);
    return *this;
}

} // namespace Sandbox
