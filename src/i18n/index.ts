/**
 * UI strings: one typed table per locale, read through `t()`. Indonesian is the site's language;
 * another locale adds a table of the same type (so a missing key fails the type check) and an
 * entry in LOCALES. A leaf module: components, client scripts and schemas all import it.
 */
import { en } from './en';
import { id } from './id';

export { SITE_NAME } from './name';

/** The table's shape: every locale provides every key, functions with the same arguments. */
export type UiStrings = typeof id;
export type UiKey = keyof UiStrings;
type Args<K extends UiKey> = UiStrings[K] extends (...args: infer A) => string ? A : [];

export const LOCALES = {
  id: {
    table: id,
    /** `<html lang>` */
    lang: 'id',
    /** BCP 47 tag for Intl (dates, numbers, collation). */
    tag: 'id-ID',
    /** Open Graph's `og:locale`. */
    ogLocale: 'id_ID',
  },
  en: {
    table: en,
    lang: 'en',
    // British conventions read well internationally: "Saturday, 7 February 2026", "IDR 25,000".
    tag: 'en-GB',
    ogLocale: 'en_GB',
  },
} as const satisfies Record<string, { table: UiStrings; lang: string; tag: string; ogLocale: string }>;

export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = 'id';
/** The Intl tag of the site's language: 'id-ID'. */
export const LOCALE_TAG = LOCALES[DEFAULT_LOCALE].tag;

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(LOCALES, value);
}

/**
 * The locale of a page from `Astro.currentLocale` (undefined outside i18n routing: the site's
 * language). An unknown value is a routing bug, so it throws rather than falling back.
 */
export function localeOf(value: string | undefined): Locale {
  if (value === undefined) return DEFAULT_LOCALE;
  if (!isLocale(value)) throw new Error(`Unknown locale "${value}"; the site has ${Object.keys(LOCALES).join(', ')}.`);
  return value;
}

/** Path prefix of a locale's pages: none for the site's language, `/en` for English. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** The locale a site path (or a route pattern such as `/en/kelas/[slug]`) belongs to. */
export function localeOfPath(path: string): Locale {
  const first = path.split('/')[1] ?? '';
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** The same path in another locale: the prefix swapped, everything after it kept. */
export function pathInLocale(path: string, locale: Locale): string {
  const own = localePrefix(localeOfPath(path));
  return `${localePrefix(locale)}${path.slice(own.length)}` || '/';
}

/** Every locale of the site, the site's own first. */
export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];

/**
 * A per-locale value made once on first use (translators, URLs, Intl formatters), read with the
 * page's `Astro.currentLocale` (undefined: the site's language).
 */
export function perLocale<T>(make: (locale: Locale) => T): (locale?: string) => T {
  const made = new Map<Locale, T>();
  return (locale = DEFAULT_LOCALE) => {
    const resolved = localeOf(locale);
    let value = made.get(resolved);
    if (value === undefined) made.set(resolved, (value = make(resolved)));
    return value;
  };
}

export type Translate = <K extends UiKey>(key: K, ...args: Args<K>) => string;

/** A `t()` for one locale; components pass `Astro.currentLocale`. */
export const useTranslations = perLocale((locale): Translate => {
  const table: UiStrings = LOCALES[locale].table;
  return (key, ...args) => {
    const entry = table[key] as string | ((...a: typeof args) => string);
    return typeof entry === 'function' ? entry(...args) : entry;
  };
});

/** The site's strings in its language; `t('nav.classes')`, `t('class.places', 30)`. */
export const t = useTranslations();
