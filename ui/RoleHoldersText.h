#pragma once

#include "api/Role.h"
#include "auth/Capabilities.h"

#include <QCoreApplication>
#include <QString>

class RoleHoldersModel;

// What the holders side of the Roles tab says: the status line under the
// table, and the sentence shown in place of an empty table (no role picked,
// a scope missing, still looking, nobody holds it, only part loaded).
class RoleHoldersText final
{
    Q_DECLARE_TR_FUNCTIONS(RoleHoldersText)

public:
    // "2 holders · 53 members in the organization"; shown: rows after the filter.
    static QString status(const RoleHoldersModel &holders, int shown);
    // Empty when the table has something to show.
    static QString placeholder(const RoleHoldersModel &holders, const Api::Role &role,
                               const Auth::Capabilities &capabilities);
};
