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
 * `content/businesses/kab-klaten/id/<slug>.md` and `content/businesses/kab-klaten/en/<slug>.md`:
 * the layout of Decap's `multiple_folders` i18n, which has no way to leave the default locale's
 * folder out. A partitioned type (`partition` in src/schema) has a folder per part above them.
 */
export const localeDir = (locale: Locale) => `${locale}/`;

/** Folders of the types kept in one language, straight in content/<folder>/ (see `translatable`). */
const SINGLE_LANGUAGE = new Set(CONTENT_TYPES.filter((type) => type.translatable === false).map((type) => type.folder));
/** Folders of the partitioned types, with the field naming the part. */
const PARTITIONED = new Map(
  CONTENT_TYPES.flatMap((type) => (type.partition ? [[type.folder, type.partition.field] as const] : [])),
);

/** The field whose value names an entry's subfolder in `folder`, if the type is partitioned. */
export const partitionField = (folder: string) => PARTITIONED.get(folder);

/**
 * The folder of a type's files in one language (and part), relative to the repository, with a
 * trailing slash. A partitioned type's part defaults to `*`, for messages about any of them.
 */
export function entryDir(folder: string, locale: Locale = DEFAULT_LOCALE, part = '*') {
  if (SINGLE_LANGUAGE.has(folder)) return `content/${folder}/`;
  return `content/${folder}/${PARTITIONED.has(folder) ? `${part}/` : ''}${localeDir(locale)}`;
}

/** The file of an entry in a language, relative to the repository: `content/<folder>/[<part>/]<locale>/<id>.md`. */
export const entryFile = (folder: string, id: string, locale: Locale = DEFAULT_LOCALE, part?: string) =>
  `${entryDir(folder, locale, part)}${id}.md`;

/** The part an entry file of a partitioned type sits in (`kab-klaten` of `…/businesses/kab-klaten/en/x.md`). */
export function partOfFile(folder: string, file: string): string | undefined {
  if (!PARTITIONED.has(folder)) return undefined;
  return new RegExp(`(?:^|/)${folder}/([^/]+)/[^/]+/`).exec(file)?.[1];
}

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
        `${t.filePath ?? t.id}: translates "${t.id}", but ${entryFile(folder, t.id, DEFAULT_LOCALE, partOfFile(folder, t.filePath ?? ''))} does not exist; ` +
        'rename it to the slug of the entry it translates.',
    );
  // Decap finds a translation in its entry's folder only: one filed in another part is lost to editors.
  for (const entry of entries) {
    const translation = byId.get(entry.id);
    const [own, theirs] = [entry.filePath, translation?.filePath].map((file) => partOfFile(folder, file ?? ''));
    if (translation && own !== theirs)
      errors.push(
        `${translation.filePath}: translates "${entry.id}", filed under "${own}" (${entry.filePath}); move it there.`,
      );
  }
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
