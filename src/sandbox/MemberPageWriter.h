#pragma once

#include "EntityTable.h"
#include "SandboxRequest.h"

#include <QByteArray>
#include <QStringList>

namespace Sandbox {

// Writes one page of GET /organizations/{id}/members straight to JSON text.
// The member list is the sandbox's hottest path (100-row pages out of
// 100,000 members), and building QJsonObjects only to serialize them cost
// most of each request. Writing directly also keeps Auth0's key order as
// recorded: user_id, email, picture, name, roles; members, start, limit, total.
class MemberPageWriter final
{
public:
    // Which member fields a request asked for. Without `fields` everything but
    // roles comes back; roles come only when named and included.
    struct Fields
    {
        bool userId = true;
        bool email = true;
        bool picture = true;
        bool name = true;
        bool roles = false;
    };
    static Fields fieldsFor(const SandboxRequest &request);

    MemberPageWriter(const EntityTable &users, const EntityTable &roles, const Fields &fields);

    // One row from the tenant's user record; roles inline as {id, name}.
    void append(const QString &userId, const QStringList &roleIds);
    int count() const { return m_count; }

    QByteArray array() const; // [...]
    QByteArray envelope(qint64 start, qint64 limit, qint64 total) const; // include_totals=true
    QByteArray checkpoint(const QString &next) const; // {"members":[...],"next"?}

    // A JSON string literal, escaped as JSON requires, UTF-8.
    static void appendString(QByteArray &out, QStringView text);

private:
    void appendValue(const QJsonValue &value);
    void appendKey(const char *key);

    const EntityTable &m_users;
    const EntityTable &m_roles;
    Fields m_fields;
    QByteArray m_rows;
    int m_count = 0;
    bool m_firstInRow = true;
};

} // namespace Sandbox
