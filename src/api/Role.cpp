#include "Role.h"

#include "JsonReader.h"

namespace Api {

Role Role::fromJson(JsonReader &reader)
{
    Role role;
    role.id = reader.requiredString("id");
    role.name = reader.string("name");
    role.description = reader.string("description");
    return role;
}

} // namespace Api
