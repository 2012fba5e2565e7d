#pragma once

#include "SandboxReply.h"
#include "SandboxRequest.h"

#include <QJsonArray>

#include <optional>

namespace Sandbox {

// page/per_page/include_totals and from/take, validated the way the
// Management API validates them, and the response shapes that go with them.
class Paging final
{
public:
    enum class Mode { Page, Checkpoint };

    struct Rules
    {
        bool checkpoint = false; // does the endpoint accept from/take?
        int recordCap = 0; // 1000 for members and organizations; 0 = none
        int defaultPerPage = 50;
        int minPerPage = 1; // some endpoints accept per_page=0
    };

    // Returns a 400 reply when the query is invalid.
    static std::optional<SandboxReply> parse(const SandboxRequest &request, const Rules &rules, Paging *out);

    Mode mode = Mode::Page;
    int page = 0;
    int perPage = 50;
    bool includeTotals = false;
    int take = 50;
    QString from;

    // page * per_page, widened: page may be as large as INT_MAX.
    qint64 offset() const { return qint64(page) * perPage; }

    // A bare array, or {<key>: [...], start, limit, total} with include_totals.
    QJsonValue pageResult(const QString &key, const QJsonArray &items, qint64 total) const;
    // {<key>: [...], next?}
    static QJsonValue checkpointResult(const QString &key, const QJsonArray &items, const QString &next);

    static QString encodeCursor(const QString &value);
    static std::optional<QString> decodeCursor(const QString &cursor);

    // Helpers for other query parameters: a 400 on a bad value.
    static std::optional<SandboxReply> readInt(const SandboxRequest &request, const QString &key, int min, int max,
                                               int *out);
    static std::optional<SandboxReply> readBool(const SandboxRequest &request, const QString &key, bool *out);
};

} // namespace Sandbox
