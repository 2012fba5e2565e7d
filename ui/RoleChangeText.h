#pragma once

#include "MemberRoleBatch.h"
#include "api/BatchResult.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

// The words around a role given to or taken from many members: the
// confirmation before, the progress during, the outcome after. Names, never
// bare user ids, and long lists cut short with "…and N more".
class RoleChangeText final
{
    Q_DECLARE_TR_FUNCTIONS(RoleChangeText)

public:
    // Names listed in a confirmation or a report before "…and N more".
    static constexpr int kNamesListed = 15;

    static QStringList listed(const QStringList &names);
    // "Assigning Editor" / "Removing Editor".
    static QString doing(MemberRoleBatch::Change change, const QString &roleName);
    // "Editor assigned to 3 members."
    static QString done(MemberRoleBatch::Change change, const QString &roleName, int count);
    static QString removeQuestion(const QString &roleName, int count);
    // Who did not change and why, and who a cancel kept from being sent.
    static QString failures(MemberRoleBatch::Change change, const QString &roleName, const Api::BatchResult &result,
                            const QStringList &notSent, const std::function<QString(const QString &)> &nameOf);
};
