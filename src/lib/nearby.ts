/**
 * The files "Urutkan dari yang terdekat" reads (their format and the search over them:
 * src/places/nearest.ts): an index of areas, one per regency, and each area's businesses. Built
 * once for every language, like the open data: names and URLs carry every locale's version.
 */
import { LOCALES, type Locale } from '../i18n';
import { boxAround, type NearbyArea, type NearbyEntry, type NearbyIndex } from '../places/nearest';
import { localTerm, REGENCIES, regencyLabel, SECTORS } from '../taxonomy';
import type { Site } from './site';
import { urls, useUrls } from './urls';

const LOCALE_IDS = Object.keys(LOCALES) as Locale[];
const SECTOR_INDEX = new Map<string, number>(SECTORS.map((sector, index) => [sector.id, index]));

/** Coordinates are stored to five decimals (about a metre); the files keep as many. */
const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** The index's name among the area files (no regency id is `index`). */
export const NEARBY_INDEX = 'index';

/** The businesses of one regency, as its area file lists them. */
export function nearbyEntries(site: Site, regencyId: string): NearbyEntry[] {
  return site.businessesInRegency(regencyId).map(({ id, data }) => {
    const urls = LOCALE_IDS.map((locale) => useUrls(locale).business(id));
    const sectors = data.sectors.map((sector) => SECTOR_INDEX.get(sector)!);
    return data.location
      ? [data.name, urls, sectors, round(data.location.lat), round(data.location.lng)]
      : [data.name, urls, sectors];
  });
}

export function nearbyIndex(site: Site): NearbyIndex {
  const areas = REGENCIES.flatMap((regency): NearbyArea[] => {
    const businesses = site.businessesInRegency(regency.id);
    const centre = { lat: regency.centre[0], lng: regency.centre[1] };
    const points = businesses.map(({ data }) => data.location ?? centre);
    const box = boxAround(points);
    if (!box) return [];
    const sectors: Record<number, number> = {};
    for (const { data } of businesses)
      for (const sector of data.sectors) {
        const index = SECTOR_INDEX.get(sector)!;
        sectors[index] = (sectors[index] ?? 0) + 1;
      }
    return [
      {
        id: regency.id,
        names: LOCALE_IDS.map((locale) => regencyLabel(regency, locale)),
        centre,
        box,
        file: urls.nearbyArea(regency.id),
        count: businesses.length,
        sectors,
      },
    ];
  });
  return {
    locales: LOCALE_IDS,
    sectors: SECTORS.map((sector) => ({
      id: sector.id,
      labels: LOCALE_IDS.map((locale) => localTerm(sector, locale).name),
    })),
    areas,
  };
}
