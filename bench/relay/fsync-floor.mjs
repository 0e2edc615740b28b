// SPDX-License-Identifier: GPL-3.0-or-later
// The disk floor of the relay benchmark (bench/relay/run.sh runs it right before ecoute-server, in
// the server's data directory of that run): how long one small append takes to be on disk. Each
// of COUNT appends (BYTES-sized records, 64-200 bytes by default, like a chat message row) is one
// write() at the end of a new file followed by fdatasync(); the time of the pair is what a commit
// that must be durable before it is acknowledged cannot go below on this file system. The file is
// deleted afterwards. Writes one JSON object: p50/p90/p99/max/mean in ms.
//
//   node fsync-floor.mjs --dir DIR [--count 300] [--min-bytes 64] [--max-bytes 200] [--warmup 10] [--out FILE]
import {closeSync, fdatasyncSync, openSync, unlinkSync, writeFileSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) {
    const m = /^--([a-z-]+)$/.exec(process.argv[i]);
    if (!m || i + 1 >= process.argv.length)
        throw new Error(`bad argument: ${process.argv[i]}`);
    args[m[1]] = process.argv[i + 1];
}
if (!args.dir)
    throw new Error('usage: node fsync-floor.mjs --dir DIR [--count 300] [--out FILE]');
const COUNT = Number(args.count ?? 300);
const MIN_BYTES = Number(args['min-bytes'] ?? 64);
const MAX_BYTES = Number(args['max-bytes'] ?? 200);
const WARMUP = Number(args.warmup ?? 10); // not counted: the first syncs of a new file allocate its blocks

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100 * sorted.length) - 1))];

const file = join(args.dir, `fsync-floor-${process.pid}.tmp`);
const fd = openSync(file, 'a');
const times = [];
try {
    for (let i = 0; i < WARMUP + COUNT; i++) {
        const bytes = MIN_BYTES + (i * 37) % (MAX_BYTES - MIN_BYTES + 1);
        const record = Buffer.alloc(bytes, 0x61 + (i % 26));
        const t = performance.now();
        writeSync(fd, record);
        fdatasyncSync(fd);
        if (i >= WARMUP)
            times.push(performance.now() - t);
    }
} finally {
    closeSync(fd);
    unlinkSync(file);
}
times.sort((a, b) => a - b);
const result = {
    method: `append of ${MIN_BYTES}-${MAX_BYTES} bytes + fdatasync, ${COUNT} times (after ${WARMUP} not counted),`
        + ' in a new file of the server data directory',
    count: COUNT,
    p50Ms: percentile(times, 50),
    p90Ms: percentile(times, 90),
    p99Ms: percentile(times, 99),
    maxMs: times[times.length - 1],
    meanMs: times.reduce((a, b) => a + b, 0) / times.length,
};
const json = JSON.stringify(result, null, 1) + '\n';
if (args.out)
    writeFileSync(args.out, json);
else
    process.stdout.write(json);
