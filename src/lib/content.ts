/** Loads every collection once per build and shares the cross-referenced site model. */
import { readFile } from 'node:fs/promises';
import { getCollection } from 'astro:content';
import { instantsWithoutOffset } from './instants';
import { buildNow } from './now';
import { buildSite, type Site } from './site';

let site: Promise<Site> | undefined;

export function loadSite(): Promise<Site> {
  // In `astro dev` content changes while the server runs (editors save in the CMS): reload.
  if (import.meta.env.DEV) site = undefined;
  site ??= (async () => {
    const [programmes, classes, mentors, businesses, partners] = await Promise.all([
      getCollection('programmes'),
      getCollection('classes'),
      getCollection('mentors'),
      getCollection('businesses'),
      getCollection('partners'),
    ]);
    await checkOffsets(classes);
    return buildSite({ programmes, classes, mentors, businesses, partners }, buildNow());
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
