#include "Invitation.h"

#include "JsonReader.h"

namespace Api {

Invitation Invitation::fromJson(JsonReader &reader)
{
    Invitation invitation;
    invitation.id = reader.requiredString("id");
    invitation.organizationId = reader.string("organization_id");
    JsonReader inviter(reader.object("inviter"), reader.where() + QStringLiteral(".inviter"));
    invitation.inviterName = inviter.string("name");
    JsonReader invitee(reader.object("invitee"), reader.where() + QStringLiteral(".invitee"));
    invitation.inviteeEmail = invitee.string("email");
    reader.absorb(inviter);
    reader.absorb(invitee);
    invitation.invitationUrl = reader.string("invitation_url");
    invitation.createdAt = reader.dateTime("created_at");
    invitation.expiresAt = reader.dateTime("expires_at");
    invitation.clientId = reader.string("client_id");
    invitation.connectionId = reader.string("connection_id");
    invitation.roles = reader.stringList("roles");
    invitation.ticketId = reader.string("ticket_id");
    invitation.appMetadata = reader.object("app_metadata");
    invitation.userMetadata = reader.object("user_metadata");
    return invitation;
}

} // namespace Api
