// Loading the go-vcr "version: 2" cassettes and sorting their requests into
// the categories the report uses.
import fs from 'node:fs';
import path from 'node:path';
import * as yaml from 'js-yaml';

export function listCassettes(recordingsDir) {
    const found = [];
    const walk = (dir) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) walk(full);
            else if (entry.name.endsWith('.yaml')) found.push(full);
        }
    };
    walk(recordingsDir);
    return found.sort().map((file) => ({ file, name: path.relative(recordingsDir, file).split(path.sep).join('/') }));
}

export function loadCassette(file) {
    const doc = yaml.load(fs.readFileSync(file, 'utf8'));
    if (!doc || !Array.isArray(doc.interactions)) throw new Error(`${file}: not a go-vcr cassette`);
    return doc.interactions.map((interaction, index) => ({
        index,
        request: {
            method: interaction.request.method,
            url: interaction.request.url,
            body: interaction.request.body ?? '',
            headers: interaction.request.headers ?? {},
        },
        response: {
            code: interaction.response.code,
            body: interaction.response.body ?? '',
        },
    }));
}

// Everything under /organizations, a user's organizations and the token
// endpoint is what the console itself speaks; the rest of the recorded calls
// create and delete the users, roles, clients and connections those need.
export function category(pathname) {
    if (pathname === '/oauth/token') return 'token';
    if (pathname.startsWith('/api/v2/organizations')) return 'organizations';
    if (/^\/api\/v2\/users\/[^/]+\/organizations$/.test(pathname)) return 'organizations';
    return 'fixtures';
}

export function parseJson(text) {
    if (typeof text !== 'string' || text.trim() === '') return { empty: true };
    try {
        return { value: JSON.parse(text) };
    } catch {
        return { invalid: true };
    }
}
