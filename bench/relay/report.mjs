// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the relay benchmark's table from the two driver results and the disk floor
// (bench/relay/run.sh calls it), the target verdicts, the profile when there is one, and last:
//   supervision_queue_p99_ms: X                          ecoute-server, urgent request -> every supervisor
//   supervision_queue_p99_beyond_fsync_ratio_vs_ws: X    (that p99 - fsync p99) / ws relay's
//   relay_cpu_per_message_ratio_vs_ws: X                 CPU per message, all threads, ecoute / ws
//   relay_p99_beyond_fsync_ratio_vs_ws: X                (chat p99 - fsync p99) / ws relay's chat p99
//   relay_p99_ratio_vs_ws: X                             chat p99 / ws relay's chat p99
// nan when a run produced no figure, inf when some messages or requests never arrived. Beyond the
// floor is clamped at 0 (a p99 under the fsync p99 is all floor).
//
//   node report.mjs SERVER.json WS.json [--fsync FSYNC.json] [--fsync-after FSYNC.json] [--profile PROFILE.txt]
// --fsync: the disk floor measured right before ecoute-server (the one subtracted); --fsync-after:
// the same right after it, shown to tell whether the disk kept its speed during the run.
import {existsSync, readFileSync} from 'node:fs';

const load = (file) => {
    try {
        return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
    } catch {
        return null;
    }
};
const option = (name) => {
    const i = process.argv.indexOf(name);
    return i > 3 && i + 1 < process.argv.length ? process.argv[i + 1] : undefined;
};
const server = load(process.argv[2]) ?? {};
const ws = load(process.argv[3]) ?? {};
const fsync = load(option('--fsync')) ?? {};
const fsyncAfter = load(option('--fsync-after')) ?? {};
const profileFile = option('--profile');

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

// The disk floor applies to ecoute-server only: the ws relay writes nothing (its floor is 0).
const fsyncP99 = typeof fsync.p99Ms === 'number' ? fsync.p99Ms : NaN;
const floor = (f) => (typeof f.p50Ms === 'number' ? `${num(f.p50Ms, 2)} / ${num(f.p99Ms, 2)}` : '-');
const beyondMs = (x, r) => {
    if (r !== server)
        return x;
    if (x === null)
        return null;
    return typeof x === 'number' ? Math.max(0, x - fsyncP99) : undefined;
};
const value = (r, key) => (key.startsWith('beyond:') ? beyondMs(r[key.slice(7)], r) : r[key]);

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
    ['disk floor: append + fdatasync p50 / p99 (ms)', (r) => (r === server ? floor(fsync) : 'none (in memory)'), null],
    ['  the same, after the ecoute-server phase (ms)', (r) => (r === server ? floor(fsyncAfter) : ''), null],
    ['latency p99 beyond the fsync floor (ms)', (r) => lat(beyondMs(r.latencyP99Ms, r)), 'beyond:latencyP99Ms'],
    ['chat.ack p50 / p99 (ms)', (r) => `${lat(r.ackP50Ms)} / ${lat(r.ackP99Ms)}`, 'ackP99Ms'],
    ['urgent supervision: in every sup. queue / sent', (r) => (r.supervisionSent !== undefined
        ? `${r.supervisionQueued} / ${r.supervisionSent}` : '-'), null],
    ['urgent request -> supervisor queue p50 (ms)', (r) => lat(r.supervisionQueueP50Ms), 'supervisionQueueP50Ms'],
    ['urgent request -> supervisor queue p99 (ms)', (r) => lat(r.supervisionQueueP99Ms), 'supervisionQueueP99Ms'],
    ['urgent -> sup. queue p99 beyond fsync floor (ms)', (r) => lat(beyondMs(r.supervisionQueueP99Ms, r)), 'beyond:supervisionQueueP99Ms'],
    ['urgent request -> first supervisor p50 / p99 (ms)', (r) => `${lat(r.supervisionFirstP50Ms)} / ${lat(r.supervisionFirstP99Ms)}`, 'supervisionFirstP99Ms'],
    ['supervision.request answer p50 / p99 (ms)', (r) => `${lat(r.supervisionAnswerP50Ms)} / ${lat(r.supervisionAnswerP99Ms)}`, 'supervisionAnswerP99Ms'],
    ['relay CPU, all held, before messages (% core)', (r) => num(r.idleCpuPct, 0), null],
    ['relay RSS per connection (KiB)', (r) => num(r.rssPerConnectionKiB, 1), 'rssPerConnectionKiB'],
    ['relay RSS start / held / after msgs (MiB)', (r) => (r.rssStartKiB !== undefined
        ? `${num(r.rssStartKiB / 1024, 0)} / ${num(r.rssHeldKiB / 1024, 0)} / ${num(r.rssAfterMessagesKiB / 1024, 0)}` : '-'), null],
    ['relay CPU per message (us)', (r) => num(r.serverCpuPerMessageUs, 0), 'serverCpuPerMessageUs'],
    ['relay CPU during messages (% of a core)', (r) => num(r.serverCpuMessagePct, 0), 'serverCpuMessagePct'],
    ['relay main thread CPU in messages (% of a core)', (r) => num(r.mainThreadCpuMessagePct, 0), 'mainThreadCpuMessagePct'],
    ['relay threads', (r) => num(r.threadCount, 0), null],
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
    const r = key ? ratio(value(server, key), value(ws, key)) : '';
    console.log(line([name, show(server), show(ws), r]));
}
console.log('(ratio = ecoute-server / ws relay; transport: plain ws:// on loopback for both, no TLS,');
console.log(' so TLS cost is not in the comparison; driver and relay share the same 2 cores;');
console.log(` disk floor: ${fsync.method ?? 'not measured'})`);
if (Array.isArray(server.threadCpuMessage)) {
    const busy = server.threadCpuMessage.filter((t) => t.pct >= 0.5).slice(0, 10);
    console.log('ecoute-server threads during messages (% of a core): '
        + (busy.map((t) => `${t.name}${t.main ? ' (main)' : ''} ${t.pct.toFixed(0)}`).join(', ') || 'none above 0.5%'));
}

for (const [name, r] of [['ecoute-server', server], ['ws relay', ws]]) {
    if (!r.label)
        console.log(`${name}: NO RESULT (the run failed before writing one)`);
    else if (r.failure)
        console.log(`${name}: RUN INCOMPLETE: ${r.failure}`);
    if (r.supervisionFailure)
        console.log(`${name}: SUPERVISION INCOMPLETE: ${r.supervisionFailure}`);
}

// Ratios of the final lines: Infinity when ecoute-server lost messages or requests (JSON null), NaN
// when a figure is missing.
const finite = (x) => typeof x === 'number' && Number.isFinite(x);
const over = (a, b) => (a === null ? Infinity : finite(a) && finite(b) && b > 0 ? a / b : NaN);
const p99Ratio = over(server.latencyP99Ms, ws.latencyP99Ms);
const cpuRatio = over(server.serverCpuPerMessageUs, ws.serverCpuPerMessageUs);
const p99BeyondRatio = over(beyondMs(server.latencyP99Ms, server), ws.latencyP99Ms);
const supBeyondRatio = over(beyondMs(server.supervisionQueueP99Ms, server), ws.supervisionQueueP99Ms);
const fmt = (x) => (Number.isNaN(x) ? 'nan' : Number.isFinite(x) ? x.toFixed(2) : 'inf');
const verdict = (ok) => (ok ? 'met' : 'NOT met');
const target = (x, limit) => (Number.isNaN(x) ? 'unknown' : `${verdict(x <= limit)} (${fmt(x)}x)`);

if (typeof fsyncAfter.p99Ms === 'number' && typeof fsync.p99Ms === 'number'
    && Math.max(fsyncAfter.p99Ms, fsync.p99Ms) > 2 * Math.min(fsyncAfter.p99Ms, fsync.p99Ms) + 0.5)
    console.log(`note: the disk floor moved during the run (p99 ${num(fsync.p99Ms, 2)} ms before ecoute-server,`
        + ` ${num(fsyncAfter.p99Ms, 2)} ms after): the figures beyond the floor are uncertain`);
const delivered = server.ok === true && server.failure === null;
const rss = server.rssPerConnectionKiB;
console.log('targets (issue 17):');
console.log(`  ${server.seekers ?? '?'} help-seekers + ${server.volunteers ?? '?'} volunteers + ${server.supervisors ?? '?'}`
    + ` supervisors held with <= 30 KiB server RSS per connection, every message delivered: ${verdict(delivered && finite(rss) && rss <= 30)}`
    + ` (${finite(rss) ? rss.toFixed(1) : '?'} KiB, ${server.messagesDelivered ?? '?'} / ${server.messagesSent ?? '?'} delivered)`);
console.log(`  CPU per message <= 2x the ws relay's: ${target(cpuRatio, 2)}`);
console.log(`  p99 latency beyond the fsync floor <= 1.5x the ws relay's p99: ${target(p99BeyondRatio, 1.5)}`);
console.log(`  urgent request -> supervisor queue p99 beyond the fsync floor <= 1.5x the ws relay's: ${target(supBeyondRatio, 1.5)}`);
console.log(`  (earlier target, disk included) p99 latency <= 1.5x the ws relay's: ${target(p99Ratio, 1.5)}`);

// The profile (BENCH_PERF=1): printed before the final lines, which stay last.
if (profileFile && existsSync(profileFile)) {
    console.log();
    console.log('profile: ecoute-server during the message phase (perf record -F 499 -g, all threads;'
        + ' self time, top symbols)');
    const stopped = server.perf?.exit?.code === 0 || server.perf?.exit?.signal === 'SIGINT';
    if (server.perf && (!stopped || !existsSync(server.perf.file ?? '')))
        console.log(`  perf record: exit ${JSON.stringify(server.perf.exit)} ${server.perf.log ?? ''}`);
    process.stdout.write(readFileSync(profileFile, 'utf8'));
    console.log();
}

const supP99 = server.supervisionQueueP99Ms;
console.log(`supervision_queue_p99_ms: ${supP99 === null ? 'inf' : finite(supP99) ? supP99.toFixed(2) : 'nan'}`);
console.log(`supervision_queue_p99_beyond_fsync_ratio_vs_ws: ${fmt(supBeyondRatio)}`);
console.log(`relay_cpu_per_message_ratio_vs_ws: ${fmt(cpuRatio)}`);
console.log(`relay_p99_beyond_fsync_ratio_vs_ws: ${fmt(p99BeyondRatio)}`);
console.log(`relay_p99_ratio_vs_ws: ${fmt(p99Ratio)}`);
