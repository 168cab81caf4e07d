// @ts-check
// What the built site weighs: dist size and file count, and the compressed bytes a visitor's
// first request costs per page type (HTML plus render-blocking CSS; JS counted apart).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
/** @import { CompressedSizes, DistTotals, Listings, PageWeight } from './types.d.ts' */

const brotli = (/** @type {Buffer} */ buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (/** @type {Buffer} */ buf) => gzipSync(buf, { level: 9 }).length;
/** @returns {CompressedSizes} */
const sizes = (/** @type {Buffer} */ buf) => ({ raw: buf.length, gzip: gzip(buf), brotli: brotli(buf) });

/**
 * Every file under `dir`, relative paths.
 * @param {string} dir
 */
export function walk(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)));
}

/**
 * @param {string} dist
 * @returns {DistTotals}
 */
export function distTotals(dist) {
  const files = walk(dist);
  // Where the files come from: top-level folders, with Pagefind's fragments apart.
  /** @type {Record<string, number>} */
  const byFolder = {};
  /** @type {Record<string, number>} */
  const bytesByFolder = {};
  let bytes = 0;
  for (const f of files) {
    const key = f.startsWith('pagefind/fragment/')
      ? 'pagefind/fragment'
      : f.includes('/')
        ? f.slice(0, f.indexOf('/'))
        : '(root)';
    const size = statSync(join(dist, f)).size;
    byFolder[key] = (byFolder[key] ?? 0) + 1;
    bytesByFolder[key] = (bytesByFolder[key] ?? 0) + size;
    bytes += size;
  }
  return {
    files: files.length,
    bytes,
    byFolder,
    bytesByFolder,
    pages: pagesByLanguage(dist, files),
  };
}

/**
 * HTML pages of the site in Indonesian (`id`) and under /en/ (`en`), and how many of each are
 * entry pages (the ones Pagefind indexes: `data-pagefind-body`). The CMS page is neither.
 * @param {string} dist @param {string[]} files
 */
function pagesByLanguage(dist, files) {
  const pages = { id: { all: 0, entries: 0 }, en: { all: 0, entries: 0 } };
  for (const file of files) {
    if (!file.endsWith('.html') || file.startsWith('admin/')) continue;
    const counts = file.startsWith('en/') ? pages.en : pages.id;
    counts.all += 1;
    if (readFileSync(join(dist, file), 'utf8').includes('data-pagefind-body')) counts.entries += 1;
  }
  return pages;
}

/**
 * Stylesheets the browser must fetch before the first paint (print-only ones are not blocking).
 * @param {string} html
 */
function blockingCss(html) {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\brel="stylesheet"/.test(tag) && !/\bmedia="print"/.test(tag))
    .map((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1])
    .filter(/** @returns {href is string} */ (href) => href?.startsWith('/') === true);
}

/**
 * Scripts a page runs: external files and inline code (JSON-LD is data, not script).
 * @param {string} html
 * @param {string} dist
 */
function scripts(html, dist) {
  /** @type {Buffer[]} */
  const out = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    // Both groups always take part in a match.
    const [, attrs = '', body = ''] = m;
    if (/type="application\/ld\+json"/.test(attrs)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src?.startsWith('/')) out.push(readFileSync(join(dist, src)));
    else if (body.trim()) out.push(Buffer.from(body));
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    out.push(readFileSync(join(dist, m[1] ?? '')));
  return out;
}

/**
 * Compressed weight of one page: HTML, HTML + render-blocking CSS, and JS.
 * @param {string} dist
 * @param {string} path
 * @returns {PageWeight}
 */
export function pageWeight(dist, path) {
  const file = join(dist, path, path.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const css = blockingCss(text).map((href) => readFileSync(join(dist, href)));
  const js = scripts(text, dist);
  const sum = (/** @type {CompressedSizes[]} */ list) =>
    list.reduce((t, buf) => ({ raw: t.raw + buf.raw, gzip: t.gzip + buf.gzip, brotli: t.brotli + buf.brotli }), {
      raw: 0,
      gzip: 0,
      brotli: 0,
    });
  const htmlSizes = sizes(html);
  const cssSizes = sum(css.map(sizes));
  const cspMeta = /<meta http-equiv="content-security-policy"[^>]*>/i.exec(text)?.[0] ?? '';
  return {
    path,
    html: htmlSizes,
    css: cssSizes,
    firstRoundTrip: sum([htmlSizes, cssSizes]),
    js: sum(js.map(sizes)),
    cspMetaBytes: Buffer.byteLength(cspMeta),
  };
}

/**
 * The largest page (raw HTML) among `dir/<slug>/index.html`: the worst case of that page type.
 * @param {string} dist
 * @param {string} dir
 */
export function largestEntry(dist, dir) {
  let best = { path: '', bytes: -1 };
  for (const d of readdirSync(join(dist, dir), { withFileTypes: true })) {
    const file = join(dist, dir, d.name, 'index.html');
    if (!d.isDirectory()) continue;
    let html;
    try {
      html = readFileSync(file);
    } catch {
      continue;
    }
    // Entry pages are the indexed ones; listings under the same folder are not.
    if (html.length > best.bytes && html.includes('data-pagefind-body'))
      best = { path: `${dir}/${d.name}/`, bytes: html.length };
  }
  return best.path;
}

/**
 * The heaviest listing pages (every HTML page that is not an indexed entry page, /admin/ aside),
 * ranked by gzip and then measured with brotli (brotli at quality 11 is too slow for all of them).
 * @param {string} dist
 * @returns {Listings}
 */
export function heaviestListings(dist, top = 5) {
  const listings = walk(dist)
    .filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))
    .map((f) => ({ f, html: readFileSync(join(dist, f)) }))
    .filter(({ html }) => !html.includes('data-pagefind-body'))
    .map(({ f, html }) => ({ f, gzip: gzipSync(html, { level: 1 }).length }))
    .sort((a, b) => b.gzip - a.gzip);
  const heaviest = listings.slice(0, top).map(({ f }) => pageWeight(dist, f.replace(/index\.html$/, '')));
  return {
    count: listings.length,
    heaviest: heaviest.sort((a, b) => b.firstRoundTrip.brotli - a.firstRoundTrip.brotli),
  };
}
