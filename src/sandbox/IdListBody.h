#pragma once

#include "SandboxReply.h"
#include "SandboxRequest.h"

#include <QStringList>

#include <optional>

namespace Sandbox {

// Bodies that carry one list of ids: {"members": [...]} for organization
// members and {"roles": [...]} for member roles, sent on POST and on DELETE.
// Validated as the service's schema validator does, worded the same way.
class IdListBody final
{
public:
    struct Rules
    {
        QString key; // "members" or "roles"
        int maxItems = 0; // 0 = no cap
        bool otherKeysAllowed = false; // the members schemas allow extra keys, the roles ones do not
    };

    // Fills ids (duplicates dropped, order kept) or returns the 4xx to send.
    static std::optional<SandboxReply> read(const SandboxRequest &request, const Rules &rules, QStringList *ids);

    // "a, b, c" for messages that list offending ids.
    static QString listForMessage(const QStringList &ids);
};

} // namespace Sandbox
