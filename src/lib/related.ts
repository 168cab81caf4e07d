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

export function businessNeighbours(
  site: Pick<Site, 'businessesInSector' | 'businessesInRegency' | 'mentorsOfBusiness' | 'mentors'>,
  business: Business,
  count = RELATED_COUNT,
): BusinessNeighbours {
  const { data } = business;
  const order = nextAfter(business.id);
  const sameSector = new Set(data.sectors.flatMap((id) => site.businessesInSector(id)));
  const elsewhere = (b: Business) => Number(b.data.regency !== data.regency);
  const related = [...sameSector]
    .filter((other) => other.id !== business.id)
    .sort((a, b) => elsewhere(a) - elsewhere(b) || order(a, b))
    .slice(0, count);
  const nearby = site
    .businessesInRegency(data.regency)
    .filter((other) => other.id !== business.id && !related.includes(other))
    .sort(order)
    .slice(0, count);
  const builders = site.mentorsOfBusiness(business.id);
  const sectorMentors = site.mentors
    .filter((m) => !builders.includes(m) && m.data.sectors.some((s) => data.sectors.includes(s)))
    .sort(order)
    .slice(0, count);
  return { related, nearby, builders, sectorMentors };
}
