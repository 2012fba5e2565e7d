// Tests of the conformance harness itself: that it maps ids the way the
// recordings need and that it reports the differences it should (a harness
// that passes everything would be worse than none).
//
//   node --test selftest.mjs
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import test from 'node:test';

import { Allowances } from './lib/allowances.mjs';
import { IdMap } from './lib/idmap.mjs';
import { ShapeComparer } from './lib/shape.mjs';

// Needs ajv and js-yaml from `npm ci`; without them only the spec tests are skipped.
const openapi = await import('./lib/openapi.mjs').catch(() => null);
const noModules = !openapi && 'node_modules is not installed (npm ci)';

const here = path.dirname(fileURLToPath(import.meta.url));

function compare(
    recorded,
    got,
    { method = 'GET', pathname = '/api/v2/organizations/org_x', body = null, ids = new IdMap() } = {},
) {
    return new ShapeComparer(ids, new Allowances(method, pathname, body)).compare(recorded, got);
}

test('ids are substituted in both spellings of a URL and in bodies', () => {
    const ids = new IdMap();
    ids.add('auth0|63d1aa', 'auth0|ffff00');
    ids.add('63d1aa', 'ffff00');
    ids.add('org_Rec', 'org_Sbx');
    ids.add('MjAyMy0w', 'abc+/=');
    assert.equal(
        ids.substituteUrl('/api/v2/organizations/org_Rec/members/auth0%7C63d1aa/roles?from=MjAyMy0w'),
        '/api/v2/organizations/org_Sbx/members/auth0%7Cffff00/roles?from=abc%2B%2F%3D',
    );
    assert.equal(ids.substituteUrl('/x/auth0%7c63d1aa'), '/x/auth0%7Cffff00');
    assert.equal(
        ids.substituteBody('{"members":["auth0|63d1aa"],"id":"63d1aa"}'),
        '{"members":["auth0|ffff00"],"id":"ffff00"}',
    );
    assert.equal(ids.add('org_Rec', 'org_Other'), 'conflict');
});

test('same shape with different values conforms and teaches the ids', () => {
    const ids = new IdMap();
    const c = compare(
        { id: 'org_A', name: 'n', branding: { logo_url: 'https://a' }, next: 'cur1' },
        { id: 'org_B', name: 'n', branding: { logo_url: 'https://b' }, next: 'cur2' },
        { ids },
    );
    assert.deepEqual(c.problems, []);
    assert.equal(ids.get('org_A'), 'org_B');
    assert.equal(ids.get('cur1'), 'cur2');
    assert.equal(ids.get('n'), undefined);
});

test('missing keys, extra keys, type and length differences are reported', () => {
    const c = compare(
        { id: 'org_A', metadata: { k: 'v' }, flags: [true, false], n: 1 },
        { id: 'org_B', metadata: { k: null }, flags: [true], n: '1', extra: {} },
    );
    const found = c.problems.map((p) => `${p.path} ${p.detail}`).sort();
    assert.deepEqual(found, [
        '$.extra not in the recorded response (sandbox has object)',
        '$.flags expected 2 items, got 1',
        '$.metadata.k expected string, got null',
        '$.n expected number, got string',
    ]);
    assert.equal(compare({ a: 1 }, {}).problems[0].detail, 'missing in the sandbox response');
});

test('list items pair by mapped id, not by position', () => {
    const ids = new IdMap();
    ids.add('auth0|1', 'auth0|x');
    ids.add('auth0|2', 'auth0|y');
    const c = compare(
        { members: [{ user_id: 'auth0|1', roles: [] }, { user_id: 'auth0|2' }] },
        { members: [{ user_id: 'auth0|y' }, { user_id: 'auth0|x', roles: [] }] },
        { ids },
    );
    assert.deepEqual(c.problems, []);
    assert.equal(c.notes.length, 2);
});

test('only the documented allowances apply', () => {
    // Token responses may carry `scope`; organizations may not carry unknown keys.
    assert.deepEqual(
        compare({ access_token: 'a' }, { access_token: 'b', scope: 's' }, { pathname: '/oauth/token', method: 'POST' })
            .problems,
        [],
    );
    assert.equal(compare({ id: 'org_a' }, { id: 'org_b', scope: 's' }).problems.length, 1);
    // Connection options: tenant defaults may differ, options the request set must come back.
    const options = { method: 'POST', pathname: '/api/v2/connections', body: { options: { client_id: 'c' } } };
    assert.deepEqual(
        compare(
            { id: 'con_a', options: { mfa: {}, client_id: 'c' } },
            { id: 'con_b', options: { client_id: 'c', other: 1 } },
            options,
        ).problems,
        [],
    );
    assert.equal(
        compare({ id: 'con_a', options: { client_id: 'c' } }, { id: 'con_b', options: {} }, options).problems.length,
        1,
    );
    // A short, non-empty last checkpoint page of members may come with or without `next`; a full one may not.
    const members = (take, recordedBody) =>
        new Allowances('GET', '/api/v2/organizations/org_a/members', null, {
            query: new URLSearchParams(`take=${take}`),
            recordedBody,
        });
    assert.ok(members(100, { members: [{ user_id: 'u' }] }).keyMayDiffer(['next']));
    assert.ok(!members(1, { members: [{ user_id: 'u' }] }).keyMayDiffer(['next']));
    assert.ok(!members(100, { members: [] }).keyMayDiffer(['next']));
    assert.ok(!members(100, { members: [{ user_id: 'u' }] }).keyMayDiffer(['members']));
    assert.ok(!new Allowances('GET', '/api/v2/organizations', null, {
        query: new URLSearchParams('take=100'),
        recordedBody: { organizations: [{ id: 'org_a' }] },
    }).keyMayDiffer(['next']));
    // DELETE /connections/{id}: 202 and 204 are both documented answers.
    assert.ok(new Allowances('DELETE', '/api/v2/connections/con_a', null).statusMatches(204, 202));
    assert.ok(!new Allowances('DELETE', '/api/v2/organizations/org_a', null).statusMatches(204, 202));
    // Tenant-wide lists may hold other entities, but not lose the ones the cassette created.
    const ids = new IdMap();
    ids.add('con_made', 'con_new');
    const list = { pathname: '/api/v2/connections', ids };
    assert.deepEqual(
        compare(
            { connections: [{ id: 'con_other' }, { id: 'con_made' }] },
            { connections: [{ id: 'con_db' }, { id: 'con_new' }, { id: 'con_x' }] },
            list,
        ).problems,
        [],
    );
    assert.equal(
        compare({ connections: [{ id: 'con_made' }] }, { connections: [{ id: 'con_db' }] }, list).problems.length,
        1,
    );
});

test('OpenAPI 3.0 nullable and oneOf are translated', { skip: noModules }, () => {
    const { translate } = openapi;
    assert.deepEqual(translate({ type: 'string', nullable: true }), { type: ['string', 'null'] });
    assert.deepEqual(translate({ oneOf: [{ type: 'array' }, { type: 'object' }] }), {
        anyOf: [{ type: 'array' }, { type: 'object' }],
    });
    assert.deepEqual(translate({ allOf: [{ type: 'object' }], nullable: true }), {
        anyOf: [{ allOf: [{ type: 'object' }] }, { type: 'null' }],
    });
    assert.deepEqual(translate({ properties: { nullable: { type: 'boolean' } } }), {
        properties: { nullable: { type: 'boolean' } },
    });
});

const specFile = [process.env.ORGCONSOLE_SHARED_DIR, path.resolve(here, '../../../shared')]
    .filter(Boolean)
    .map((dir) => path.join(dir, 'spec', 'auth0-management-api.openapi.yaml'))
    .find((file) => fs.existsSync(file));

test(
    'responses are validated against the spec',
    { skip: noModules || (!specFile && 'shared/spec is not available') },
    () => {
        const v = new openapi.OpenApiValidator(specFile);
        const org = { id: 'org_abcdefghijklmnop', name: 'acme', display_name: 'Acme' };
        assert.deepEqual(v.validate('GET', '/api/v2/organizations/org_abc', 200, JSON.stringify(org)).errors, []);
        assert.deepEqual(
            v.validate('GET', '/api/v2/organizations/org_abc', 200, JSON.stringify({ ...org, name: 'Acme!' })).errors,
            ['/name must match format "organization-name"'],
        );
        // A page envelope with a stray key is reported against the envelope, not as "must be array".
        const page = { organizations: [org], start: 0, limit: 50, total: 1 };
        assert.deepEqual(v.validate('GET', '/api/v2/organizations', 200, JSON.stringify(page)).errors, []);
        assert.deepEqual(v.validate('GET', '/api/v2/organizations', 200, JSON.stringify({ ...page, more: 1 })).errors, [
            '/ must NOT have additional properties (more)',
        ]);
        // The live service's 201 for a new invitation is checked against the documented 200 body.
        const invitation = {
            id: 'uinv_abc',
            organization_id: 'org_abc',
            inviter: { name: 'a' },
            invitee: { email: 'a@b.example' },
            invitation_url: 'https://x.example/login',
            created_at: '2024-01-01T00:00:00.000Z',
            expires_at: '2024-01-08T00:00:00.000Z',
            client_id: 'abc',
            ticket_id: 't',
        };
        const created = v.validate(
            'POST',
            '/api/v2/organizations/org_abc/invitations',
            201,
            JSON.stringify(invitation),
        );
        assert.deepEqual(created.errors, []);
        assert.match(created.note, /documented 200/);
        assert.equal(v.validate('POST', '/api/v2/organizations/org_abc/members', 201, '').errors.length, 1);
        assert.equal(v.validate('GET', '/api/v2/organizations/org_abc/client-grants', 200, '{}').checked, false);
    },
);
