#pragma once

#include <QSet>
#include <QString>

namespace Sandbox {

class TenantStore;

// Makes tenant users in the shape GET /users/{id} returns them (user_id,
// names, email, picture, identities, timestamps) and stores them. Shared by
// the demo seed and the scale seed; every random choice comes from the
// store's seeded generator so a seed always gives the same people.
class DemoUserFactory final
{
public:
    enum class Identity { Database, Google, Enterprise };

    struct Spec
    {
        QString givenName;
        QString familyName;
        QString emailDomain;
        qint64 createdMs = 0;
        Identity identity = Identity::Database;
        QString connection;        // enterprise connection name (Identity::Enterprise)
        QString strategy;          // its strategy: okta, samlp, waad
        QString emailLocalPart;    // empty: given.family, made unique
        QString picture;           // empty: a Gravatar URL as Auth0 sets it
        QString jobTitle;          // empty: no user_metadata
        bool blocked = false;
        bool lean = false;         // scale seed: no login history, fewer keys
    };

    explicit DemoUserFactory(TenantStore &store);

    // Stores the user and returns its user_id.
    QString create(const Spec &spec);

    // given.family in ASCII: "Müller" -> "muller", "O'Brien" -> "obrien".
    static QString emailSafe(const QString &name);
    // A fresh address at the domain that no user or invitee has yet.
    QString uniqueEmail(const QString &givenName, const QString &familyName, const QString &domain);

private:
    QString randomHex(int length);
    QString randomDigits(int length);

    TenantStore &m_store;
    QSet<QString> m_emails;
};

} // namespace Sandbox
