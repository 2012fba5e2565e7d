#include "Capabilities.h"

#include <algorithm>

namespace Auth {

namespace {
QStringList anyOf(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    return list;
}
} // namespace

Capabilities::Capabilities(const QStringList &grantedScopes)
    : m_granted(grantedScopes)
{
}

Capabilities Capabilities::unknown()
{
    Capabilities caps;
    caps.m_known = false;
    return caps;
}

QList<QStringList> Capabilities::requirement(Operation op)
{
    using O = Operation;
    switch (op) {
    case O::ListOrganizations:
    case O::ReadOrganization:
        return { anyOf({ "read:organizations", "read:organizations_summary" }) };
    case O::ReadOrganizationByName:
        return { anyOf({ "read:organizations" }) };
    case O::CreateOrganization:
        return { anyOf({ "create:organizations" }) };
    case O::UpdateOrganization:
        return { anyOf({ "update:organizations" }) };
    case O::DeleteOrganization:
        return { anyOf({ "delete:organizations" }) };
    case O::ListEnabledConnections:
        return { anyOf({ "read:organization_connections" }) };
    case O::AddEnabledConnection:
        return { anyOf({ "create:organization_connections" }) };
    case O::UpdateEnabledConnection:
        return { anyOf({ "update:organization_connections" }) };
    case O::RemoveEnabledConnection:
        return { anyOf({ "delete:organization_connections" }) };
    case O::ListMembers:
        return { anyOf({ "read:organization_members" }) };
    case O::ListMembersWithRoles:
        // fields=roles needs the member-roles scope on top of the members one.
        return { anyOf({ "read:organization_members" }), anyOf({ "read:organization_member_roles" }) };
    case O::AddMembers:
        return { anyOf({ "create:organization_members" }) };
    case O::RemoveMembers:
        return { anyOf({ "delete:organization_members" }) };
    case O::ListMemberRoles:
        return { anyOf({ "read:organization_member_roles" }) };
    case O::AssignMemberRoles:
        return { anyOf({ "create:organization_member_roles" }) };
    case O::RemoveMemberRoles:
        return { anyOf({ "delete:organization_member_roles" }) };
    case O::ListInvitations:
        return { anyOf({ "read:organization_invitations" }) };
    case O::CreateInvitation:
        return { anyOf({ "create:organization_invitations" }) };
    case O::DeleteInvitation:
        return { anyOf({ "delete:organization_invitations" }) };
    case O::ListRoles:
        return { anyOf({ "read:roles" }) };
    case O::SearchUsers:
        return { anyOf({ "read:users" }) };
    case O::ListUserOrganizations:
        return { anyOf({ "read:organizations", "read:users" }) };
    case O::ListClients:
        return { anyOf({ "read:clients", "read:client_keys", "read:client_credentials", "read:client_summary" }) };
    case O::ListConnections:
        return { anyOf({ "read:connections" }) };
    }
    return {};
}

QList<Capabilities::Operation> Capabilities::allOperations()
{
    QList<Operation> ops;
    for (int i = int(Operation::ListOrganizations); i <= int(Operation::ListConnections); ++i)
        ops.append(Operation(i));
    return ops;
}

QStringList Capabilities::fullConsoleScopes()
{
    QStringList scopes;
    const auto ops = allOperations();
    for (Operation op : ops) {
        const auto groups = requirement(op);
        for (const QStringList &group : groups) {
            if (!scopes.contains(group.first()))
                scopes.append(group.first());
        }
    }
    return scopes;
}

QList<Capabilities::Operation> Capabilities::operationsUsing(const QString &scope)
{
    QList<Operation> ops;
    const auto all = allOperations();
    for (Operation op : all) {
        const auto groups = requirement(op);
        if (std::any_of(groups.begin(), groups.end(), [&](const QStringList &group) { return group.contains(scope); }))
            ops.append(op);
    }
    return ops;
}

bool Capabilities::can(Operation op) const
{
    return missingScopes(op).isEmpty();
}

QStringList Capabilities::missingScopes(Operation op) const
{
    if (!m_known)
        return {};
    QStringList missing;
    const auto groups = requirement(op);
    for (const QStringList &group : groups) {
        const bool met = std::any_of(group.cbegin(), group.cend(),
                                     [this](const QString &scope) { return m_granted.contains(scope); });
        if (!met)
            missing.append(group.first());
    }
    return missing;
}

QString Capabilities::explainMissing(Operation op) const
{
    const QStringList missing = missingScopes(op);
    if (missing.isEmpty())
        return {};
    if (missing.size() == 1)
        return tr("The token lacks the %1 scope needed to %2.").arg(missing.first(), operationName(op));
    return tr("The token lacks the scopes %1 needed to %2.").arg(missing.join(QStringLiteral(", ")), operationName(op));
}

QString Capabilities::operationName(Operation op)
{
    using O = Operation;
    switch (op) {
    case O::ListOrganizations:
        return tr("list organizations");
    case O::ReadOrganization:
        return tr("open an organization");
    case O::ReadOrganizationByName:
        return tr("find an organization by name");
    case O::CreateOrganization:
        return tr("create organizations");
    case O::UpdateOrganization:
        return tr("edit organizations");
    case O::DeleteOrganization:
        return tr("delete organizations");
    case O::ListEnabledConnections:
        return tr("list an organization's connections");
    case O::AddEnabledConnection:
        return tr("enable connections");
    case O::UpdateEnabledConnection:
        return tr("change enabled connections");
    case O::RemoveEnabledConnection:
        return tr("disable connections");
    case O::ListMembers:
        return tr("list members");
    case O::ListMembersWithRoles:
        return tr("list members with their roles");
    case O::AddMembers:
        return tr("add members");
    case O::RemoveMembers:
        return tr("remove members");
    case O::ListMemberRoles:
        return tr("list member roles");
    case O::AssignMemberRoles:
        return tr("assign roles");
    case O::RemoveMemberRoles:
        return tr("remove roles");
    case O::ListInvitations:
        return tr("list invitations");
    case O::CreateInvitation:
        return tr("invite users");
    case O::DeleteInvitation:
        return tr("revoke invitations");
    case O::ListRoles:
        return tr("list roles");
    case O::SearchUsers:
        return tr("search users");
    case O::ListUserOrganizations:
        return tr("list a user's organizations");
    case O::ListClients:
        return tr("list applications");
    case O::ListConnections:
        return tr("list connections");
    }
    return {};
}

} // namespace Auth
