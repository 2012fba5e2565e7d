#pragma once

#include "api/Invitation.h"

#include <QDialog>

#include <memory>

namespace Ui {
class InvitationLinksDialog;
}

// The links of invitations just created, to hand over by other means (chat,
// a ticket) or when no email was sent: each with its own Copy button, and
// "Copy all" as one line per invitee.
class InvitationLinksDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvitationLinksDialog)

public:
    explicit InvitationLinksDialog(const QList<Api::Invitation> &invitations, QWidget *parent = nullptr);
    ~InvitationLinksDialog() override;

    void copy(int row);
    void copyAll();
    // What "Copy all" puts on the clipboard: "invitee<TAB>link", one per line,
    // so it pastes into a spreadsheet as two columns.
    static QString allLinksText(const QList<Api::Invitation> &invitations);

private:
    std::unique_ptr<Ui::InvitationLinksDialog> m_ui;
    QList<Api::Invitation> m_invitations;
};
