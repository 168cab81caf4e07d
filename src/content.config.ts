/**
 * Wires each content type to its folder under content/ and validates it with the schema
 * derived from src/schema (the same definitions the CMS config comes from).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { slug } from 'github-slugger';
import type { ImageMetadata } from 'astro';
import { z } from 'zod';
import {
  bookings,
  businesses,
  classes,
  contentSchema,
  mentors,
  partners,
  programmes,
  rooms,
  timetables,
} from './schema';
import { objectSchema, translationSchema } from './schema/fields';
import { DEFAULT_LOCALE, type Locale } from './i18n';
import { TRANSLATION_LOCALES } from './lib/translations';
import { settings } from './schema/settings';
import { buildNow } from './lib/now';
import type { ContentContext, ContentType } from './schema/define';
import type { Fields, Output } from './schema/fields';

/** Where the Markdown lives; tests point CONTENT_DIR at a temporary copy. */
const contentDir = process.env['CONTENT_DIR'] ?? './content';
const now = buildNow();

/** Relative image paths anywhere in an entry's data, with the field path they sit at. */
function localImages(value: unknown, path: string[] = []): { path: string; src: string }[] {
  if (typeof value === 'string')
    return /^\.{1,2}\/.*\.(png|jpe?g|webp|gif|svg|avif)$/i.test(value) ? [{ path: path.join('.'), src: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => localImages(item, [...path, String(i)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => localImages(item, [...path, key]));
  return [];
}

/**
 * Entry ids as Astro makes them (slugified path, no extension), with checks Astro does not make
 * with the file named: two files that would get the same id (Astro would keep one and silently
 * drop the other), images that do not exist, and, in a partitioned type, a file whose field
 * disagrees with the folder it is filed in. There the id leaves out the part and locale folders
 * (`kab-klaten/id/batik.md` is `batik`), so an entry's URL does not depend on where it is filed.
 */
function checkedIds(base: string, partition?: { field: string; locale: Locale }) {
  const seen = new Map<string, string>();
  return ({ entry, data }: { entry: string; data: Record<string, unknown> }) => {
    let path = entry;
    if (partition) {
      const [part, locale, ...rest] = entry.split('/');
      if (rest.length === 0 || locale !== partition.locale)
        throw new Error(`${base}/${entry}: files go in ${base}/<${partition.field}>/${partition.locale}/.`);
      // A translation holds no shared fields: its entry's own file is checked.
      const value = data[partition.field];
      if (value !== undefined && value !== part) {
        const shown = typeof value === 'string' ? value : JSON.stringify(value);
        throw new Error(
          `${base}/${entry}: field "${partition.field}" is "${shown}", but the file is filed under "${part}"; ` +
            `move it to ${base}/${shown}/${locale}/ or correct the field.`,
        );
      }
      path = rest.join('/');
    }
    const id = path
      .replace(/\.md$/, '')
      .split('/')
      .map((segment) => slug(segment))
      .join('/')
      .replace(/\/index$/, '');
    const other = seen.get(id);
    if (other && other !== entry && existsSync(join(base, other))) {
      throw new Error(`${base}/${entry} and ${base}/${other} both get the slug "${id}": rename one of them.`);
    }
    seen.set(id, entry);
    for (const image of localImages(data)) {
      if (!existsSync(join(base, dirname(entry), image.src))) {
        throw new Error(`${base}/${entry}: field "${image.path}" points at "${image.src}", which does not exist.`);
      }
    }
    return id;
  };
}

/**
 * The loader of a content type's files in one language (see entryDir in src/lib/translations.ts):
 * content/<folder>/<locale>/, content/<folder>/<part>/<locale>/ when partitioned, content/<folder>/
 * for a type kept in one language.
 */
function loaderOf(type: Pick<ContentType, 'folder' | 'translatable' | 'partition'>, locale: Locale) {
  if (type.partition) {
    const base = `${contentDir}/${type.folder}`;
    // The default language's loader reads every file but the translations, so that one filed
    // anywhere else (an old content/businesses/id/, a part without its language folder) fails
    // the build by name instead of being skipped.
    const pattern =
      locale === DEFAULT_LOCALE
        ? ['**/*.md', ...TRANSLATION_LOCALES.map((other) => `!*/${other}/**`)]
        : `*/${locale}/**/*.md`;
    return glob({ pattern, base, generateId: checkedIds(base, { field: type.partition.field, locale }) });
  }
  const base = type.translatable === false ? `${contentDir}/${type.folder}` : `${contentDir}/${type.folder}/${locale}`;
  return glob({ pattern: '**/*.md', base, generateId: checkedIds(base) });
}

function collection<F extends Fields>(type: ContentType<F>) {
  // Astro calls `schema` once per entry, handing it an image() helper that knows the entry's
  // folder. Building the zod schema costs more than parsing with it (a third of the content sync
  // at 10,000 businesses, see docs/performance.md), so it is built once per collection and its
  // image fields call the helper of the entry being parsed. That is safe because every part of
  // the schema is synchronous: Astro parses each entry right after this call, before the next.
  let entryImage: (() => z.ZodType) | undefined;
  let schema: z.ZodType<Output<F>> | undefined;
  const ctx: ContentContext = {
    // Astro's helpers produce the same shapes as SchemaContext promises ({collection, id}
    // and image metadata); their zod types are just spelled differently.
    reference: (name) => reference(name),
    image: () => z.string().transform((src) => entryImage!().parse(src)) as unknown as z.ZodType<ImageMetadata>,
    // Rules judge "this year" by the build's clock, as the pages judge what is upcoming.
    now,
  };
  return defineCollection({
    loader: loaderOf(type, DEFAULT_LOCALE),
    schema: ({ image }) => {
      entryImage = image;
      schema ??= contentSchema(type, ctx);
      return schema;
    },
  });
}

/**
 * The translations of a content type in `locale`: en/<slug>.md beside id/<slug>.md, holding the
 * translated fields (`translated()` in src/schema) and the body in that language.
 */
function translations<F extends Fields>(type: ContentType<F>, locale: (typeof TRANSLATION_LOCALES)[number]) {
  const ctx: ContentContext = {
    reference: (name) => reference(name),
    image: () => {
      throw new Error('Translated fields hold no images');
    },
    now,
  };
  return defineCollection({
    loader: loaderOf(type, locale),
    schema: translationSchema(type.fields, ctx),
  });
}

export const collections = {
  settings: defineCollection({
    loader: glob({ pattern: settings.file, base: `${contentDir}/${settings.folder}` }),
    schema: objectSchema(settings.fields, {
      reference: () => {
        throw new Error('Settings have no references');
      },
      image: () => {
        throw new Error('Settings have no images');
      },
    }),
  }),
  programmes: collection(programmes),
  classes: collection(classes),
  timetables: collection(timetables),
  mentors: collection(mentors),
  businesses: collection(businesses),
  partners: collection(partners),
  rooms: collection(rooms),
  bookings: collection(bookings),
  programmes_en: translations(programmes, 'en'),
  classes_en: translations(classes, 'en'),
  timetables_en: translations(timetables, 'en'),
  mentors_en: translations(mentors, 'en'),
  businesses_en: translations(businesses, 'en'),
  partners_en: translations(partners, 'en'),
  rooms_en: translations(rooms, 'en'),
};
