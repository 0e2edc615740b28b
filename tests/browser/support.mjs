// SPDX-License-Identifier: GPL-3.0-or-later
// What the browser tests share: starting ecoute-server, a staff client speaking /ws/staff with a
// plain WebSocket, and launching Debian's chromium through playwright-core.
//
// Environment (set by tests/browser/CMakeLists.txt):
//   ECOUTE_SERVER_BINARY  the ecoute-server to start
//   ECOUTE_CHROMIUM       the browser (Debian's chromium; never a downloaded one)
//   ECOUTE_NODE_MODULES   where `npm ci` put playwright-core, ws and axe-core
//   ECOUTE_SCREENSHOT_DIR where to write screenshots (default: the system temp directory)
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {accessSync, constants as fsConstants, mkdtempSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';

function findInPath(names) {
    for (const dir of (process.env.PATH || '').split(path.delimiter)) {
        for (const name of names) {
            try {
                accessSync(path.join(dir, name), fsConstants.X_OK);
                return path.join(dir, name);
            } catch {
                // not here
            }
        }
    }
    return undefined;
}

const modulesDir = process.env.ECOUTE_NODE_MODULES || path.join(process.cwd(), 'node_modules');
const require = createRequire(path.join(path.dirname(modulesDir), 'index.js'));
export const {chromium} = require('playwright-core');
export const WebSocket = require('ws');
/** axe-core's browser build, injected into pages by a11y.test.mjs. */
export const AXE_SCRIPT = path.join(modulesDir, 'axe-core', 'axe.min.js');

const SERVER_BINARY = process.env.ECOUTE_SERVER_BINARY;
export const CHROMIUM = process.env.ECOUTE_CHROMIUM || findInPath(['chromium', 'chromium-browser']);
export const SHOT_DIR = process.env.ECOUTE_SCREENSHOT_DIR || os.tmpdir();
export const PHONE = {width: 390, height: 844};
export const DESKTOP = {width: 1280, height: 800};
export const WAIT_MS = 15000;

// ---------------------------------------------------------------------------------------------
// ecoute-server

/** Starts ecoute-server on a free loopback port with demo accounts; resolves once it listens. */
export function startServer(extraArgs = []) {
    assert.ok(SERVER_BINARY, 'ECOUTE_SERVER_BINARY is not set');
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecoute-browser-'));
    const proc = spawn(SERVER_BINARY,
        ['--data-dir', dataDir, '--listen', '127.0.0.1', '--port', '0', '--demo-accounts', ...extraArgs],
        {stdio: ['ignore', 'pipe', 'pipe']});
    const info = {proc, dataDir, url: null, origin: null, port: 0, passwords: {}, output: ''};
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            proc.kill('SIGKILL');
            reject(new Error('ecoute-server did not start within 30 s; output:\n' + info.output));
        }, 30000);
        const done = () => {
            if (info.url && info.passwords.volunteer) {
                clearTimeout(timer);
                resolve(info);
            }
        };
        let pendingText = '';
        const onData = (chunk) => {
            const text = chunk.toString('utf8');
            info.output += text;
            pendingText += text;
            let newline;
            while ((newline = pendingText.indexOf('\n')) >= 0) {
                const line = pendingText.slice(0, newline).trim();
                pendingText = pendingText.slice(newline + 1);
                let m;
                if ((m = /^listening: (\S+)/.exec(line))) {
                    const url = new URL(m[1]);
                    info.url = url.origin + '/';
                    info.origin = url.origin;
                    info.port = Number(url.port);
                } else if ((m = /^demo account created: (\S+) \/ (\S+)/.exec(line))) {
                    info.passwords[m[1]] = m[2];
                }
            }
            done();
        };
        proc.stdout.on('data', onData);
        proc.stderr.on('data', (chunk) => { info.output += chunk.toString('utf8'); });
        proc.on('exit', (code, signal) => {
            clearTimeout(timer);
            reject(new Error(`ecoute-server exited (${code ?? signal}) before it was ready; output:\n` + info.output));
        });
        proc.on('error', (err) => {
            clearTimeout(timer);
            reject(err);
        });
    });
}

/** Stops a server from startServer() and removes its data directory. */
export async function stopServer(which) {
    if (!which)
        return;
    const {proc, dataDir} = which;
    proc.removeAllListeners('exit');
    if (proc.exitCode === null && proc.signalCode === null) {
        const exited = new Promise((resolve) => proc.once('exit', resolve));
        proc.kill('SIGTERM');
        const timer = setTimeout(() => proc.kill('SIGKILL'), 10000);
        await exited;
        clearTimeout(timer);
    }
    rmSync(dataDir, {recursive: true, force: true});
}

// ---------------------------------------------------------------------------------------------
// A volunteer on /ws/staff (a desktop client: no Origin header)

export class StaffClient {
    constructor() {
        this.frames = [];
        this.waiters = [];
        this.counter = 0;
        this.closed = null;
    }

    async open(url) {
        this.ws = new WebSocket(url, {rejectUnauthorized: false});
        this.ws.on('message', (data) => {
            this.frames.push(JSON.parse(data.toString('utf8')));
            this.wake();
        });
        this.ws.on('close', (code) => {
            this.closed = code;
            this.wake();
        });
        await new Promise((resolve, reject) => {
            this.ws.once('open', resolve);
            this.ws.once('error', reject);
        });
    }

    send(type, body = {}) {
        const id = 'v-' + (++this.counter);
        this.ws.send(JSON.stringify({v: 1, type, id, body}));
        return id;
    }

    wake() {
        for (const waiter of [...this.waiters])
            waiter();
    }

    /** Waits for (and takes) the first received frame matching pred. */
    waitFor(pred, what, timeoutMs = WAIT_MS) {
        return new Promise((resolve, reject) => {
            const check = () => {
                const i = this.frames.findIndex(pred);
                if (i >= 0) {
                    const [frame] = this.frames.splice(i, 1);
                    cleanup();
                    resolve(frame);
                } else if (this.closed !== null) {
                    cleanup();
                    reject(new Error(`staff socket closed (${this.closed}) while waiting for ${what}`));
                }
            };
            const timer = setTimeout(() => {
                cleanup();
                reject(new Error(`timed out waiting for ${what}; unread frames: ${JSON.stringify(this.frames)}`));
            }, timeoutMs);
            const cleanup = () => {
                clearTimeout(timer);
                this.waiters = this.waiters.filter((w) => w !== check);
            };
            this.waiters.push(check);
            check();
        });
    }

    /** Sends a request and waits for the answer of type `type` (or an error for it). */
    async request(type, body, answerType) {
        const id = this.send(type, body);
        const frame = await this.waitFor(
            (f) => f.type === answerType || (f.type === 'error' && f.re === id),
            `${answerType} for ${type}`);
        assert.notEqual(frame.type, 'error', `${type} failed: ${JSON.stringify(frame.body)}`);
        return frame;
    }

    close() {
        if (this.ws && this.ws.readyState === WebSocket.OPEN)
            this.ws.close();
    }
}

/** A staff member (demo account `user`) logged in on `server` and set to `state`. */
export async function staffOnShift(server, user = 'volunteer', state = 'available') {
    const staff = new StaffClient();
    await staff.open(`wss://127.0.0.1:${server.port}/ws/staff`);
    await staff.request('hello', {versions: [1], client: 'ecoute-browser-test/1'}, 'welcome');
    await staff.request('auth.login', {user, password: server.passwords[user]}, 'auth.ok');
    await staff.request('presence.set', {state}, 'presence.state');
    return staff;
}

/** Waits for a waiting chat contact to show up in the volunteer's inbox. */
export async function waitForWaitingContact(staff) {
    const frame = await staff.waitFor(
        (f) => (f.type === 'contact.update' && f.body.contact.state !== 'ended')
            || (f.type === 'inbox.snapshot' && f.body.contacts.some((c) => c.state !== 'ended')),
        'a new contact in the inbox');
    return frame.type === 'contact.update'
        ? frame.body.contact : frame.body.contacts.find((c) => c.state !== 'ended');
}

// ---------------------------------------------------------------------------------------------
// Browser

/** Headless chromium with a fresh, temporary profile (a non-persistent launch). */
export async function launchBrowser() {
    assert.ok(CHROMIUM, 'no chromium: set ECOUTE_CHROMIUM or put chromium on PATH');
    return chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
            '--disable-dev-shm-usage'],
    });
}

/**
 * A help-seeker's browser context (phone-sized, French unless told otherwise) that records every
 * URL its pages ask for in `requests` and every console error, page error or CSP violation in
 * `problems`.
 */
export async function newSeekerContext(browser, {requests, problems}, options = {}) {
    const context = await browser.newContext({
        ignoreHTTPSErrors: true,
        viewport: PHONE,
        isMobile: false,
        locale: 'fr-FR',
        ...options,
    });
    context.setDefaultTimeout(WAIT_MS);
    context.on('request', (req) => requests.push(req.url()));
    context.on('page', (page) => {
        page.on('websocket', (ws) => requests.push(ws.url()));
        page.on('console', (msg) => {
            if (msg.type() === 'error')
                problems.push(`console: ${msg.text()}`);
        });
        page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    });
    return context;
}
