/** What a detail page suggests next to its entry: neighbours in the directory, mentors of the sector. */
import type { Business, Mentor, Site } from './site';

/** How many suggestions each "see also" list shows: one row of cards on a desktop, short on a phone. */
export const RELATED_COUNT = 3;

export interface BusinessNeighbours {
  /** The same sector, the same regency first, then elsewhere. */
  related: Business[];
  /** The same regency, other than those in `related`. */
  nearby: Business[];
  /** Mentors whose own business this is. */
  builders: Mentor[];
  /** Other mentors working in one of its sectors. */
  sectorMentors: Mentor[];
}

/**
 * Orders entries as the ones whose ids come next after `id`, wrapping round to the start. Picking
 * the first few this way is stable: a new entry enters the lists of only the few entries whose
 * ids come just before its own, and no other page's suggestions move (picks by position in a
 * listing would shift on every page after it).
 */
export function nextAfter(id: string): (a: { id: string }, b: { id: string }) => number {
  const wrapped = (other: string) => (other > id ? 0 : 1);
  return (a, b) => wrapped(a.id) - wrapped(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The first `count` of `items` in `compare` order, in one pass: every business page picks a few
 * from a sector of thousands, where sorting the whole sector each time would dominate the build.
 */
export function firstBy<T>(items: Iterable<T>, compare: (a: T, b: T) => number, count: number): T[] {
  const best: T[] = [];
  for (const item of items) {
    if (best.length === count && compare(item, best[count - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && compare(item, best[at - 1]!) < 0) at -= 1;
    best.splice(at, 0, item);
    if (best.length > count) best.pop();
  }
  return best;
}

type NeighbourSite = Pick<Site, 'businessesInSector' | 'businessesInRegency' | 'mentorsOfBusiness' | 'mentors'>;

/** Each page's neighbours, computed once per site (a locale) for both its cacheKey and its render. */
const computed = new WeakMap<NeighbourSite, Map<string, BusinessNeighbours>>();

export function businessNeighbours(site: NeighbourSite, business: Business, count = RELATED_COUNT): BusinessNeighbours {
  if (count !== RELATED_COUNT) return neighbours(site, business, count);
  let bySite = computed.get(site);
  if (!bySite) computed.set(site, (bySite = new Map<string, BusinessNeighbours>()));
  let result = bySite.get(business.id);
  if (!result) bySite.set(business.id, (result = neighbours(site, business, count)));
  return result;
}

function neighbours(site: NeighbourSite, business: Business, count: number): BusinessNeighbours {
  const { data } = business;
  const order = nextAfter(business.id);
  const sameSector = new Set(data.sectors.flatMap((id) => site.businessesInSector(id)));
  const elsewhere = (b: Business) => Number(b.data.regency !== data.regency);
  // By id: a page's business (its props) need not be the same object as the site's.
  const others = [...sameSector].filter((other) => other.id !== business.id);
  const related = firstBy(others, (a, b) => elsewhere(a) - elsewhere(b) || order(a, b), count);
  const nearby = firstBy(
    site
      .businessesInRegency(data.regency)
      .filter((other) => other.id !== business.id && !related.some((r) => r.id === other.id)),
    order,
    count,
  );
  const builders = site.mentorsOfBusiness(business.id);
  const sectorMentors = firstBy(
    site.mentors.filter((m) => !builders.includes(m) && m.data.sectors.some((s) => data.sectors.includes(s))),
    order,
    count,
  );
  return { related, nearby, builders, sectorMentors };
}
