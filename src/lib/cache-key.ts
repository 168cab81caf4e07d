/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * code are unchanged since the last build is copied from it instead of rendered. So a key must
 * cover everything its page shows: its entry, the bounded set of other entries it shows (cards,
 * names, the room), the site settings every footer shows, which of them have a page in the
 * other language (links and the language switcher), and what depends on the build's clock
 * (upcoming or past, registration open or closed), and the site stylesheet it links
 * (src/lib/site-stylesheet.ts). Astro adds the page's code and the content it renders
 * (`render()`), and starts afresh when the config or lockfile changes.
 *
 * Entries are hashed as the page sees them (translated where the locale has a translation), not
 * by the loader's `digest`, which knows nothing of translations or of sessions expanded from a
 * weekly timetable.
 */
import { createHash } from 'node:crypto';
import { LOCALES, type Locale } from '../i18n';
import type { LoadedSite } from './content';
import { businessNeighbours } from './related';
import { sessionPage } from './session-page';
import type { Page } from './paginate';
import { siteStylesStamp } from './site-stylesheet';
import type { Business, ClassSession, Mentor, Programme } from './site';
import type { StoreItem } from './storefront';
import { hasEntryPage, type EntryKind } from './urls';

/** Raise when what the keys cover changes shape, so the next build renders every page. */
const KEY_VERSION = 2;

interface Hashable {
  id: string;
  data: unknown;
  body?: string | undefined;
}

const hash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 24);

const stamps = new WeakMap<object, string>();

/** A hash of one entry's data and body (entries are immutable during a build, so computed once). */
export function stamp(entry: Hashable): string {
  let value = stamps.get(entry);
  if (value === undefined) {
    value = hash(JSON.stringify([entry.id, entry.data, entry.body ?? '']));
    stamps.set(entry, value);
  }
  return value;
}

type Part = Hashable | string | number | boolean | null | undefined;

/** The key of a page showing `parts` (entries are reduced to their stamps). */
export function cacheKey(site: Pick<LoadedSite, 'settings'>, parts: readonly Part[]): string {
  const reduced = parts.map((part) => (part !== null && typeof part === 'object' ? stamp(part) : (part ?? null)));
  return hash(JSON.stringify([KEY_VERSION, siteStylesStamp(), site.settings, reduced]));
}

/** Whether each entry has its page in every locale: links point there, and the switcher offers it. */
const pagesOf = (kind: EntryKind, entries: readonly { id: string }[]): string[] =>
  entries.map(
    ({ id }) =>
      `${kind}:${id}:${(Object.keys(LOCALES) as Locale[]).map((locale) => Number(hasEntryPage(kind, id, locale))).join('')}`,
  );

/** What a class card shows besides the session: its programme, its mentors' names, past or not. */
function cardParts(site: LoadedSite, session: ClassSession, upcoming: ReadonlySet<ClassSession>): Part[] {
  const mentors = session.data.mentors.map((ref) => site.mentor(ref.id));
  return [
    session,
    site.programme(session.data.programme.id),
    ...mentors,
    ...pagesOf('mentor', mentors),
    ...pagesOf('class', [session]),
    upcoming.has(session),
  ];
}

/** What a brief business card shows (BusinessCard `brief`): not the summary or the profile. */
const briefBusiness = ({ id, data }: Business): string =>
  JSON.stringify([id, data.name, data.sectors, data.regency, data.scale, data.logo, data.photo, data.hours]);

/** What a brief mentor card and a builder's line show (MentorCard `brief`): not the summary. */
const briefMentor = ({ id, data }: Mentor): string =>
  JSON.stringify([id, data.name, data.headline, data.businessName, data.regency, data.photo]);

export function businessPageKey(site: LoadedSite, business: Business): string {
  const { related, nearby, builders, sectorMentors } = businessNeighbours(site, business);
  const others = [...related, ...nearby];
  const mentors = [...builders, ...sectorMentors];
  return cacheKey(site, [
    business,
    ...pagesOf('business', [business, ...others]),
    ...others.map(briefBusiness),
    ...mentors.map(briefMentor),
    ...pagesOf('mentor', mentors),
  ]);
}

export function classPageKey(site: LoadedSite, session: ClassSession): string {
  const page = sessionPage(site, session);
  const room = session.data.room ? site.room(session.data.room.id) : undefined;
  return cacheKey(site, [
    session,
    page.programme,
    ...page.mentors,
    page.series,
    room,
    ...pagesOf('class', [session]),
    ...pagesOf('programme', [page.programme]),
    ...pagesOf('mentor', page.mentors),
    ...(page.series ? pagesOf('series', [page.series]) : []),
    ...(room ? pagesOf('room', [room]) : []),
    page.registration,
    page.past,
  ]);
}

/** A page listing sessions as cards (a mentor's, a programme's), split into upcoming and past. */
function sessionsParts(site: LoadedSite, sessions: readonly ClassSession[]): Part[] {
  const upcoming = new Set(site.splitClasses(sessions).upcoming);
  return sessions.flatMap((session) => cardParts(site, session, upcoming));
}

export function mentorPageKey(site: LoadedSite, mentor: Mentor): string {
  const business = mentor.data.business ? site.business(mentor.data.business.id) : undefined;
  return cacheKey(site, [
    mentor,
    ...pagesOf('mentor', [mentor]),
    business,
    ...(business ? pagesOf('business', [business]) : []),
    ...sessionsParts(site, site.classesOfMentor(mentor.id)),
  ]);
}

export function programmePageKey(site: LoadedSite, programme: Programme): string {
  const partners = programme.data.partners.map((ref) => site.partner(ref.id));
  return cacheKey(site, [
    programme,
    ...pagesOf('programme', [programme]),
    ...partners,
    ...sessionsParts(site, site.classesOfProgramme(programme.id)),
  ]);
}

/**
 * A calendar file of sessions (src/lib/calendar.ts) and its name: each session with its
 * programme's title and its mentors' names. Not the build's clock: an unchanged event keeps its
 * file from the build that wrote it, DTSTAMP included, so a rebuild does not upload every
 * calendar again. Nor the settings or the stylesheet, which no calendar shows.
 */
export function calendarKey(site: LoadedSite, sessions: readonly ClassSession[], name = ''): string {
  const parts = sessions.map((session) => [
    stamp(session),
    site.programme(session.data.programme.id).data.title,
    session.data.mentors.map((ref) => site.mentor(ref.id).data.name),
  ]);
  return hash(JSON.stringify([KEY_VERSION, 'calendar', name, parts]));
}

/**
 * A page of a directory listing (all, a sector, a regency): its cards and place in the
 * pagination, and, on a first page only, the directory-wide counts its lead, facets and map show.
 * An edited business renders again the listing pages its card is on; a new one, the first pages
 * and the pages its listings shift.
 */
export function directoryListingKey(site: LoadedSite, page: Page<Business>): string {
  return cacheKey(site, [
    page.number,
    page.total,
    page.number === 1 ? JSON.stringify([site.sectorCounts, site.regencyCounts]) : null,
    page.of,
    ...page.items,
    ...pagesOf('business', page.items),
  ]);
}

/**
 * A page of the storefront: its products (from their businesses), its place in the pagination,
 * and on a first page the count of the listing's products.
 */
export function storefrontKey(site: LoadedSite, page: Page<StoreItem>, total: number): string {
  const businesses = page.items.map((item) => item.business);
  return cacheKey(site, [
    page.number,
    page.total,
    page.number === 1 ? total : null,
    page.of,
    // What a product card shows of its business (not its summary or profile).
    ...page.items.map(({ business: { data }, product, href, orderLink }) =>
      JSON.stringify([product, href, orderLink, data.name, data.sectors, data.regency, data.marketplaces]),
    ),
    ...pagesOf('business', businesses),
  ]);
}
