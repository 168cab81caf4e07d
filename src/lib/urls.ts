/** Every public URL of an entry or listing, in one place. */
import { DEFAULT_LOCALE, localeOfPath, localePrefix, perLocale, type Locale } from '../i18n';
import { pageUrl } from './paginate';

/** The ways the class schedule is filtered: by pillar, by programme, by sector. */
export const CLASS_FACETS = ['pilar', 'program', 'sektor'] as const;
export type ClassFacet = (typeof CLASS_FACETS)[number];

/**
 * The site's pages in one locale: Indonesian at the root, another locale under its own prefix
 * (`/en/kelas/`) with the same path segments, so switching language is a prefix swap. Files that
 * exist once for every language (calendars, feeds, open data, the sitemap) carry no prefix.
 */
function localised(locale: Locale) {
  const prefix = localePrefix(locale);
  const p = (path: string) => `${prefix}${path}`;
  /** An entry's page in this locale, or its Indonesian page while it has no translation. */
  const entry = (kind: EntryKind, id: string, path: string) => (hasEntryPage(kind, id, locale) ? p(path) : path);
  return {
    home: p('/'),
    programmes: p('/program/'),
    /** The pillar's section of the programme list. */
    programmesOfPillar: (pillar: string) => p(`/program/#${pillar}`),
    programme: (id: string) => entry('programme', id, `/program/${id}/`),
    classes: p('/kelas/'),
    classArchive: p('/kelas/arsip/'),
    class: (id: string) => entry('class', id, `/kelas/${id}/`),
    /** One session as an .ics file. */
    classCalendar: (id: string) => `/kelas/${id}/kalender.ics`,
    series: (id: string) => entry('series', id, `/kelas/seri/${id}/`),
    /** Every session of a series as one .ics file. */
    seriesCalendar: (id: string) => `/kelas/seri/${id}/kalender.ics`,
    classFeed: '/kelas/rss.xml',
    /** The web fonts' @font-face rules, named by their content hash (src/lib/fonts.ts). */
    fontStylesheet: (name: string) => `/fonts/${name}.css`,
    /** Every current and upcoming session, to subscribe to in a calendar app. */
    calendarFeed: '/kalender.ics',
    /** The month calendar of the schedule; `month` is `YYYY-MM` (WIB). */
    calendarMonth: (month: string) => p(`/kelas/kalender/${month.replace('-', '/')}/`),
    classesBy: (facet: ClassFacet, id: string) => p(`/kelas/${facet}/${id}/`),
    mentors: p('/mentor/'),
    mentor: (id: string) => entry('mentor', id, `/mentor/${id}/`),
    directory: p('/direktori/'),
    business: (id: string) => entry('business', id, `/direktori/${id}/`),
    sector: (id: string) => p(`/direktori/sektor/${id}/`),
    regency: (id: string) => p(`/direktori/wilayah/${id}/`),
    map: p('/direktori/peta/'),
    /** The regency map of one sector or all, its table sorted by name or by count. */
    mapView: (sector?: string, byCount = false) =>
      p(`/direktori/peta/${sector ? `${sector}/` : ''}${byCount ? 'jumlah/' : ''}`),
    /** The plain tile map drawn once per language, which business pages reuse (src/lib/tile-map.ts). */
    tileMap: `/direktori/peta/petak-${locale}.svg`,
    overview: p('/direktori/ringkasan/'),
    // The registration form is Indonesian only: its labels are the CMS's field labels, and the
    // businesses that register are Jawa Tengah's own (see integrations/locales.ts).
    register: '/direktori/daftar/',
    /** Where the registration form lands once Netlify Forms has the submission. */
    registerThanks: '/direktori/daftar/terima-kasih/',
    rooms: p('/ruang/'),
    room: (id: string) => entry('room', id, `/ruang/${id}/`),
    /** Where the booking form lands once Netlify Forms has the request. */
    bookingThanks: p('/ruang/pesan/terima-kasih/'),
    /** Every room's taken slots, hours and notice, for the booking form's check (src/lib/rooms.ts). */
    roomsTaken: '/ruang/terpakai.json',
    storefront: p('/etalase/'),
    storefrontSector: (id: string) => p(`/etalase/sektor/${id}/`),
    search: p('/cari/'),
    openDataJson: '/direktori/data.json',
    /** "Urutkan dari yang terdekat": the index of areas, then one file per regency (src/lib/nearby.ts). */
    nearbyArea: (id: string) => `/direktori/terdekat/${id}.json`,
    openDataCsv: '/direktori/data.csv',
    internship: p('/magang/'),
    about: p('/tentang/'),
    /** The programme report: every year, then one page per year. */
    report: p('/laporan/'),
    reportYear: (year: number) => p(`/laporan/${year}/`),
    /** Every year's figures as CSV (columns in docs/report-data.md). */
    reportCsv: '/laporan/data.csv',
    sitemap: '/sitemap-index.xml',
  };
}

/** Content types with a page per entry. */
export type EntryKind = 'programme' | 'class' | 'series' | 'mentor' | 'business' | 'room';

const entryPages = new Map<string, ReadonlySet<string>>();

/**
 * Records which entries of a kind have a page in a translated locale (their translation is
 * complete). loadSite() does it once per build, before any page asks.
 */
export function setEntryPages(locale: Locale, kind: EntryKind, ids: Iterable<string>): void {
  entryPages.set(`${locale}:${kind}`, new Set(ids));
}

/**
 * Whether an entry has its own page in `locale`. Every entry has one in the site's language; in
 * another an entry gets one only once it is translated, so listings there link the rest to
 * their Indonesian page.
 */
export function hasEntryPage(kind: EntryKind, id: string, locale: Locale): boolean {
  return locale === DEFAULT_LOCALE || (entryPages.get(`${locale}:${kind}`)?.has(id) ?? false);
}

/** URLs of one locale's pages (see `localised`). */
export type Urls = ReturnType<typeof localised>;

/** The URLs of `locale`'s pages; components pass `Astro.currentLocale`. */
export const useUrls = perLocale(localised);

/** The URLs of the locale a route belongs to, for `getStaticPaths({ routePattern })`. */
export const routeUrls = (routePattern: string): Urls => useUrls(localeOfPath(routePattern));

/** The Indonesian pages' URLs, the site's own (and the reserved slugs'). */
export const urls = useUrls();

/** The first path segment of `path` below `base`: 'sektor' of /direktori/sektor/batik/ below /direktori/. */
const segmentBelow = (base: string, path: string) => path.slice(base.length).split('/')[0]!;
const ANY = '_';

/**
 * Segments below /direktori/, /kelas/ and /ruang/ that are routes, so no business, class or room may take one
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
    urls.nearbyArea('index'),
  ].map((path) => segmentBelow(urls.directory, path)),
  classes: [
    urls.classArchive,
    pageUrl(urls.classes, 2),
    urls.calendarMonth('2026-01'),
    urls.classFeed,
    urls.series(ANY),
    ...CLASS_FACETS.map((facet) => urls.classesBy(facet, ANY)),
  ].map((path) => segmentBelow(urls.classes, path)),
  rooms: [urls.bookingThanks, urls.roomsTaken].map((path) => segmentBelow(urls.rooms, path)),
};

/** The public origin (astro.config's `site`), from which every absolute URL is made. */
export function siteOrigin(site: URL | undefined): URL {
  if (!site)
    throw new Error('astro.config.mjs must set `site`: feeds, calendars and structured data need absolute URLs.');
  return site;
}
