// Compares a recorded JSON body with the sandbox's: the same keys
// recursively and the same value types (values themselves may differ: ids,
// times, URLs). Walking both also teaches the IdMap the sandbox's ids.
import { isIdValue } from './idmap.mjs';

const IDENTITY_KEYS = ['id', 'user_id', 'client_id', 'connection_id'];

export function typeOf(value) {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'array';
    return typeof value; // object, string, number, boolean
}

export function formatPath(jsonPath) {
    let out = '$';
    for (const segment of jsonPath) out += typeof segment === 'number' ? `[${segment}]` : `.${segment}`;
    return out;
}

// What pairs an item of a recorded list with the sandbox's: its id, or the item itself in a list of ids.
function identityOf(item) {
    if (typeof item === 'string') return item;
    if (typeOf(item) !== 'object') return undefined;
    for (const key of IDENTITY_KEYS) if (typeof item[key] === 'string') return item[key];
    return undefined;
}

export class ShapeComparer {
    // ids: IdMap; allowances: Allowances; learnOnly: walk for ids without reporting differences.
    constructor(ids, allowances, { learnOnly = false } = {}) {
        this.ids = ids;
        this.allowances = allowances;
        this.learnOnly = learnOnly;
        this.problems = [];
        this.notes = [];
    }

    compare(recorded, got) {
        this.walk(recorded, got, [], true);
        return this;
    }

    problem(jsonPath, detail) {
        if (!this.learnOnly) this.problems.push({ path: formatPath(jsonPath), detail });
    }

    walk(recorded, got, jsonPath, learn) {
        const want = typeOf(recorded);
        const have = typeOf(got);
        if (want !== have) {
            this.problem(jsonPath, `expected ${want}, got ${have}`);
            return;
        }
        if (want === 'string') {
            if (learn) this.learn(jsonPath, recorded, got);
        } else if (want === 'object') {
            this.walkObject(recorded, got, jsonPath, learn);
        } else if (want === 'array') {
            this.walkArray(recorded, got, jsonPath, learn);
        }
    }

    walkObject(recorded, got, jsonPath, learn) {
        for (const key of Object.keys(recorded)) {
            const childPath = [...jsonPath, key];
            if (Object.hasOwn(got, key)) this.walk(recorded[key], got[key], childPath, learn);
            else if (!this.allowances.keyMayDiffer(childPath))
                this.problem(childPath, 'missing in the sandbox response');
        }
        for (const key of Object.keys(got)) {
            const childPath = [...jsonPath, key];
            if (!Object.hasOwn(recorded, key) && !this.allowances.keyMayDiffer(childPath))
                this.problem(childPath, `not in the recorded response (sandbox has ${typeOf(got[key])})`);
        }
    }

    walkArray(recorded, got, jsonPath, learn) {
        const lenient = this.allowances.listLengthMayDiffer(jsonPath);
        if (recorded.length !== got.length && !lenient)
            this.problem(jsonPath, `expected ${recorded.length} items, got ${got.length}`);
        // Pair items by the sandbox id their recorded id maps to, else by position.
        const pairedGot = new Set();
        const pairs = [];
        const unpaired = [];
        recorded.forEach((item, index) => {
            const identity = identityOf(item);
            const mapped = identity !== undefined ? (this.ids.get(identity) ?? identity) : undefined;
            const match =
                mapped !== undefined ? got.findIndex((g, j) => !pairedGot.has(j) && identityOf(g) === mapped) : -1;
            if (match >= 0) {
                pairedGot.add(match);
                pairs.push([index, match]);
                if (match !== index && !this.learnOnly)
                    this.notes.push(`${formatPath([...jsonPath, index])} is at [${match}] in the sandbox's order`);
            } else {
                unpaired.push(index);
            }
        });
        if (lenient) {
            // Whatever this cassette created must be listed, and a non-empty list must not come back empty.
            for (const index of unpaired) {
                const identity = identityOf(recorded[index]);
                if (identity !== undefined && this.ids.get(identity) !== undefined)
                    this.problem(
                        [...jsonPath, index],
                        `created by this cassette as ${this.ids.get(identity)} but not listed`,
                    );
            }
            if (recorded.length > 0 && got.length === 0) this.problem(jsonPath, `expected items, got none`);
        }
        for (const index of unpaired) {
            let j = index < got.length && !pairedGot.has(index) ? index : got.findIndex((_, k) => !pairedGot.has(k));
            if (j < 0) continue;
            // In a tenant-wide list an unpaired recorded item is the recording tenant's own entity.
            if (lenient && identityOf(recorded[index]) !== undefined) continue;
            pairedGot.add(j);
            pairs.push([index, j]);
        }
        for (const [i, j] of pairs) this.walk(recorded[i], got[j], [...jsonPath, i], learn);
        if (lenient && recorded.length > 0) {
            // The sandbox's own entities must still look like the recorded ones.
            got.forEach((item, j) => {
                if (!pairedGot.has(j)) this.walk(recorded[0], item, [...jsonPath, j], false);
            });
        }
    }

    learn(jsonPath, recorded, got) {
        const last = jsonPath[jsonPath.length - 1];
        const key = typeof last === 'string' ? last : null;
        const parentKey = typeof last === 'number' ? jsonPath[jsonPath.length - 2] : undefined;
        if (recorded === got || !isIdValue(key, recorded, parentKey)) return;
        if (this.ids.add(recorded, got) === 'conflict' && !this.learnOnly) {
            const known = this.ids.get(recorded);
            this.notes.push(
                `${formatPath(jsonPath)}: recorded ${recorded} was already mapped to ${known}, sandbox has ${got}`,
            );
        }
    }
}
