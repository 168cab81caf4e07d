/**
 * Gates over the built site in dist/ (no browser needed): valid HTML, and every internal link,
 * anchor, image, stylesheet and script resolving. External URLs are checked for syntax only.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, matchesGlob, relative } from 'node:path';
import { expect, test } from './fixtures';
import { DomUtils, parseDocument } from 'htmlparser2';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate/node';
import { parse } from 'smol-toml';
import { inBounds } from '../../src/places/geo';
import { entryPoint, type NearbyEntry, type NearbyIndex } from '../../src/places/nearest';
import { INDEXED_PAGES } from '../../src/integrations/pagefind';

const DIST = join(process.cwd(), 'dist');
const pages = (readdirSync(DIST, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).sort();

test('html-validate finds no errors in any built page', async () => {
  // Every page of the build (about 20 s for the sample site on an idle machine).
  test.setTimeout(180_000);
  // Rules and their reasons: .htmlvalidate.json (also used by `npx html-validate dist`).
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  // /admin/ is Astro's island runtime plus Decap CMS, which renders everything itself; its
  // <style> in <body> is Astro's, not ours.
  for (const page of pages.filter((p) => p !== 'admin/index.html')) {
    const report = await validator.validateFile(join(DIST, page));
    for (const result of report.results) {
      for (const message of result.messages)
        problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(pages.length).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});

/** The file a site path is served from, or undefined. */
function fileFor(pathname: string): string | undefined {
  const path = join(DIST, decodeURIComponent(pathname));
  if (pathname.endsWith('/')) return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const doc = parseDocument(readFileSync(file, 'utf8'));
    ids = new Set(DomUtils.findAll((el) => Boolean(el.attribs['id']), doc.children).map((el) => el.attribs['id']!));
    idCache.set(file, ids);
  }
  return ids;
}

test('every internal link, anchor, image, stylesheet and script resolves; external URLs are well-formed', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const file = join(DIST, page);
    const base = new URL(`/${relative(DIST, file).replace(/index\.html$/, '')}`, 'https://site.invalid');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    const refs = DomUtils.findAll(
      (el) => ['a', 'link', 'script', 'img', 'source', 'iframe'].includes(el.name),
      doc.children,
    ).flatMap((el) => {
      const urls = [
        el.attribs['href'],
        el.attribs['src'],
        ...(el.attribs['srcset'] ?? '').split(',').map((s) => s.trim().split(/\s+/)[0]),
      ];
      return urls.filter((u): u is string => Boolean(u));
    });
    for (const ref of refs) {
      checked++;
      let url: URL;
      try {
        url = new URL(ref, base);
      } catch {
        broken.push(`${page}: malformed URL ${ref}`);
        continue;
      }
      if (url.host !== 'site.invalid') {
        if (!['https:', 'http:', 'mailto:', 'tel:'].includes(url.protocol))
          broken.push(`${page}: unexpected scheme in ${ref}`);
        continue;
      }
      const target = fileFor(url.pathname);
      if (!target) broken.push(`${page}: ${ref} → nothing at ${url.pathname}`);
      else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${page}: ${ref} → no #${url.hash.slice(1)}`);
    }
  }
  expect(checked).toBeGreaterThan(1000);
  expect(broken).toEqual([]);
});

test("netlify.toml's redirects serve files the build writes", () => {
  const { redirects = [] } = parse(readFileSync('netlify.toml', 'utf8')) as { redirects?: { to: string }[] };
  expect(redirects.length).toBeGreaterThan(0);
  expect(redirects.filter(({ to }) => !fileFor(to)).map(({ to }) => to)).toEqual([]);
});

test('every page marked for search is one the search index reads, and no listing is', () => {
  const marked = pages.filter((page) => readFileSync(join(DIST, page), 'utf8').includes('data-pagefind-body'));
  expect(marked).toEqual(expect.arrayContaining(['direktori/gerabah-melikan-putaran-miring/index.html']));
  expect(marked.filter((page) => !matchesGlob(page, INDEXED_PAGES))).toEqual([]);
  // The pattern is no wider than it must be: listings of the same sections stay out.
  for (const listing of ['direktori/index.html', 'kelas/index.html', 'direktori/sektor/kriya/index.html'])
    expect(matchesGlob(listing, INDEXED_PAGES), listing).toBe(false);
});

test('public pages carry a Content-Security-Policy without unsafe-inline or unsafe-eval scripts', () => {
  for (const page of pages.filter((p) => p !== 'admin/index.html')) {
    const html = readFileSync(join(DIST, page), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy, page).toBeTruthy();
    const scriptSrc = /script-src ([^;]+)/.exec(policy!)?.[1] ?? '';
    expect(scriptSrc, page).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(policy, page).toMatch(/object-src 'none'/);
  }
});

test('the files of "Urutkan dari yang terdekat" hold every business once, each in its box, linking built pages', () => {
  const dir = join(DIST, 'direktori/terdekat');
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as NearbyIndex;
  const seen: string[] = [];
  for (const area of index.areas) {
    const list = JSON.parse(readFileSync(join(DIST, area.file), 'utf8')) as NearbyEntry[];
    expect(list, area.file).toHaveLength(area.count);
    for (const entry of list) {
      const { point } = entryPoint(entry, area);
      expect(inBounds(point, area.box), `${entry[0]} in ${area.file}`).toBe(true);
      expect(entry[1]).toHaveLength(index.locales.length);
      for (const url of entry[1]) expect(fileFor(url), url).toBeDefined();
      seen.push(entry[1][0]!);
    }
  }
  const businessPages = pages.filter((p) => /^direktori\/[^/]+\/index\.html$/.test(p) && existsSync(join(DIST, p)));
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen.length).toBeGreaterThan(20);
  for (const url of seen) expect(businessPages).toContain(`${url.slice(1)}index.html`);
});
