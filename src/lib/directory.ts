/** The paginated listings of the directory: all businesses, per sector, per regency. */
import { REGENCIES, SECTORS, regencyLabel } from '../taxonomy';
import { PAGE_SIZE, frontPage } from './listing';
import { paginate, type Page } from './paginate';
import type { Business, Site } from './site';
import type { Locale } from '../i18n';
import { useUrls } from './urls';

/** The whole directory: its first page alone (see `frontPage`). */
export function directoryFront(site: Site, locale: Locale): Page<Business> {
  return frontPage(site.businesses, useUrls(locale).directory);
}

/** Every sector gets a listing, even an empty one, so the map of the economy has no holes. */
export function sectorListings(site: Site, locale: Locale) {
  const urls = useUrls(locale);
  return SECTORS.map((sector) => ({
    sector,
    pages: paginate(site.businessesInSector(sector.id), urls.sector(sector.id), PAGE_SIZE),
  }));
}

export function regencyListings(site: Site, locale: Locale) {
  const urls = useUrls(locale);
  return REGENCIES.map((regency) => ({
    regency,
    label: regencyLabel(regency, locale),
    pages: paginate(site.businessesInRegency(regency.id), urls.regency(regency.id), PAGE_SIZE),
  }));
}
