/**
 * Translations of entries: `en/<slug>.md` next to the entry's `id/<slug>.md` holds the translated fields
 * (`translated()` in src/schema) and the body in English. An entry is published in English once
 * its translation is complete; until then it keeps to its Indonesian page, and the build says so.
 */
import { DEFAULT_LOCALE, type Locale } from '../i18n';
import { isPresent, missingTranslations, type Fields } from '../schema/fields';
import { CONTENT_TYPES } from '../schema';

/** Locales whose text lives in translation files (every locale but the site's own). */
export const TRANSLATION_LOCALES = ['en'] as const satisfies readonly Locale[];
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

/**
 * Each language's files sit in a subfolder of the collection's folder named after the locale,
 * `content/businesses/id/<slug>.md` and `content/businesses/en/<slug>.md`: the layout of Decap's
 * `multiple_folders` i18n, which has no way to leave the default locale's folder out.
 */
export const localeDir = (locale: Locale) => `${locale}/`;

/** Folders of the types kept in one language, straight in content/<folder>/ (see `translatable`). */
const SINGLE_LANGUAGE = new Set(CONTENT_TYPES.filter((type) => type.translatable === false).map((type) => type.folder));

/** The file of an entry in a language, relative to the repository: `content/<folder>/<locale>/<id>.md`. */
export const entryFile = (folder: string, id: string, locale: Locale = DEFAULT_LOCALE) =>
  SINGLE_LANGUAGE.has(folder) ? `content/${folder}/${id}.md` : `content/${folder}/${localeDir(locale)}${id}.md`;

/** The parts of an Astro entry a translation replaces. */
interface EntryLike {
  id: string;
  filePath?: string | undefined;
  data: object;
  body?: string | undefined;
  rendered?: unknown;
}

export interface Applied<E> {
  /** Every entry, translated ones with their translation applied, in the input order. */
  entries: E[];
  /** Ids of the entries published in the locale. */
  translated: Set<string>;
  /** Incomplete translations: not published yet, each naming its file and what is missing. */
  warnings: string[];
  /** Translations that cannot be applied (no entry of that slug): the build fails on these. */
  errors: string[];
}

/**
 * Applies complete translations to their entries: translated fields over the entry's data, the
 * translation's body (rendered) over the entry's. The body counts as a required field when the
 * entry has one, so a page is never half English.
 */
export function applyTranslations<E extends EntryLike>(
  entries: readonly E[],
  translations: readonly EntryLike[],
  fields: Fields,
  folder: string,
): Applied<E> {
  const byId = new Map(translations.map((t) => [t.id, t]));
  const known = new Set(entries.map((e) => e.id));
  const errors = translations
    .filter((t) => !known.has(t.id))
    .map(
      (t) =>
        `${t.filePath ?? t.id}: translates "${t.id}", but ${entryFile(folder, t.id)} does not exist; ` +
        'rename it to the slug of the entry it translates.',
    );
  const warnings: string[] = [];
  const translated = new Set<string>();
  const applied = entries.map((entry) => {
    const translation = byId.get(entry.id);
    if (!translation) return entry;
    const data = translation.data as Record<string, unknown>;
    // Decap writes an empty translation for every new entry: not started yet, nothing to report.
    if (!translation.body?.trim() && !Object.values(data).some(isPresent)) return entry;
    const missing = missingTranslations(fields, data);
    if (entry.body?.trim() && !translation.body?.trim()) missing.push('body');
    if (missing.length > 0) {
      warnings.push(
        `${translation.filePath ?? entry.id}: not published in this language until these are translated: ${missing.join(', ')}.`,
      );
      return entry;
    }
    translated.add(entry.id);
    // Every translated field comes from the translation: an optional one it leaves out (a note)
    // is left out of the page too, rather than shown in Indonesian as if it were English.
    const shared = Object.fromEntries(
      Object.entries(entry.data).filter(([name]) => fields[name]?.i18n !== 'translate'),
    );
    const fieldsIn = Object.fromEntries(Object.entries(data).filter(([, value]) => isPresent(value)));
    return { ...entry, data: { ...shared, ...fieldsIn }, body: translation.body, rendered: translation.rendered };
  });
  return { entries: applied, translated, warnings, errors };
}
