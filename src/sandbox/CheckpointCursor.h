#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Sandbox {

// Auth0's checkpoint cursor for lists walked by creation time: the base64 of
// "<time, microseconds>UTC,<id>" of the last item on the page, without '='
// padding. Recorded for members ("2023-03-14 13:36:13.829000UTC,auth0|6410…")
// and organizations ("2023-03-14 11:17:19.466000UTC,org_Wz2u…").
class CheckpointCursor final
{
public:
    // (milliseconds since the epoch, id): sorts as the list is walked.
    using Position = std::pair<qint64, QString>;

    static QString encode(const Position &position);
    // nullopt when the text is not a cursor such a list could have issued.
    static std::optional<Position> decode(const QString &cursor);
};

} // namespace Sandbox
