/** The paginated listings of the directory: all businesses, per sector, per regency. */
import { REGENCIES, SECTORS, regencyLabel } from '../taxonomy';
import { PAGE_SIZE } from './listing';
import { firstPageOnly, paginate, type Page } from './paginate';
import type { Business, Site } from './site';
import type { Locale } from '../i18n';
import { useUrls } from './urls';

/**
 * The whole directory is one page, its first: at provincial scale the rest would be hundreds of
 * pages (twice, with English) that visitors do not page through, each rewritten when a business
 * is added before it. Every business is on its sectors' and its regency's listings and in search.
 */
export function directoryFront(site: Site, locale: Locale): Page<Business> {
  return firstPageOnly(paginate(site.businesses, useUrls(locale).directory, PAGE_SIZE));
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
