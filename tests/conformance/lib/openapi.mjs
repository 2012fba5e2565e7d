// Validates responses against Auth0's OpenAPI 3.0 spec with Ajv (JSON Schema
// draft 07 semantics), after translating the OpenAPI 3.0 dialect.
import fs from 'node:fs';
import * as yaml from 'js-yaml';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const SPEC_ID = 'https://orgconsole.invalid/auth0-management-api.json';
const API_PREFIX = '/api/v2';

// Documented answers that differ from what the live service sends.
// POST /organizations/{id}/invitations answers 201 Created live (go-auth0
// TestOrganizationManager_CreateInvitation.yaml and three more cassettes) while
// the spec lists only 200. The body is the documented success body, so a 201
// is validated against the 200 schema.
const STATUS_ALIASES = [{ method: 'post', template: '/organizations/{id}/invitations', live: 201, documented: 200 }];

// Auth0's own string formats. Those that describe ids and values the console
// relies on are checked; the rest (log streams, JWE, ...) are accepted as is.
const FORMATS = {
    'organization-id': /^org_[A-Za-z0-9]{1,46}$/,
    'organization-name': /^[a-z0-9_-]{1,50}$/,
    'role-id': /^rol_[A-Za-z0-9]+$/,
    'connection-id': /^con_[A-Za-z0-9]+$/,
    'user-invitation-id': /^uinv_[A-Za-z0-9]+$/,
    'client-id': /^[A-Za-z0-9_-]+$/,
    'user-id': /^\S+$/,
    'user-id-with-max-length': /^\S{1,255}$/,
    'ticket-id': /^\S+$/,
    'html-color': /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/,
    'html-color-or-null': /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/,
    'strict-https-uri': /^https:\/\/\S+$/,
    'strict-https-uri-or-null': /^https:\/\/\S+$/,
    'absolute-https-uri-or-empty': /^(https:\/\/\S+)?$/,
    'absolute-uri-or-empty': /^([a-zA-Z][a-zA-Z0-9+.-]*:\S+)?$/,
    'email-or-empty': /^(\S+@\S+)?$/,
};

// OpenAPI 3.0 schema -> JSON Schema: `nullable` becomes a null type, $ref
// siblings are dropped (3.0 ignores them), refs point into the registered spec.
// oneOf becomes anyOf: Auth0's generated list schemas offer the page envelope and the checkpoint envelope
// as oneOf alternatives with only optional properties, so the live `{"members":[]}` satisfies both and an
// exclusive oneOf would reject a response the service really sends.
export function translate(node) {
    if (Array.isArray(node)) return node.map(translate);
    if (!node || typeof node !== 'object') return node;
    if (typeof node.$ref === 'string') return { $ref: node.$ref.startsWith('#') ? SPEC_ID + node.$ref : node.$ref };
    const out = {};
    for (const [key, value] of Object.entries(node)) {
        if (key === 'nullable' || key === 'example' || key === 'discriminator' || key.startsWith('x-')) continue;
        if (key === 'properties' || key === 'patternProperties') {
            out[key] = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, translate(schema)]));
        } else {
            out[key === 'oneOf' ? 'anyOf' : key] = translate(value);
        }
    }
    if (node.nullable === true) {
        if (typeof out.type === 'string') out.type = [out.type, 'null'];
        if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
        if (out.type === undefined) return { anyOf: [out, { type: 'null' }] };
    }
    return out;
}

export class OpenApiValidator {
    constructor(specFile) {
        const spec = yaml.load(fs.readFileSync(specFile, 'utf8'));
        if (!/^3\.0\./.test(spec.openapi)) throw new Error(`${specFile}: expected OpenAPI 3.0, found ${spec.openapi}`);
        this.spec = spec;
        this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
        addFormats(this.ajv);
        for (const [name, re] of Object.entries(FORMATS)) this.ajv.addFormat(name, re);
        for (const name of collectFormats(spec)) {
            if (!this.ajv.formats[name]) this.ajv.addFormat(name, true);
        }
        this.ajv.addSchema({ $id: SPEC_ID, components: { schemas: translate(spec.components.schemas) } });
        // More literal segments first: /organizations/name/{name} before /organizations/{id}/...
        this.routes = Object.keys(spec.paths)
            .map((template) => ({
                template,
                params: (template.match(/\{[^}]+\}/g) || []).length,
                regex: new RegExp(
                    '^' +
                        template
                            .split(/\{[^}]+\}/)
                            .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
                            .join('[^/]+') +
                        '$',
                ),
            }))
            .sort((a, b) => a.params - b.params || b.template.length - a.template.length);
        this.compiled = new Map();
        this.liveGaps = new Map();
    }

    // Validates what the live service answered in the recordings. Where it breaks the spec (keys added
    // after the spec was published, like `authentication` on connections), the sandbox is right to follow
    // the service, so the same error on the same operation is a spec gap rather than a sandbox fault.
    learnLiveGaps(interactions) {
        for (const { method, pathname, status, body } of interactions) {
            const verdict = this.validate(method, pathname, status, body);
            if (!verdict.checked || verdict.errors.length === 0) continue;
            const key = `${method.toUpperCase()} ${verdict.template} ${verdict.status}`;
            if (!this.liveGaps.has(key)) this.liveGaps.set(key, new Set());
            for (const error of verdict.errors) this.liveGaps.get(key).add(normalize(error));
        }
    }

    isLiveGap(method, verdict, error) {
        return (
            this.liveGaps.get(`${method.toUpperCase()} ${verdict.template} ${verdict.status}`)?.has(normalize(error)) ??
            false
        );
    }

    route(method, pathname) {
        if (!pathname.startsWith(API_PREFIX + '/')) return null;
        const path = pathname.slice(API_PREFIX.length);
        for (const route of this.routes) {
            const operation = this.spec.paths[route.template][method.toLowerCase()];
            if (operation && route.regex.test(path)) return { template: route.template, operation };
        }
        return null;
    }

    // -> { checked: false, reason } or { checked: true, status, schemaName, errors: [..], note? }
    validate(method, pathname, status, bodyText) {
        const route = this.route(method, pathname);
        if (!route) return { checked: false, reason: 'no matching path in the spec' };
        const lower = method.toLowerCase();
        let documented = String(status);
        let note;
        const alias = STATUS_ALIASES.find(
            (a) => a.method === lower && a.template === route.template && a.live === status,
        );
        if (alias && !route.operation.responses[String(status)]) {
            documented = String(alias.documented);
            note = `live ${status} validated against the documented ${alias.documented} schema`;
        }
        const response = route.operation.responses[documented];
        if (!response) {
            // An undocumented error status is a spec gap (e.g. 404 on GET /organizations/{id} is live but not
            // listed); an undocumented success status is a real difference.
            if (status >= 200 && status < 300)
                return {
                    checked: true,
                    status,
                    template: route.template,
                    errors: [`status ${status} is not documented for ${method} ${route.template}`],
                };
            return { checked: false, reason: `status ${status} not documented for ${method} ${route.template}` };
        }
        const schema = response.content?.['application/json']?.schema;
        if (!schema) {
            if (status === 204 && bodyText && bodyText.trim() !== '')
                return { checked: true, status, template: route.template, errors: ['204 No Content with a body'] };
            return { checked: false, reason: `no JSON schema for ${status}` };
        }
        let body;
        try {
            body = JSON.parse(bodyText);
        } catch {
            return { checked: true, status, template: route.template, errors: ['body is not JSON'] };
        }
        const key = `${lower} ${route.template} ${documented}`;
        let validators = this.compiled.get(key);
        if (!validators) {
            // A list answer is one of several shapes (array, page envelope, checkpoint envelope). When none
            // fits, the branch with the fewest errors is the one the sandbox meant to send; report that one.
            const root = this.resolve(schema);
            const branches = Array.isArray(root.oneOf) ? root.oneOf : [schema];
            validators = {
                whole: this.ajv.compile(translate(schema)),
                branches: branches.map((b) => this.ajv.compile(translate(b))),
            };
            this.compiled.set(key, validators);
        }
        const schemaName = schema.$ref ? schema.$ref.split('/').pop() : 'inline schema';
        const template = route.template;
        if (validators.whole(body)) return { checked: true, status, template, schemaName, errors: [], note };
        let best = null;
        for (const branch of validators.branches) {
            branch(body);
            // A branch of the wrong JSON type (array vs object) is the least likely intent.
            const wrongType = (branch.errors || []).some((e) => e.instancePath === '' && e.keyword === 'type');
            const candidate = {
                errors: summarize(branch.errors),
                score: (wrongType ? 1000 : 0) + (branch.errors || []).length,
            };
            if (!best || candidate.score < best.score) best = candidate;
        }
        return { checked: true, status, template, schemaName, errors: best.errors, note };
    }

    resolve(schema) {
        let node = schema;
        for (let depth = 0; node && typeof node.$ref === 'string' && depth < 10; depth++) {
            const name = node.$ref.replace('#/components/schemas/', '');
            node = this.spec.components.schemas[name];
        }
        return node || {};
    }
}

// Array positions differ between a recording and the sandbox; the error is the same.
function normalize(error) {
    return error.replace(/\/\d+(?=\/|\s)/g, '/*');
}

function collectFormats(node, found = new Set()) {
    if (Array.isArray(node)) node.forEach((n) => collectFormats(n, found));
    else if (node && typeof node === 'object') {
        if (typeof node.format === 'string') found.add(node.format);
        Object.values(node).forEach((n) => collectFormats(n, found));
    }
    return found;
}

// Ajv reports every failed anyOf branch; keep the messages short and unique.
function summarize(errors) {
    const seen = new Set();
    const out = [];
    for (const error of errors || []) {
        let text = `${error.instancePath || '/'} ${error.message}`;
        if (error.keyword === 'additionalProperties') text += ` (${error.params.additionalProperty})`;
        if (error.keyword === 'enum') text += ` (${JSON.stringify(error.params.allowedValues)})`;
        if (!seen.has(text)) {
            seen.add(text);
            out.push(text);
        }
    }
    return out;
}
