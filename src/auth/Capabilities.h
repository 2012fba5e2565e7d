#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Auth {

// What the current token may do, from its granted scopes (auth0-api.md §5).
// Panes ask can(op) to enable a control and missingScopes(op) to say why not.
class Capabilities final
{
    Q_DECLARE_TR_FUNCTIONS(Capabilities)

public:
    enum class Operation {
        ListOrganizations,
        ReadOrganization,
        ReadOrganizationByName,
        CreateOrganization,
        UpdateOrganization,
        DeleteOrganization,
        ListEnabledConnections,
        AddEnabledConnection,
        UpdateEnabledConnection,
        RemoveEnabledConnection,
        ListMembers,
        ListMembersWithRoles,
        AddMembers,
        RemoveMembers,
        ListMemberRoles,
        AssignMemberRoles,
        RemoveMemberRoles,
        ListInvitations,
        CreateInvitation,
        DeleteInvitation,
        ListRoles,
        SearchUsers,
        ListUserOrganizations,
        ListClients,
        ListConnections,
    };

    // No token yet: nothing is allowed.
    Capabilities() = default;
    explicit Capabilities(const QStringList &grantedScopes);
    // A token that names no scopes (an opaque pasted token): the tenant decides,
    // so everything is allowed here and a 403 will say what is missing.
    static Capabilities unknown();

    bool isKnown() const { return m_known; }
    QStringList granted() const { return m_granted; }
    bool can(Operation op) const;
    // One scope per unmet requirement (the one to ask the tenant admin for).
    QStringList missingScopes(Operation op) const;
    // A translated sentence naming the missing scopes; empty when allowed.
    QString explainMissing(Operation op) const;

    // Every requirement is met by any one scope of its group; all groups must be met.
    static QList<QStringList> requirement(Operation op);
    static QList<Operation> allOperations();
    // The scopes a client grant needs for every operation of the console.
    static QStringList fullConsoleScopes();
    static QString operationName(Operation op);
    // The operations a scope counts towards, to tell people what a grant enables.
    static QList<Operation> operationsUsing(const QString &scope);

private:
    QStringList m_granted;
    bool m_known = true;
};

} // namespace Auth
