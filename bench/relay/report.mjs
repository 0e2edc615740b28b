// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the relay benchmark's table from the two driver results (bench/relay/run.sh calls it).
// The line before the last is `supervision_queue_p99_ms: X` (ecoute-server's urgent request ->
// supervisor queue p99), the last is always `relay_p99_ratio_vs_ws: X` (chat message p99 ratio);
// nan when a run produced no figure, inf when some never arrived.
//
//   node report.mjs SERVER.json WS.json
import {existsSync, readFileSync} from 'node:fs';

const load = (file) => {
    try {
        return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
    } catch {
        return null;
    }
};
const server = load(process.argv[2]) ?? {};
const ws = load(process.argv[3]) ?? {};

const num = (x, digits = 1) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(digits) : '-');
// JSON turns Infinity into null: a latency of null means "some messages never arrived".
const lat = (x) => (x === null ? 'inf' : num(x, 2));
const ratio = (a, b, digits = 2) => {
    if (a === null)
        return 'inf';
    if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b) || b === 0)
        return '-';
    return (a / b).toFixed(digits);
};

const states = (s) => (s ? `${num(s.runningPct, 0)} / ${num(s.diskWaitPct, 0)} / ${num(s.sleepingPct, 0)}` : '-');

const rows = [
    ['connections held (seekers + volunteers + sup.)', (r) => (r.seekers !== undefined
        ? `${r.seekers} + ${r.volunteers} + ${r.supervisors ?? 0}` : '-'), null],
    ['volunteer log-in, all (s) [set-up]', (r) => num(r.volunteerLoginS, 1), null],
    ['contacts routed per s (connect -> conv.open)', (r) => num(r.contactsRoutedPerS, 1), 'contactsRoutedPerS'],
    ['routing time per contact p50 / p99 (ms)', (r) => `${lat(r.routeP50Ms)} / ${lat(r.routeP99Ms)}`, 'routeP99Ms'],
    ['relay CPU per contact routed (ms)', (r) => num(r.serverCpuPerContactMs, 2), 'serverCpuPerContactMs'],
    ['messages delivered / sent', (r) => (r.messagesSent !== undefined ? `${r.messagesDelivered} / ${r.messagesSent}` : '-'), null],
    ['offered rate achieved (msg/s)', (r) => num(r.achievedRate, 0), null],
    ['latency seeker->volunteer p50 (ms)', (r) => lat(r.latencyP50Ms), 'latencyP50Ms'],
    ['latency seeker->volunteer p90 (ms)', (r) => lat(r.latencyP90Ms), 'latencyP90Ms'],
    ['latency seeker->volunteer p99 (ms)', (r) => lat(r.latencyP99Ms), 'latencyP99Ms'],
    ['latency seeker->volunteer max (ms)', (r) => lat(r.latencyMaxMs), 'latencyMaxMs'],
    ['chat.ack p50 / p99 (ms)', (r) => `${lat(r.ackP50Ms)} / ${lat(r.ackP99Ms)}`, 'ackP99Ms'],
    ['urgent supervision: in every sup. queue / sent', (r) => (r.supervisionSent !== undefined
        ? `${r.supervisionQueued} / ${r.supervisionSent}` : '-'), null],
    ['urgent request -> supervisor queue p50 (ms)', (r) => lat(r.supervisionQueueP50Ms), 'supervisionQueueP50Ms'],
    ['urgent request -> supervisor queue p99 (ms)', (r) => lat(r.supervisionQueueP99Ms), 'supervisionQueueP99Ms'],
    ['urgent request -> first supervisor p50 / p99 (ms)', (r) => `${lat(r.supervisionFirstP50Ms)} / ${lat(r.supervisionFirstP99Ms)}`, 'supervisionFirstP99Ms'],
    ['supervision.request answer p50 / p99 (ms)', (r) => `${lat(r.supervisionAnswerP50Ms)} / ${lat(r.supervisionAnswerP99Ms)}`, 'supervisionAnswerP99Ms'],
    ['relay RSS per connection (KiB)', (r) => num(r.rssPerConnectionKiB, 1), 'rssPerConnectionKiB'],
    ['relay RSS start / held / after msgs (MiB)', (r) => (r.rssStartKiB !== undefined
        ? `${num(r.rssStartKiB / 1024, 0)} / ${num(r.rssHeldKiB / 1024, 0)} / ${num(r.rssAfterMessagesKiB / 1024, 0)}` : '-'), null],
    ['relay CPU per message (us)', (r) => num(r.serverCpuPerMessageUs, 0), 'serverCpuPerMessageUs'],
    ['relay CPU during messages (% of a core)', (r) => num(r.serverCpuMessagePct, 0), 'serverCpuMessagePct'],
    ['relay main thread while routing: run/disk/idle %', (r) => states(r.routingThreadStates), null],
    ['relay main thread in messages: run/disk/idle %', (r) => states(r.messageThreadStates), null],
    ['driver CPU routing / messages (% core)', (r) => `${num(r.driverCpuRoutingPct, 0)} / ${num(r.driverCpuMessagePct, 0)}`, null],
    ['max send lag behind schedule (ms)', (r) => num(r.maxSendLagMs, 1), null],
    ['protocol errors received', (r) => (r.errors ? JSON.stringify(r.errors) : '-'), null],
];

const width = [50, 22, 22, 12];
const pad = (s, w) => String(s).padEnd(w);
const line = (cells) => cells.map((c, i) => pad(c, width[i])).join(' ').trimEnd();
console.log(line(['', 'ecoute-server', 'ws relay (Node ws)', 'ratio']));
console.log(line(['-'.repeat(49), '-'.repeat(21), '-'.repeat(21), '-'.repeat(11)]));
for (const [name, show, key] of rows) {
    const r = key ? ratio(server[key], ws[key]) : '';
    console.log(line([name, show(server), show(ws), r]));
}
console.log('(ratio = ecoute-server / ws relay; transport: plain ws:// on loopback for both, no TLS,');
console.log(' so TLS cost is not in the comparison; driver and relay share the same 2 cores)');

for (const [name, r] of [['ecoute-server', server], ['ws relay', ws]]) {
    if (!r.label)
        console.log(`${name}: NO RESULT (the run failed before writing one)`);
    else if (r.failure)
        console.log(`${name}: RUN INCOMPLETE: ${r.failure}`);
    if (r.supervisionFailure)
        console.log(`${name}: SUPERVISION INCOMPLETE: ${r.supervisionFailure}`);
}

const held = server.ok !== undefined && server.failure === null;
const p99Ratio = server.latencyP99Ms === null ? Infinity
    : (Number.isFinite(server.latencyP99Ms) && Number.isFinite(ws.latencyP99Ms) && ws.latencyP99Ms > 0
        ? server.latencyP99Ms / ws.latencyP99Ms : NaN);
const verdict = (ok) => (ok ? 'met' : 'NOT met');
console.log('targets:');
console.log(`  ${server.seekers ?? '?'} help-seekers + ${server.volunteers ?? '?'} volunteers held, every message delivered: ${verdict(held)}`);
console.log(`  p99 latency <= 1.5x the ws relay's: ${Number.isNaN(p99Ratio) ? 'unknown' : verdict(p99Ratio <= 1.5)}`
    + ` (${Number.isFinite(p99Ratio) ? p99Ratio.toFixed(2) : p99Ratio}x)`);
console.log(`  <= 50 KiB server RSS per connection: ${typeof server.rssPerConnectionKiB === 'number'
    ? verdict(server.rssPerConnectionKiB <= 50) + ` (${server.rssPerConnectionKiB.toFixed(1)} KiB)` : 'unknown'}`);
// Supervision latency: the time from an urgent request to the supervisors' queue showing it (p99;
// with several supervisor connections, until the last of them has it).
const supP99 = server.supervisionQueueP99Ms;
console.log(`supervision_queue_p99_ms: ${supP99 === null ? 'inf' : typeof supP99 === 'number' ? supP99.toFixed(2) : 'nan'}`);
console.log(`relay_p99_ratio_vs_ws: ${Number.isNaN(p99Ratio) ? 'nan' : Number.isFinite(p99Ratio) ? p99Ratio.toFixed(2) : 'inf'}`);
