#include "Connection.h"

#include "JsonReader.h"

namespace Api {

Connection Connection::fromJson(JsonReader &reader)
{
    Connection connection;
    connection.id = reader.requiredString("id");
    connection.name = reader.string("name");
    connection.displayName = reader.string("display_name");
    connection.strategy = reader.string("strategy");
    return connection;
}

} // namespace Api
