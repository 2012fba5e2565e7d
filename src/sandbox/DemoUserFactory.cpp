#include "DemoUserFactory.h"

#include "TenantStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sandbox {

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
const char kHexDigits[] = "0123456789abcdef";

// Users are written as JSON text and parsed once: in Qt 6.4 that is about twice as fast as
// building a QJsonObject key by key (each insert keeps the keys sorted), which matters at
// 100,000 users.
void appendString(QByteArray &json, const QString &value)
{
    json.append('"');
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            json.append('\\').append(char(c.unicode()));
        } else if (c.unicode() < 0x20) {
            json.append("\\u00").append(QByteArray::number(c.unicode(), 16).rightJustified(2, '0'));
        } else if (c.unicode() < 0x80) {
            json.append(char(c.unicode()));
        } else {
            json.append(QString(c).toUtf8());
        }
    }
    json.append('"');
}

void appendField(QByteArray &json, const char *key, const QString &value)
{
    json.append(json.size() > 1 ? ",\"" : "\"").append(key).append("\":");
    appendString(json, value);
}

void appendRaw(QByteArray &json, const char *key, const QByteArray &value)
{
    json.append(json.size() > 1 ? ",\"" : "\"").append(key).append("\":").append(value);
}
} // namespace

DemoUserFactory::DemoUserFactory(TenantStore &store)
    : m_store(store)
{
}

QString DemoUserFactory::emailSafe(const QString &name)
{
    // Decompose accents, then keep only ASCII letters and digits.
    const QString decomposed = name.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out.append(c);
    }
    return out;
}

QString DemoUserFactory::uniqueEmail(const QString &givenName, const QString &familyName, const QString &domain)
{
    const QString base = emailSafe(givenName) + QLatin1Char('.') + emailSafe(familyName);
    QString email = base + QLatin1Char('@') + domain;
    for (int n = 2; m_emails.contains(email); ++n)
        email = base + QString::number(n) + QLatin1Char('@') + domain;
    m_emails.insert(email);
    return email;
}

QString DemoUserFactory::randomHex(int length)
{
    // 64 random bits give 16 hex digits; cheaper than one draw per digit at 100,000 users.
    QString out;
    out.reserve(length);
    while (out.size() < length) {
        quint64 bits = m_store.random().generate64();
        for (int i = 0; i < 16 && out.size() < length; ++i, bits >>= 4)
            out.append(QLatin1Char(kHexDigits[bits & 0xF]));
    }
    return out;
}

QString DemoUserFactory::randomDigits(int length)
{
    return m_store.randomString(length, "0123456789");
}

QString DemoUserFactory::create(const Spec &spec)
{
    const QString email = spec.emailLocalPart.isEmpty()
                              ? uniqueEmail(spec.givenName, spec.familyName, spec.emailDomain)
                              : spec.emailLocalPart + QLatin1Char('@') + spec.emailDomain;

    // user_id and identities as Auth0 builds them for each kind of connection.
    QString userId;
    QString identityConnection;
    QString identityUserId;
    QString provider;
    switch (spec.identity) {
    case Identity::Database:
        identityUserId = randomHex(24);
        provider = QStringLiteral("auth0");
        identityConnection = QStringLiteral("Username-Password-Authentication");
        userId = QStringLiteral("auth0|") + identityUserId;
        break;
    case Identity::Google:
        identityUserId = QStringLiteral("1") + randomDigits(20);
        provider = QStringLiteral("google-oauth2");
        identityConnection = provider;
        userId = provider + QLatin1Char('|') + identityUserId;
        break;
    case Identity::Enterprise: {
        // SAML and Entra ID users are keyed by their e-mail, Okta users by Okta's own id.
        const QString subject = spec.strategy == QLatin1String("okta") ? QStringLiteral("00u") + randomHex(17) : email;
        identityUserId = spec.connection + QLatin1Char('|') + subject;
        provider = spec.strategy;
        identityConnection = spec.connection;
        userId = provider + QLatin1Char('|') + identityUserId;
        break;
    }
    }

    QString picture = spec.picture;
    if (picture.isEmpty()) {
        const QByteArray hash = QCryptographicHash::hash(email.toUtf8(), QCryptographicHash::Md5).toHex();
        const QString initials = emailSafe(spec.givenName.left(1)) + emailSafe(spec.familyName.left(1));
        picture = QStringLiteral("https://s.gravatar.com/avatar/") + QString::fromLatin1(hash)
                  + QStringLiteral("?s=480&r=pg&d=https%3A%2F%2Fcdn.auth0.com%2Favatars%2F") + initials
                  + QStringLiteral(".png");
    }

    QByteArray identity("{");
    appendField(identity, "connection", identityConnection);
    appendField(identity, "user_id", identityUserId);
    appendField(identity, "provider", provider);
    appendRaw(identity, "isSocial", spec.identity == Identity::Google ? "true" : "false");
    identity.append('}');

    const QString created = TenantStore::isoTime(spec.createdMs);
    QByteArray json;
    json.reserve(640);
    json.append('{');
    appendField(json, "user_id", userId);
    appendField(json, "email", email);
    appendRaw(json, "email_verified", spec.identity != Identity::Database || !spec.lean ? "true" : "false");
    appendField(json, "given_name", spec.givenName);
    appendField(json, "family_name", spec.familyName);
    appendField(json, "name", QString(spec.givenName + QLatin1Char(' ') + spec.familyName));
    appendField(json, "nickname", email.section(QLatin1Char('@'), 0, 0));
    appendField(json, "picture", picture);
    appendRaw(json, "identities", '[' + identity + ']');
    appendField(json, "created_at", created);
    if (spec.lean) {
        // Never logged in: updated when created, no login history.
        appendField(json, "updated_at", created);
    } else {
        const qint64 sinceCreated = std::max<qint64>(1, m_store.nowMs() - spec.createdMs);
        const qint64 lastLogin = spec.createdMs + qint64(m_store.random().bounded(double(sinceCreated)));
        const int logins = 1 + int(m_store.random().bounded(int(sinceCreated / kDayMs) + 1));
        appendField(json, "updated_at", TenantStore::isoTime(lastLogin));
        appendField(json, "last_login", TenantStore::isoTime(lastLogin));
        appendRaw(json, "logins_count", QByteArray::number(logins));
    }
    if (!spec.jobTitle.isEmpty()) {
        QByteArray metadata("{");
        appendField(metadata, "job_title", spec.jobTitle);
        appendRaw(json, "user_metadata", metadata + '}');
    }
    if (spec.blocked)
        appendRaw(json, "blocked", "true");
    json.append('}');
    const QJsonObject user = QJsonDocument::fromJson(json).object();
    m_store.users().insert(user);
    return userId;
}

} // namespace Sandbox
