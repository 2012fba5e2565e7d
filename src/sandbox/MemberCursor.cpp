#include "MemberCursor.h"

#include "CheckpointCursor.h"

namespace Sandbox {

QString MemberCursor::encode(const MemberKey &key)
{
    return CheckpointCursor::encode({ key.joinedMs, key.userId });
}

std::optional<MemberKey> MemberCursor::decode(const QString &cursor)
{
    const auto position = CheckpointCursor::decode(cursor);
    if (!position)
        return std::nullopt;
    return MemberKey { position->first, position->second };
}

} // namespace Sandbox
