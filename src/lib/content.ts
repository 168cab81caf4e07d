/** Loads every collection once per build and shares the cross-referenced site model. */
import { readFile } from 'node:fs/promises';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { impossibleDates, instantsWithoutOffset } from './instants';
import { buildNow } from './now';
import { buildSite, type Site } from './site';

/** The editable facts about the space ("Pengaturan situs" in the CMS). */
export type SiteSettings = CollectionEntry<'settings'>['data'];
export type LoadedSite = Site & { settings: SiteSettings };

let site: Promise<LoadedSite> | undefined;

export function loadSite(): Promise<LoadedSite> {
  // In `astro dev` content changes while the server runs (editors save in the CMS): reload.
  if (import.meta.env.DEV) site = undefined;
  site ??= (async () => {
    const [settings, programmes, classes, timetables, mentors, businesses, partners] = await Promise.all([
      getEntry('settings', 'situs'),
      getCollection('programmes'),
      getCollection('classes'),
      getCollection('timetables'),
      getCollection('mentors'),
      getCollection('businesses'),
      getCollection('partners'),
    ]);
    if (!settings)
      throw new Error('content/settings/situs.yml is missing: the site needs its address, hours and contacts.');
    await checkRawValues(classes, timetables);
    return {
      ...buildSite({ programmes, classes, timetables, mentors, businesses, partners }, buildNow()),
      settings: settings.data,
    };
  })();
  return site;
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
