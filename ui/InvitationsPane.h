#pragma once

#include "InvitationListModel.h"
#include "OrganizationTab.h"
#include "auth/Capabilities.h"

#include <QPointer>

#include <memory>

namespace Ui {
class InvitationsPane;
}
class InvitationDirectory;
class TextFilterProxyModel;
class QTableView;
class QTimer;

// The Invitations tab: who was invited, by whom, with which roles, for which
// application and connection, and whether the invitation is pending, expiring
// soon or expired. "Invite users", "Resend", trash-can revocation per row or
// for a selection, all confirmed; copy an invitation's link.
class InvitationsPane final : public OrganizationTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvitationsPane)

public:
    explicit InvitationsPane(QWidget *parent = nullptr);
    ~InvitationsPane() override;

    QString title() const override;
    QIcon icon() const override;
    void setSession(TenantSession *session) override;
    void setOrganization(const Api::Organization &organization) override;
    void setCapabilities(const Auth::Capabilities &capabilities) override;
    void refresh() override;
    bool focusFind() override;

    InvitationListModel *model() const { return m_model; }
    InvitationDirectory *directory() const { return m_directory; }
    QTableView *view() const;

    // The workflows, also reachable from tests, buttons, keys and the context menu.
    void inviteUsers();
    void resendSelection();
    void revokeSelection();
    void revokeRow(int sourceRow);
    void copyLinks(const QList<int> &sourceRows);
    QList<int> selectedSourceRows() const;

private:
    void confirmAndRevoke(const QList<int> &sourceRows);
    void showContextMenu(const QPoint &position);
    void onChangeFinished(InvitationListModel::Change change, const QStringList &done,
                          const QList<InvitationListModel::Failure> &failures, const QStringList &notSent);
    void updateActions();
    void updateStatus();
    QString resendBlocker() const;
    QStringList idsOf(const QList<int> &sourceRows) const;
    // The invitees a confirmation names: the first few, then "…and N more".
    QStringList listedInvitees(const QList<int> &sourceRows) const;

    std::unique_ptr<Ui::InvitationsPane> m_ui;
    QPointer<TenantSession> m_session;
    InvitationDirectory *m_directory;
    InvitationListModel *m_model;
    TextFilterProxyModel *m_proxy;
    QTimer *m_clockTimer;
    Auth::Capabilities m_capabilities;
};
