/**
 * The English version's plumbing: which locale a path is in, the same page in another locale,
 * every page file routed under /en/, URLs per locale, where the language switch goes, and the
 * build-time helpers that name things in the page's language.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeOfPath, localePrefix, pathInLocale } from '../../src/i18n';
import { pagePatterns } from '../../src/integrations/locales';
import { entryLang, entryLanguages, everyLanguage, onlyIn, sourceLang } from '../../src/lib/languages';
import { useLabels } from '../../src/lib/labels';
import { filterLabel } from '../../src/lib/search';
import { describeSeries } from '../../src/lib/series';
import { directoryStats } from '../../src/lib/stats';
import { hasEntryPage, routeUrls, urls, useUrls } from '../../src/lib/urls';
import { weekName } from '../../src/lib/weeks';
import { TITLE_MAX, documentTitle } from '../../src/lib/titles';

describe('locale paths', () => {
  it.each([
    ['/', 'id'],
    ['/kelas/', 'id'],
    ['/en/', 'en'],
    ['/en/kelas/abc/', 'en'],
    ['/en/kelas/[slug]', 'en'],
    // A business whose slug starts with "en" is still Indonesian.
    ['/direktori/en-batik/', 'id'],
    ['/english/', 'id'],
  ] as const)('%s is in %s', (path, locale) => {
    expect(localeOfPath(path)).toBe(locale);
  });

  it.each([
    ['/', 'en', '/en/'],
    ['/en/', 'id', '/'],
    ['/kelas/abc/', 'en', '/en/kelas/abc/'],
    ['/en/kelas/abc/', 'id', '/kelas/abc/'],
    ['/en/kelas/abc/', 'en', '/en/kelas/abc/'],
    ['/laporan/2026/', 'id', '/laporan/2026/'],
  ] as const)('%s in %s is %s', (path, locale, expected) => {
    expect(pathInLocale(path, locale)).toBe(expected);
  });

  it('gives Indonesian no prefix and English /en', () => {
    expect(localePrefix('id')).toBe('');
    expect(localePrefix('en')).toBe('/en');
  });
});

describe('pagePatterns', () => {
  it('routes every page file except the CMS and the registration form, index files at their folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'pages-'));
    const files = [
      'index.astro',
      '404.astro',
      'kelas/index.astro',
      'kelas/[slug].astro',
      'kelas/[slug]/kalender.ics.ts',
      'direktori/[...page].astro',
      'direktori/daftar/index.astro',
      'admin/index.astro',
      'robots.txt.ts',
    ];
    for (const file of files) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), '');
    }
    expect(pagePatterns(root)).toEqual([
      { file: '404.astro', pattern: '404' },
      { file: 'direktori/[...page].astro', pattern: 'direktori/[...page]' },
      { file: 'index.astro', pattern: '' },
      { file: 'kelas/[slug].astro', pattern: 'kelas/[slug]' },
      { file: 'kelas/index.astro', pattern: 'kelas' },
    ]);
  });
});

describe('URLs per locale', () => {
  const en = useUrls('en');

  it('prefixes listing and fixed pages, keeping the path segments', () => {
    expect(en.home).toBe('/en/');
    expect(en.classes).toBe('/en/kelas/');
    expect(en.classesBy('sektor', 'kriya')).toBe('/en/kelas/sektor/kriya/');
    expect(en.mapView('kriya', true)).toBe('/en/direktori/peta/kriya/jumlah/');
    expect(en.reportYear(2026)).toBe('/en/laporan/2026/');
    expect(routeUrls('/en/etalase/[...page]').storefront).toBe('/en/etalase/');
    expect(routeUrls('/etalase/[...page]').storefront).toBe('/etalase/');
  });

  it('keeps files that exist once for every language, and the Indonesian-only form, unprefixed', () => {
    for (const key of ['classFeed', 'calendarFeed', 'openDataCsv', 'openDataJson', 'reportCsv', 'sitemap'] as const)
      expect(en[key]).toBe(urls[key]);
    expect(en.classCalendar('a')).toBe(urls.classCalendar('a'));
    expect(en.register).toBe('/direktori/daftar/');
  });

  it('links an untranslated entry to its Indonesian page', () => {
    expect(hasEntryPage('business', 'x', 'id')).toBe(true);
    expect(hasEntryPage('business', 'x', 'en')).toBe(false);
    expect(en.business('x')).toBe('/direktori/x/');
    expect(en.class('x')).toBe('/kelas/x/');
    expect(urls.business('x')).toBe('/direktori/x/');
  });
});

describe('page languages', () => {
  it('gives a listing page its counterpart in every language', () => {
    expect(everyLanguage('/en/kelas/')).toEqual({
      id: { href: '/kelas/', same: true },
      en: { href: '/en/kelas/', same: true },
    });
  });

  it('sends the switch of an untranslated entry to the listing it belongs to', () => {
    expect(
      entryLanguages(
        'mentor',
        'a',
        (u) => u.mentor('a'),
        (u) => u.mentors,
      ),
    ).toEqual({ id: { href: '/mentor/a/', same: true }, en: { href: '/en/mentor/', same: false } });
  });

  it('announces no translation for a page in one language only', () => {
    expect(onlyIn('id', '/direktori/daftar/', (u) => u.directory)).toEqual({
      id: { href: '/direktori/daftar/', same: true },
      en: { href: '/en/direktori/', same: false },
    });
  });

  it('marks untranslated text as Indonesian on English pages only', () => {
    expect(entryLang('business', 'x', 'en')).toBe('id');
    expect(entryLang('business', 'x', undefined)).toBeUndefined();
    expect(sourceLang('en')).toBe('id');
    expect(sourceLang('id')).toBeUndefined();
  });
});

describe('names in the page language', () => {
  it('names terms and regencies in English', () => {
    const labels = useLabels('en');
    expect(labels.sectorName('kriya')).toBe('Craft');
    expect(labels.regencyName('kab-semarang')).toBe('Semarang Regency');
    expect(labels.regencyName('kota-semarang')).toBe('Semarang City');
    expect(labels.pillarName('mbangun')).toBe('Mbangun');
    expect(labels.statusName('dibatalkan')).toBe('Cancelled');
    expect(labels.sectorTags(['kuliner'])).toEqual([{ label: 'Culinary', href: '/en/direktori/sektor/kuliner/' }]);
    expect(useLabels('id').sectorName('kriya')).toBe('Kriya');
  });

  it('labels search filter values in English while the values stay those of the index', () => {
    expect(filterLabel('sektor', 'Kriya', 'en')).toBe('Craft');
    expect(filterLabel('wilayah', 'Kab. Semarang', 'en')).toBe('Semarang Regency');
    expect(filterLabel('jenis', 'Usaha', 'en')).toBe('Business');
    expect(filterLabel('jenis', 'Kelas', 'en')).toBe('Class');
    expect(filterLabel('sektor', 'Kriya')).toBe('Kriya');
    expect(filterLabel('sektor', 'Unknown', 'en')).toBe('Unknown');
  });

  it('counts the directory with English names, apart from the Indonesian counts', () => {
    const businesses = [{ data: { sectors: ['kriya'], regency: 'kab-semarang', scale: 'mikro' } }];
    const english = directoryStats(businesses, undefined, 'en');
    const indonesian = directoryStats(businesses);
    expect(english.bySector.find((s) => s.id === 'kriya')).toMatchObject({ name: 'Craft', count: 1 });
    expect(english.byRegency.find((r) => r.id === 'kab-semarang')).toMatchObject({ name: 'Semarang Regency' });
    expect(english.byScale.find((s) => s.id === 'mikro')).toMatchObject({ name: 'Micro' });
    expect(indonesian.bySector.find((s) => s.id === 'kriya')).toMatchObject({ name: 'Kriya', count: 1 });
  });

  it('describes a weekly series and names weeks in English', () => {
    const series = {
      weekdays: ['senin', 'kamis'] as const,
      startTime: '13:00',
      endTime: '16:00',
      firstDate: '2026-11-02',
      lastDate: '2026-12-21',
    };
    expect(describeSeries({ ...series, weekdays: [...series.weekdays] }, 'en')).toBe(
      'Every Monday and Thursday, 13:00–16:00 WIB, 2 November–21 December 2026',
    );
    expect(weekName(0, 'en')).toBe('This week');
    expect(weekName(3, 'en')).toBe('In 3 weeks');
  });
});

describe('documentTitle', () => {
  it('adds the site name while the title stays within the limit html-validate checks', () => {
    const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as {
      rules: { 'long-title': [string, { maxlength: number }] };
    };
    expect(TITLE_MAX).toBe(config.rules['long-title'][1].maxlength);
    expect(documentTitle('Kelas Pemasaran Digital')).toBe('Kelas Pemasaran Digital · Hetero Space');
    const long = 'Online Seminar: Strategies for Getting Craft Products onto Online Marketplaces';
    expect(documentTitle(long)).toBe(long);
    const longer = `${long}, with Packing and Shipping for Large and Fragile Goods Too`;
    const cut = documentTitle(longer);
    expect(cut.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(cut).toMatch(/^Online Seminar: .* [A-Za-z]+…$/);
  });
});
