import { describe, expect, it } from 'vitest';
import { LIMITS, distBytesGuard, distFileLimit, evaluate, failing } from '../../scripts/bench/budgets.mjs';

const weight = (brotli: number, js = 0) => ({
  path: 'x/',
  html: { raw: 0, gzip: 0, brotli },
  css: { raw: 0, gzip: 0, brotli: 0 },
  firstRoundTrip: { raw: 0, gzip: 0, brotli },
  js: { raw: js, gzip: js, brotli: js },
  cspMetaBytes: 0,
});

const changes = (entryPages: string[]) => ({
  files: entryPages.length + 40,
  removed: 0,
  entryPages,
  otherPages: 30,
  searchIndex: 10,
  otherFiles: 0,
});

/** Results as the runner gathers them, every figure within budget. */
const good = () => ({
  sizes: { businesses: 10_000 },
  cold: { ok: true, defaultHeap: true, seconds: 30, cpuSeconds: 40, peakBytes: 2e9 },
  warm: {
    seconds: 6,
    cpuSeconds: 8,
    changed: 'batik-a',
    changes: changes(['/direktori/batik-a/', '/direktori/batik-b/']),
  },
  added: { changed: 'batik-c', changes: changes(['/direktori/batik-c/', '/direktori/batik-b/']) },
  baseline: { seconds: 25, cpuSeconds: 20 },
  pages: { business: weight(13_000), class: weight(13_000, 215) },
  listings: { count: 3, heaviest: [weight(40_000)] },
  search: {
    firstFilteredSearch: { all: { bytes: 400_000, requests: 25 }, pagefind: { bytes: 200_000, requests: 12 } },
    followUpQuery: { all: { bytes: 5_000, requests: 1 }, pagefind: { bytes: 5_000, requests: 1 } },
  },
  dist: { files: 24_000, bytes: 300e6 },
  lighthouse: [
    {
      name: 'home',
      scores: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 },
      cls: 0,
      throttling: {
        simulate: { scores: { performance: 98 }, cls: 0 },
        devtools: { scores: { performance: 96 }, cls: 0.01 },
      },
    },
  ],
  cms: {
    entries: 10_000,
    collection: 'businesses-kota-semarang',
    collectionEntries: 300,
    collectionFiles: 320,
    listSeconds: 1.5,
    searchSeconds: 1,
  },
});

describe('benchmark budgets', () => {
  it('pass when every figure is within its budget', () => {
    const rows = evaluate(good());
    expect(rows.filter((r: { pass: boolean }) => !r.pass)).toEqual([]);
    expect(rows.length).toBeGreaterThan(15);
  });

  it('fail CI on deterministic budgets only', () => {
    const r = good();
    r.pages.business = weight(14_001, 1_025);
    r.cold.cpuSeconds = 80; // 4× the baseline: reported, not failing
    r.lighthouse[0]!.scores.accessibility = 98;
    const rows = evaluate(r);
    expect(rows.find((x: { id: string }) => x.id === 'vs-baseline')).toMatchObject({
      pass: false,
      deterministic: false,
    });
    expect(
      failing(rows)
        .map((x: { id: string }) => x.id)
        .sort(),
    ).toEqual(['business-first-round-trip', 'business-js', 'lh-accessibility-home']);
  });

  it('fail CI on layout shift with either throttling method, and report Performance for both', () => {
    const r = good();
    r.lighthouse[0]!.throttling.devtools.cls = 0.3;
    r.lighthouse[0]!.throttling.devtools.scores.performance = 80;
    const rows = evaluate(r);
    expect(rows.find((x: { id: string }) => x.id === 'lh-perf-home-devtools')).toMatchObject({
      pass: false,
      deterministic: false,
    });
    expect(failing(rows).map((x: { id: string }) => x.id)).toEqual(['lh-cls-home-devtools']);
    r.lighthouse[0]!.throttling.simulate.cls = 0.06;
    expect(failing(evaluate(r)).map((x: { id: string }) => x.id)).toEqual(['lh-cls-home', 'lh-cls-home-devtools']);
  });

  it('fail CI when one CMS collection holds more files than a hosted backend should read at once', () => {
    const r = good();
    r.cms.collectionFiles = 1_001;
    r.cms.listSeconds = 3.5; // timed: reported, not failing
    expect(failing(evaluate(r)).map((x: { id: string }) => x.id)).toEqual(['cms-files']);
  });

  it('print a documented unreachable budget as failing without failing CI', () => {
    const r = good();
    r.dist.files = 30_000;
    const row = evaluate(r).find((x: { id: string }) => x.id === 'dist-files');
    expect(row).toMatchObject({ pass: false, deterministic: true });
    expect(row?.unreachable).toMatch(/Pagefind fragment/);
    expect(failing(row ? [row] : [])).toEqual([]);
  });

  it('still fail CI when the file count grows past the regression guard', () => {
    const r = good();
    r.dist.files = 30_000;
    expect(failing(evaluate(r)).map((x: { id: string }) => x.id)).toEqual([]);
    r.dist.files = 36_000;
    expect(failing(evaluate(r)).map((x: { id: string }) => x.id)).toEqual(['dist-files-guard']);
  });

  it('guard the site without /en/ on file count, and the English version on its own', () => {
    const r = {
      ...good(),
      dist: {
        files: 36_000,
        bytes: 300e6,
        byFolder: { en: 2_000 },
        pages: { id: { all: 13_000, entries: 12_000 }, en: { all: 900, entries: 0 } },
      },
    };
    // 34,000 without /en/ is under the guard of 35,000; English copies no entry page.
    expect(failing(evaluate(r)).map((x: { id: string }) => x.id)).toEqual([]);
    r.dist.pages.en = { all: 13_000, entries: 12_000 };
    expect(failing(evaluate(r)).map((x: { id: string }) => x.id)).toEqual(['en-entry-pages', 'en-pages']);
  });

  it('fail on search bytes only at the size they are stated for', () => {
    const r = { ...good(), sizes: { businesses: 1_000 } };
    r.search.followUpQuery.pagefind.bytes = 24_000;
    expect(evaluate(r).find((x: { id: string }) => x.id === 'search-follow-up')).toMatchObject({
      pass: false,
      deterministic: false,
    });
    expect(failing(evaluate(r)).map((x: { id: string }) => x.id)).not.toContain('search-follow-up');
    expect(failing(evaluate({ ...r, sizes: { businesses: 10_000 } })).map((x: { id: string }) => x.id)).toContain(
      'search-follow-up',
    );
  });

  it('fail CI when one edit or one new business changes more than its own and ten related entry pages', () => {
    const r = good();
    const related = Array.from({ length: 10 }, (_, i) => `/direktori/lain-${i}/`);
    r.added.changes = changes(['/direktori/batik-c/', ...related]);
    expect(failing(evaluate(r))).toEqual([]);
    r.added.changes = changes(['/direktori/batik-c/', ...related, '/kelas/satu-lagi/']);
    expect(failing(evaluate(r)).map((x: { id: string }) => x.id)).toEqual(['add-entry-pages']);
    r.warm.changes = changes(['/direktori/batik-a/', ...related, '/mentor/satu-lagi/']);
    expect(failing(evaluate(r)).map((x: { id: string }) => x.id)).toEqual(['edit-entry-pages', 'add-entry-pages']);
  });

  it('hold dist to 400 MB at 10,000 businesses, and every corpus to its regression guard', () => {
    const r = good();
    r.dist.bytes = 395e6;
    expect(failing(evaluate(r))).toEqual([]);
    r.dist.bytes = 420e6;
    expect(evaluate(r).find((x) => x.id === 'dist-bytes')).toMatchObject({ pass: false, deterministic: true });
    expect(failing(evaluate(r)).map((x) => x.id)).toEqual(['dist-bytes']);
    r.dist.bytes = 450e6;
    expect(failing(evaluate(r)).map((x) => x.id)).toEqual(['dist-bytes', 'dist-bytes-guard']);
  });

  it('report warm ÷ cold by wall and CPU time, and the build ÷ baseline by CPU', () => {
    const rows = evaluate({ ...good(), warm: { ...good().warm, seconds: 12, cpuSeconds: 10 } });
    expect(rows.find((x) => x.id === 'warm')).toMatchObject({ measured: 0.4, pass: false, deterministic: false });
    expect(rows.find((x) => x.id === 'warm-cpu')).toMatchObject({ measured: 0.25, pass: true });
    expect(rows.find((x) => x.id === 'vs-baseline')).toMatchObject({ measured: 2, limit: 3, pass: true });
  });

  it('scale the file and byte budgets with the corpus and skip what was not measured', () => {
    expect(distFileLimit(10_000)).toBe(LIMITS.distFilesAt10k);
    expect(distFileLimit(1_000)).toBe(2_500);
    const rows = evaluate({ sizes: { businesses: 1_000 }, dist: { files: 2_400, bytes: 52e6 } });
    // The byte budget is stated at 10,000 businesses; a smaller corpus has the guard only.
    expect(distBytesGuard(1_000)).toBeGreaterThan(52e6);
    expect(rows).toEqual([
      expect.objectContaining({ id: 'dist-bytes-guard', limit: distBytesGuard(1_000), pass: true }),
      expect.objectContaining({ id: 'dist-files', limit: 2_500, pass: true }),
      expect.objectContaining({ id: 'dist-files-guard', limit: 3_500, pass: true }),
    ]);
  });
});
