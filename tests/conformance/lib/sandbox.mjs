// One orgconsole-sandbox process per cassette: started on a free port with an
// empty tenant, spoken to over plain HTTP, stopped afterwards.
import { spawn } from 'node:child_process';
import http from 'node:http';
import readline from 'node:readline';

export const SANDBOX_CLIENT_ID = 'sandbox';
export const SANDBOX_CLIENT_SECRET = 'sandbox-secret';

export class Sandbox {
    static async start(executable, extraArgs = []) {
        // The credentials are passed explicitly so a developer's environment cannot change them.
        const args = [
            '--port',
            '0',
            '--seed',
            'empty',
            '--quiet',
            '--client-id',
            SANDBOX_CLIENT_ID,
            '--client-secret',
            SANDBOX_CLIENT_SECRET,
            ...extraArgs,
        ];
        const child = spawn(executable, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk) => {
            stderr += chunk;
        });
        const baseUrl = await new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`sandbox did not start in 15 s: ${stderr}`)), 15000);
            const lines = readline.createInterface({ input: child.stdout });
            lines.on('line', (line) => {
                const match = /listening on (http:\/\/\S+)/.exec(line);
                if (match) {
                    clearTimeout(timer);
                    resolve(match[1].replace(/\/$/, ''));
                }
            });
            child.on('error', (error) => {
                clearTimeout(timer);
                reject(error);
            });
            child.on('exit', (code) => {
                clearTimeout(timer);
                reject(new Error(`sandbox exited with ${code} before listening: ${stderr}`));
            });
        });
        return new Sandbox(child, baseUrl, () => stderr);
    }

    constructor(child, baseUrl, stderr) {
        this.child = child;
        this.baseUrl = baseUrl;
        this.stderr = stderr;
        this.agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        this.token = null;
    }

    get audience() {
        return `${this.baseUrl}/api/v2/`;
    }

    async fetchToken() {
        const response = await this.send({
            method: 'POST',
            pathAndQuery: '/oauth/token',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({
                grant_type: 'client_credentials',
                client_id: SANDBOX_CLIENT_ID,
                client_secret: SANDBOX_CLIENT_SECRET,
                audience: this.audience,
            }),
        });
        if (response.status !== 200) throw new Error(`token request failed: ${response.status} ${response.body}`);
        this.token = JSON.parse(response.body).access_token;
        return this.token;
    }

    // { method, pathAndQuery, headers, body } -> { status, headers, body }
    send({ method, pathAndQuery, headers = {}, body = '' }) {
        const url = new URL(pathAndQuery, this.baseUrl);
        const payload = Buffer.from(body ?? '', 'utf8');
        const allHeaders = { ...headers };
        if (payload.length > 0) allHeaders['Content-Length'] = String(payload.length);
        return new Promise((resolve, reject) => {
            const request = http.request(
                url,
                { method, headers: allHeaders, agent: this.agent, timeout: 15000 },
                (response) => {
                    const chunks = [];
                    response.on('data', (chunk) => chunks.push(chunk));
                    response.on('end', () =>
                        resolve({
                            status: response.statusCode,
                            headers: response.headers,
                            body: Buffer.concat(chunks).toString('utf8'),
                        }),
                    );
                    response.on('error', reject);
                },
            );
            request.on('timeout', () => request.destroy(new Error(`${method} ${pathAndQuery} timed out`)));
            request.on('error', reject);
            if (payload.length > 0) request.write(payload);
            request.end();
        });
    }

    async stop() {
        this.agent.destroy();
        if (this.child.exitCode !== null || this.child.signalCode !== null) return;
        await new Promise((resolve) => {
            const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
            this.child.once('exit', () => {
                clearTimeout(timer);
                resolve();
            });
            this.child.kill('SIGTERM');
        });
    }
}
