#pragma once

#include "Invitation.h"
#include "NewInvitation.h"
#include "ResourceApi.h"

namespace Api {

// /organizations/{id}/invitations. The list has no total: it is read until
// a short page. Creating one sends an email, so it is never repeated blindly.
class InvitationsApi final : public ResourceApi
{
public:
    explicit InvitationsApi(ApiClient &client);

    void listPage(const QString &orgId, const Pager &pager, QObject *context, ResultCallback<Page<Invitation>> done);
    void listAll(const QString &orgId, QObject *context, ResultCallback<QList<Invitation>> done);
    void get(const QString &orgId, const QString &invitationId, QObject *context, ResultCallback<Invitation> done);
    // After a lost answer the invitations are searched for this invitee and
    // application, created since the request left. Found: success. Otherwise
    // the error says the outcome is unknown and nothing is sent again.
    void create(const QString &orgId, const NewInvitation &invitation, QObject *context,
                ResultCallback<Invitation> done);
    void remove(const QString &orgId, const QString &invitationId, QObject *context, ResultCallback<Done> done);

    static QString pathOf(const QString &orgId, const QString &invitationId = {});
};

} // namespace Api
