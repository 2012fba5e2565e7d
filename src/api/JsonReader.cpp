#include "JsonReader.h"

#include <QMap>

namespace Api {

namespace {
QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: return QStringLiteral("nothing");
    }
    return {};
}
} // namespace

JsonReader::JsonReader(const QJsonObject &object, const QString &where)
    : m_object(object)
    , m_where(where)
{
}

JsonReader::JsonReader(const QJsonValue &value, const QString &where)
    : m_object(value.toObject())
    , m_where(where)
{
    if (!value.isObject())
        fail(QStringLiteral("%1 is a %2, not an object").arg(where, typeName(value)));
}

void JsonReader::fail(const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = problem;
}

void JsonReader::absorb(const JsonReader &other)
{
    if (other.failed())
        fail(other.problem());
}

bool JsonReader::has(const char *key) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    return !value.isUndefined() && !value.isNull();
}

QJsonValue JsonReader::take(const char *key, QJsonValue::Type type, const char *expected)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.type() != type) {
        fail(QStringLiteral("%1.%2 is a %3, expected a %4")
                 .arg(m_where, QLatin1String(key), typeName(value), QLatin1String(expected)));
        return {};
    }
    return value;
}

QString JsonReader::string(const char *key)
{
    return take(key, QJsonValue::String, "string").toString();
}

QString JsonReader::requiredString(const char *key)
{
    const QString value = string(key);
    if (value.isEmpty() && !failed())
        fail(QStringLiteral("%1.%2 is missing").arg(m_where, QLatin1String(key)));
    return value;
}

bool JsonReader::boolean(const char *key, bool fallback)
{
    const QJsonValue value = take(key, QJsonValue::Bool, "boolean");
    return value.isBool() ? value.toBool() : fallback;
}

qint64 JsonReader::integer(const char *key, qint64 fallback)
{
    const QJsonValue value = take(key, QJsonValue::Double, "number");
    return value.isDouble() ? value.toInteger(qint64(value.toDouble())) : fallback;
}

QJsonObject JsonReader::object(const char *key)
{
    return take(key, QJsonValue::Object, "object").toObject();
}

QJsonArray JsonReader::array(const char *key)
{
    return take(key, QJsonValue::Array, "array").toArray();
}

QStringList JsonReader::stringList(const char *key)
{
    QStringList list;
    const QJsonArray values = array(key);
    for (int i = 0; i < values.size(); ++i) {
        if (!values.at(i).isString()) {
            fail(QStringLiteral("%1.%2[%3] is a %4, expected a string")
                     .arg(m_where, QLatin1String(key))
                     .arg(i)
                     .arg(typeName(values.at(i))));
            return {};
        }
        list.append(values.at(i).toString());
    }
    return list;
}

QDateTime JsonReader::dateTime(const char *key)
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid())
        fail(QStringLiteral("%1.%2 is not a date: %3").arg(m_where, QLatin1String(key), text));
    return when;
}

QMap<QString, QString> JsonReader::stringMap(const char *key)
{
    QMap<QString, QString> map;
    const QJsonObject values = object(key);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (it.value().isNull())
            continue;
        if (!it.value().isString()) {
            fail(QStringLiteral("%1.%2.%3 is a %4, expected a string")
                     .arg(m_where, QLatin1String(key), it.key(), typeName(it.value())));
            return {};
        }
        map.insert(it.key(), it.value().toString());
    }
    return map;
}

} // namespace Api
