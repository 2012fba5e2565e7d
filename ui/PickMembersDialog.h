#pragma once

#include "api/Member.h"
#include "api/Role.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PickMembersDialog;
}
class AvatarCache;
class MemberPickModel;
class TextFilterProxyModel;

// "Assign to members…": the organization's members who do not hold a role
// yet, with a filter as you type and a check box each, so one role goes to
// many members at once. Only picks; the Roles tab sends the changes.
class PickMembersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PickMembersDialog)

public:
    // note: shown under the list (e.g. that only part of the members is loaded).
    PickMembersDialog(const Api::Role &role, const QList<Api::Member> &candidates, AvatarCache *avatars,
                      const QString &note = {}, QWidget *parent = nullptr);
    ~PickMembersDialog() override;

    QStringList userIds() const;
    QStringList names() const;

    // For tests and keyboard users: the same as typing in the filter and
    // ticking rows.
    void setFilterText(const QString &text);
    int shownCount() const;
    // Ticks the shown member with this email or user id; false if not shown.
    bool check(const QString &emailOrUserId);
    void checkAllShown();

private:
    void toggleCurrent();
    void updateSelection();

    std::unique_ptr<Ui::PickMembersDialog> m_ui;
    MemberPickModel *m_model;
    TextFilterProxyModel *m_proxy;
};
