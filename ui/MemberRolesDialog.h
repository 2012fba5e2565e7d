#pragma once

#include "TenantSession.h"
#include "api/Member.h"
#include "auth/Capabilities.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class MemberRolesDialog;
}
class MemberListModel;
class QStandardItemModel;

// One member's roles in the organization: each held role with its trash-can
// button ("Remove role"), and "Assign role" to add more.
class MemberRolesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberRolesDialog)

public:
    MemberRolesDialog(TenantSession *session, MemberListModel *members, const QString &userId,
                      const Auth::Capabilities &capabilities, QWidget *parent = nullptr);
    ~MemberRolesDialog() override;

    void removeRole(const QString &roleId);
    void assignRole();
    int roleCount() const;

private:
    // The member as the list holds it now; null once the list no longer does.
    const Api::Member *shownMember() const;
    void rebuild();

    std::unique_ptr<Ui::MemberRolesDialog> m_ui;
    QPointer<TenantSession> m_session;
    QPointer<MemberListModel> m_members;
    QString m_userId;
    Auth::Capabilities m_capabilities;
    QStandardItemModel *m_roles;
};
