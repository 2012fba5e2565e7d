#include "Client.h"

#include "JsonReader.h"

namespace Api {

Client Client::fromJson(JsonReader &reader)
{
    Client client;
    client.clientId = reader.requiredString("client_id");
    client.name = reader.string("name");
    client.appType = reader.string("app_type");
    client.description = reader.string("description");
    client.initiateLoginUri = reader.string("initiate_login_uri");
    client.isFirstParty = reader.boolean("is_first_party", true);
    return client;
}

} // namespace Api
