/** Loads every collection once per build and shares the cross-referenced site model. */
import { readFile } from 'node:fs/promises';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { instantsWithoutOffset } from './instants';
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
    const [settings, programmes, classes, mentors, businesses, partners] = await Promise.all([
      getEntry('settings', 'situs'),
      getCollection('programmes'),
      getCollection('classes'),
      getCollection('mentors'),
      getCollection('businesses'),
      getCollection('partners'),
    ]);
    if (!settings) throw new Error('content/settings/situs.yml is missing: the site needs its address, hours and contacts.');
    await checkOffsets(classes);
    return { ...buildSite({ programmes, classes, mentors, businesses, partners }, buildNow()), settings: settings.data };
  })();
  return site;
}

/** Fails the build for class times written without a UTC offset (see instants.ts). */
async function checkOffsets(entries: { filePath?: string | undefined }[]): Promise<void> {
  const problems: string[] = [];
  for (const { filePath } of entries) {
    if (!filePath) continue;
    for (const field of instantsWithoutOffset(await readFile(filePath, 'utf8'), ['start', 'end'])) {
      problems.push(`${filePath}: field "${field}" needs a time zone offset, e.g. "2026-12-05T09:00:00+07:00" (WIB).`);
    }
  }
  if (problems.length > 0) throw new Error(`Times without a time zone in content:\n${problems.join('\n')}`);
}
