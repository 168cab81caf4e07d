/**
 * Where a page is in each language: the same page when it has a translation (the hreflang
 * alternates and the sitemap name only those), otherwise the nearest page there, so the language
 * switch never leads to a missing page.
 */
import { DEFAULT_LOCALE, LOCALES, LOCALE_CODES, localeOf, pathInLocale, type Locale } from '../i18n';
import { hasEntryPage, useUrls, type EntryKind, type Urls } from './urls';

export interface LanguageLink {
  href: string;
  /** True when `href` is this page in that language; false for the nearest page there. */
  same: boolean;
}
export type PageLanguages = Record<Locale, LanguageLink>;

/** A listing or fixed page: every locale has it at the same path below its prefix. */
export function everyLanguage(path: string): PageLanguages {
  return Object.fromEntries(
    LOCALE_CODES.map((locale) => [locale, { href: pathInLocale(path, locale), same: true }]),
  ) as PageLanguages;
}

/**
 * A page that exists in one language only (the registration form, a "not found" page): the other
 * languages' switch goes to `nearest` there, and nothing is announced as a translation.
 */
export function onlyIn(locale: Locale, path: string, nearest: (urls: Urls) => string): PageLanguages {
  return Object.fromEntries(
    LOCALE_CODES.map((code) => [
      code,
      code === locale ? { href: path, same: true } : { href: nearest(useUrls(code)), same: false },
    ]),
  ) as PageLanguages;
}

/** An entry's page where it is translated; elsewhere the listing it belongs to. */
export function entryLanguages(
  kind: EntryKind,
  id: string,
  page: (urls: Urls) => string,
  listing: (urls: Urls) => string,
): PageLanguages {
  return Object.fromEntries(
    LOCALE_CODES.map((locale) => {
      const urls = useUrls(locale);
      const same = hasEntryPage(kind, id, locale);
      return [locale, { href: same ? page(urls) : listing(urls), same }];
    }),
  ) as PageLanguages;
}

/**
 * The `lang` of an entry's own text (name, summary) on a page in `locale`: the site's language
 * while the entry has no translation there, else nothing (the page's language applies).
 */
export function entryLang(kind: EntryKind, id: string, locale: string | undefined): string | undefined {
  return hasEntryPage(kind, id, localeOf(locale)) ? undefined : LOCALES[DEFAULT_LOCALE].lang;
}

/** The `lang` of text that is never translated (product names, partners) on a page in `locale`. */
export function sourceLang(locale: string | undefined): string | undefined {
  return localeOf(locale) === DEFAULT_LOCALE ? undefined : LOCALES[DEFAULT_LOCALE].lang;
}
