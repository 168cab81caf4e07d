// @ts-check
// Runs `astro build` as a child process (exactly the production build, Pagefind included) and
// measures its wall time and peak memory. Memory is sampled from /proc over the whole process
// tree: the Node process is Astro, the `pagefind` binary (spawned by Pagefind's Node API) is
// Pagefind, so the two are told apart without touching the build.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
/** @import { BuildMeasure, BuildStep, StepsMeasure } from './types.d.ts' */

const SAMPLE_MS = 100;
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/**
 * CPU seconds of a process and its reaped children (utime + stime + cutime + cstime).
 * @param {number | undefined} pid
 */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
    // After "pid (comm) ", field 3 (state) is index 0: utime, stime, cutime, cstime are 14-17.
    return fields.slice(11, 15).reduce((n, f) => n + Number(f), 0) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** @typedef {{ ppid: number, comm: string, rssBytes: number, hwmBytes: number }} ProcessInfo */

/** pid → { ppid, comm, rssBytes, hwmBytes } for every process visible in /proc. */
function processes() {
  /** @type {Map<number, ProcessInfo>} */
  const table = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const field = (/** @type {string} */ key) => new RegExp(`^${key}:\\s+(\\S+)`, 'm').exec(status)?.[1];
      table.set(Number(name), {
        ppid: Number(field('PPid')),
        comm: field('Name') ?? '',
        rssBytes: Number(field('VmRSS') ?? 0) * 1024,
        hwmBytes: Number(field('VmHWM') ?? 0) * 1024,
      });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table;
}

/**
 * The processes under `root` (itself included).
 * @param {Map<number, ProcessInfo>} table
 * @param {number | undefined} root
 * @returns {(ProcessInfo & { pid: number })[]}
 */
function tree(table, root) {
  /** @type {Set<number | undefined>} */
  const pids = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, info] of table) {
      if (!pids.has(pid) && pids.has(info.ppid)) {
        pids.add(pid);
        grew = true;
      }
    }
  }
  return [...pids].flatMap((pid) => {
    if (pid === undefined) return [];
    const info = table.get(pid);
    return info ? [{ pid, ...info }] : [];
  });
}

/**
 * @param {{ cwd: string, args: string[], env: Record<string, string|undefined>, log?: string }} options
 * @returns {Promise<BuildMeasure>}
 */
export function measureBuild({ cwd, args, env }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const peaks = { total: 0, astro: 0, pagefind: 0, cpu: 0 };
    const sample = () => {
      peaks.cpu = Math.max(peaks.cpu, cpuSeconds(child.pid));
      const procs = tree(processes(), child.pid);
      let total = 0;
      for (const p of procs) {
        total += p.rssBytes;
        // The high-water mark per process catches peaks between samples.
        if (p.comm.startsWith('pagefind')) peaks.pagefind = Math.max(peaks.pagefind, p.hwmBytes);
        else if (p.pid === child.pid) peaks.astro = Math.max(peaks.astro, p.hwmBytes);
      }
      peaks.total = Math.max(peaks.total, total);
    };
    const timer = setInterval(sample, SAMPLE_MS);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      // Astro's log is coloured where CI is set; the patterns below read it plain.
      output = stripVTControlCharacters(output);
      if (code !== 0) return reject(new Error(`astro build exited with ${code}:\n${output.slice(-4000)}`));
      const pagefind =
        /Indexed \d+ pages into pagefind\/ \(\d+ files\) in ([\d.]+) s(?: \(reading ([\d.]+) s, writing ([\d.]+) s\))?/.exec(
          output,
        );
      // Phases from Astro's log: content sync (timestamps, whole seconds) and page rendering.
      const clock = (/** @type {RegExp} */ re) => {
        const m = re.exec(output);
        return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null;
      };
      const syncStart = clock(/(\d\d):(\d\d):(\d\d) \[content\] Syncing content/);
      const syncEnd = clock(/(\d\d):(\d\d):(\d\d) \[content\] Synced content/);
      const render = /generating static routes[\s\S]*?✓ Completed in ([\d.]+)(m?s)/.exec(output);
      resolve({
        seconds,
        // CPU time is steadier than wall time on a shared machine (last sample before exit).
        cpuSeconds: peaks.cpu,
        // The whole tree's sampled sum, but never below a single process's exact high-water mark.
        peakBytes: Math.max(peaks.total, peaks.astro, peaks.pagefind),
        astroPeakBytes: peaks.astro,
        pagefindPeakBytes: peaks.pagefind,
        pagefindSeconds: pagefind ? Number(pagefind[1]) : null,
        pagefindReadSeconds: pagefind?.[2] ? Number(pagefind[2]) : null,
        contentSyncSeconds: syncStart !== null && syncEnd !== null ? syncEnd - syncStart : null,
        renderSeconds: render ? Number(render[1]) / (render[2] === 'ms' ? 1000 : 1) : null,
        output,
      });
    });
  });
}

/**
 * The V8 heap limit a child Node gets with this environment (to show the default was used).
 * @param {Record<string, string | undefined>} env
 * @returns {Promise<number>}
 */
export function heapLimitBytes(env) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-e', 'process.stdout.write(String(require("v8").getHeapStatistics().heap_size_limit))'],
      { env, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('exit', (code) =>
      code === 0 ? resolve(Number(out)) : reject(new Error('could not read the heap limit')),
    );
  });
}

/**
 * The steps of `npm run build` as processes to run: its script split on `&&`, leading VAR=value
 * words as environment, `astro …` with `--outDir <dist>` added, `node <script>` with <dist> as
 * argument. Read from package.json, so the benchmark builds exactly as `npm run build` does.
 * @param {string} script the `build` script of package.json
 * @param {{ astro: string, dist: string }} options
 * @returns {BuildStep[]}
 */
export function buildSteps(script, { astro, dist }) {
  return script.split('&&').map((part) => {
    const words = part.trim().split(/\s+/);
    /** @type {Record<string, string>} */
    const env = {};
    while (/^[A-Z_][A-Z0-9_]*=/.test(words[0] ?? '')) {
      // The test above makes sure there is a first word and that it holds a `=`.
      const word = /** @type {string} */ (words.shift());
      const eq = word.indexOf('=');
      env[word.slice(0, eq)] = word.slice(eq + 1);
    }
    const [command, ...args] = words;
    if (command === 'astro') return { env, args: [astro, ...args, '--outDir', dist] };
    if (command === 'node') return { env, args: [...args, dist] };
    throw new Error(`npm run build has a step the benchmark cannot run: "${part.trim()}"`);
  });
}

/**
 * Runs build steps one after another; times add up, peaks are the largest of any step.
 * @param {BuildStep[]} steps
 * @param {{ cwd: string, env: Record<string, string | undefined> }} options
 * @returns {Promise<StepsMeasure>}
 */
export async function measureSteps(steps, { cwd, env }) {
  /** @type {BuildMeasure[]} */
  const results = [];
  for (const step of steps) results.push(await measureBuild({ cwd, args: step.args, env: { ...env, ...step.env } }));
  /** @typedef {'seconds' | 'cpuSeconds' | 'peakBytes' | 'pagefindPeakBytes'} Summed */
  /** @typedef {'pagefindSeconds' | 'pagefindReadSeconds' | 'contentSyncSeconds' | 'renderSeconds'} Optional */
  const max = (/** @type {Summed} */ key) => Math.max(...results.map((r) => r[key]));
  const sum = (/** @type {Summed} */ key) => results.reduce((n, r) => n + r[key], 0);
  const first = (/** @type {Optional} */ key) =>
    results.map((r) => r[key]).find((v) => v !== null && v !== undefined) ?? null;
  return {
    steps: results.length,
    seconds: sum('seconds'),
    cpuSeconds: sum('cpuSeconds'),
    peakBytes: max('peakBytes'),
    // The Node process of the Astro step (the first); Pagefind's binary wherever it ran.
    astroPeakBytes: /** @type {BuildMeasure} */ (results[0]).astroPeakBytes,
    pagefindPeakBytes: max('pagefindPeakBytes'),
    pagefindSeconds: first('pagefindSeconds'),
    pagefindReadSeconds: first('pagefindReadSeconds'),
    contentSyncSeconds: first('contentSyncSeconds'),
    renderSeconds: first('renderSeconds'),
    output: results.map((r) => r.output).join('\n'),
  };
}
