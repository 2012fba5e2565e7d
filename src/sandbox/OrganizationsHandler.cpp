#include "OrganizationsHandler.h"

#include "BodyValidator.h"
#include "CheckpointCursor.h"
#include "OrganizationRules.h"
#include "Paging.h"
#include "RequestHelpers.h"
#include "TenantStore.h"

#include <QJsonArray>

#include <algorithm>

namespace Sandbox {

namespace {
const QString kNotFound = QStringLiteral("No organization found by that id or name");
const QString kConflict = QStringLiteral("An organization with the same name already exists.");
} // namespace

void OrganizationsHandler::addRoutes(Router &router)
{
    using RequestHelpers::scopes;
    const QString base = QStringLiteral("/api/v2/organizations");
    const QStringList read = scopes({ "read:organizations", "read:organizations_summary" });
    router.add("GET", base, read, [this](const SandboxRequest &r) { return list(r); });
    router.add("POST", base, scopes({ "create:organizations" }), [this](const SandboxRequest &r) { return create(r); });
    router.add("GET", base + QStringLiteral("/{id}"), read, [this](const SandboxRequest &r) { return get(r); });
    router.add("GET", base + QStringLiteral("/name/{name}"), scopes({ "read:organizations" }),
               [this](const SandboxRequest &r) { return getByName(r); });
    router.add("PATCH", base + QStringLiteral("/{id}"), scopes({ "update:organizations" }),
               [this](const SandboxRequest &r) { return update(r); });
    router.add("DELETE", base + QStringLiteral("/{id}"), scopes({ "delete:organizations" }),
               [this](const SandboxRequest &r) { return remove(r); });
}

SandboxReply OrganizationsHandler::list(const SandboxRequest &request)
{
    Paging paging;
    if (auto error = Paging::parse(request, Paging::Rules { true, 1000, 50, 1 }, &paging))
        return *error;

    if (paging.mode == Paging::Mode::Checkpoint) {
        // Walked by creation time, then id; the cursor is the last organization's pair, as recorded
        // (TestOrganizationManager_ListCheckpointPagination). The last page has no "next".
        const auto &byCreation = m_store.organizationsByCreation();
        auto it = byCreation.begin();
        if (!paging.from.isEmpty()) {
            const auto after = CheckpointCursor::decode(paging.from);
            if (!after)
                return SandboxReply::queryError(QStringLiteral("Invalid checkpoint"), QStringLiteral("from"));
            it = byCreation.upper_bound(*after);
        }
        QJsonArray items;
        CheckpointCursor::Position last;
        for (; it != byCreation.end() && items.size() < paging.take; ++it) {
            items.append(m_store.organization(it->second)->toJson());
            last = *it;
        }
        return SandboxReply::json(
            200,
            Paging::checkpointResult(QStringLiteral("organizations"), items,
                                     it != byCreation.end() ? CheckpointCursor::encode(last) : QString()));
    }

    static const QRegularExpression sortFormat(QStringLiteral("^(name|display_name|created_at):(1|-1)$"));
    const QString sort = request.queryValue(QStringLiteral("sort"));
    if (request.hasQuery(QStringLiteral("sort"))) {
        if (sort.size() > 15)
            return SandboxReply::queryError(
                QStringLiteral("String is too long (%1 chars), maximum 15").arg(sort.size()), QStringLiteral("sort"));
        if (!sortFormat.match(sort).hasMatch())
            return SandboxReply::queryError(
                QStringLiteral("String does not match pattern %1: %2").arg(sortFormat.pattern(), sort),
                QStringLiteral("sort"));
    }

    // Without sort, pages follow the name (no recording shows Auth0's default order for pages).
    const auto &byName = m_store.organizationIdsByName();
    std::vector<const Organization *> orgs;
    orgs.reserve(byName.size());
    for (const auto &entry : byName)
        orgs.push_back(m_store.organization(entry.second));
    if (!sort.isEmpty()) {
        const QString field = sort.section(QLatin1Char(':'), 0, 0);
        const bool descending = sort.endsWith(QLatin1String("-1"));
        auto less = [&field](const Organization *a, const Organization *b) {
            if (field == QLatin1String("display_name"))
                return a->displayName < b->displayName;
            if (field == QLatin1String("created_at"))
                return std::make_pair(a->createdMs, a->id) < std::make_pair(b->createdMs, b->id);
            return a->name < b->name;
        };
        std::stable_sort(orgs.begin(), orgs.end(), [&](const Organization *a, const Organization *b) {
            return descending ? less(b, a) : less(a, b);
        });
    }
    QJsonArray items;
    const auto [begin, end] = RequestHelpers::slice(paging, qint64(orgs.size()));
    for (qint64 i = begin; i < end; ++i)
        items.append(orgs[size_t(i)]->toJson());
    return SandboxReply::json(200, paging.pageResult(QStringLiteral("organizations"), items, qint64(orgs.size())));
}

SandboxReply OrganizationsHandler::create(const SandboxRequest &request)
{
    QJsonObject body;
    if (auto error = BodyValidator::parseObject(request, &body))
        return *error;
    BodyValidator validator(body);
    validator
        .onlyKeys({ QStringLiteral("name"), QStringLiteral("display_name"), QStringLiteral("branding"),
                    QStringLiteral("metadata"), QStringLiteral("enabled_connections"), QStringLiteral("token_quota"),
                    QStringLiteral("is_app_entitlement_active"), QStringLiteral("third_party_client_access") })
        .required(QStringLiteral("name"));
    OrganizationRules::checkName(validator, body);
    validator.string(QStringLiteral("display_name"), 1, 255);
    OrganizationRules::checkBranding(validator, body);
    OrganizationRules::checkMetadata(validator, body, false);
    OrganizationRules::checkTokenQuota(validator, body);
    OrganizationRules::checkAppAccess(validator, body);
    validator.array(QStringLiteral("enabled_connections"), 0, OrganizationRules::kMaxConnections);
    if (validator.failed())
        return validator.reply();

    Organization org;
    org.id = m_store.newId(QStringLiteral("org_"));
    org.name = body.value(QStringLiteral("name")).toString();
    org.displayName = body.value(QStringLiteral("display_name")).toString();
    org.branding = body.value(QStringLiteral("branding")).toObject();
    org.metadata = body.value(QStringLiteral("metadata")).toObject();
    org.tokenQuota = body.value(QStringLiteral("token_quota")).toObject();
    OrganizationRules::applyAppAccess(body, org);
    org.createdMs = m_store.nowMs();

    const QJsonArray connections = body.value(QStringLiteral("enabled_connections")).toArray();
    for (int i = 0; i < connections.size(); ++i) {
        const QJsonObject entry = connections.at(i).toObject();
        BodyValidator entryCheck(entry, QStringLiteral("enabled_connections[%1]").arg(i));
        if (!connections.at(i).isObject())
            entryCheck.fail(QStringLiteral("Expected type object but found type %1")
                                .arg(BodyValidator::jsonTypeName(connections.at(i))));
        entryCheck
            .onlyKeys({ QStringLiteral("connection_id"), QStringLiteral("assign_membership_on_login"),
                        QStringLiteral("show_as_button"), QStringLiteral("is_signup_enabled") })
            .required(QStringLiteral("connection_id"))
            .string(QStringLiteral("connection_id"), 1, 0);
        if (entryCheck.failed())
            return entryCheck.reply();
        OrgConnection connection;
        connection.connectionId = entry.value(QStringLiteral("connection_id")).toString();
        const QJsonObject *tenantConnection = m_store.connections().find(connection.connectionId);
        if (!tenantConnection)
            return SandboxReply::error(404, QStringLiteral("No connection found by that id"));
        if (org.connection(connection.connectionId))
            return SandboxReply::error(409, QStringLiteral("The connection is already enabled for this organization."));
        const bool isDatabase
            = tenantConnection->value(QStringLiteral("strategy")).toString() == QLatin1String("auth0");
        if (auto error = OrganizationRules::applyConnectionFlags(entry, connection, isDatabase))
            return *error;
        org.connections.push_back(connection);
    }

    if (m_store.organizationByName(org.name))
        return SandboxReply::error(409, kConflict, QStringLiteral("organization_conflict"));

    Organization &stored = m_store.addOrganization(std::move(org));
    QJsonObject json = stored.toJson();
    if (!stored.connections.empty()) {
        QJsonArray enabled;
        for (const OrgConnection &connection : stored.connections)
            enabled.append(OrganizationRules::connectionJson(m_store, connection));
        json.insert(QStringLiteral("enabled_connections"), enabled);
    }
    return SandboxReply::json(201, json);
}

SandboxReply OrganizationsHandler::get(const SandboxRequest &request)
{
    const Organization *org = m_store.organization(request.params.value(0));
    if (!org)
        return SandboxReply::notFound(kNotFound);
    return SandboxReply::json(200, org->toJson());
}

SandboxReply OrganizationsHandler::getByName(const SandboxRequest &request)
{
    const QString name = request.params.value(0);
    if (name.size() > 50)
        return SandboxReply::error(400,
                                   QStringLiteral("Path validation error: 'String is too long (%1 chars), "
                                                  "maximum 50' on property name.")
                                       .arg(name.size()),
                                   QStringLiteral("invalid_uri"));
    const Organization *org = m_store.organizationByName(name);
    if (!org)
        return SandboxReply::notFound(kNotFound);
    return SandboxReply::json(200, org->toJson());
}

SandboxReply OrganizationsHandler::update(const SandboxRequest &request)
{
    Organization *org = m_store.organization(request.params.value(0));
    QJsonObject body;
    if (auto error = BodyValidator::parseObject(request, &body))
        return *error;
    BodyValidator validator(body);
    validator.onlyKeys({ QStringLiteral("name"), QStringLiteral("display_name"), QStringLiteral("branding"),
                         QStringLiteral("metadata"), QStringLiteral("token_quota"),
                         QStringLiteral("is_app_entitlement_active"), QStringLiteral("third_party_client_access") });
    OrganizationRules::checkName(validator, body);
    validator.string(QStringLiteral("display_name"), 1, 255);
    OrganizationRules::checkBranding(validator, body);
    OrganizationRules::checkMetadata(validator, body, true);
    OrganizationRules::checkTokenQuota(validator, body);
    OrganizationRules::checkAppAccess(validator, body);
    if (validator.failed())
        return validator.reply();
    if (!org)
        return SandboxReply::notFound(kNotFound);

    if (body.contains(QStringLiteral("name"))) {
        const QString name = body.value(QStringLiteral("name")).toString();
        const Organization *holder = m_store.organizationByName(name);
        if (holder && holder->id != org->id)
            return SandboxReply::error(409, kConflict, QStringLiteral("organization_conflict"));
        m_store.renameOrganization(*org, name);
    }
    if (body.contains(QStringLiteral("display_name")))
        org->displayName = body.value(QStringLiteral("display_name")).toString();
    if (body.contains(QStringLiteral("branding")))
        org->branding = body.value(QStringLiteral("branding")).toObject();
    if (body.contains(QStringLiteral("metadata"))) {
        // The object (or null) replaces what was there; null values drop their keys.
        QJsonObject cleaned;
        const QJsonObject given = body.value(QStringLiteral("metadata")).toObject();
        for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
            if (!it.value().isNull())
                cleaned.insert(it.key(), it.value());
        }
        org->metadata = cleaned;
    }
    if (body.contains(QStringLiteral("token_quota")))
        org->tokenQuota = body.value(QStringLiteral("token_quota")).toObject();
    OrganizationRules::applyAppAccess(body, *org);
    return SandboxReply::json(200, org->toJson());
}

SandboxReply OrganizationsHandler::remove(const SandboxRequest &request)
{
    // Members are detached; the users themselves stay in the tenant.
    if (!m_store.removeOrganization(request.params.value(0)))
        return SandboxReply::notFound(kNotFound);
    return SandboxReply::empty(204);
}

} // namespace Sandbox
