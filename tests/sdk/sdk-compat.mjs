// Drives the sandbox tenant with Auth0's official Node.js SDK (auth0 on npm),
// changing nothing but the address: the SDK insists on https://DOMAIN, so a
// fetch wrapper sends its requests to the sandbox's loopback http address.
// Usage: node sdk-compat.mjs /path/to/orgconsole-sandbox
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import assert from 'node:assert/strict';
import { ManagementClient } from 'auth0';

const sandboxExe = process.argv[2];
if (!sandboxExe) {
    console.error('usage: node sdk-compat.mjs ORGCONSOLE_SANDBOX');
    process.exit(2);
}

function startSandbox() {
    return new Promise((resolve, reject) => {
        const child = spawn(sandboxExe, ['--port', '0', '--seed', 'demo', '--quiet'], { stdio: ['ignore', 'pipe', 'inherit'] });
        const lines = createInterface({ input: child.stdout });
        lines.once('line', (line) => {
            const match = /^listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(line.trim());
            if (!match) reject(new Error(`unexpected first line: ${line}`));
            else resolve({ child, base: match[1], hostPort: `127.0.0.1:${match[2]}` });
        });
        child.once('error', reject);
    });
}

let passed = 0;
let failed = 0;
async function check(name, fn) {
    try {
        await fn();
        passed += 1;
        console.log(`PASS ${name}`);
    } catch (error) {
        failed += 1;
        console.log(`FAIL ${name}: ${error.stack || error}`);
    }
}

const { child, base, hostPort } = await startSandbox();
try {
    const toSandbox = (url, init) => fetch(String(url).replace(/^https:\/\/[^/]+/, base), init);
    const client = new ManagementClient({
        domain: hostPort,
        clientId: 'sandbox',
        clientSecret: 'sandbox-secret',
        fetch: toSandbox,
        maxRetries: 0,
    });

    let orgId;
    let userId;
    let roleId;
    const orgName = `sdk-check-${Date.now()}`;

    await check('organizations.create', async () => {
        const org = await client.organizations.create({ name: orgName, display_name: 'SDK check' });
        assert.match(org.id, /^org_/);
        assert.equal(org.name, orgName);
        orgId = org.id;
    });
    await check('organizations.getByName', async () => {
        const org = await client.organizations.getByName(orgName);
        assert.equal(org.id, orgId);
    });
    await check('organizations.list walks checkpoint pages', async () => {
        const names = [];
        for await (const org of await client.organizations.list({ take: 2 })) names.push(org.name);
        assert.ok(names.includes(orgName), `listed ${names.length} organizations without ${orgName}`);
    });
    await check('organizations.update', async () => {
        const org = await client.organizations.update(orgId, { display_name: 'SDK check, renamed', metadata: { tier: 'gold' } });
        assert.equal(org.display_name, 'SDK check, renamed');
        assert.equal(org.metadata.tier, 'gold');
    });
    await check('users.list with a query, roles.list', async () => {
        const users = await client.users.list({ q: 'email:isla*', search_engine: 'v3', per_page: 5, include_totals: true });
        const first = users.data[0];
        assert.ok(first && first.user_id, 'no users in the demo tenant');
        userId = first.user_id;
        const roles = await client.roles.list({ per_page: 5 });
        assert.ok(roles.data.length > 0, 'no roles in the demo tenant');
        roleId = roles.data[0].id;
    });
    await check('organizations.members.create and list with roles', async () => {
        await client.organizations.members.create(orgId, { members: [userId] });
        await client.organizations.members.roles.assign(orgId, userId, { roles: [roleId] });
        const seen = [];
        for await (const member of await client.organizations.members.list(orgId, { fields: 'user_id,email,roles', include_fields: true, take: 50 })) seen.push(member);
        const member = seen.find((m) => m.user_id === userId);
        assert.ok(member, 'the new member is not listed');
        assert.ok(member.roles.some((r) => r.id === roleId), 'the assigned role is not listed');
    });
    await check('organizations.members.roles.delete and members.delete', async () => {
        await client.organizations.members.roles.delete(orgId, userId, { roles: [roleId] });
        await client.organizations.members.delete(orgId, { members: [userId] });
        const seen = [];
        for await (const member of await client.organizations.members.list(orgId, { take: 50 })) seen.push(member);
        assert.equal(seen.length, 0);
    });
    await check('organizations.invitations.create, list and delete', async () => {
        const clients = await client.clients.list({ per_page: 50 });
        const app = clients.data.find((c) => c.app_type === 'regular_web' || c.app_type === 'spa');
        assert.ok(app, 'no interactive application in the demo tenant');
        const invitation = await client.organizations.invitations.create(orgId, {
            inviter: { name: 'SDK check' },
            invitee: { email: 'sdk-invitee@example.com' },
            client_id: app.client_id,
            ttl_sec: 3600,
        });
        assert.match(invitation.id, /^uinv_/);
        const listed = [];
        for await (const item of await client.organizations.invitations.list(orgId, { per_page: 10 })) listed.push(item);
        assert.equal(listed.length, 1);
        await client.organizations.invitations.delete(orgId, invitation.id);
    });
    await check('a 404 surfaces as the SDK\'s NotFoundError', async () => {
        await assert.rejects(client.organizations.get('org_doesnotexist0000'), (error) => error.statusCode === 404);
    });
    await check('organizations.delete', async () => {
        await client.organizations.delete(orgId);
        await assert.rejects(client.organizations.get(orgId), (error) => error.statusCode === 404);
    });
} finally {
    child.kill();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
