#include "Member.h"

#include "JsonReader.h"

namespace Api {

Member Member::fromJson(JsonReader &reader)
{
    Member member;
    member.userId = reader.requiredString("user_id");
    member.email = reader.string("email");
    member.name = reader.string("name");
    member.picture = reader.string("picture");
    member.rolesIncluded = reader.has("roles");
    const QJsonArray roles = reader.array("roles");
    for (int i = 0; i < roles.size() && !reader.failed(); ++i) {
        JsonReader roleReader(roles.at(i), QStringLiteral("%1.roles[%2]").arg(reader.where()).arg(i));
        member.roles.append(Role::fromJson(roleReader));
        reader.absorb(roleReader);
    }
    return member;
}

} // namespace Api
