#pragma once

#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace Api {

// Builds Management API paths and queries with every id percent-encoded:
// user ids contain '|' (auth0|63d1...) and may contain '/' or '+'.
class ApiPath final
{
public:
    // "/organizations/org_1/members/auth0%7C42/roles" from its raw segments.
    static QString of(const QStringList &segments);
    static QString segment(const QString &raw);
    // The query with '+', '&', '=' and non-ASCII encoded (QUrlQuery leaves '+' as is,
    // which Auth0 would read as a space in q=).
    static QString encodeQuery(const QUrlQuery &query);
};

} // namespace Api
