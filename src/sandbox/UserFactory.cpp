#include "UserFactory.h"

#include "BodyValidator.h"
#include "TenantStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUrl>

namespace Sandbox {

namespace {
const char kHexDigits[] = "0123456789abcdef";

const QJsonObject *connectionNamed(TenantStore &store, const QString &name)
{
    for (const QString &id : store.connections().ids()) {
        const QJsonObject *connection = store.connections().find(id);
        if (connection && connection->value(QStringLiteral("name")).toString() == name)
            return connection;
    }
    return nullptr;
}

QString identityConnection(const QJsonObject &user)
{
    return user.value(QStringLiteral("identities"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("connection"))
        .toString();
}

bool sameText(const QJsonValue &a, const QJsonValue &b)
{
    return a.isString() && b.isString() && a.toString().compare(b.toString(), Qt::CaseInsensitive) == 0;
}
} // namespace

QString UserFactory::gravatarUrl(const QString &email)
{
    // What the service stores for users without a picture: gravatar, falling
    // back to an avatar made of the first two letters.
    const QByteArray hash
        = QCryptographicHash::hash(email.trimmed().toLower().toUtf8(), QCryptographicHash::Md5).toHex();
    const QString initials = email.left(2).toLower();
    return QStringLiteral("https://s.gravatar.com/avatar/%1?s=480&r=pg&d=%2")
        .arg(QString::fromLatin1(hash),
             QString::fromLatin1(
                 QUrl::toPercentEncoding(QStringLiteral("https://cdn.auth0.com/avatars/%1.png").arg(initials))));
}

std::optional<SandboxReply> UserFactory::checkBody(const QJsonObject &body) const
{
    BodyValidator validator(body);
    validator
        .onlyKeys({ QStringLiteral("email"), QStringLiteral("phone_number"), QStringLiteral("user_metadata"),
                    QStringLiteral("blocked"), QStringLiteral("email_verified"), QStringLiteral("phone_verified"),
                    QStringLiteral("app_metadata"), QStringLiteral("given_name"), QStringLiteral("family_name"),
                    QStringLiteral("name"), QStringLiteral("nickname"), QStringLiteral("picture"),
                    QStringLiteral("user_id"), QStringLiteral("connection"), QStringLiteral("password"),
                    QStringLiteral("verify_email"), QStringLiteral("username") })
        .required(QStringLiteral("connection"))
        .string(QStringLiteral("connection"), 1, 0)
        .email(QStringLiteral("email"))
        .string(QStringLiteral("phone_number"), 0, 0)
        .object(QStringLiteral("user_metadata"))
        .object(QStringLiteral("app_metadata"))
        .boolean(QStringLiteral("blocked"))
        .boolean(QStringLiteral("email_verified"))
        .boolean(QStringLiteral("phone_verified"))
        .boolean(QStringLiteral("verify_email"))
        .string(QStringLiteral("given_name"), 1, 150)
        .string(QStringLiteral("family_name"), 1, 150)
        .string(QStringLiteral("name"), 1, 300)
        .string(QStringLiteral("nickname"), 1, 300)
        .string(QStringLiteral("picture"), 0, 0)
        .string(QStringLiteral("user_id"), 0, 255)
        .string(QStringLiteral("password"), 1, 0)
        .string(QStringLiteral("username"), 1, 128);
    const QString picture = body.value(QStringLiteral("picture")).toString();
    const QUrl pictureUrl(picture, QUrl::StrictMode);
    if (!validator.failed() && body.contains(QStringLiteral("picture"))
        && (!pictureUrl.isValid() || pictureUrl.scheme().isEmpty()))
        validator.fail(QStringLiteral("Object didn't pass validation for format strict-uri: %1").arg(picture),
                       QStringLiteral("picture"));
    if (validator.failed())
        return validator.reply();
    return std::nullopt;
}

bool UserFactory::exists(const QString &connection, const QJsonObject &body, const QString &userId) const
{
    for (const QString &id : m_store.users().ids()) {
        const QJsonObject *user = m_store.users().find(id);
        if (!user)
            continue;
        if (id == userId)
            return true;
        if (identityConnection(*user) != connection)
            continue;
        for (const char *key : { "email", "username", "phone_number" }) {
            const QString field = QString::fromLatin1(key);
            if (sameText(user->value(field), body.value(field)))
                return true;
        }
    }
    return false;
}

std::optional<SandboxReply> UserFactory::create(const QJsonObject &body, QJsonObject *user)
{
    if (auto error = checkBody(body))
        return error;
    const QString connectionName = body.value(QStringLiteral("connection")).toString();
    const QJsonObject *connection = connectionNamed(m_store, connectionName);
    if (!connection)
        return SandboxReply::error(400, QStringLiteral("The connection does not exist."),
                                   QStringLiteral("inexistent_connection"));
    const QString strategy = connection->value(QStringLiteral("strategy")).toString();
    if (strategy != QLatin1String("auth0") && strategy != QLatin1String("email") && strategy != QLatin1String("sms"))
        return SandboxReply::error(400,
                                   QStringLiteral("Connection does not support user creation through the API. It "
                                                  "must either be a database or passwordless connection."),
                                   QStringLiteral("operation_not_supported"));
    // What each kind of connection needs to identify and sign in the user.
    QStringList needed;
    if (strategy == QLatin1String("auth0"))
        needed << QStringLiteral("email") << QStringLiteral("password");
    else if (strategy == QLatin1String("email"))
        needed << QStringLiteral("email");
    else
        needed << QStringLiteral("phone_number");
    for (const QString &key : needed) {
        if (!body.contains(key))
            return SandboxReply::payloadError(QStringLiteral("Missing required property: %1").arg(key));
    }

    const QString provider = strategy;
    const QString bareId
        = body.contains(QStringLiteral("user_id")) && !body.value(QStringLiteral("user_id")).toString().isEmpty()
        ? body.value(QStringLiteral("user_id")).toString()
        : m_store.randomString(24, kHexDigits);
    const QString userId = provider + QLatin1Char('|') + bareId;
    if (exists(connectionName, body, userId))
        return SandboxReply::error(409, QStringLiteral("The user already exists."), QStringLiteral("auth0_idp_error"));

    const QString now = TenantStore::isoTime(m_store.nowMs());
    const QString email = body.value(QStringLiteral("email")).toString();
    const QString phone = body.value(QStringLiteral("phone_number")).toString();
    QJsonObject out {
        { QStringLiteral("user_id"), userId },
        { QStringLiteral("created_at"), now },
        { QStringLiteral("updated_at"), now },
        { QStringLiteral("identities"),
          QJsonArray { QJsonObject { { QStringLiteral("connection"), connectionName },
                                     { QStringLiteral("user_id"), bareId },
                                     { QStringLiteral("provider"), provider },
                                     { QStringLiteral("isSocial"), false } } } },
    };
    if (!email.isEmpty()) {
        out.insert(QStringLiteral("email"), email);
        out.insert(QStringLiteral("email_verified"), body.value(QStringLiteral("email_verified")).toBool(false));
    }
    if (!phone.isEmpty()) {
        out.insert(QStringLiteral("phone_number"), phone);
        out.insert(QStringLiteral("phone_verified"), body.value(QStringLiteral("phone_verified")).toBool(false));
    }
    const QString identifier = email.isEmpty() ? phone : email;
    out.insert(QStringLiteral("name"), body.value(QStringLiteral("name")).toString(identifier));
    out.insert(QStringLiteral("nickname"),
               body.value(QStringLiteral("nickname")).toString(identifier.section(QLatin1Char('@'), 0, 0)));
    out.insert(QStringLiteral("picture"), body.value(QStringLiteral("picture")).toString(gravatarUrl(identifier)));
    for (const char *key : { "given_name", "family_name", "username", "blocked", "user_metadata", "app_metadata" }) {
        const QString field = QString::fromLatin1(key);
        if (body.contains(field))
            out.insert(field, body.value(field));
    }
    *user = out;
    return std::nullopt;
}

} // namespace Sandbox
