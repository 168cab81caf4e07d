/**
 * Pagefind for the build: indexes the built pages into dist/pagefind (Indonesian stemming comes
 * from <html lang="id">) and reports the size of the search page's own script, either in
 * `astro build` or as the separate step `npm run build` runs (indexSite); and lets `astro dev`
 * serve the last built index so search also works in the local run.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

/**
 * The pages search indexes: entry pages (businesses, classes, mentors, programmes), which the
 * layout marks with `data-pagefind-body`, in each language. Pagefind would otherwise read every
 * listing as well, only to leave it out: at 10,000 businesses that was half of its reading time
 * (7.6 s against 3.4 s), for the same index. The dist gate (tests/e2e/dist.spec.ts) fails when a
 * page marked for search falls outside this pattern.
 */
export const INDEXED_PAGES = '{direktori,kelas,mentor,program,en/direktori,en/kelas,en/mentor,en/program}/*/index.html';

/** Gzipped bytes of the scripts /cari/ loads from _astro (the project's own search code). */
function searchScriptBytes(dist: string): number {
  const html = readFileSync(join(dist, 'cari', 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(dist, src))).length, 0);
}

/**
 * Writes the index's files into `folder`, replacing what was there. Synchronous writes in one
 * pass: Pagefind's own writer (`writeFiles`) took 9 to 11 s for the 11,500 files at 10,000
 * businesses on the benchmark's machine, where these take 1 s after `getFiles` has built them
 * in 5 s; the files are byte for byte the same.
 */
function writeIndex(folder: string, files: readonly { path: string; content: Uint8Array }[]): void {
  rmSync(folder, { recursive: true, force: true });
  const folders = new Set<string>();
  for (const { path, content } of files) {
    const target = join(folder, path);
    const parent = dirname(target);
    if (!folders.has(parent)) mkdirSync(parent, { recursive: true });
    folders.add(parent);
    writeFileSync(target, content);
  }
}

/**
 * Indexes a built site into <site>/pagefind. `npm run build` runs this as its own step after
 * `astro build` has exited (scripts/index-search.mjs), so Pagefind's memory does not add to the
 * Node process's at 10,000 businesses (see docs/performance.md); a bare `astro build` still
 * indexes in its `astro:build:done` hook.
 */
export async function indexSite(site: string, log: (message: string) => void): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
  if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  const read = performance.now();
  const built = await index.getFiles();
  if (built.errors.length > 0) throw new Error(`Pagefind could not build its index: ${built.errors.join('; ')}`);
  await pagefind.close();
  writeIndex(join(site, 'pagefind'), built.files);
  // The duration is what `npm run bench` reports as Pagefind's share of the build.
  const now = performance.now();
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  // Reading is parsing every page and adding it to the index; writing is building the whole
  // bundle. Pagefind has no way to start from a previous index, so a rebuild repeats both.
  log(
    `Indexed ${added.page_count} pages into pagefind/ (${built.files.length} files) in ${seconds(now - started)} s ` +
      `(reading ${seconds(read - started)} s, writing ${seconds(now - read)} s).`,
  );
  if (existsSync(join(site, 'cari', 'index.html'))) {
    log(`Search page script: ${searchScriptBytes(site)} bytes gzipped.`);
  }
}

export function pagefindIndex(): AstroIntegration {
  let outDir = '';
  return {
    name: 'hetero-space:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // `npm run build` indexes in a separate step (SEARCH_INDEX=separate, see indexSite).
        if (process.env['SEARCH_INDEX'] === 'separate') return;
        await indexSite(fileURLToPath(dir), (message) => logger.info(message));
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(join(outDir, 'pagefind')))
          logger.warn('No search index yet: `npm start` builds one; or run `npm run build`.');
        // The index and the images its results point at come from the last build.
        for (const prefix of ['/pagefind/', '/_astro/']) {
          const root = join(outDir, prefix);
          server.middlewares.use(prefix, (req, res, next) => {
            const path = normalize(join(root, decodeURIComponent((req.url ?? '').split('?')[0] ?? '')));
            if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) return next();
            res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
            res.end(readFileSync(path));
          });
        }
      },
    },
  };
}
