#include "User.h"

#include "JsonReader.h"

namespace Api {

User User::fromJson(JsonReader &reader)
{
    User user;
    user.userId = reader.requiredString("user_id");
    user.email = reader.string("email");
    user.emailVerified = reader.boolean("email_verified");
    user.name = reader.string("name");
    user.nickname = reader.string("nickname");
    user.picture = reader.string("picture");
    user.blocked = reader.boolean("blocked");
    user.lastLogin = reader.dateTime("last_login");
    user.loginsCount = reader.integer("logins_count");
    const QJsonArray identities = reader.array("identities");
    for (int i = 0; i < identities.size() && !reader.failed(); ++i) {
        JsonReader identity(identities.at(i), QStringLiteral("%1.identities[%2]").arg(reader.where()).arg(i));
        const QString connection = identity.string("connection");
        reader.absorb(identity);
        if (!connection.isEmpty())
            user.connections.append(connection);
    }
    return user;
}

} // namespace Api
