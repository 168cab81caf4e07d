import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, LOCALE_TAG, SITE_NAME, localeOf, t, useTranslations, type UiKey } from '../../src/i18n';
import { id } from '../../src/i18n/id';

const ROOT = resolve(import.meta.dirname, '../..');

/** Source files that may show text: the site, its client scripts and the CMS. */
function sources(): { path: string; text: string }[] {
  return ['src', 'admin']
    .flatMap((dir) =>
      readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
        .filter((d) => d.isFile() && /\.(ts|tsx|astro|mjs)$/.test(d.name))
        .map((d) => join(d.parentPath, d.name)),
    )
    .filter((path) => !path.includes(`${join('src', 'i18n')}`))
    .map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
}

/** The file's code without comments, so prose about the project may name it. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('t()', () => {
  it('reads plain strings and fills in values', () => {
    expect(t('nav.classes')).toBe('Jadwal Kelas');
    expect(t('pagination.page', 3)).toBe('Halaman 3');
    expect(t('listing.pageDescription', 'Usaha kriya.', 2, 5)).toBe('Usaha kriya. Halaman 2 dari 5.');
  });

  it('is the default locale of useTranslations()', () => {
    expect(useTranslations('id')('nav.home')).toBe(t('nav.home'));
    expect(LOCALE_TAG).toBe('id-ID');
    expect(LOCALES.id.lang).toBe('id');
  });

  it('has no empty entries', () => {
    const empty = Object.entries(id).filter(([, value]) => typeof value === 'string' && value.trim() === '');
    expect(empty).toEqual([]);
  });
});

describe('every locale', () => {
  const locales = Object.entries(LOCALES);

  it.each(locales)('%s has every key of the Indonesian table, in its order, and no other', (_, { table }) => {
    expect(Object.keys(table)).toEqual(Object.keys(id));
  });

  it.each(locales)(
    '%s fills in the same values wherever Indonesian does, and leaves nothing empty',
    (name, { table }) => {
      for (const [key, value] of Object.entries(id) as [UiKey, unknown][]) {
        const local: unknown = table[key];
        expect(typeof local, `${name} ${key}`).toBe(typeof value);
        if (typeof value === 'function' && typeof local === 'function') {
          expect(local.length, `${name} ${key}`).toBe(value.length);
        } else {
          expect(String(local).trim(), `${name} ${key}`).not.toBe('');
        }
      }
    },
  );

  it.each(locales)('%s keeps the placeholders browser scripts fill in, and uses every value', (name, { table }) => {
    // A function is called with marker values; its text must hold the same markers as Indonesian's.
    const render = (value: unknown) => {
      if (typeof value !== 'function') return String(value);
      const entry = value as (...args: string[]) => string;
      return entry(...Array.from({ length: entry.length }, (_, i) => `{arg${i}}`));
    };
    const placeholders = (value: unknown) =>
      [...new Set([...render(value).matchAll(/\{\w+\}/g)].map((m) => m[0]))].sort();
    for (const [key, value] of Object.entries(id) as [UiKey, unknown][]) {
      expect(placeholders(table[key]), `${name} ${key}`).toEqual(placeholders(value));
    }
  });

  it('takes the page’s Astro.currentLocale: the site’s language outside i18n routing, an error for a stranger', () => {
    expect(localeOf(undefined)).toBe('id');
    expect(localeOf('en')).toBe('en');
    expect(() => localeOf('fr')).toThrow(/Unknown locale "fr"/);
    expect(useTranslations(undefined)('nav.home')).toBe('Beranda');
    expect(useTranslations('en')).toBe(useTranslations('en'));
  });

  it('reads English through useTranslations("en")', () => {
    const en = useTranslations('en');
    expect(en('nav.classes')).toBe('Class Schedule');
    expect(LOCALES.en).toMatchObject({ lang: 'en', tag: 'en-GB', ogLocale: 'en_GB' });
  });
});

describe('the string table in use', () => {
  const files = sources();

  it('has no key that no source file reads', () => {
    const all = files.map((f) => f.text).join('\n');
    const unused = (Object.keys(id) as UiKey[]).filter((key) => !all.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it(`writes "${SITE_NAME}" only through SITE_NAME`, () => {
    const written = files.filter((f) => code(f.text).includes(SITE_NAME)).map((f) => f.path);
    expect(written).toEqual([]);
  });

  it(`spells the locale "${LOCALE_TAG}" only in src/i18n`, () => {
    const written = files.filter((f) => code(f.text).includes(`'${LOCALE_TAG}'`)).map((f) => f.path);
    expect(written).toEqual([]);
  });
});
