// @ts-check
// Writes a synthetic content folder: the generated entries plus the real settings and partners
// (the site needs its settings; programmes refer to partners).
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ENTRY_DIR, generateEntries, toFile } from './corpus.mjs';
/** @import { Sizes } from './types.d.ts' */

/** Partner slugs of the real content, which generated programmes refer to. */
export function partnerIds(repoContent = 'content') {
  return readdirSync(join(repoContent, 'partners', ENTRY_DIR))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.replace(/\.md$/, ''))
    .sort();
}

/**
 * Generates the corpus into `dir` (emptied first); returns the generated entries.
 * @param {string} dir
 * @param {{ seed: number, sizes: Sizes, repoContent?: string }} options
 */
export function writeCorpus(dir, { seed, sizes, repoContent = 'content' }) {
  rmSync(dir, { recursive: true, force: true });
  for (const folder of ['settings', 'partners'])
    cpSync(join(repoContent, folder), join(dir, folder), { recursive: true });
  const entries = generateEntries({ seed, sizes, partnerIds: partnerIds(repoContent) });
  for (const folder of ['classes', 'timetables', 'mentors', 'programmes', 'rooms'])
    mkdirSync(join(dir, folder, ENTRY_DIR), { recursive: true });
  // Bookings sit in their folder itself (they have no translations); the corpus has none.
  mkdirSync(join(dir, 'bookings'), { recursive: true });
  for (const entry of entries) {
    const file = toFile(entry);
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  return entries;
}
