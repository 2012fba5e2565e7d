// Test data for the sandbox member tests: organizations, users and roles put
// straight into a TenantStore, and request helpers for /members.
#pragma once

#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace MemberTestData {

using Sandbox::TenantStore;

inline QString addOrg(TenantStore &store, const QString &name)
{
    Sandbox::Organization org;
    org.id = store.newId(QStringLiteral("org_"));
    org.name = name;
    return store.addOrganization(std::move(org)).id;
}

inline QString addUser(TenantStore &store, const QString &userId, bool withEmail = true)
{
    const QString local = userId.section(QLatin1Char('|'), -1);
    QJsonObject user{{QStringLiteral("user_id"), userId},
                     {QStringLiteral("name"), QString(QStringLiteral("Name ") + local)},
                     {QStringLiteral("picture"), QString(QStringLiteral("https://example-picture-url.jpg/") + local)},
                     {QStringLiteral("nickname"), local}};
    if (withEmail)
        user.insert(QStringLiteral("email"), QString(local + QStringLiteral("@example.com")));
    store.users().insert(user);
    return userId;
}

// A user as go-auth0's tests create them (name = email, the same picture for all).
inline void addRecordedUser(TenantStore &store, const QString &userId, const QString &email)
{
    store.users().insert(QJsonObject{{QStringLiteral("user_id"), userId},
                                     {QStringLiteral("email"), email},
                                     {QStringLiteral("name"), email},
                                     {QStringLiteral("nickname"), QStringLiteral("Chucky")},
                                     {QStringLiteral("picture"), QStringLiteral("https://example-picture-url.jpg")}});
}

inline QString addRole(TenantStore &store, const QString &name)
{
    const QString id = store.newId(QStringLiteral("rol_"));
    store.roles().insert(QJsonObject{{QStringLiteral("id"), id},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("description"), QStringLiteral("Test Role")}});
    return id;
}

// n members joined one millisecond apart, users auth0|u00000 … in join order.
inline void addMembers(TenantStore &store, const QString &orgId, int n)
{
    Sandbox::Organization *org = store.organization(orgId);
    for (int i = 0; i < n; ++i)
        org->addMember(addUser(store, QStringLiteral("auth0|u%1").arg(i, 5, 10, QLatin1Char('0'))), 1000 + i);
}

inline QString membersPath(const QString &orgId, const QString &query = {})
{
    return QStringLiteral("/api/v2/organizations/") + orgId + QStringLiteral("/members")
        + (query.isEmpty() ? QString() : QString(QLatin1Char('?') + query));
}

inline QByteArray idsBody(const QStringList &ids)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("members"), QJsonArray::fromStringList(ids)}})
        .toJson(QJsonDocument::Compact);
}

inline QString message(const SandboxResponse &r)
{
    return r.object().value(QStringLiteral("message")).toString();
}

inline QStringList userIds(const QJsonArray &rows)
{
    QStringList ids;
    for (const QJsonValue &row : rows)
        ids.append(row.toObject().value(QStringLiteral("user_id")).toString());
    return ids;
}

} // namespace MemberTestData
