#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Api {

// Reads fields from an answer the tolerant way: a missing or null field gives
// the default, unknown fields are ignored, and a field of the wrong type
// records a problem (the caller turns it into ApiError(parse)) instead of
// being silently misread.
class JsonReader final
{
public:
    JsonReader(const QJsonObject &object, const QString &where);
    // For a value that should be an object (an element of a list).
    JsonReader(const QJsonValue &value, const QString &where);

    QString string(const char *key);
    QString requiredString(const char *key);
    bool boolean(const char *key, bool fallback = false);
    qint64 integer(const char *key, qint64 fallback = 0);
    QJsonObject object(const char *key);
    QJsonArray array(const char *key);
    QStringList stringList(const char *key);
    // ISO 8601 text; an unreadable date is a problem, a missing one is invalid.
    QDateTime dateTime(const char *key);
    // Flat string map (organization metadata); non-string values are a problem.
    QMap<QString, QString> stringMap(const char *key);

    bool has(const char *key) const;
    bool failed() const { return !m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    void fail(const QString &problem);
    // Takes over a nested reader's problem.
    void absorb(const JsonReader &other);
    QString where() const { return m_where; }
    const QJsonObject &json() const { return m_object; }

private:
    QJsonValue take(const char *key, QJsonValue::Type type, const char *typeName);

    QJsonObject m_object;
    QString m_where;
    QString m_problem;
};

} // namespace Api
