// SPDX-License-Identifier: GPL-3.0-or-later
// The measured process of the relay benchmark (driver.mjs): its memory, its CPU (the whole process
// and each thread), its main thread's state, and `perf record` on it around one phase. All from
// /proc/PID (Linux).
import {execFileSync, spawn} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';

const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
export function rssKiB(pid) {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : NaN;
}
export function cpuSeconds(pid) {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3 (state)
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK; // utime (14) + stime (15)
}
/** utime+stime in seconds of every thread of the target: tid -> {name, cpu}. */
export function threadCpu(pid) {
    const out = new Map();
    let tids = [];
    try {
        tids = readdirSync(`/proc/${pid}/task`);
    } catch {
        return out;
    }
    for (const tid of tids) {
        try {
            const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
            const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            out.set(Number(tid), {name, cpu: (Number(fields[11]) + Number(fields[12])) / CLK_TCK});
        } catch {
            // the thread ended between the listing and the read
        }
    }
    return out;
}
/**
 * Samples the state of the target's main thread (the event loop of both relays) every 5 ms:
 * R = running or runnable, D = uninterruptible wait (disk: fsync), S = sleeping (idle, waiting
 * for sockets). stop() gives the shares in percent.
 */
export function threadStateSampler(pid) {
    const counts = {R: 0, D: 0, S: 0, other: 0};
    const timer = setInterval(() => {
        try {
            const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
            const state = stat[stat.lastIndexOf(')') + 2];
            counts[state in counts ? state : 'other']++;
        } catch {
            counts.other++;
        }
    }, 5);
    return () => {
        clearInterval(timer);
        const n = counts.R + counts.D + counts.S + counts.other || 1;
        return {runningPct: 100 * counts.R / n, diskWaitPct: 100 * counts.D / n, sleepingPct: 100 * counts.S / n, samples: n};
    };
}

// `perf record -F 499 -g` on the target, all its threads: started a second before the phase (it
// needs a moment to attach), stopped with SIGINT after it; perf writes the file on exit.
export async function startPerf(pid, file) {
    const child = spawn('perf', ['record', '-F', '499', '-g', '-p', String(pid), '-o', file],
        {stdio: ['ignore', 'ignore', 'pipe']});
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const exited = new Promise((resolve) => child.on('close', (code, signal) => resolve({code, signal})));
    child.on('error', (err) => { stderr += String(err); });
    await new Promise((r) => setTimeout(r, 1000));
    return {child, exited, file, stderr: () => stderr};
}
export async function stopPerf(perf) {
    perf.child.kill('SIGINT');
    let timer;
    const status = await Promise.race([perf.exited, new Promise((resolve) => {
        timer = setTimeout(() => {
            perf.child.kill('SIGKILL');
            resolve({code: null, signal: 'perf record did not stop within 120 s'});
        }, 120000);
    })]);
    clearTimeout(timer);
    return {file: perf.file, exit: status, log: perf.stderr().trim().split('\n').slice(-3).join(' | ')};
}
