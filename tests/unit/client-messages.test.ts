/**
 * The browser scripts take their strings from the page (data attributes rendered from the UI
 * table at build time, with `{name}` placeholders they fill in), so the built-text comparison
 * never sees what they show. These check that the templates the pages render read as the
 * scripts' messages always have.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { weekName, weekNames } from '../../src/lib/weeks';

/** What src/search/search-page.ts and src/forms/register.ts do with a template. */
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);

describe('week names for the freshness script (src/schedule/freshness.ts)', () => {
  const names = JSON.parse(weekNames()) as Record<string, string | undefined>;
  /** The script's lookup: a name of its own, else the count template. */
  const nameAt = (offset: number) =>
    names[offset] ?? names[offset > 0 ? 'ahead' : 'ago']?.replace('{n}', String(Math.abs(offset)));

  it.each([
    [0, 'Pekan ini'],
    [1, 'Pekan depan'],
    [-1, 'Pekan lalu'],
    [2, '2 pekan lagi'],
    [5, '5 pekan lagi'],
    [-2, '2 pekan lalu'],
    [-52, '52 pekan lalu'],
  ])('name the week at offset %i "%s", as the build does', (offset, name) => {
    expect(nameAt(offset)).toBe(name);
    expect(weekName(offset)).toBe(name);
  });

  it('agree with the build for every offset within two years', () => {
    for (let offset = -104; offset <= 104; offset++) expect(nameAt(offset)).toBe(weekName(offset));
  });
});

describe('search page messages (src/pages/cari.astro → src/search/search-page.ts)', () => {
  it.each([
    [fill(t('search.resultCount', '{count}'), { count: '12' }), '12 hasil.'],
    [fill(t('search.resultCountFor', '{count}', '{query}'), { count: '3', query: 'batik' }), '3 hasil untuk “batik”.'],
    [
      fill(t('search.unknownFilters', '{filters}'), { filters: 'sektor=X, wilayah=Y' }),
      'Filter tidak dikenal diabaikan: sektor=X, wilayah=Y.',
    ],
    [t('search.prompt'), 'Ketik kata kunci atau pilih filter untuk mulai mencari.'],
    [t('search.noResults'), 'Tidak ada hasil. Coba kata kunci lain, misalnya nama sektor atau daerah.'],
    [t('search.noResultsFiltered'), 'Tidak ada hasil. Coba hapus salah satu filter atau gunakan kata kunci lain.'],
  ])('reads "%s"', (message, expected) => {
    expect(message).toBe(expected);
  });

  it('inserts a query as typed, placeholders and $ patterns included', () => {
    expect(fill(t('search.resultCountFor', '{count}', '{query}'), { count: '1', query: "{count} $& $1 '" })).toBe(
      "1 hasil untuk “{count} $& $1 '”.",
    );
  });
});

describe('registration form messages (src/pages/direktori/daftar → src/forms/register.ts)', () => {
  it.each([
    [fill(t('validation.min', '{min}'), { min: '1900' }), 'Minimal 1900.'],
    [fill(t('validation.max', '{max}'), { max: '2026' }), 'Maksimal 2026.'],
    [fill(t('validation.summary', '{count}'), { count: '2' }), 'Ada 2 isian yang perlu diperbaiki.'],
    [t('validation.required'), 'Wajib diisi.'],
    [t('validation.mustCheck'), 'Wajib dicentang.'],
    [t('validation.format'), 'Formatnya belum sesuai.'],
    [t('validation.integer'), 'Harus bilangan bulat.'],
    [t('validation.invalid'), 'Isian belum sesuai.'],
    [t('validation.chooseOne'), 'Pilih minimal satu.'],
    [t('validation.fillOne'), 'Isi minimal satu.'],
  ])('reads "%s"', (message, expected) => {
    expect(message).toBe(expected);
  });

  it('uses the build’s own wording for a number limit', () => {
    expect(fill(t('validation.min', '{min}'), { min: '5' })).toBe(t('validation.min', 5));
  });
});
