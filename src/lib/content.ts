/** Loads every collection once per build and shares the cross-referenced site model. */
import { getCollection } from 'astro:content';
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
    return buildSite({ programmes, classes, mentors, businesses, partners }, buildNow());
  })();
  return site;
}
