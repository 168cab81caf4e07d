/**
 * One site-wide stylesheet for every component and layout. Left to itself Vite gives each shared
 * component its own CSS file: ten render-blocking requests on a business page, which cost a first
 * visit on mobile data about a second of LCP (docs/performance.md). Grouped into one chunk, a page
 * links the site stylesheet (cached after the first page) and at most its route's own.
 *
 * The chunk's file name hashes every component's styles, while Astro's incremental build restores
 * a page when the modules *its* route imports are unchanged: a style edited in a component a page
 * does not use would leave that page linking a stylesheet the new build no longer has. So every
 * cache key includes `siteStylesStamp()` (src/lib/cache-key.ts); a code change to the components
 * renders every page again, as a deploy of new code should.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The sources that make up the site stylesheet, relative to the project root. */
const SOURCES = ['src/components', 'src/layouts', 'src/styles'];

/** Component and layout modules (and their `<style>` blocks); not their client `<script>`s. */
const GROUPED = /\/src\/(components|layouts)\/[^?]*\.astro(\?.*type=style.*)?$/;

/** Vite's `manualChunks`: the chunk, hence the stylesheet, a module belongs to. */
export function siteStylesheetChunk(id: string): string | undefined {
  return GROUPED.test(id) ? 'site' : undefined;
}

const stamps = new Map<string, string>();

/** A hash of every source file of the site stylesheet (computed once per build). */
export function siteStylesStamp(root: string = process.cwd()): string {
  let stamp = stamps.get(root);
  if (stamp === undefined) {
    const hash = createHash('sha256');
    for (const dir of SOURCES) {
      const files = readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
        .sort();
      for (const file of files)
        hash
          .update(`${file.slice(root.length)}\n`)
          .update(readFileSync(file))
          .update('\n');
    }
    stamp = hash.digest('base64url').slice(0, 24);
    stamps.set(root, stamp);
  }
  return stamp;
}
