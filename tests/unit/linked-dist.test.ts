import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedOutputs, linkOutputs, pruneOutputs } from '../../src/integrations/linked-dist';

let root = '';
let cacheDir = '';
let outDir = '';

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A cache as Astro leaves it: a manifest of the keyed outputs, and their copies under dist/. */
function cache(outputs: Record<string, string>, version = 1): void {
  const paths = Object.fromEntries(
    Object.keys(outputs).map((file) => [`/${file}`, { cacheKey: 'k', outputFile: file }]),
  );
  write(
    join(cacheDir, 'incremental-build.json'),
    JSON.stringify({ version, routes: { 'src/pages/x.astro': { dependencyHash: 'd', paths } } }),
  );
  for (const [file, text] of Object.entries(outputs)) write(join(cacheDir, 'dist', file), text);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'linked-dist-'));
  cacheDir = join(root, 'cache');
  outDir = join(root, 'dist');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('linked dist', () => {
  it('links every output the manifest lists and has a copy of', () => {
    cache({ 'direktori/a/index.html': 'A', 'kelas/b/kalender.ics': 'B' });
    rmSync(join(cacheDir, 'dist', 'kelas/b/kalender.ics'));
    const linked = linkOutputs(cacheDir, outDir, cachedOutputs(cacheDir));
    expect(linked).toEqual(['direktori/a/index.html']);
    expect(readFileSync(join(outDir, 'direktori/a/index.html'), 'utf8')).toBe('A');
    expect(statSync(join(outDir, 'direktori/a/index.html')).nlink).toBe(2);
  });

  it('links nothing from a cache it does not know (no manifest, another version, a broken file), saying why', () => {
    const warnings: string[] = [];
    const warn = (message: string) => warnings.push(message);
    expect(cachedOutputs(cacheDir, warn)).toEqual([]);
    expect(warnings).toEqual([]);
    cache({ 'direktori/a/index.html': 'A' }, 2);
    expect(cachedOutputs(cacheDir, warn)).toEqual([]);
    // A build cut short while writing the manifest.
    writeFileSync(join(cacheDir, 'incremental-build.json'), '{"version": 1, "rou');
    expect(cachedOutputs(cacheDir, warn)).toEqual([]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('incremental-build.json: version 2, not 1');
    expect(warnings[1]).toMatch(/incremental-build\.json: .*JSON/);
  });

  it('removes a linked page the build did not output, and the folders it leaves empty', () => {
    cache({ 'direktori/gone/index.html': 'G', 'direktori/kept/index.html': 'K', 'kelas/unkeyed/index.html': 'U' });
    const linked = linkOutputs(cacheDir, outDir, cachedOutputs(cacheDir));
    // The next build keeps one page with its key, renders another without one, drops the third.
    cache({ 'direktori/kept/index.html': 'K' });
    const removed = pruneOutputs(cacheDir, outDir, linked, new Set(['kelas/unkeyed/index.html']));
    expect(removed).toEqual(['direktori/gone/index.html']);
    expect(existsSync(join(outDir, 'direktori/gone'))).toBe(false);
    expect(existsSync(join(outDir, 'direktori/kept/index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'kelas/unkeyed/index.html'))).toBe(true);
  });
});
