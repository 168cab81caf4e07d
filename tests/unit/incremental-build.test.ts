/**
 * Astro's incremental build copies an entry page from the last build when its cacheKey
 * (src/lib/cache-key.ts) and code are unchanged. These builds of a temporary copy of the project
 * check the keys both ways, against the pages themselves: after a change, the entry pages
 * rendered again are exactly those whose HTML showed what changed (a mentor's name, a
 * programme's title, a business's summary), and every other one is restored. A wrong key would
 * serve a stale page (one missed) or waste the cache (one too many). A style edited in one
 * component renders every page again, since they all link the site stylesheet it changes.
 * Calendar files are keyed the same way, without the build's clock: a rebuild later in the day
 * restores them, DTSTAMP included, so a deploy does not upload every one of them again.
 *
 * Unchanged pages reach dist as links to the last build's copies (src/integrations/linked-dist.ts);
 * the last test deletes a business and compares dist with a build from an empty cache.
 *
 * Slow: eight builds of the sample site, about two minutes and a half in all.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const workdir = mkdtempSync(join(tmpdir(), 'hetero-incremental-'));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

/** The project's sources, copied so a test can edit a component too; node_modules is shared. */
const project = join(workdir, 'project');
const SOURCES = [
  'src',
  'content',
  'public',
  'admin',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];
const contentDir = join(project, 'content');
const outDir = join(workdir, 'dist');
const SITE_NOW = '2026-11-27T10:00:00+07:00';
/** Every build after the first runs a minute later, as a production rebuild does. */
const LATER = '2026-11-27T10:01:00+07:00';
const BUILD_TIMEOUT = 300_000;
const PROGRAMME_TITLE = 'Kelas Foto Produk dengan Ponsel';

/** Pages of the entry routes that return a cacheKey (Indonesian and English)… */
const ENTRY = /^(\/en)?\/(direktori|kelas|mentor|program)\/[^/]+\/index\.html$/;
/** …other than the pages at the same depth that show the whole directory or archive. */
const LISTING = /^(\/en)?\/(direktori\/(peta|ringkasan|daftar)|kelas\/arsip)\/index\.html$/;
/** The directory's and the storefront's paginated listings, which return a cacheKey too. */
const LISTED = /^(\/en)?\/(direktori|etalase)\/((sektor|wilayah)\/[^/]+\/)?(halaman\/\d+\/)?index\.html$/;
/** A session's calendar file and a weekly series' (not the feed of upcoming sessions). */
const CALENDAR = /^\/kelas\/(seri\/)?[^/]+\/kalender\.ics$/;

interface Build {
  /** Pages Astro rendered, and pages it copied from the last build, as dist paths. */
  rendered: Set<string>;
  restored: Set<string>;
}

/**
 * One `astro build` of the copy; Astro's log lists each page, "(cached)" when it found it in
 * dist (linked there from the last build, src/integrations/linked-dist.ts), "(restored)" when it
 * copied it.
 */
function build(now = LATER, { out = outDir, cache = join(workdir, 'cache') } = {}): Build {
  const run = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    cwd: project,
    env: {
      ...process.env,
      // As `npm run build` has it (vitest sets NODE_ENV=test, which Astro's build would keep).
      NODE_ENV: 'production',
      ASTRO_CACHE_DIR: cache,
      SITE_NOW: now,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT,
  });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
  const result: Build = { rendered: new Set(), restored: new Set() };
  // Colours are on where CI is set (picocolors), so the log is read without them.
  for (const [, path, note] of stripVTControlCharacters(run.stdout).matchAll(/[├└]─ (\/\S+) (.*)$/gm))
    (/\((cached|restored)\)/.test(note!) ? result.restored : result.rendered).add(path!);
  return result;
}

const html = (path: string) => readFileSync(join(outDir, path), 'utf8');

/** Keyed pages and calendars of the last build that show `text` (calendar lines unfolded). */
function showing(keyed: readonly string[], text: string): string[] {
  return keyed.filter((path) => html(path).replace(/\r\n /g, '').includes(text)).sort();
}

/** Replaces `from` by `to` in one file of the copy (failing if `from` is not there). */
function editSource(file: string, from: string, to: string): void {
  const path = join(project, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  writeFileSync(path, text.replace(from, to));
}

/** The same, in one content file. */
const edit = (file: string, from: string, to: string) => editSource(join('content', file), from, to);

describe('incremental build', { timeout: BUILD_TIMEOUT * 8 }, () => {
  let keyed: string[] = [];
  let unchanged: Build;
  let before: Map<string, string>;
  /** The keyed pages a build rendered again. */
  const keyedRendered = (b: Build) => [...b.rendered].filter((p) => keyed.includes(p)).sort();

  beforeAll(() => {
    for (const source of SOURCES) cpSync(join(root, source), join(project, source), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
    // A mentor's profile names the programme in passing; in lower case there, the title appears
    // only where a page shows the programme itself.
    for (const file of readdirSync(contentDir, { recursive: true, encoding: 'utf8' }))
      if (file.endsWith('.md') && !file.startsWith('programmes')) {
        const text = readFileSync(join(contentDir, file), 'utf8');
        if (text.includes(PROGRAMME_TITLE))
          writeFileSync(join(contentDir, file), text.replaceAll(PROGRAMME_TITLE, PROGRAMME_TITLE.toLowerCase()));
      }
    build(SITE_NOW);
    before = new Map(
      readdirSync(outDir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.html') || f.endsWith('.ics'))
        .map((f) => [`/${f}`, html(`/${f}`)]),
    );
    unchanged = build();
    keyed = [...unchanged.restored].sort();
  }, BUILD_TIMEOUT * 2);

  it('restores every entry page and calendar when nothing changed but the clock, byte for byte', () => {
    // Every business, class, mentor and programme page, every directory and storefront listing
    // and every session's and series' calendar was restored, and only those.
    const entryPages = [...before.keys()].filter(
      (p) => (ENTRY.test(p) && !LISTING.test(p)) || LISTED.test(p) || CALENDAR.test(p),
    );
    expect(keyed.length).toBeGreaterThan(100);
    expect(keyed.filter((p) => p.includes('/seri/') && CALENDAR.test(p)).length).toBeGreaterThan(0);
    expect(keyed).toEqual(entryPages.sort());
    for (const path of keyed) expect(html(path), path).toBe(before.get(path));
    // The feed of upcoming sessions is written anew, stamped with the later build's time.
    expect(html('/kalender.ics')).toContain('DTSTAMP:20261127T030100Z');
  });

  it("renders again exactly the pages that show a mentor's name when it changes", () => {
    const shown = showing(keyed, 'Hendro Wicaksono');
    // The mentor's own page in both languages, their sessions, a programme, businesses of their sectors.
    expect(shown).toEqual(
      expect.arrayContaining(['/mentor/hendro-wicaksono/index.html', '/en/mentor/hendro-wicaksono/index.html']),
    );
    expect(shown.some((p) => p.startsWith('/kelas/'))).toBe(true);
    expect(shown.some((p) => p.startsWith('/direktori/'))).toBe(true);
    edit('mentors/id/hendro-wicaksono.md', 'name: "Hendro Wicaksono"', 'name: "Hendro Wicaksana"');
    expect(keyedRendered(build())).toEqual(shown);
    expect(html('/mentor/hendro-wicaksono/index.html')).toContain('Hendro Wicaksana');
  });

  it("renders again exactly the pages that show a programme's title when it changes", () => {
    const title = PROGRAMME_TITLE;
    const shown = showing(keyed, title);
    expect(shown.filter((p) => p.startsWith('/kelas/')).length).toBeGreaterThan(1);
    edit('programmes/id/kelas-foto-produk.md', `title: "${title}"`, 'title: "Kelas Foto Produk Pakai Ponsel"');
    expect(keyedRendered(build())).toEqual(shown);
  });

  it("a business's new summary renders its page and the cards that show it, nothing else", () => {
    const folder = 'businesses/kab-klaten/id';
    const file = readdirSync(join(contentDir, folder)).find((f) => f.startsWith('gerabah-melikan'))!;
    const summary = /^summary: "(.+)"$/m.exec(readFileSync(join(contentDir, folder, file), 'utf8'))![1]!;
    const shown = showing(keyed, summary);
    expect(shown).toContain(`/direktori/${file.replace(/\.md$/, '')}/index.html`);
    // Its card on the listings of its sector and regency; no mentor, class or programme page shows it.
    expect(shown.filter((p) => /\/(sektor|wilayah)\//.test(p)).length).toBeGreaterThanOrEqual(2);
    expect(shown.every((p) => /^(\/en)?\/(direktori|etalase)\//.test(p))).toBe(true);
    edit(`${folder}/${file}`, summary, `${summary} Kini juga menerima pesanan daring.`);
    expect(keyedRendered(build())).toEqual(shown);
  });

  it('renders every page again when a component style changes, so no page links a stale stylesheet', () => {
    // The report's body is on no entry page, yet its styles are in the site stylesheet all link.
    editSource(
      'src/components/report/ReportBody.astro',
      '<style>\n',
      '<style>\n  .report-probe {\n    color: inherit;\n  }\n',
    );
    const after = build();
    // Calendars link no stylesheet: they alone are restored.
    const calendars = keyed.filter((p) => CALENDAR.test(p));
    expect([...after.restored].sort()).toEqual(calendars);
    expect(keyedRendered(after)).toEqual(keyed.filter((p) => !CALENDAR.test(p)));
    const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    for (const page of pages)
      for (const [, href] of html(`/${page}`).matchAll(/<link rel="stylesheet" href="([^"]+)"/g))
        expect(existsSync(join(outDir, href!)), `${page} links ${href}`).toBe(true);
  });
  it('leaves no page of a deleted business behind: dist is what a build from an empty cache makes', () => {
    const slug = 'gerabah-melikan-putaran-miring';
    for (const locale of ['id', 'en']) rmSync(join(contentDir, 'businesses/kab-klaten', locale, `${slug}.md`));
    build();
    expect(existsSync(join(outDir, 'direktori', slug))).toBe(false);
    expect(existsSync(join(outDir, 'en/direktori', slug))).toBe(false);
    const fresh = join(workdir, 'fresh');
    build(LATER, { out: fresh, cache: join(workdir, 'fresh-cache') });
    const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
    expect(files(outDir)).toEqual(files(fresh));
    // The same bytes, but for the stamp of a calendar kept from an earlier build.
    const text = (dir: string, file: string) => readFileSync(join(dir, file), 'latin1').replace(/^DTSTAMP:.*$/gm, '');
    for (const file of files(fresh).filter((f) => statSync(join(fresh, f)).isFile()))
      expect(text(outDir, file) === text(fresh, file), file).toBe(true);
  });
});
