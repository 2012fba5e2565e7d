#include "RoleHoldersText.h"

#include "RoleHoldersModel.h"

using Op = Auth::Capabilities::Operation;

QString RoleHoldersText::status(const RoleHoldersModel &holders, int shown)
{
    const int count = holders.rowCount();
    QString text
        = shown == count ? tr("%n holder(s)", nullptr, count) : tr("%1 of %2 holders match").arg(shown).arg(count);
    text += QStringLiteral(" · ");
    if (holders.isComplete())
        text += tr("%Ln member(s) in the organization", nullptr, holders.loadedMemberCount());
    else if (holders.expectedMemberCount() >= 0)
        text += tr("among the first %L1 of %L2 members")
                    .arg(holders.loadedMemberCount())
                    .arg(holders.expectedMemberCount());
    else
        text += tr("among the first %L1 members").arg(holders.loadedMemberCount());
    return text;
}

QString RoleHoldersText::placeholder(const RoleHoldersModel &holders, const Api::Role &role,
                                     const Auth::Capabilities &capabilities)
{
    if (holders.organizationId().isEmpty())
        return {};
    if (!capabilities.can(Op::ListMembersWithRoles))
        return capabilities.explainMissing(Op::ListMembersWithRoles);
    if (role.id.isEmpty())
        return !capabilities.can(Op::ListRoles) ? capabilities.explainMissing(Op::ListRoles)
                                                : tr("Select a role to see who in this organization holds it.");
    if (holders.rowCount() > 0)
        return {};
    if (holders.isLoading())
        return tr("Looking for members who hold %1…").arg(role.name);
    if (holders.loadFailed())
        return tr("The members of this organization could not be loaded. Press F5 to try again.");
    if (!holders.isComplete())
        return tr("None of the %L1 members loaded so far holds %2. Press F5 to load all of them.")
            .arg(holders.loadedMemberCount())
            .arg(role.name);
    return tr("No member of this organization holds %1. Use “Assign to members…” to give it to some.").arg(role.name);
}
