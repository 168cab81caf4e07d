/** Loads every collection once per build and shares the cross-referenced site model. */
import { readFile } from 'node:fs/promises';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { impossibleDates, instantsWithoutOffset } from './instants';
import { buildNow } from './now';
import { localeOf, type Locale } from '../i18n';
import { businesses, classes, mentors, partners, programmes, rooms, timetables } from '../schema';
import { buildSite, type Collections, type Site } from './site';
import { expandSeries } from './site/sessions';
import { applyTranslations, type Applied } from './translations';
import { setEntryPages } from './urls';

/** The types with translations (bookings have none: see `translatable`). */
const types = { programmes, classes, timetables, mentors, businesses, partners, rooms };

/** The editable facts about the space ("Pengaturan situs" in the CMS). */
export type SiteSettings = CollectionEntry<'settings'>['data'];
export type LoadedSite = Site & { settings: SiteSettings };

interface Loaded {
  settings: SiteSettings;
  /** The collections in the site's language, and with each other locale's translations applied. */
  collections: Record<Locale, Collections>;
}

let loaded: Promise<Loaded> | undefined;
const sites = new Map<Locale, Promise<LoadedSite>>();

/**
 * The site in a locale (a page passes `Astro.currentLocale`; getStaticPaths its route's
 * locale): the same entries, translated where a complete translation exists.
 */
export function loadSite(locale?: string): Promise<LoadedSite> {
  // In `astro dev` content changes while the server runs (editors save in the CMS): reload.
  if (import.meta.env.DEV) {
    loaded = undefined;
    sites.clear();
  }
  const resolved = localeOf(locale);
  let site = sites.get(resolved);
  if (!site) {
    site = (async () => {
      const { settings, collections } = await (loaded ??= loadCollections());
      return { ...buildSite(collections[resolved], buildNow()), settings };
    })();
    sites.set(resolved, site);
  }
  return site;
}

async function loadCollections(): Promise<Loaded> {
  const [settings, programmes, classes, timetables, mentors, businesses, partners, rooms, bookings] = await Promise.all(
    [
      getEntry('settings', 'situs'),
      getCollection('programmes'),
      getCollection('classes'),
      getCollection('timetables'),
      getCollection('mentors'),
      getCollection('businesses'),
      getCollection('partners'),
      getCollection('rooms'),
      getCollection('bookings'),
    ],
  );
  if (!settings)
    throw new Error('content/settings/situs.yml is missing: the site needs its address, hours and contacts.');
  await checkRawValues(classes, timetables, bookings);
  const source: Collections = { programmes, classes, timetables, mentors, businesses, partners, rooms, bookings };
  return { settings: settings.data, collections: { id: source, en: await translate(source) } };
}

/**
 * The collections with their English translations applied, and which entries have an English
 * page (setEntryPages). Translations of unknown slugs fail the build; incomplete ones are reported
 * and their entries stay Indonesian.
 */
async function translate(source: Collections): Promise<Collections> {
  const names = Object.keys(types) as (keyof typeof types)[];
  const results = Object.fromEntries(
    await Promise.all(
      names.map(async (name) => {
        const translations = await getCollection(`${name}_en`);
        const { fields, folder } = types[name];
        return [name, applyTranslations<Collections[typeof name][number]>(source[name], translations, fields, folder)];
      }),
    ),
  ) as { [K in keyof typeof types]: Applied<Collections[K][number]> };
  const all = Object.values(results);
  const errors = all.flatMap((r) => r.errors);
  if (errors.length > 0) throw new Error(`Translations without an entry:\n${errors.join('\n')}`);
  for (const warning of all.flatMap((r) => r.warnings)) console.warn(`[translations] ${warning}`);

  setEntryPages('en', 'programme', results.programmes.translated);
  setEntryPages('en', 'mentor', results.mentors.translated);
  setEntryPages('en', 'business', results.businesses.translated);
  setEntryPages('en', 'series', results.timetables.translated);
  setEntryPages('en', 'room', results.rooms.translated);
  // A session of a weekly series has its page in English when its series is translated.
  const sessionsOfSeries = source.timetables
    .filter((t) => results.timetables.translated.has(t.id))
    .flatMap((t) => expandSeries(t).map((s) => s.id));
  setEntryPages('en', 'class', [...results.classes.translated, ...sessionsOfSeries]);

  return {
    ...(Object.fromEntries(names.map((name) => [name, results[name].entries])) as unknown as Collections),
    bookings: source.bookings,
  };
}

/** Fails the build for class times without a UTC offset and impossible days (see instants.ts). */
async function checkRawValues(...collections: { filePath?: string | undefined }[][]): Promise<void> {
  const problems: string[] = [];
  for (const { filePath } of collections.flat()) {
    if (!filePath) continue;
    const raw = await readFile(filePath, 'utf8');
    for (const field of instantsWithoutOffset(raw, ['start', 'end', 'rescheduledTo'])) {
      problems.push(`${filePath}: field "${field}" needs a time zone offset, e.g. "2026-12-05T09:00:00+07:00" (WIB).`);
    }
    for (const { field, value } of impossibleDates(raw, ['firstDate', 'lastDate', 'announced', 'date', 'listedOn'])) {
      problems.push(`${filePath}: field "${field}" is "${value}", which is not a day of the calendar.`);
    }
  }
  if (problems.length > 0)
    throw new Error(`Dates and times that cannot be read safely in content:\n${problems.join('\n')}`);
}
