// SPDX-License-Identifier: GPL-3.0-or-later
// Load generator of the relay benchmark (bench/relay/run.sh starts it; see README.md there).
//
// Drives N help-seeker connections (/ws/seeker) and M volunteer connections (/ws/staff) against a
// running relay (ecoute-server or ws-relay.mjs) on loopback, over plain ws://, and measures:
//   - contacts routed per second: seeker.start -> conversation.open at a volunteer, with at most
//     --window starts in flight;
//   - message latency seeker -> volunteer: from the seeker's chat.send to the volunteer's receipt
//     of the chat.message, at a fixed total rate (open loop) for a fixed time;
//   - supervision latency, during the message phase (under the chat load): volunteers send urgent
//     supervision.request frames about one of their contacts at a low fixed rate; from the send to
//     the supervision.update reaching every logged-in supervisor connection (their queue shows it);
//   - the relay process's RSS per connection (/proc/PID/status VmRSS before any connection and
//     with every connection held and every contact routed) and its CPU per message
//     (/proc/PID/stat utime+stime, all threads, over the message phase); beside it, each thread's
//     CPU over the message phase (/proc/PID/task/TID/stat), the main thread's apart.
// With --perf-out FILE it runs `perf record -g` on the relay during the message phase only.
// Every phase has a deadline; the whole run is bounded by a watchdog. Writes one JSON object.
//
//   node driver.mjs --url ws://127.0.0.1:PORT --pid PID --label NAME --out FILE
//        [--seekers 2000] [--volunteers 200] [--users v001,v002,...] [--password-file FILE]
//        [--rate 500] [--duration 20] [--window 50] [--capacity ceil(N/M)] [--text-bytes 120]
//        [--supervisors s001,s002,s003] [--supervision-rate 5] [--supervision-requests rate*duration]
//        [--login-deadline max(300, 1.5*M) s] [--route-deadline max(600, N/5) s] [--perf-out FILE]
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {performance} from 'node:perf_hooks';
import {cpuSeconds, rssKiB, startPerf, stopPerf, threadCpu, threadStateSampler} from './target.mjs';

const require = createRequire(import.meta.url);
const WebSocket = require('ws');

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
    const out = {};
    for (let i = 0; i < argv.length; i++) {
        const m = /^--([a-z-]+)$/.exec(argv[i]);
        if (!m || i + 1 >= argv.length)
            throw new Error(`bad argument: ${argv[i]}`);
        out[m[1]] = argv[++i];
    }
    return out;
}

const args = parseArgs(process.argv.slice(2));
const URL_BASE = args.url;
const PID = Number(args.pid);
const LABEL = args.label ?? 'relay';
const N = Number(args.seekers ?? 2000);
const M = Number(args.volunteers ?? 200);
const RATE = Number(args.rate ?? 500); // chat.send per second, all seekers together
const DURATION_S = Number(args.duration ?? 20);
const WINDOW = Number(args.window ?? 50); // seeker.start in flight during routing
const CAPACITY = Number(args.capacity ?? Math.ceil(N / M)); // conversations per volunteer
const TEXT_BYTES = Number(args['text-bytes'] ?? 120);
const USERS = args.users ? args.users.split(',') : Array.from({length: M}, (_, i) => 'v' + String(i + 1).padStart(3, '0'));
const PASSWORD = args['password-file'] ? readFileSync(args['password-file'], 'utf8').split('\n')[0] : 'any-password-1';
// Supervisor accounts (one connection each); none: no supervision measurement.
const SUPERVISORS = args.supervisors ? args.supervisors.split(',').filter((x) => x) : [];
const SUP_RATE = Number(args['supervision-rate'] ?? 5); // supervision.request per second, all volunteers
const SUP_TOTAL = SUPERVISORS.length === 0 || !(SUP_RATE > 0) ? 0
    : Number(args['supervision-requests'] ?? Math.round(SUP_RATE * DURATION_S));
const CONNECT_WINDOW = 50; // TCP + WebSocket handshakes in flight
// After the last send, how long to wait for outstanding deliveries and acks.
const DRAIN_MS = Math.max(10, DURATION_S) * 1000;
// Set-up deadlines grow with the load: each volunteer log-in is one Argon2id verify on the server
// (serial), and routing N contacts took ~30/s on the 2-core machine (10,000: minutes).
const LOGIN_DEADLINE_MS = Number(args['login-deadline'] ?? Math.max(300, 1.5 * M)) * 1000;
const ROUTE_DEADLINE_MS = Number(args['route-deadline'] ?? Math.max(600, N / 5)) * 1000;
const PERF_OUT = args['perf-out'] ?? null;
if (!URL_BASE || !PID || !(N > 0) || !(M > 0) || USERS.length === 0)
    throw new Error('usage: node driver.mjs --url ws://127.0.0.1:PORT --pid PID --out FILE [...]');
const ORIGIN = URL_BASE.replace(/^ws:/, 'http:').replace(/\/+$/, '');

// The whole run is bounded: set-up phases have their own deadlines, this is the last resort.
const WATCHDOG_MS = LOGIN_DEADLINE_MS + 300000 + ROUTE_DEADLINE_MS + DURATION_S * 1000 + DRAIN_MS + 240000;
setTimeout(() => {
    console.error(`driver[${LABEL}]: watchdog: the run took more than ${WATCHDOG_MS / 1000} s, giving up`);
    process.exit(3);
}, WATCHDOG_MS).unref();

const log = (...a) => console.error(`driver[${LABEL}]`, ...a);

// The driver's own CPU (the relay's: target.mjs).
const driverCpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
};

// ---------------------------------------------------------------------------------------------
// Connections

const errors = {}; // error code -> count
let unexpectedCloses = 0;
let stopping = false;

class Client {
    constructor(path, {origin} = {}) {
        this.path = path;
        this.origin = origin;
        this.counter = 0;
        this.pending = new Map(); // request id -> {resolve, reject, type}
        this.onFrame = null; // (frame, raw) for frames nobody waits for
    }

    open(timeoutMs) {
        return new Promise((resolve, reject) => {
            const ws = new WebSocket(URL_BASE.replace(/\/+$/, '') + this.path,
                {origin: this.origin, perMessageDeflate: false, handshakeTimeout: timeoutMs});
            this.ws = ws;
            ws.on('open', resolve);
            ws.on('error', reject);
            ws.on('close', () => {
                if (!stopping)
                    unexpectedCloses++;
                for (const p of this.pending.values())
                    p.reject(new Error(`${this.path} closed while waiting for ${p.type}`));
                this.pending.clear();
            });
            ws.on('message', (data) => this.receive(data));
        });
    }

    receive(data) {
        // The volunteers get a contact.removed for every contact somebody else took: skip
        // parsing those, they are the bulk of the routing traffic and need no answer.
        if (data.length < 400 && data.includes('"contact.removed"'))
            return;
        const frame = JSON.parse(data.toString('utf8'));
        if (frame.type === 'error') {
            errors[frame.body?.code] = (errors[frame.body?.code] ?? 0) + 1;
        }
        if (frame.re !== undefined && this.pending.has(frame.re)) {
            const p = this.pending.get(frame.re);
            this.pending.delete(frame.re);
            if (frame.type === 'error')
                p.reject(new Error(`${p.type} failed: ${JSON.stringify(frame.body)}`));
            else
                p.resolve(frame);
            return;
        }
        if (this.onFrame)
            this.onFrame(frame);
    }

    send(type, body, id = 'c-' + (++this.counter)) {
        this.ws.send(JSON.stringify({v: 1, type, id, body}));
        return id;
    }

    request(type, body, timeoutMs) {
        const id = this.send(type, body);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.pending.delete(id);
                reject(new Error(`timed out after ${timeoutMs} ms waiting for the answer to ${type}`));
            }, timeoutMs);
            this.pending.set(id, {
                type,
                resolve: (f) => { clearTimeout(timer); resolve(f); },
                reject: (e) => { clearTimeout(timer); reject(e); },
            });
        });
    }
}

/** Runs fn over items with at most `concurrency` in flight; rejects at the first failure. */
async function pool(items, concurrency, fn) {
    let next = 0;
    const workers = Array.from({length: Math.min(concurrency, items.length)}, async () => {
        while (next < items.length) {
            const i = next++;
            await fn(items[i], i);
        }
    });
    await Promise.all(workers);
}

function withDeadline(promise, ms, what) {
    let timer;
    return Promise.race([
        promise,
        new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: deadline of ${ms / 1000} s passed`)), ms); }),
    ]).finally(() => clearTimeout(timer));
}

function percentile(sorted, p) {
    if (sorted.length === 0)
        return NaN;
    const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100 * sorted.length) - 1));
    return sorted[i];
}

// ---------------------------------------------------------------------------------------------
// Run

const result = {
    label: LABEL, seekers: N, volunteers: M, rate: RATE, durationS: DURATION_S, window: WINDOW,
    capacity: CAPACITY, textBytes: TEXT_BYTES, transport: 'ws:// (no TLS), loopback',
    supervisors: SUPERVISORS.length, supervisionRate: SUP_RATE,
    ok: false, failure: null,
};

const volunteers = []; // {client, user, active, contacts: [contactId]}
const supervisors = []; // {client, user}
const seekers = []; // {client, contactId}
const claimed = new Map(); // contactId -> volunteer index (one accept per contact, no stampede)
const routed = new Map(); // contactId -> {resolve, startedAt}
const routeLatencies = [];
const earlyUpdates = new Map(); // contactId -> [[volunteer index, frame]] seen before seeker.session

// Message phase state.
let sendAt = null; // Float64Array: k -> performance.now() when sent (0 = not sent)
let deliveredAt = null; // Float64Array: k -> latency in ms at the volunteer
let ackLatency = null;
let delivered = 0;
let acked = 0;
let onAllDelivered = null;
let sentCount = 0;
// Supervision: request j is `supervision.request` {kind: urgent, message: "bench s<j>"} from a
// volunteer, matched at the supervisors by its unique message text.
let supSentAt = null; // Float64Array: j -> performance.now() when sent
let supAnswer = null; // Float64Array: j -> latency in ms of the volunteer's own supervision.update
let supFirst = null; // Float64Array: j -> latency in ms to the first supervisor connection
let supAll = null; // Float64Array: j -> latency in ms to the last of the supervisor connections
let supSeen = null; // Uint16Array: j -> supervisor connections that got it
let supSent = 0;
let supAnswered = 0;
let supQueued = 0; // requests every supervisor connection got
let supRefused = 0;

function maybeAllDone() {
    if (delivered === sentCount && acked === sentCount && supQueued === supSent
        && supAnswered + supRefused === supSent && onAllDelivered)
        onAllDelivered();
}

function supervisorFrame(index, frame) {
    if (frame.type !== 'supervision.update' || !supSentAt)
        return;
    const m = /^bench s(\d+)$/.exec(frame.body?.request?.message ?? '');
    if (!m || frame.body.request.state !== 'waiting')
        return;
    const j = Number(m[1]);
    if (j >= supSent || supSeen[j] >= SUPERVISORS.length)
        return;
    const latency = performance.now() - supSentAt[j];
    if (supSeen[j]++ === 0)
        supFirst[j] = latency;
    if (supSeen[j] === SUPERVISORS.length) {
        supAll[j] = latency;
        supQueued++;
        maybeAllDone();
    }
}

function volunteerFrame(index, frame) {
    const v = volunteers[index];
    if (typeof frame.re === 'string' && frame.re.startsWith('sup') && supSentAt) {
        // The volunteer's own answer to its supervision.request (or an error).
        const j = Number(frame.re.slice(3));
        if (j < supSent && supAnswer[j] === 0) {
            if (frame.type === 'supervision.update') {
                supAnswer[j] = performance.now() - supSentAt[j];
                supAnswered++;
            } else {
                supAnswer[j] = -1;
                supRefused++;
            }
            maybeAllDone();
        }
        return;
    }
    if (frame.type === 'chat.message') {
        if (frame.body.from !== 'seeker' || !sendAt)
            return;
        const m = /^m(\d+) /.exec(frame.body.text);
        if (!m)
            return;
        const k = Number(m[1]);
        if (deliveredAt[k] === 0) {
            deliveredAt[k] = performance.now() - sendAt[k];
            delivered++;
            maybeAllDone();
        }
    } else if (frame.type === 'contact.update') {
        const c = frame.body.contact;
        if (c.state !== 'waiting' || claimed.has(c.id))
            return;
        if (!routed.has(c.id)) {
            // The update reached the volunteers before seeker.session reached the seeker: keep
            // it until the driver knows the contact (replayed in the routing phase).
            const early = earlyUpdates.get(c.id) ?? [];
            early.push([index, frame]);
            earlyUpdates.set(c.id, early);
            return;
        }
        if (v.active >= CAPACITY)
            return;
        claimed.set(c.id, index);
        v.active++;
        v.client.request('contact.accept', {contactId: c.id}, 120000).then((open) => {
            const r = routed.get(c.id);
            if (open.type === 'conversation.open')
                v.contacts.push(c.id);
            if (r && open.type === 'conversation.open')
                r.resolve(performance.now());
        }, (err) => {
            const r = routed.get(c.id);
            if (r)
                r.reject(err);
        });
    }
}

function seekerFrame(index, frame) {
    if (frame.type === 'chat.ack' && ackLatency) {
        const m = /^m(\d+)$/.exec(frame.body.clientMsgId ?? '');
        if (m) {
            const k = Number(m[1]);
            if (ackLatency[k] === 0) {
                ackLatency[k] = performance.now() - sendAt[k];
                acked++;
                maybeAllDone();
            }
        }
    }
}


async function main() {
    const rssStart = rssKiB(PID);
    result.rssStartKiB = rssStart;
    log(`target pid ${PID}, RSS ${rssStart} KiB; ${M} volunteers, ${SUPERVISORS.length} supervisors, ${N} seekers,`
        + ` ${RATE} msg/s for ${DURATION_S} s, ${SUP_TOTAL} supervision requests at ${SUP_RATE}/s`);

    // Like the real clients, every connection sends an application ping now and then, so that a
    // long set-up does not run into the server's idle timeout.
    const keepalive = setInterval(() => {
        for (const c of [...volunteers, ...supervisors, ...seekers])
            if (c?.client.ws?.readyState === WebSocket.OPEN)
                c.client.send('ping', {});
    }, 60000);
    keepalive.unref();

    // 1. Volunteers: connect, hello, log in (Argon2id on the server: slow by design), be available.
    let t = performance.now();
    await withDeadline(pool(Array.from({length: M}, (_, i) => i), CONNECT_WINDOW, async (i) => {
        const client = new Client('/ws/staff');
        const v = {client, user: USERS[i % USERS.length], active: 0, contacts: []};
        volunteers[i] = v;
        await client.open(30000);
        await client.request('hello', {versions: [1], client: 'ecoute-bench/1'}, 30000);
        await client.request('auth.login', {user: v.user, password: PASSWORD}, 120000);
        client.onFrame = (f) => volunteerFrame(i, f);
        await client.request('presence.set', {state: 'available'}, 60000);
    }), LOGIN_DEADLINE_MS, 'volunteer log-in');
    result.volunteerLoginS = (performance.now() - t) / 1000;
    log(`volunteers logged in and available in ${result.volunteerLoginS.toFixed(1)} s`);

    // 1b. Supervisors: connect, hello, log in; presence stays `off` (they take no contacts). The
    //     server sends supervision.queue after auth.ok: the connection is ready when it arrives.
    t = performance.now();
    await withDeadline(pool(SUPERVISORS.map((_, i) => i), CONNECT_WINDOW, async (i) => {
        const client = new Client('/ws/staff');
        supervisors[i] = {client, user: SUPERVISORS[i]};
        await client.open(30000);
        await client.request('hello', {versions: [1], client: 'ecoute-bench/1'}, 30000);
        const queued = new Promise((resolve) => {
            client.onFrame = (f) => {
                if (f.type === 'supervision.queue') {
                    client.onFrame = (g) => supervisorFrame(i, g);
                    resolve();
                }
            };
        });
        const ok = await client.request('auth.login', {user: SUPERVISORS[i], password: PASSWORD}, 120000);
        if (ok.body?.role !== 'supervisor')
            throw new Error(`${SUPERVISORS[i]} logged in as ${ok.body?.role}, not supervisor`);
        await withDeadline(queued, 60000, `supervision.queue for ${SUPERVISORS[i]}`);
    }), 300000, 'supervisor log-in');
    if (SUPERVISORS.length > 0)
        log(`${SUPERVISORS.length} supervisors logged in in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    // 2. Help-seekers, as the chat page does: connect, hello, seeker.start at once (the server
    //    closes a connection that has not started within its handshake timeout). The relay sends
    //    contact.update to every available volunteer -> one accepts -> conversation.open. At most
    //    WINDOW help-seekers between connecting and being routed.
    t = performance.now();
    const cpuRoute0 = cpuSeconds(PID);
    const routeStates = threadStateSampler(PID);
    const driverRoute0 = driverCpu();
    await withDeadline(pool(Array.from({length: N}, (_, i) => i), WINDOW, async (i) => {
        const startedAt = performance.now();
        const client = new Client('/ws/seeker', {origin: ORIGIN});
        const s = {client, contactId: null};
        seekers[i] = s;
        await client.open(30000);
        client.onFrame = (f) => seekerFrame(i, f);
        await client.request('hello', {versions: [1], client: 'ecoute-bench/1'}, 60000);
        const session = await client.request('seeker.start', {language: 'fr'}, 120000);
        s.contactId = session.body.contactId;
        const openedAt = await new Promise((resolve, reject) => {
            routed.set(s.contactId, {resolve, reject, startedAt});
            const early = earlyUpdates.get(s.contactId);
            if (early) {
                earlyUpdates.delete(s.contactId);
                for (const [index, frame] of early)
                    volunteerFrame(index, frame);
            }
            setTimeout(() => reject(new Error(`contact ${s.contactId} not routed within 120 s`)), 120000).unref();
        });
        routeLatencies.push(openedAt - startedAt);
    }), ROUTE_DEADLINE_MS, 'help-seekers connecting and being routed');
    const routeS = (performance.now() - t) / 1000;
    result.routingThreadStates = routeStates();
    result.contactsRoutedPerS = N / routeS;
    result.serverCpuPerContactMs = (cpuSeconds(PID) - cpuRoute0) * 1000 / N;
    result.driverCpuRoutingPct = 100 * (driverCpu() - driverRoute0) / routeS;
    routeLatencies.sort((a, b) => a - b);
    result.routeP50Ms = percentile(routeLatencies, 50);
    result.routeP99Ms = percentile(routeLatencies, 99);
    log(`${N} help-seekers connected and routed in ${routeS.toFixed(1)} s`);

    // Every connection held, every contact routed. Routing leaves work behind (contact.removed
    // frames in flight, garbage in both processes: with 10,000 contacts and without this, the
    // driver fell 0.6 s behind its send schedule): the messages start once the relay is quiet
    // (< 20% of a core) and the driver's own timers are on time, two seconds in a row, or after 30 s.
    await new Promise((r) => setTimeout(r, 500));
    if (globalThis.gc)
        globalThis.gc(); // run.sh starts the driver with --expose-gc
    const settle0 = performance.now();
    for (let quiet = 0; quiet < 2 && performance.now() - settle0 < 30000;) {
        const cpu0 = cpuSeconds(PID);
        const t1 = performance.now();
        await new Promise((r) => setTimeout(r, 1000));
        const elapsed = performance.now() - t1;
        result.idleCpuPct = 100 * (cpuSeconds(PID) - cpu0) / (elapsed / 1000);
        quiet = result.idleCpuPct < 20 && elapsed < 1050 ? quiet + 1 : 0;
    }
    result.settleS = (performance.now() - settle0) / 1000;
    log(`settled in ${result.settleS.toFixed(1)} s (relay at ${result.idleCpuPct.toFixed(0)}% of a core)`);
    const rssHeld = rssKiB(PID);
    result.rssHeldKiB = rssHeld;
    result.rssPerConnectionKiB = (rssHeld - rssStart) / (N + M + SUPERVISORS.length);

    // 4. Messages: seeker k % N sends message k at t0 + k / RATE (open loop), for DURATION_S.
    const total = Math.round(RATE * DURATION_S);
    sendAt = new Float64Array(total);
    deliveredAt = new Float64Array(total);
    ackLatency = new Float64Array(total);
    //    Meanwhile volunteers send urgent supervision requests: request j at t0 + (j + 1/2) / SUP_RATE,
    //    from the volunteers that have a contact in turn, about one of their contacts.
    const asking = volunteers.filter((v) => v.contacts.length > 0);
    const supTotal = asking.length > 0 ? SUP_TOTAL : 0;
    supSentAt = new Float64Array(supTotal);
    supAnswer = new Float64Array(supTotal);
    supFirst = new Float64Array(supTotal);
    supAll = new Float64Array(supTotal);
    supSeen = new Uint16Array(supTotal);
    const filler = ' Bonjour, je voudrais parler à quelqu’un ce soir, ça ne va pas très bien depuis quelques jours.'.repeat(1 + Math.ceil(TEXT_BYTES / 90));
    const perf = PERF_OUT ? await startPerf(PID, PERF_OUT) : null;
    if (perf)
        log(`perf record on pid ${PID} -> ${PERF_OUT}`);
    const threads0 = threadCpu(PID);
    const cpuMsg0 = cpuSeconds(PID);
    const msgStates = threadStateSampler(PID);
    const driverMsg0 = driverCpu();
    const t0 = performance.now();
    let maxLagMs = 0;
    await new Promise((resolve) => {
        const tick = () => {
            const now = performance.now();
            const due = Math.min(total, Math.floor((now - t0) * RATE / 1000) + 1);
            for (let k = sentCount; k < due; k++) {
                const lag = performance.now() - (t0 + k * 1000 / RATE);
                if (lag > maxLagMs)
                    maxLagMs = lag;
                const text = ('m' + k + filler).slice(0, TEXT_BYTES);
                sendAt[k] = performance.now();
                seekers[k % N].client.send('chat.send', {clientMsgId: 'm' + k, text}, 'm' + k);
            }
            sentCount = due;
            const supDue = Math.min(supTotal, Math.floor((now - t0) * SUP_RATE / 1000 + 0.5));
            for (let j = supSent; j < supDue; j++) {
                const v = asking[j % asking.length];
                const contactId = v.contacts[Math.floor(j / asking.length) % v.contacts.length];
                supSentAt[j] = performance.now();
                supSent = j + 1;
                v.client.send('supervision.request', {kind: 'urgent', contactId, message: 'bench s' + j}, 'sup' + j);
            }
            if (sentCount >= total && supSent >= supTotal) {
                clearInterval(timer);
                resolve();
            }
        };
        const timer = setInterval(tick, 2);
    });
    const sendEnd = performance.now();
    await new Promise((resolve) => {
        onAllDelivered = resolve;
        maybeAllDone();
        setTimeout(resolve, DRAIN_MS);
    });
    const msgEnd = performance.now();
    result.messageThreadStates = msgStates();
    const msgS = (msgEnd - t0) / 1000;
    const serverCpuMsg = cpuSeconds(PID) - cpuMsg0;
    const threads1 = threadCpu(PID);
    if (perf)
        result.perf = await stopPerf(perf);
    // Per thread over the message phase (a thread started during it counts from zero).
    result.threadCount = Math.max(threads0.size, threads1.size);
    result.threadCpuMessage = [...threads1].map(([tid, t]) => ({
        tid, name: t.name, main: tid === PID, pct: 100 * (t.cpu - (threads0.get(tid)?.cpu ?? 0)) / msgS,
    })).sort((a, b) => b.pct - a.pct);
    result.mainThreadCpuMessagePct = result.threadCpuMessage.find((t) => t.tid === PID)?.pct; // undefined: not found
    result.messagesSent = sentCount;
    result.messagesDelivered = delivered;
    result.messagesAcked = acked;
    result.achievedRate = sentCount / ((sendEnd - t0) / 1000);
    result.maxSendLagMs = maxLagMs;
    result.drainMs = msgEnd - sendEnd;
    result.serverCpuPerMessageUs = serverCpuMsg * 1e6 / sentCount;
    result.serverCpuMessagePct = 100 * serverCpuMsg / msgS;
    result.driverCpuMessagePct = 100 * (driverCpu() - driverMsg0) / msgS;
    // Messages never delivered count as infinitely late: losses cannot improve the percentiles.
    const lat = Array.from(deliveredAt, (x) => (x === 0 ? Infinity : x)).sort((a, b) => a - b);
    result.latencyP50Ms = percentile(lat, 50);
    result.latencyP90Ms = percentile(lat, 90);
    result.latencyP99Ms = percentile(lat, 99);
    result.latencyMaxMs = lat[lat.length - 1];
    const ack = Array.from(ackLatency, (x) => (x === 0 ? Infinity : x)).sort((a, b) => a - b);
    result.ackP50Ms = percentile(ack, 50);
    result.ackP99Ms = percentile(ack, 99);
    // Supervision: a request that never reached every supervisor counts as infinitely late.
    result.supervisionSent = supSent;
    result.supervisionAnswered = supAnswered;
    result.supervisionRefused = supRefused;
    result.supervisionQueued = supQueued;
    if (supSent > 0) {
        const all = Array.from(supAll, (x) => (x === 0 ? Infinity : x)).sort((a, b) => a - b);
        const first = Array.from(supFirst, (x) => (x === 0 ? Infinity : x)).sort((a, b) => a - b);
        const answer = Array.from(supAnswer, (x) => (x <= 0 ? Infinity : x)).sort((a, b) => a - b);
        result.supervisionQueueP50Ms = percentile(all, 50);
        result.supervisionQueueP99Ms = percentile(all, 99);
        result.supervisionQueueMaxMs = all[all.length - 1];
        result.supervisionFirstP50Ms = percentile(first, 50);
        result.supervisionFirstP99Ms = percentile(first, 99);
        result.supervisionAnswerP50Ms = percentile(answer, 50);
        result.supervisionAnswerP99Ms = percentile(answer, 99);
        if (supQueued !== supSent || supAnswered !== supSent)
            result.supervisionFailure = `${supSent - supQueued} of ${supSent} supervision requests did not reach`
                + ` every supervisor, ${supSent - supAnswered} not answered (${supRefused} refused)`;
        log(`${supQueued}/${supSent} supervision requests queued at every supervisor;`
            + ` p50 ${result.supervisionQueueP50Ms.toFixed(2)} ms, p99 ${result.supervisionQueueP99Ms.toFixed(2)} ms`);
    } else if (SUP_TOTAL > 0) {
        result.supervisionFailure = 'no volunteer had a contact to ask about';
    }
    result.rssAfterMessagesKiB = rssKiB(PID);
    result.ok = delivered === sentCount;
    if (!result.ok)
        result.failure = `${sentCount - delivered} of ${sentCount} messages not delivered within ${DRAIN_MS / 1000} s`;
    log(`${delivered}/${sentCount} messages delivered; p50 ${result.latencyP50Ms.toFixed(2)} ms, p99 ${result.latencyP99Ms.toFixed(2)} ms`);
}

function finish(code) {
    result.errors = errors;
    result.unexpectedCloses = unexpectedCloses;
    stopping = true;
    for (const v of volunteers)
        v?.client.ws?.terminate();
    for (const s of [...supervisors, ...seekers])
        s?.client.ws?.terminate();
    if (args.out)
        writeFileSync(args.out, JSON.stringify(result, null, 1) + '\n');
    else
        console.log(JSON.stringify(result));
    setTimeout(() => process.exit(code), 200);
}

main().then(() => finish(0), (err) => {
    result.failure = err.message;
    log('FAILED:', err.message);
    finish(1);
});
