// The few places where a difference between a recording and the sandbox is
// not a fault of the sandbox, each with its reason. Everything else must
// match: status, keys and value types, recursively.

// Keys whose presence on a tenant entity depends on the Auth0 release the
// recording was made with and on the recording tenant's settings, not on the
// request. Found by comparing the recordings with each other: the same POST
// /connections answered with and without these keys between 2023 and 2026.
const DATED_KEYS = {
    connection: new Set(['provisioning_ticket_url', 'show_as_button', 'authentication', 'connected_accounts']),
    client: new Set(['cross_origin_auth', 'client_secret', 'signing_keys', 'jwt_configuration.lifetime_in_seconds']),
};

// Endpoints whose lists include what was already in the tenant (the recording
// tenant had other apps and connections; the sandbox has its own M2M app and
// its default database), so their length may differ; items must still match
// the recorded items' shape.
const TENANT_WIDE_LISTS = [/^\/api\/v2\/clients$/, /^\/api\/v2\/connections$/];

// Which tenant entity sits at a JSON path of a response, if any.
function entityAt(pathname, jsonPath) {
    const kind = /^\/api\/v2\/connections(\/[^/]+)?$/.test(pathname)
        ? 'connection'
        : /^\/api\/v2\/clients(\/[^/]+)?$/.test(pathname)
          ? 'client'
          : null;
    if (!kind) return null;
    // The entity itself, an item of a bare list, or an item of an envelope list.
    let start = 0;
    if (typeof jsonPath[0] === 'number') start = 1;
    else if ((jsonPath[0] === 'connections' || jsonPath[0] === 'clients') && typeof jsonPath[1] === 'number') start = 2;
    return { kind, rest: jsonPath.slice(start) };
}

// A checkpoint page of members that is not empty but shorter than `take` is the last one. Auth0 has
// answered it both ways for the same request on the same data: with a `next` that leads to an empty
// page (go-auth0 TestOrganizationManager_MembersCheckpointPagination, 2023-03; Terraform
// TestAccOrganizationMembers, 2026-04) and without `next` (Terraform TestAccDataSourceUserOrganizations,
// 2026-08, one member, take=100). The sandbox answers as the older two; either is what the service does.
function isShortLastMembersPage(method, pathname, query, recordedBody) {
    if (method !== 'GET' || !/^\/api\/v2\/organizations\/[^/]+\/members$/.test(pathname)) return false;
    const take = Number.parseInt(query?.get('take') ?? '', 10);
    const members = recordedBody?.members;
    return Number.isInteger(take) && Array.isArray(members) && members.length > 0 && members.length < take;
}

export class Allowances {
    // method, pathname (of the sandbox request), parsed request body (or null); query: the recorded
    // URLSearchParams, recordedBody: the recorded response body (parsed), where an allowance needs them.
    constructor(method, pathname, requestBody, { query = null, recordedBody = null } = {}) {
        this.method = method;
        this.pathname = pathname;
        this.requestBody = requestBody && typeof requestBody === 'object' ? requestBody : {};
        this.shortLastMembersPage = isShortLastMembersPage(method, pathname, query, recordedBody);
    }

    // DELETE /connections/{id} answers 202 (deletion queued) or 204; the spec documents both and the
    // recordings show both for identical requests.
    statusMatches(recorded, got) {
        if (recorded === got) return true;
        if (this.method === 'DELETE' && /^\/api\/v2\/connections\/[^/]+$/.test(this.pathname))
            return [202, 204].includes(recorded) && [202, 204].includes(got);
        return false;
    }

    // May the key at jsonPath be absent from the sandbox's answer (missing) or present only there (extra)?
    keyMayDiffer(jsonPath) {
        // /oauth/token: Auth0 documents `scope` in Management API token responses; the recordings were made
        // against a fake audience and show only access_token, expires_in and token_type.
        if (this.pathname === '/oauth/token') return jsonPath.length === 1 && jsonPath[0] === 'scope';
        if (this.shortLastMembersPage && jsonPath.length === 1 && jsonPath[0] === 'next') return true;
        const entity = entityAt(this.pathname, jsonPath);
        if (!entity || entity.rest.length === 0) return false;
        if (DATED_KEYS[entity.kind].has(entity.rest.join('.'))) return true;
        // A connection's options are the recording tenant's defaults for its strategy at the time, except
        // for the options the request set, which must come back.
        if (entity.kind === 'connection' && entity.rest[0] === 'options' && entity.rest.length === 2) {
            const sent = this.requestBody.options;
            return !(sent && typeof sent === 'object' && Object.hasOwn(sent, entity.rest[1]));
        }
        if (entity.kind === 'connection' && entity.rest[0] === 'options' && entity.rest.length > 2) return true;
        return false;
    }

    listLengthMayDiffer(jsonPath) {
        if (!TENANT_WIDE_LISTS.some((re) => re.test(this.pathname)) || this.method !== 'GET') return false;
        return jsonPath.length === 0 || (jsonPath.length === 1 && ['clients', 'connections'].includes(jsonPath[0]));
    }
}
