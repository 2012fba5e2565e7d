#pragma once

#include "api/Invitation.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class InviteDialog;
}
class InvitationDirectory;
class InvitationSender;
class TenantSession;
class QSortFilterProxyModel;
class QStandardItemModel;

// "Invite users": several email addresses at once, the inviter's name
// (remembered), the application whose login page the link opens, optionally a
// connection, roles, the expiry, the email toggle and metadata. Everything is
// checked before anything is sent; then one invitation goes per address, each
// with its result shown here. Failures stay in the form to be fixed and sent
// again, without inviting anyone twice.
class InviteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InviteDialog)

public:
    InviteDialog(TenantSession *session, const QString &orgId, InvitationDirectory *directory,
                 QWidget *parent = nullptr);
    ~InviteDialog() override;

    // The invitations this dialog created, whether or not all went through.
    QList<Api::Invitation> created() const;
    // Some invitation's answer was lost: it may exist although it is not in created().
    bool hasUncertain() const;
    bool isSending() const;

    // For tests and keyboard users.
    bool selectApplication(const QString &name);
    bool selectConnection(const QString &name);
    bool checkRole(const QString &name);
    void submit();

    void reject() override;

signals:
    void sendFinished();

private:
    void populate();
    void populateApplications();
    void populateConnections();
    void populateRoles();
    QStringList checkedRoleIds() const;
    void updateExpiryLabel();
    void setSending(bool sending);
    void showResults();
    void onFinished();

    std::unique_ptr<Ui::InviteDialog> m_ui;
    QPointer<TenantSession> m_session;
    QString m_orgId;
    InvitationDirectory *m_directory;
    InvitationSender *m_sender;
    QStandardItemModel *m_roles;
    QSortFilterProxyModel *m_roleFilter;
    bool m_closeWhenDone = false;
};
