// Replays one cassette against a fresh sandbox, in recorded order, with id
// mapping, and collects every difference.
import { Allowances } from './allowances.mjs';
import { category, loadCassette, parseJson } from './cassettes.mjs';
import { IdMap } from './idmap.mjs';
import { SETUP, TENANT_APPS } from './preconditions.mjs';
import { Sandbox, SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET } from './sandbox.mjs';
import { ShapeComparer } from './shape.mjs';

// Request headers worth replaying: the recorders stripped Authorization, and
// the rest describe the body and the client.
const REPLAYED_HEADERS = ['Content-Type', 'User-Agent'];

export async function replayCassette(cassette, { executable, validator, checks, verbose }) {
    const interactions = loadCassette(cassette.file);
    const result = {
        name: cassette.name,
        interactions: interactions.length,
        validated: 0,
        findings: [],
        notes: [],
        error: null,
    };
    const sandbox = await Sandbox.start(executable);
    try {
        await sandbox.fetchToken();
        const ids = new IdMap();
        for (const appId of TENANT_APPS) ids.add(appId, SANDBOX_CLIENT_ID);
        await runSetup(cassette.name, sandbox, ids, result);
        for (const interaction of interactions) {
            await replayOne(interaction, { sandbox, ids, validator, checks, verbose, result });
        }
    } catch (error) {
        result.error = `${error.message}\n${sandbox.stderr()}`;
    } finally {
        await sandbox.stop();
    }
    return result;
}

async function runSetup(name, sandbox, ids, result) {
    for (const [index, step] of (SETUP[name] || []).entries()) {
        const response = await sandbox.send({
            method: step.method,
            pathAndQuery: ids.substituteUrl(step.path),
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${sandbox.token}` },
            body: ids.substituteBody(JSON.stringify(step.body)),
        });
        const body = parseJson(response.body).value;
        if (response.status >= 300) {
            result.findings.push({
                kind: 'setup',
                index: `setup ${index}`,
                method: step.method,
                path: step.path,
                category: 'setup',
                detail: `precondition failed: ${response.status} ${response.body}`,
            });
        } else if (step.standsFor && body && typeof body.id === 'string') {
            ids.add(step.standsFor, body.id);
        }
    }
}

function buildRequest(recorded, sandbox, ids) {
    const url = new URL(recorded.url);
    const headers = {};
    for (const name of REPLAYED_HEADERS) {
        const value = recorded.headers[name];
        if (value) headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
    }
    let body = recorded.body;
    if (url.pathname === '/oauth/token') {
        // The recordings used the SDK test apps' credentials (and "test-audience"/"my-api" audiences);
        // the sandbox has one app and one API, its Management API.
        body = rewriteTokenRequest(body, headers['Content-Type'] || '', sandbox);
    } else {
        body = ids.substituteBody(body);
        headers.Authorization = `Bearer ${sandbox.token}`;
    }
    return { method: recorded.method, pathAndQuery: ids.substituteUrl(url.pathname + url.search), headers, body };
}

function rewriteTokenRequest(body, contentType, sandbox) {
    const replace = { client_id: SANDBOX_CLIENT_ID, client_secret: SANDBOX_CLIENT_SECRET, audience: sandbox.audience };
    if (contentType.includes('application/json')) {
        const json = JSON.parse(body);
        for (const [key, value] of Object.entries(replace)) if (key in json) json[key] = value;
        return JSON.stringify(json);
    }
    const form = new URLSearchParams(body);
    for (const [key, value] of Object.entries(replace)) if (form.has(key)) form.set(key, value);
    return form.toString();
}

async function replayOne(interaction, { sandbox, ids, validator, checks, verbose, result }) {
    const recorded = interaction.request;
    const request = buildRequest(recorded, sandbox, ids);
    const response = await sandbox.send(request);
    const sandboxPath = new URL(request.pathAndQuery, sandbox.baseUrl).pathname;
    const recordedPath = new URL(recorded.url).pathname;
    const where = {
        index: interaction.index,
        method: recorded.method,
        path: recordedPath + new URL(recorded.url).search,
        category: category(recordedPath),
    };
    const add = (kind, detail) => result.findings.push({ kind, ...where, detail });
    if (verbose) console.log(`  #${interaction.index} ${request.method} ${request.pathAndQuery} -> ${response.status}`);

    const want = parseJson(interaction.response.body);
    const allowances = new Allowances(recorded.method, sandboxPath, parseJson(request.body).value, {
        query: new URL(recorded.url).searchParams,
        recordedBody: want.value,
    });
    const have = parseJson(response.body);
    const statusOk = allowances.statusMatches(interaction.response.code, response.status);

    if (checks.shape) {
        if (!statusOk)
            add('status', `expected ${interaction.response.code}, got ${response.status}: ${clip(response.body)}`);
        // An equivalent but different status (202 vs 204) brings its own kind of body.
        if (statusOk && interaction.response.code === response.status && want.empty !== have.empty)
            add('body', want.empty ? `expected no body, got ${clip(response.body)}` : 'expected a JSON body, got none');
        if (have.invalid) add('body', `sandbox body is not JSON: ${clip(response.body)}`);
    }
    if ('value' in want && 'value' in have) {
        // On a status mismatch the bodies are different kinds of answer; learn ids, report nothing.
        const comparer = new ShapeComparer(ids, allowances, { learnOnly: !statusOk || !checks.shape });
        comparer.compare(want.value, have.value);
        for (const problem of comparer.problems) add('shape', `${problem.path}: ${problem.detail}`);
        for (const note of comparer.notes) result.notes.push({ ...where, detail: note });
    }
    if (checks.openapi && validator) {
        const verdict = validator.validate(recorded.method, sandboxPath, response.status, response.body);
        if (verdict.checked) {
            result.validated++;
            for (const error of verdict.errors) {
                if (validator.isLiveGap(recorded.method, verdict, error))
                    result.notes.push({ ...where, detail: `openapi: the live service too: ${error}`, specGap: true });
                else add('openapi', `${response.status} (${verdict.schemaName ?? '-'}): ${error}`);
            }
            if (verdict.note) result.notes.push({ ...where, detail: verdict.note });
        } else {
            result.notes.push({ ...where, detail: `openapi: not validated (${verdict.reason})`, unvalidated: true });
        }
    }
}

function clip(text, max = 300) {
    const flat = String(text).replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
