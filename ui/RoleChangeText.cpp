#include "RoleChangeText.h"

#include "ErrorPresenter.h"

QStringList RoleChangeText::listed(const QStringList &names)
{
    QStringList lines = names.mid(0, kNamesListed);
    if (names.size() > lines.size())
        lines.append(tr("…and %n more", nullptr, int(names.size() - lines.size())));
    return lines;
}

QString RoleChangeText::doing(MemberRoleBatch::Change change, const QString &roleName)
{
    return (change == MemberRoleBatch::Change::Assign ? tr("Assigning %1") : tr("Removing %1")).arg(roleName);
}

QString RoleChangeText::done(MemberRoleBatch::Change change, const QString &roleName, int count)
{
    return (change == MemberRoleBatch::Change::Assign ? tr("%1 assigned to %n member(s).", nullptr, count)
                                                      : tr("%1 removed from %n member(s).", nullptr, count))
        .arg(roleName);
}

QString RoleChangeText::removeQuestion(const QString &roleName, int count)
{
    return tr("Remove the role %1 from %n member(s)? They stay members of this organization.", nullptr, count)
        .arg(roleName);
}

QString RoleChangeText::failures(MemberRoleBatch::Change change, const QString &roleName,
                                 const Api::BatchResult &result, const QStringList &notSent,
                                 const std::function<QString(const QString &)> &nameOf)
{
    QStringList lines;
    for (const Api::BatchResult::Failure &failure : result.failed) {
        for (const QString &userId : failure.ids)
            lines.append(tr("%1: %2").arg(nameOf(userId), ErrorPresenter::describe(failure.error)));
    }
    if (!notSent.isEmpty()) {
        QStringList names;
        for (const QString &userId : notSent)
            names.append(nameOf(userId));
        lines.append(tr("Not sent (cancelled): %1").arg(listed(names).join(QStringLiteral(", "))));
    }
    const int failed = int(result.failedIds().size() + notSent.size());
    const int total = failed + int(result.succeeded.size());
    const QString summary = tr("%1: %2 of %3 member(s) did not change; the other %4 are done and will not be sent "
                               "again.")
                                .arg(doing(change, roleName))
                                .arg(failed)
                                .arg(total)
                                .arg(result.succeeded.size());
    return summary + QLatin1Char('\n') + listed(lines).join(QLatin1Char('\n'));
}
