#pragma once

#include "Organization.h"

#include <QString>

#include <optional>

namespace Sandbox {

// The checkpoint cursor of GET /organizations/{id}/members: a CheckpointCursor
// of "<joined at>UTC,<user id>" of the last member on the page, which is
// exactly a MemberKey, so a cursor seeks straight into Organization::members.
class MemberCursor final
{
public:
    static QString encode(const MemberKey &key);
    // nullopt when the text is not a cursor this endpoint could have issued.
    static std::optional<MemberKey> decode(const QString &cursor);
};

} // namespace Sandbox
