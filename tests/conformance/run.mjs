#!/usr/bin/env node
// Conformance of the sandbox tenant with real Auth0 traffic.
//
// Replays every interaction of every cassette in shared/recordings against a
// fresh `orgconsole-sandbox --seed empty` (one per cassette), mapping the
// recorded ids to the sandbox's, and checks that each answer has the recorded
// status and JSON shape (--check shape) and matches the response schema of
// Auth0's OpenAPI spec (--check openapi). Exit codes: 0 all conform, 1 some
// mismatch, 2 harness error, 77 skipped (no shared data).
//
//   node run.mjs --sandbox build/app/sandbox/orgconsole-sandbox [--shared-dir ../shared]
//                [--check shape|openapi|all] [--only NAME-PART]... [--jobs N] [--report FILE] [--verbose]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const SKIP = 77;

function parseOptions() {
    const { values } = parseArgs({
        options: {
            sandbox: { type: 'string' },
            'shared-dir': { type: 'string' },
            check: { type: 'string', default: 'all' },
            only: { type: 'string', multiple: true, default: [] },
            jobs: { type: 'string', default: '2' },
            report: { type: 'string' },
            verbose: { type: 'boolean', default: false },
        },
    });
    if (!['shape', 'openapi', 'all'].includes(values.check)) throw new Error('--check takes shape, openapi or all');
    return values;
}

// ORGCONSOLE_SHARED_DIR, then --shared-dir, then ../shared next to the repository (as tests/support does).
function findShared(option) {
    const candidates = [process.env.ORGCONSOLE_SHARED_DIR, option, path.resolve(here, '../../../shared')];
    return candidates.find((dir) => dir && fs.existsSync(path.join(dir, 'recordings')));
}

async function main() {
    const options = parseOptions();
    const shared = findShared(options['shared-dir']);
    if (!shared) {
        console.log('SKIP: shared/recordings is not available (set ORGCONSOLE_SHARED_DIR to the folder holding it).');
        return SKIP;
    }
    const executable = options.sandbox || process.env.ORGCONSOLE_SANDBOX;
    if (!executable || !fs.existsSync(executable)) {
        console.error(`error: the sandbox executable was not found (--sandbox): ${executable ?? '(none)'}`);
        return 2;
    }
    // Imported here so a missing `npm ci` reads as one clear line, not a stack trace.
    let modules;
    try {
        modules = {
            cassettes: await import('./lib/cassettes.mjs'),
            replay: await import('./lib/replay.mjs'),
            openapi: await import('./lib/openapi.mjs'),
            report: await import('./lib/report.mjs'),
        };
    } catch (error) {
        console.error(`error: ${error.message}\nRun \`npm ci\` in ${here} (the conformance_npm_ci test does).`);
        return 2;
    }

    const checks = { shape: options.check !== 'openapi', openapi: options.check !== 'shape' };
    let validator = null;
    if (checks.openapi) {
        const specFile = path.join(shared, 'spec', 'auth0-management-api.openapi.yaml');
        if (!fs.existsSync(specFile)) {
            console.log(`SKIP: ${specFile} is not available.`);
            return SKIP;
        }
        validator = new modules.openapi.OpenApiValidator(specFile);
    }

    const allCassettes = modules.cassettes.listCassettes(path.join(shared, 'recordings'));
    if (validator) {
        // Every recording, not just the selected ones: what the live service does is known from all of them.
        validator.learnLiveGaps(
            allCassettes.flatMap((c) =>
                modules.cassettes.loadCassette(c.file).map((i) => ({
                    method: i.request.method,
                    pathname: new URL(i.request.url).pathname,
                    status: i.response.code,
                    body: i.response.body,
                })),
            ),
        );
    }
    const cassettes = allCassettes.filter(
        (c) => options.only.length === 0 || options.only.some((part) => c.name.includes(part)),
    );
    if (cassettes.length === 0) {
        console.error('error: no cassettes matched');
        return 2;
    }

    const results = new Array(cassettes.length);
    let next = 0;
    const jobs = Math.max(1, Number.parseInt(options.jobs, 10) || 1);
    const worker = async () => {
        while (next < cassettes.length) {
            const i = next++;
            results[i] = await modules.replay.replayCassette(cassettes[i], {
                executable,
                validator,
                checks,
                verbose: options.verbose,
            });
        }
    };
    await Promise.all(Array.from({ length: Math.min(jobs, cassettes.length) }, worker));

    const failed = modules.report.print(results, checks, options.verbose);
    if (options.report) fs.writeFileSync(options.report, JSON.stringify(results, null, 2));
    return failed ? 1 : 0;
}

main().then(
    (code) => process.exit(code),
    (error) => {
        console.error(`error: ${error.stack || error}`);
        process.exit(2);
    },
);
