#include "UsersHandler.h"

#include "BodyValidator.h"
#include "FieldFilter.h"
#include "RequestHelpers.h"
#include "TenantStore.h"
#include "UserFactory.h"
#include "UserQuery.h"

#include <QJsonArray>

#include <algorithm>
#include <vector>

namespace Sandbox {

namespace {
const QStringList kUserFields {
    QStringLiteral("phone_number"), QStringLiteral("email"),        QStringLiteral("email_verified"),
    QStringLiteral("picture"),      QStringLiteral("username"),     QStringLiteral("user_id"),
    QStringLiteral("name"),         QStringLiteral("nickname"),     QStringLiteral("created_at"),
    QStringLiteral("identities"),   QStringLiteral("app_metadata"), QStringLiteral("user_metadata"),
    QStringLiteral("last_ip"),      QStringLiteral("last_login"),   QStringLiteral("logins_count"),
    QStringLiteral("updated_at"),   QStringLiteral("blocked"),      QStringLiteral("family_name"),
    QStringLiteral("given_name")
};

SandboxReply userNotFound()
{
    return SandboxReply::notFound(QStringLiteral("The user does not exist."), QStringLiteral("inexistent_user"));
}

std::optional<SandboxReply> checkSearchEngine(const SandboxRequest &request)
{
    const QString engine = request.queryValue(QStringLiteral("search_engine"));
    if (!request.hasQuery(QStringLiteral("search_engine")) || engine == QLatin1String("v3"))
        return std::nullopt;
    if (engine == QLatin1String("v1"))
        return SandboxReply::error(400, QStringLiteral("You are not allowed to use search_engine=v1."),
                                   QStringLiteral("invalid_query_string"));
    if (engine == QLatin1String("v2"))
        return SandboxReply::error(400,
                                   QStringLiteral("You are not allowed to use search_engine=v2. Use search_engine=v3 "
                                                  "instead."),
                                   QStringLiteral("invalid_query_string"));
    return SandboxReply::queryError(QStringLiteral("No enum match for: \"%1\"").arg(engine),
                                    QStringLiteral("search_engine"));
}

// Orders users by one field; users without it go last either way. Keys are
// read once up front: a 100,000-user tenant makes the comparisons the cost.
void sortUsers(std::vector<const QJsonObject *> &users, const QString &sort)
{
    const QString field = sort.section(QLatin1Char(':'), 0, 0);
    const bool descending = sort.endsWith(QLatin1String(":-1"));
    const bool fold = UserQuery::isCaseInsensitive(field);
    struct Keyed
    {
        QString text;
        double number = 0;
        bool isNumber = false;
        const QJsonObject *user = nullptr;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(users.size());
    for (const QJsonObject *user : users) {
        Keyed k;
        k.text = UserQuery::fieldValues(*user, field).value(0);
        if (fold)
            k.text = k.text.toCaseFolded();
        k.number = k.text.toDouble(&k.isNumber);
        k.user = user;
        keyed.push_back(std::move(k));
    }
    std::stable_sort(keyed.begin(), keyed.end(), [&](const Keyed &a, const Keyed &b) {
        if (a.text.isEmpty() || b.text.isEmpty())
            return !a.text.isEmpty() && b.text.isEmpty();
        const int order = a.isNumber && b.isNumber ? (a.number < b.number ? -1 : (a.number > b.number ? 1 : 0))
                                                   : a.text.compare(b.text);
        return descending ? order > 0 : order < 0;
    });
    for (size_t i = 0; i < keyed.size(); ++i)
        users[i] = keyed[i].user;
}
} // namespace

void UsersHandler::addRoutes(Router &router)
{
    using RequestHelpers::scopes;
    const QString base = QStringLiteral("/api/v2/users");
    const QString one = base + QStringLiteral("/{id}");
    router.add("GET", base, scopes({ "read:users", "read:user_idp_tokens" }),
               [this](const SandboxRequest &r) { return list(r); });
    router.add("POST", base, scopes({ "create:users" }), [this](const SandboxRequest &r) { return create(r); });
    router.add("GET", one, scopes({ "read:users", "read:current_user", "read:user_idp_tokens" }),
               [this](const SandboxRequest &r) { return get(r); });
    router.add("DELETE", one, scopes({ "delete:users", "delete:current_user" }),
               [this](const SandboxRequest &r) { return remove(r); });
    // The spec grants this with read:organizations; the service's 403 names read:users as well.
    router.add("GET", one + QStringLiteral("/organizations"), scopes({ "read:users", "read:organizations" }),
               [this](const SandboxRequest &r) { return organizations(r); });
}

SandboxReply UsersHandler::list(const SandboxRequest &request)
{
    Paging paging;
    if (auto error = Paging::parse(request, Paging::Rules { false, 0, 50, 0 }, &paging))
        return *error;
    if (auto error = checkSearchEngine(request))
        return *error;
    static const QRegularExpression sortFormat(QStringLiteral("^(([a-zA-Z0-9_\\.]+))\\:(1|-1)$"));
    const QString sort = request.queryValue(QStringLiteral("sort"));
    if (request.hasQuery(QStringLiteral("sort")) && !sortFormat.match(sort).hasMatch())
        return SandboxReply::queryError(
            QStringLiteral("String does not match pattern %1: %2").arg(sortFormat.pattern(), sort),
            QStringLiteral("sort"));
    bool includeFields = true;
    if (auto error = Paging::readBool(request, QStringLiteral("include_fields"), &includeFields))
        return *error;
    UserQuery query;
    QString problem;
    if (!query.parse(RequestHelpers::text(request, QStringLiteral("q")), &problem))
        return SandboxReply::queryError(problem, QStringLiteral("q"));
    const qint64 start = RequestHelpers::offset(paging);
    if (paging.perPage > 0 && start >= kSearchWindow)
        return SandboxReply::error(400,
                                   QStringLiteral("You can only page through the first %1 records. See "
                                                  "https://auth0.com/docs/users/search/v3/"
                                                  "view-search-results-by-page#limitation")
                                       .arg(kSearchWindow),
                                   QStringLiteral("invalid_paging"));

    const auto isMember = [this](const QString &userId, const QString &orgId) {
        const Organization *org = m_store.organization(orgId);
        return org && org->isMember(userId);
    };
    std::vector<const QJsonObject *> found;
    for (const QString &id : m_store.users().ids()) {
        const QJsonObject *user = m_store.users().find(id);
        if (user && query.matches(*user, isMember))
            found.push_back(user);
    }
    if (!sort.isEmpty())
        sortUsers(found, sort);

    const FieldFilter filter(request);
    QJsonArray users;
    const auto [begin, end] = RequestHelpers::slice(paging, std::min<qint64>(qint64(found.size()), kSearchWindow));
    for (qint64 i = begin; i < end; ++i)
        users.append(filter.apply(*found[size_t(i)]));
    if (!paging.includeTotals)
        return SandboxReply::json(200, users);
    return SandboxReply::json(200,
                              QJsonObject { { QStringLiteral("start"), start },
                                            { QStringLiteral("limit"), paging.perPage },
                                            { QStringLiteral("length"), users.size() },
                                            { QStringLiteral("users"), users },
                                            { QStringLiteral("total"), qint64(found.size()) } });
}

SandboxReply UsersHandler::get(const SandboxRequest &request)
{
    if (auto error = RequestHelpers::checkFieldList(request, kUserFields))
        return *error;
    const QJsonObject *user = m_store.users().find(request.params.value(0));
    if (!user)
        return userNotFound();
    return SandboxReply::json(200, FieldFilter(request).apply(*user));
}

SandboxReply UsersHandler::create(const SandboxRequest &request)
{
    QJsonObject body;
    if (auto error = BodyValidator::parseObject(request, &body))
        return *error;
    QJsonObject user;
    if (auto error = UserFactory(m_store).create(body, &user))
        return *error;
    m_store.users().insert(user);
    return SandboxReply::json(201, user);
}

SandboxReply UsersHandler::remove(const SandboxRequest &request)
{
    // Deleting a user who is already gone succeeds too, as on the service.
    m_store.removeUser(request.params.value(0));
    return SandboxReply::empty(204);
}

SandboxReply UsersHandler::organizations(const SandboxRequest &request)
{
    int page = 0;
    if (auto error = Paging::readInt(request, QStringLiteral("page"), 0, 1000, &page))
        return *error;
    Paging paging;
    if (auto error = Paging::parse(request, Paging::Rules { false, 0, 50, 1 }, &paging))
        return *error;
    QJsonArray matching;
    for (const QString &orgId : m_store.organizationsOfUser(request.params.value(0))) {
        if (const Organization *org = m_store.organization(orgId))
            matching.append(org->toJson());
    }
    QJsonArray items;
    const auto [begin, end] = RequestHelpers::slice(paging, matching.size());
    for (qint64 i = begin; i < end; ++i)
        items.append(matching.at(i));
    return SandboxReply::json(
        200, RequestHelpers::pageResult(paging, QStringLiteral("organizations"), items, matching.size()));
}

} // namespace Sandbox
