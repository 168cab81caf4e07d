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

export function businessNeighbours(
  site: Pick<Site, 'businessesInSector' | 'businessesInRegency' | 'mentorsOfBusiness' | 'mentors'>,
  business: Business,
  count = RELATED_COUNT,
): BusinessNeighbours {
  const { data } = business;
  const sameSector = new Set(data.sectors.flatMap((id) => site.businessesInSector(id)));
  const inRegency = (b: Business) => Number(b.data.regency === data.regency);
  const related = [...sameSector]
    .filter((other) => other.id !== business.id)
    .sort((a, b) => inRegency(b) - inRegency(a))
    .slice(0, count);
  const nearby = site
    .businessesInRegency(data.regency)
    .filter((other) => other.id !== business.id && !related.includes(other))
    .slice(0, count);
  const builders = site.mentorsOfBusiness(business.id);
  const sectorMentors = site.mentors
    .filter((m) => !builders.includes(m) && m.data.sectors.some((s) => data.sectors.includes(s)))
    .slice(0, count);
  return { related, nearby, builders, sectorMentors };
}
