// @ts-check
// Which files of dist a rebuild changed: a hash of every file before and after, the differences
// split into entry pages (a business, mentor, class or programme: og:type profile or article),
// other pages (listings and the rest), the search index (pagefind/) and other files. What a
// deploy uploads and what the CDN must fetch again is exactly these files.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from './pages.mjs';
/** @import { DistChanges } from './types.d.ts' */

/**
 * path → sha256 of every file under `dist`.
 * @param {string} dist
 * @returns {Map<string, string>}
 */
export function snapshot(dist) {
  return new Map(
    walk(dist).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dist, f)))
        .digest('hex'),
    ]),
  );
}

/** @param {string} html */
const isEntryPage = (html) => /<meta property="og:type" content="(profile|article)"/.test(html);

/**
 * The files added, changed or removed between two snapshots of `dist` (the second is on disk).
 * @param {Map<string, string>} before @param {Map<string, string>} after @param {string} dist
 * @returns {DistChanges}
 */
export function compare(before, after, dist) {
  const changed = [...after].filter(([f, hash]) => before.get(f) !== hash).map(([f]) => f);
  const removed = [...before.keys()].filter((f) => !after.has(f));
  /** @type {DistChanges} */
  const result = {
    files: changed.length + removed.length,
    removed: removed.length,
    entryPages: [],
    otherPages: 0,
    searchIndex: 0,
    otherFiles: 0,
  };
  for (const f of changed) {
    if (f.startsWith('pagefind/')) result.searchIndex += 1;
    else if (!f.endsWith('.html')) result.otherFiles += 1;
    else if (isEntryPage(readFileSync(join(dist, f), 'utf8')))
      result.entryPages.push(`/${f.replace(/index\.html$/, '')}`);
    else result.otherPages += 1;
  }
  // Removed files count by where they were (their content is gone).
  for (const f of removed) {
    if (f.startsWith('pagefind/')) result.searchIndex += 1;
    else if (f.endsWith('.html')) result.otherPages += 1;
    else result.otherFiles += 1;
  }
  result.entryPages.sort();
  return result;
}
