// @ts-check
// `npm run bench`: generates the synthetic corpus, builds the site from it exactly as
// `npm run build` does (its steps read from package.json; cold, then warm after one change), builds the bare-Astro baseline,
// measures pages, search, Lighthouse and the CMS, and writes a Markdown and a JSON report.
//
//   npm run bench                          the full size (10,000 businesses)
//   npm run bench -- --scale=0.1           a quick run (1,000 businesses)
//   options: --businesses=N  --seed=N  --out=<path without extension>  --skip=baseline,warm,concurrency,search,lighthouse,cms  --keep
// Exits 1 when a deterministic budget (bytes, counts, Lighthouse a11y/BP/SEO) fails; timings
// and memory are reported, never failing, because a shared machine makes them noisy.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { writeBaseline } from './baseline.mjs';
import { evaluate, failing } from './budgets.mjs';
import { buildSteps, heapLimitBytes, measureBuild, measureSteps } from './build.mjs';
import { measureCms } from './cms.mjs';
import { FULL, scaled, toFile } from './corpus.mjs';
import { distTotals, heaviestListings, largestEntry, pageWeight, walk } from './pages.mjs';
import { markdown } from './report.mjs';
import { CHROMIUM, measureSearch } from './search.mjs';
import { serve } from '../serve.mjs';
import { measureNearby } from './nearby.mjs';
import { compare, snapshot } from './changes.mjs';
import { writeCorpus } from './write.mjs';
/** @import { BenchResults } from './types.d.ts' */

const SITE_NOW = '2026-11-27T10:00:00+07:00';
const ASTRO = resolve('node_modules/astro/bin/astro.mjs');

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    // split() gives at least one part, so `key` is always a string.
    const [key = '', value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'];
  }),
);
const seed = Number(args.seed ?? 8);
const factor = args.businesses ? Number(args.businesses) / FULL.businesses : Number(args.scale ?? 1);
const sizes = scaled(factor);
const quick = sizes.businesses < FULL.businesses;
// Lighthouse and the CMS take minutes and measure what does not change with scale: full runs only by default.
const skip = new Set((args.skip ?? (quick ? 'lighthouse,cms,concurrency' : '')).split(',').filter(Boolean));
const out = resolve(args.out ?? '.cache/bench/report');
const log = (/** @type {string} */ message) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

// The default heap is part of what is measured: drop a raised limit inherited from the shell.
const nodeOptions = (process.env.NODE_OPTIONS ?? '').replace(/--max-old-space-size=\S+/g, '').trim();
const work = mkdtempSync(join(tmpdir(), 'hs-bench-'));
/** The corpus's own content-layer cache (Astro's cacheDir), apart from the working tree's. */
const CACHE_DIR = join(work, 'astro-cache');
const buildEnv = (/** @type {string} */ contentDir) => ({
  ...process.env,
  NODE_OPTIONS: nodeOptions,
  CONTENT_DIR: contentDir,
  ASTRO_CACHE_DIR: CACHE_DIR,
  SITE_NOW,
  ASTRO_TELEMETRY_DISABLED: '1',
});

const contentDir = join(work, 'content');
const dist = join(work, 'dist');
/** @type {BenchResults} */
const results = {
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryBytes: totalmem(),
    freeMemoryBytesAtStart: freemem(),
    node: process.version,
    os: `${platform()} ${release()}`,
  },
  seed,
  sizes,
  siteNow: SITE_NOW,
  skipped: [...skip],
  notes: [],
};

async function main() {
  log(
    `generating ${sizes.businesses} businesses, ${sizes.classes} classes, ${sizes.mentors} mentors, ${sizes.programmes} programmes in ${work}`,
  );
  const entries = writeCorpus(contentDir, { seed, sizes });
  results.corpusBytes = walk(contentDir).reduce((n, f) => n + statSync(join(contentDir, f)).size, 0);

  log('cold build (content-layer cache emptied)');
  rmSync(CACHE_DIR, { recursive: true, force: true });
  const env = buildEnv(contentDir);
  /** @type {unknown} */
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const steps = buildSteps(/** @type {{ scripts: { build: string } }} */ (pkg).scripts.build, { astro: ASTRO, dist });
  results.buildSteps = steps.length;
  const cold = await measureSteps(steps, { cwd: process.cwd(), env });
  results.cold = {
    ...strip(cold),
    ok: true,
    defaultHeap: !/max-old-space-size/.test(env.NODE_OPTIONS),
    heapLimitBytes: await heapLimitBytes(env),
  };
  results.pagesBuilt = Number(/(\d+) page\(s\) built/.exec(cold.output)?.[1] ?? NaN);
  log(`cold build: ${cold.seconds.toFixed(1)} s, peak ${(cold.peakBytes / 1e9).toFixed(2)} GB`);

  // Measure dist before the warm build rewrites it (the result is the same, but keep it simple).
  results.dist = distTotals(dist);
  const business = largestEntry(dist, 'direktori');
  const klass = largestEntry(dist, 'kelas');
  results.pages = {
    business: pageWeight(dist, business),
    class: pageWeight(dist, klass),
    'directory listing': pageWeight(dist, 'direktori/'),
    home: pageWeight(dist, ''),
  };
  results.listings = heaviestListings(dist);

  if (!skip.has('search') || !skip.has('lighthouse')) {
    const server = await serve(dist);
    try {
      if (!skip.has('search')) {
        log('search in Chromium');
        results.search = await measureSearch(server.url);
        log('sort by distance in Chromium');
        results.nearby = await measureNearby(server.url);
      }
      if (!skip.has('lighthouse')) {
        log('Lighthouse');
        const { lighthousePages, measureLighthouse, lighthouseVersion } = await import('./lighthouse.mjs');
        results.lighthouseVersion = lighthouseVersion();
        results.chromium = CHROMIUM ?? "Playwright's Chromium";
        results.lighthouse = await measureLighthouse(server.url, lighthousePages(dist));
      }
    } finally {
      await server.close();
    }
  }

  if (!skip.has('warm')) {
    // One business's summary edited, as an editor would, then one business added: the
    // content-layer cache re-parses the changed file alone and the incremental build renders
    // again only the pages whose cacheKey changed. Each time, the files of dist that changed
    // are what a deploy uploads. Each rebuild runs a minute after the last, as a production
    // build's clock moves: what shows the time of the build (the schedule's "as of", the feed's
    // stamp) changes, a calendar the incremental build restores does not.
    // The corpus has businesses; the new one is a second branch of one of them (same sector and regency).
    const businesses = entries.filter((e) => e.collection === 'businesses');
    const edited = /** @type {(typeof entries)[number]} */ (businesses[0]);
    const summary = /** @type {{ summary: string }} */ (edited.data).summary;
    /** @typedef {Parameters<typeof toFile>[0]} Entry */
    const rebuild = async (
      /** @type {string} */ label,
      /** @type {Entry | undefined} */ entry,
      /** @type {number} */ minutes,
    ) => {
      const before = snapshot(dist);
      if (entry) {
        const file = toFile(entry);
        writeFileSync(join(contentDir, file.path), file.text);
      }
      log(`warm build (${label}${entry ? ` ${entry.slug}` : ''})`);
      const siteNow = new Date(Date.parse(SITE_NOW) + minutes * 60_000).toISOString();
      const build = await measureSteps(steps, { cwd: process.cwd(), env: { ...env, SITE_NOW: siteNow } });
      const changes = compare(before, snapshot(dist), dist);
      log(`warm build: ${build.seconds.toFixed(1)} s, ${changes.files} files of dist changed`);
      return {
        ...strip(build),
        cacheReused: !/Clearing content store|config changed|version changed/.test(build.output),
        changed: entry?.slug ?? '',
        siteNow,
        // Linked into dist before the build (src/integrations/linked-dist.ts), or copied by Astro.
        restoredPages: (build.output.match(/ \((cached|restored)\)$/gm) ?? []).length,
        // Astro logs a file it rendered with its time: "├─ /path/index.html (+3ms)".
        renderedFiles: (build.output.match(/├─ \S+ \(\+[\d.]+m?s\)/g) ?? []).length,
        changes,
      };
    };
    results.warm = await rebuild(
      'edited',
      /** @type {Entry} */ ({
        ...edited,
        data: { ...edited.data, summary: `${summary.slice(0, 200)} Kini juga melayani pesanan daring.` },
      }),
      1,
    );
    const branch = /** @type {(typeof entries)[number]} */ (businesses[Math.floor(businesses.length / 2)]);
    const name = /** @type {{ name: string }} */ (branch.data).name;
    results.added = await rebuild(
      'added',
      /** @type {Entry} */ ({
        ...branch,
        slug: `${branch.slug}-cabang-baru`,
        data: { ...branch.data, name: `${name} Cabang Baru` },
      }),
      2,
    );
    // The floor: what a rebuild costs when no cache key changed (Astro's start, the content
    // sync, the bundles, the pages without a key, the whole search index).
    results.unchanged = await rebuild('nothing changed', undefined, 3);
  }

  if (!skip.has('concurrency')) {
    // The same cold build rendering two pages at a time (Astro's build.concurrency).
    log('cold build with build.concurrency 2');
    rmSync(CACHE_DIR, { recursive: true, force: true });
    const parallel = await measureSteps(steps, { cwd: process.cwd(), env: { ...env, BUILD_CONCURRENCY: '2' } });
    results.concurrency = { concurrency: 2, ...strip(parallel) };
    log(`cold build, concurrency 2: ${parallel.seconds.toFixed(1)} s`);
  }

  if (!skip.has('baseline')) {
    const root = writeBaseline(join(work, 'baseline'), { contentDir });
    log('bare-Astro baseline build');
    const base = await measureBuild({ cwd: root, args: [ASTRO, 'build'], env: buildEnv(contentDir) });
    results.baseline = strip(base);
    log(`baseline: ${base.seconds.toFixed(1)} s`);
  }

  if (!skip.has('cms')) {
    // The CMS on the corpus the site was built from (its content/ folder is the repository
    // decap-server serves), with the media folder the CMS config names.
    cpSync('content/_media', join(contentDir, '_media'), { recursive: true });
    const server = await serve(dist);
    try {
      log('CMS on the same corpus');
      results.cms = await measureCms(server.url, work);
    } catch (error) {
      results.notes.push(`CMS measurement failed: ${/** @type {Error} */ (error).message.split('\n')[0]}`);
    } finally {
      await server.close();
    }
  }

  const rows = evaluate(results);
  results.budgets = rows;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(`${out}.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`${out}.md`, `${markdown(results, rows)}\n`);
  log(`report: ${out}.md and ${out}.json`);
  for (const row of rows)
    console.log(
      `${row.pass ? 'pass' : 'FAIL'}${row.deterministic ? '' : ' (noisy)'}${row.unreachable ? ' (unreachable)' : ''}  ${row.label}: ${row.measured} (limit ${row.limit})`,
    );
  return failing(rows);
}

/**
 * Build results without the (long) log.
 * @template {{ output: string }} T
 * @param {T} measure
 * @returns {Omit<T, 'output'>}
 */
function strip({ output: _output, ...rest }) {
  return rest;
}

try {
  const failed = await main();
  if (failed.length > 0) {
    console.error(`${failed.length} deterministic budget(s) failed: ${failed.map((r) => r.id).join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  if (!args.keep) rmSync(work, { recursive: true, force: true });
  else log(`kept ${work}`);
}
