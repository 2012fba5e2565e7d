#!/usr/bin/env node
// Installs the conformance test's npm packages (ajv, ajv-formats, js-yaml)
// into tests/conformance/node_modules with `npm ci`, unless the installed
// tree already matches package-lock.json. Exits 77 (skipped) when the shared
// recordings are absent, since the test they serve will skip too.
//
//   node setup.mjs [--npm PATH] [--shared-dir DIR]
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const stampFile = path.join(here, 'node_modules', '.orgconsole-lock-sha256');

const { values } = parseArgs({ options: { npm: { type: 'string' }, 'shared-dir': { type: 'string' } } });
const shared = [process.env.ORGCONSOLE_SHARED_DIR, values['shared-dir'], path.resolve(here, '../../../shared')].find(
    (dir) => dir && fs.existsSync(path.join(dir, 'recordings')),
);
if (!shared) {
    console.log('SKIP: shared/recordings is not available, so the conformance test will not run; nothing to install.');
    process.exit(77);
}

const lockHash = crypto
    .createHash('sha256')
    .update(fs.readFileSync(path.join(here, 'package-lock.json')))
    .digest('hex');
if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8').trim() === lockHash) {
    console.log('node_modules is up to date with package-lock.json');
    process.exit(0);
}

const npm = values.npm || (process.platform === 'win32' ? 'npm.cmd' : 'npm');
console.log(`running ${npm} ci in ${here}`);
const run = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], {
    cwd: here,
    stdio: 'inherit',
    shell: process.platform === 'win32',
});
if (run.error || run.status !== 0) {
    console.error(
        `npm ci failed (${run.error ? run.error.message : `exit ${run.status}`}); is the npm registry reachable?`,
    );
    process.exit(1);
}
fs.writeFileSync(stampFile, `${lockHash}\n`);
