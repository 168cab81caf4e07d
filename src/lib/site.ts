/**
 * The site's content, cross-referenced once per build: every page reads from here instead of
 * querying collections itself. Pure (entries in, lookups out) so vitest can exercise it.
 */
import type { CollectionEntry } from 'astro:content';
import { REGENCIES, SECTORS, regencyLabel } from '../taxonomy';
import { byStart, splitByTime } from './schedule';

export type Programme = CollectionEntry<'programmes'>;
export type ClassSession = CollectionEntry<'classes'>;
export type Mentor = CollectionEntry<'mentors'>;
export type Business = CollectionEntry<'businesses'>;
export type Partner = CollectionEntry<'partners'>;

export interface Collections {
  programmes: Programme[];
  classes: ClassSession[];
  mentors: Mentor[];
  businesses: Business[];
  partners: Partner[];
}

/** Path segments under /direktori/ and /kelas/ that are routes, so no entry may take them as its slug. */
export const RESERVED_DIRECTORY_SLUGS = ['sektor', 'wilayah', 'halaman', 'peta', 'ringkasan', 'data.json', 'data.csv'];
export const RESERVED_CLASS_SLUGS = ['arsip', 'halaman', 'kalender', 'rss.xml'];

const collator = new Intl.Collator('id-ID', { sensitivity: 'base', numeric: true });
const byName = (a: { data: { name: string } }, b: { data: { name: string } }) => collator.compare(a.data.name, b.data.name);

function indexBy<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

function groupBy<T>(entries: readonly T[], keys: (entry: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    for (const key of keys(entry)) {
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
  }
  return groups;
}

/** Looks an id up and fails the build loudly if a reference points nowhere. */
function lookup<T>(map: Map<string, T>, id: string, what: string): T {
  const found = map.get(id);
  if (!found) throw new Error(`Unknown ${what} "${id}"`);
  return found;
}

export interface SectorCount {
  id: string;
  name: string;
  count: number;
}
export interface RegencyCount {
  id: string;
  name: string;
  code: string;
  count: number;
}

interface EntryLike {
  id: string;
  collection: string;
  filePath?: string | undefined;
}

const fileOf = (entry: EntryLike) => entry.filePath ?? `content/${entry.collection}/${entry.id}.md`;

/**
 * Every reference must name an existing entry. Astro checks the shape of a reference, not
 * that its target exists, so a renamed or deleted entry would otherwise break pages later
 * with no hint of which file to fix.
 */
function checkReferences(collections: Collections): void {
  const ids = {
    programmes: new Set(collections.programmes.map((e) => e.id)),
    mentors: new Set(collections.mentors.map((e) => e.id)),
    businesses: new Set(collections.businesses.map((e) => e.id)),
    partners: new Set(collections.partners.map((e) => e.id)),
  };
  const problems: string[] = [];
  const expect = (entry: EntryLike, field: string, ref: { collection: string; id: string }) => {
    const known = ids[ref.collection as keyof typeof ids];
    if (!known?.has(ref.id)) problems.push(`${fileOf(entry)}: field "${field}" refers to ${ref.collection} "${ref.id}", which does not exist.`);
  };
  for (const c of collections.classes) {
    expect(c, 'programme', c.data.programme);
    c.data.mentors.forEach((m, i) => expect(c, `mentors[${i}]`, m));
  }
  for (const p of collections.programmes) p.data.partners.forEach((ref, i) => expect(p, `partners[${i}]`, ref));
  for (const m of collections.mentors) if (m.data.business) expect(m, 'business', m.data.business);
  if (problems.length > 0) throw new Error(`Broken references in content:\n${problems.join('\n')}`);
}

export function buildSite(collections: Collections, now: Date) {
  checkReferences(collections);
  const programmes = [...collections.programmes].sort((a, b) => a.data.order - b.data.order || collator.compare(a.data.title, b.data.title));
  const classes = [...collections.classes].sort((a, b) => byStart(a.data, b.data));
  const mentors = [...collections.mentors].sort(byName);
  const businesses = [...collections.businesses].sort(byName);
  const partners = [...collections.partners].sort(byName);

  // Two listings of the same name in the same regency are almost always one business entered twice.
  const names = new Map<string, Business>();
  for (const b of businesses) {
    const key = `${b.data.regency}|${b.data.name.toLocaleLowerCase('id-ID').replace(/\s+/g, ' ').trim()}`;
    const twin = names.get(key);
    if (twin) throw new Error(`${fileOf(b)}: field "name" repeats "${b.data.name}" of ${fileOf(twin)} in the same regency; merge them or tell them apart.`);
    names.set(key, b);
  }

  const clash =
    businesses.find((b) => RESERVED_DIRECTORY_SLUGS.includes(b.id)) ?? classes.find((c) => RESERVED_CLASS_SLUGS.includes(c.id));
  if (clash) throw new Error(`${fileOf(clash)}: the slug "${clash.id}" is a route of the site; rename the file.`);

  const programmeById = indexBy(programmes);
  const mentorById = indexBy(mentors);
  const businessById = indexBy(businesses);
  const partnerById = indexBy(partners);

  const classesByProgramme = groupBy(classes, (c) => [c.data.programme.id]);
  const classesByMentor = groupBy(classes, (c) => c.data.mentors.map((m) => m.id));
  const businessesBySector = groupBy(businesses, (b) => b.data.sectors);
  const businessesByRegency = groupBy(businesses, (b) => [b.data.regency]);
  const mentorsByBusiness = groupBy(mentors, (m) => (m.data.business ? [m.data.business.id] : []));

  /** Upcoming (soonest first) and past (latest first) sessions among `entries`. */
  const splitClasses = (entries: readonly ClassSession[]) => {
    const split = splitByTime(entries.map((entry) => ({ entry, start: entry.data.start, end: entry.data.end })), now);
    return { upcoming: split.upcoming.map((s) => s.entry), past: split.past.map((s) => s.entry) };
  };
  const { upcoming, past } = splitClasses(classes);

  const sectorCounts: SectorCount[] = SECTORS.map((s) => ({ id: s.id, name: s.name, count: businessesBySector.get(s.id)?.length ?? 0 }));
  const regencyCounts: RegencyCount[] = REGENCIES.map((r) => ({
    id: r.id,
    name: regencyLabel(r),
    code: r.code,
    count: businessesByRegency.get(r.id)?.length ?? 0,
  }));

  return {
    now,
    programmes,
    classes,
    mentors,
    businesses,
    partners,
    upcomingClasses: upcoming,
    pastClasses: past,
    splitClasses,
    sectorCounts,
    regencyCounts,
    programme: (id: string) => lookup(programmeById, id, 'programme'),
    mentor: (id: string) => lookup(mentorById, id, 'mentor'),
    business: (id: string) => lookup(businessById, id, 'business'),
    partner: (id: string) => lookup(partnerById, id, 'partner'),
    classesOfProgramme: (id: string) => classesByProgramme.get(id) ?? [],
    classesOfMentor: (id: string) => classesByMentor.get(id) ?? [],
    businessesInSector: (id: string) => businessesBySector.get(id) ?? [],
    businessesInRegency: (id: string) => businessesByRegency.get(id) ?? [],
    mentorsOfBusiness: (id: string) => mentorsByBusiness.get(id) ?? [],
  };
}

export type Site = ReturnType<typeof buildSite>;
