// The console report: every finding on its own line with cassette,
// interaction, method, path and what differs; then a table per cassette.

const KINDS = ['setup', 'status', 'body', 'shape', 'openapi'];

// Returns true when something failed.
export function print(results, checks, verbose) {
    let failed = false;
    const totals = { interactions: 0, findings: 0, byKind: {}, byCategory: {} };
    for (const result of results) {
        totals.interactions += result.interactions;
        if (result.error) {
            failed = true;
            console.log(`ERROR ${result.name}: ${result.error.trim()}`);
        }
        for (const f of result.findings) {
            failed = true;
            totals.findings++;
            totals.byKind[f.kind] = (totals.byKind[f.kind] || 0) + 1;
            totals.byCategory[f.category] = (totals.byCategory[f.category] || 0) + 1;
            console.log(`MISMATCH [${f.kind}] ${result.name} #${f.index} ${f.method} ${f.path}: ${f.detail}`);
        }
        if (verbose) {
            for (const n of result.notes) {
                if (!n.unvalidated) console.log(`note ${result.name} #${n.index} ${n.method} ${n.path}: ${n.detail}`);
            }
        }
    }

    console.log('');
    console.log('cassette'.padEnd(100) + 'calls  failing  ' + KINDS.join(' '));
    for (const result of results) {
        const failing = new Set(result.findings.map((f) => f.index)).size;
        const counts = KINDS.map((k) => String(result.findings.filter((f) => f.kind === k).length).padStart(k.length));
        const mark = result.error ? 'ERROR ' : result.findings.length ? 'FAIL  ' : 'ok    ';
        console.log(
            (mark + result.name).padEnd(100) +
                String(result.interactions).padStart(5) +
                String(failing).padStart(9) +
                '  ' +
                counts.join(' '),
        );
    }
    const unvalidated = results.reduce((n, r) => n + r.notes.filter((x) => x.unvalidated).length, 0);
    const validated = results.reduce((n, r) => n + r.validated, 0);
    const specGaps = results.reduce((n, r) => n + r.notes.filter((x) => x.specGap).length, 0);
    const clean = results.filter((r) => !r.error && r.findings.length === 0).length;
    const kinds = JSON.stringify(totals.byKind);
    const areas = JSON.stringify(totals.byCategory);
    console.log('');
    console.log(
        `${results.length} cassettes, ${totals.interactions} interactions replayed; ${clean} cassettes conform; ` +
            `${totals.findings} findings ${kinds} by area ${areas}`,
    );
    if (checks.openapi) {
        console.log(
            `${validated} responses validated against the spec (${specGaps} deviations the live service shares ` +
                `were not counted); ${unvalidated} had no schema to check (path not in the spec, error status or ` +
                `no body)`,
        );
    }
    return failed;
}
