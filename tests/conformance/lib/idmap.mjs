// Recorded ids -> the sandbox's ids for the same entities. Learned from the
// responses (same JSON path, different value) and substituted into every
// later request URL and body, so a cassette replays against entities the
// sandbox actually created.

// Keys whose string values are generated identifiers or cursors.
const ID_KEYS = new Set(['id', 'user_id', 'client_id', 'connection_id', 'organization_id', 'ticket_id', 'next']);
// Arrays whose string items are identifiers.
const ID_ARRAY_KEYS = new Set(['enabled_clients', 'members', 'roles']);
// Values shaped like Auth0 ids wherever they appear: org_…, rol_…, con_…, uinv_…, cgr_…, cred_…, and
// user ids ("auth0|…", "google-oauth2|…", "samlp|conn|…").
const ID_VALUE = /^(?:(?:org|rol|con|uinv|cgr|cred)_[A-Za-z0-9]+|[a-z0-9-]+\|\S+)$/;

export function isIdValue(key, value, parentKey) {
    if (typeof value !== 'string' || value.length < 4) return false;
    if (key === null) return ID_ARRAY_KEYS.has(parentKey) || ID_VALUE.test(value);
    return ID_KEYS.has(key) || ID_VALUE.test(value);
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class IdMap {
    constructor() {
        this.map = new Map();
        this.urlPattern = null;
        this.bodyPattern = null;
    }

    get(recorded) {
        return this.map.get(recorded);
    }

    // Returns 'new', 'same' (already known with this value) or 'conflict'.
    add(recorded, sandbox) {
        if (recorded === sandbox) return 'same';
        const known = this.map.get(recorded);
        if (known !== undefined) return known === sandbox ? 'same' : 'conflict';
        this.map.set(recorded, sandbox);
        this.urlPattern = null;
        this.bodyPattern = null;
        return 'new';
    }

    // Both spellings a URL may hold (auth0|x and auth0%7Cx, either hex case) become the
    // percent-encoded sandbox value, which is safe in a path segment and in a query.
    substituteUrl(pathAndQuery) {
        if (this.map.size === 0) return pathAndQuery;
        if (!this.urlPattern) {
            const replacements = new Map();
            for (const [recorded, sandbox] of this.map) {
                const encoded = encodeURIComponent(sandbox);
                const recordedEncoded = encodeURIComponent(recorded);
                replacements.set(recorded, encoded);
                replacements.set(recordedEncoded, encoded);
                replacements.set(
                    recordedEncoded.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
                    encoded,
                );
            }
            this.urlPattern = compile(replacements);
        }
        return apply(this.urlPattern, pathAndQuery);
    }

    substituteBody(text) {
        if (this.map.size === 0 || !text) return text;
        if (!this.bodyPattern) this.bodyPattern = compile(this.map);
        return apply(this.bodyPattern, text);
    }
}

function compile(replacements) {
    // Longest first, so "auth0|abc" wins over an identity's bare "abc" at the same place.
    const keys = [...replacements.keys()].sort((a, b) => b.length - a.length);
    return { regex: new RegExp(keys.map(escapeRegExp).join('|'), 'g'), replacements };
}

function apply({ regex, replacements }, text) {
    return text.replace(regex, (match) => replacements.get(match));
}
