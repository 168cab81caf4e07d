/** Every public URL of an entry or listing, in one place. */
import { pageUrl } from './paginate';

/** The ways the class schedule is filtered: by pillar, by programme, by sector. */
export const CLASS_FACETS = ['pilar', 'program', 'sektor'] as const;
export type ClassFacet = (typeof CLASS_FACETS)[number];

export const urls = {
  home: '/',
  programmes: '/program/',
  /** The pillar's section of the programme list. */
  programmesOfPillar: (pillar: string) => `/program/#${pillar}`,
  programme: (id: string) => `/program/${id}/`,
  classes: '/kelas/',
  classArchive: '/kelas/arsip/',
  class: (id: string) => `/kelas/${id}/`,
  /** One session as an .ics file. */
  classCalendar: (id: string) => `/kelas/${id}/kalender.ics`,
  series: (id: string) => `/kelas/seri/${id}/`,
  /** Every session of a series as one .ics file. */
  seriesCalendar: (id: string) => `/kelas/seri/${id}/kalender.ics`,
  classFeed: '/kelas/rss.xml',
  /** Every current and upcoming session, to subscribe to in a calendar app. */
  calendarFeed: '/kalender.ics',
  /** The month calendar of the schedule; `month` is `YYYY-MM` (WIB). */
  calendarMonth: (month: string) => `/kelas/kalender/${month.replace('-', '/')}/`,
  classesBy: (facet: ClassFacet, id: string) => `/kelas/${facet}/${id}/`,
  mentors: '/mentor/',
  mentor: (id: string) => `/mentor/${id}/`,
  directory: '/direktori/',
  business: (id: string) => `/direktori/${id}/`,
  sector: (id: string) => `/direktori/sektor/${id}/`,
  regency: (id: string) => `/direktori/wilayah/${id}/`,
  map: '/direktori/peta/',
  /** The regency map of one sector or all, its table sorted by name or by count. */
  mapView: (sector?: string, byCount = false) =>
    `/direktori/peta/${sector ? `${sector}/` : ''}${byCount ? 'jumlah/' : ''}`,
  overview: '/direktori/ringkasan/',
  register: '/direktori/daftar/',
  /** Where the registration form lands once Netlify Forms has the submission. */
  registerThanks: '/direktori/daftar/terima-kasih/',
  storefront: '/etalase/',
  storefrontSector: (id: string) => `/etalase/sektor/${id}/`,
  search: '/cari/',
  openDataJson: '/direktori/data.json',
  openDataCsv: '/direktori/data.csv',
  internship: '/magang/',
  about: '/tentang/',
  /** The programme report: every year, then one page per year. */
  report: '/laporan/',
  reportYear: (year: number) => `/laporan/${year}/`,
  /** Every year's figures as CSV (columns in docs/report-data.md). */
  reportCsv: '/laporan/data.csv',
  sitemap: '/sitemap-index.xml',
};

/** The first path segment of `path` below `base`: 'sektor' of /direktori/sektor/batik/ below /direktori/. */
const segmentBelow = (base: string, path: string) => path.slice(base.length).split('/')[0]!;
const ANY = '_';

/**
 * Segments below /direktori/ and /kelas/ that are routes, so no business or class may take one
 * as its slug (its page would be unreachable). `halaman` stays free on /kelas/ for pagination.
 */
export const RESERVED_SLUGS = {
  directory: [
    urls.sector(ANY),
    urls.regency(ANY),
    pageUrl(urls.directory, 2),
    urls.map,
    urls.overview,
    urls.register,
    urls.openDataJson,
    urls.openDataCsv,
  ].map((path) => segmentBelow(urls.directory, path)),
  classes: [
    urls.classArchive,
    pageUrl(urls.classes, 2),
    urls.calendarMonth('2026-01'),
    urls.classFeed,
    urls.series(ANY),
    ...CLASS_FACETS.map((facet) => urls.classesBy(facet, ANY)),
  ].map((path) => segmentBelow(urls.classes, path)),
};

/** The public origin (astro.config's `site`), from which every absolute URL is made. */
export function siteOrigin(site: URL | undefined): URL {
  if (!site)
    throw new Error('astro.config.mjs must set `site`: feeds, calendars and structured data need absolute URLs.');
  return site;
}
