#include "OrgConnection.h"

#include "JsonReader.h"

namespace Api {

OrgConnection OrgConnection::fromJson(JsonReader &reader)
{
    OrgConnection connection;
    connection.connectionId = reader.requiredString("connection_id");
    connection.assignMembershipOnLogin = reader.boolean("assign_membership_on_login");
    connection.showAsButton = reader.boolean("show_as_button", true);
    connection.isSignupEnabled = reader.boolean("is_signup_enabled");
    JsonReader inner(reader.object("connection"), reader.where() + QStringLiteral(".connection"));
    connection.name = inner.string("name");
    connection.strategy = inner.string("strategy");
    reader.absorb(inner);
    return connection;
}

QJsonObject OrgConnection::toCreateJson() const
{
    QJsonObject body{{QStringLiteral("connection_id"), connectionId},
                     {QStringLiteral("assign_membership_on_login"), assignMembershipOnLogin},
                     {QStringLiteral("show_as_button"), showAsButton}};
    // Only database connections take is_signup_enabled; send it only when set.
    if (isSignupEnabled)
        body.insert(QStringLiteral("is_signup_enabled"), true);
    return body;
}

} // namespace Api
