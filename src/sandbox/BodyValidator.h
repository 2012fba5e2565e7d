#pragma once

#include "SandboxReply.h"
#include "SandboxRequest.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace Sandbox {

// Checks a JSON request body the way the Management API does and words the
// first problem as it does ("Payload validation error: '...' on property x.").
// Calls chain; after the first failure the rest are no-ops.
class BodyValidator final
{
public:
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    // Parses JSON (or a form-encoded body) into an object; a 400 when malformed.
    static std::optional<SandboxReply> parseObject(const SandboxRequest &request, QJsonObject *out);

    explicit BodyValidator(const QJsonObject &body, QString prefix = {});

    BodyValidator &required(const QString &key);
    BodyValidator &onlyKeys(const QStringList &allowed);
    BodyValidator &string(const QString &key, int minLength, int maxLength);
    BodyValidator &pattern(const QString &key, const QRegularExpression &re);
    BodyValidator &boolean(const QString &key);
    BodyValidator &integer(const QString &key, qint64 min, qint64 max);
    BodyValidator &object(const QString &key, bool nullable = false);
    BodyValidator &stringArray(const QString &key, int minItems, int maxItems);
    BodyValidator &array(const QString &key, int minItems, int maxItems);
    BodyValidator &email(const QString &key);
    BodyValidator &httpsUrl(const QString &key, bool nullable);
    // Fails on body[key], or on the object itself (named by the prefix) when key is empty.
    BodyValidator &fail(const QString &detail, const QString &key = {});

    bool failed() const { return m_error.has_value(); }
    SandboxReply reply() const { return *m_error; }

    static QString jsonTypeName(const QJsonValue &value);
    static bool isEmail(const QString &text);

private:
    bool skip(const QString &key) const;
    bool typeIs(const QString &key, const QString &expected, bool ok);
    QString property(const QString &key) const { return m_prefix.isEmpty() ? key : m_prefix + QLatin1Char('.') + key; }

    QJsonObject m_body;
    QString m_prefix;
    std::optional<SandboxReply> m_error;
};

} // namespace Sandbox
