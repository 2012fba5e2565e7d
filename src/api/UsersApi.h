#pragma once

#include "Organization.h"
#include "ResourceApi.h"
#include "User.h"

namespace Api {

// /users: search (to pick people to add) and a user's organizations.
class UsersApi final : public ResourceApi
{
public:
    explicit UsersApi(ApiClient &client);

    // query: Lucene syntax for search_engine v3, e.g. email:"jane@example.com".
    // Only the first 1000 hits can be paged to.
    void search(const QString &query, const Pager &pager, QObject *context, ResultCallback<Page<User>> done);
    // Builds a query that finds users by email or name starting with text.
    static QString queryFor(const QString &text);
    void organizationsOf(const QString &userId, QObject *context, ResultCallback<QList<Organization>> done);

    static QString pathOf(const QString &userId);
};

} // namespace Api
