/**
 * Integrity checks over all content at once, which no single file's schema can see. Each
 * failure names the file and field to fix, as editors read these in the build log.
 */
import { RESERVED_SLUGS } from '../urls';
import { entryFile, partitionField } from '../translations';
import { DEFAULT_LOCALE } from '../../i18n';
import { businessKey } from './indexes';
import type { Business, ClassSession, Collections } from './types';

interface EntryLike {
  id: string;
  collection: string;
  filePath?: string | undefined;
  data?: object;
}

/** The entry's file as Astro read it, or where it would be (entries made in tests have no path). */
export function fileOf(entry: EntryLike): string {
  if (entry.filePath) return entry.filePath;
  const field = partitionField(entry.collection);
  const part = field ? (entry.data as Record<string, unknown> | undefined)?.[field] : undefined;
  return entryFile(entry.collection, entry.id, DEFAULT_LOCALE, typeof part === 'string' ? part : undefined);
}

function fail(heading: string, problems: readonly string[]): void {
  if (problems.length > 0) throw new Error(`${heading}:\n${problems.join('\n')}`);
}

/**
 * Every reference must name an existing entry. Astro checks the shape of a reference, not
 * that its target exists, so a renamed or deleted entry would otherwise break pages later
 * with no hint of which file to fix.
 */
export function checkReferences(collections: Collections): void {
  const ids = {
    programmes: new Set(collections.programmes.map((e) => e.id)),
    mentors: new Set(collections.mentors.map((e) => e.id)),
    businesses: new Set(collections.businesses.map((e) => e.id)),
    partners: new Set(collections.partners.map((e) => e.id)),
    rooms: new Set(collections.rooms.map((e) => e.id)),
  };
  const problems: string[] = [];
  const expect = (entry: EntryLike, field: string, ref: { collection: string; id: string }) => {
    const known = ids[ref.collection as keyof typeof ids];
    if (!known?.has(ref.id))
      problems.push(
        `${fileOf(entry)}: field "${field}" refers to ${ref.collection} "${ref.id}", which does not exist.`,
      );
  };
  for (const c of [...collections.classes, ...collections.timetables]) {
    expect(c, 'programme', c.data.programme);
    c.data.mentors.forEach((m, i) => expect(c, `mentors[${i}]`, m));
  }
  for (const c of [...collections.classes, ...collections.timetables]) if (c.data.room) expect(c, 'room', c.data.room);
  for (const t of collections.timetables) {
    t.data.overrides.forEach((o, i) => o.mentors.forEach((m, j) => expect(t, `overrides[${i}].mentors[${j}]`, m)));
    t.data.overrides.forEach((o, i) => o.room && expect(t, `overrides[${i}].room`, o.room));
  }
  for (const b of collections.bookings) expect(b, 'room', b.data.room);
  for (const p of collections.programmes) p.data.partners.forEach((ref, i) => expect(p, `partners[${i}]`, ref));
  for (const m of collections.mentors) if (m.data.business) expect(m, 'business', m.data.business);
  fail('Broken references in content', problems);
}

/** An entry whose slug is a route below its listing (e.g. /direktori/sektor/) would never be reachable. */
export function checkReservedSlugs(collections: Collections): void {
  const clash =
    collections.businesses.find((b) => RESERVED_SLUGS.directory.includes(b.id)) ??
    [...collections.classes, ...collections.timetables].find((c) => RESERVED_SLUGS.classes.includes(c.id)) ??
    collections.rooms.find((r) => RESERVED_SLUGS.rooms.includes(r.id));
  if (clash) throw new Error(`${fileOf(clash)}: the slug "${clash.id}" is a route of the site; rename the file.`);
}

/** Two listings of the same name in the same regency are almost always one business entered twice. */
export function checkDuplicateBusinesses(businesses: readonly Business[]): void {
  const names = new Map<string, Business>();
  for (const b of businesses) {
    const key = businessKey(b.data);
    const twin = names.get(key);
    if (twin)
      throw new Error(
        `${fileOf(b)}: field "name" repeats "${b.data.name}" of ${fileOf(twin)} in the same regency; merge them or tell them apart.`,
      );
    names.set(key, b);
  }
}

/** Two sessions with one URL (a class file named like a series date) would overwrite each other's page. */
export function checkUniqueSessions(sessions: readonly ClassSession[]): void {
  const seen = new Map<string, ClassSession>();
  for (const session of sessions) {
    const twin = seen.get(session.id);
    if (twin)
      throw new Error(
        `${fileOf(session.source)}: the session "${session.id}" has the same URL as one from ${fileOf(twin.source)}; rename one of the files.`,
      );
    seen.set(session.id, session);
  }
}
