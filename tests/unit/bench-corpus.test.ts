import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { FULL, SERIES_LENGTH, generateEntries, scaled, sessionSplit, toFile } from '../../scripts/bench/corpus.mjs';
import { contentSchema, contentType, plainContext } from '../../src/schema';
import { buildSite, type Collections } from '../../src/lib/site';
import { expandTimetable } from '../../src/lib/timetable';
import { REGENCIES, SECTORS } from '../../src/taxonomy';

interface Entry {
  collection: 'businesses' | 'classes' | 'timetables' | 'mentors' | 'programmes' | 'rooms';
  slug: string;
  data: Record<string, unknown>;
  body: string;
}
const PARTNERS = ['impala-space', 'disdikbud-jateng'];
const sizes = { businesses: 400, classes: 80, mentors: 10, programmes: 4 };
const generate = (seed: number): Entry[] => generateEntries({ seed, sizes, partnerIds: PARTNERS }) as Entry[];
const digest = (entries: Entry[]) => {
  const hash = createHash('sha256');
  for (const entry of entries) {
    const file = toFile(entry);
    hash.update(file.path).update(file.text);
  }
  return hash.digest('hex');
};

describe('benchmark corpus', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(digest(generate(8))).toBe(digest(generate(8)));
    expect(digest(generate(9))).not.toBe(digest(generate(8)));
  });

  it('passes the real schemas, with every reference pointing at a generated entry', () => {
    const entries = generate(8);
    const slugs = (collection: string) =>
      new Set(entries.filter((e) => e.collection === collection).map((e) => e.slug));
    for (const entry of entries) {
      // Read back from the Markdown file, as the build does.
      const text = (toFile(entry) as { text: string }).text;
      const data = load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);
      const parsed = contentSchema(contentType(entry.collection), plainContext).safeParse(data);
      expect(parsed.success, `${entry.collection}/${entry.slug}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
    const programmeSlugs = slugs('programmes');
    const mentorSlugs = slugs('mentors');
    const businessSlugs = slugs('businesses');
    const roomSlugs = slugs('rooms');
    for (const entry of entries) {
      if (entry.collection === 'classes' || entry.collection === 'timetables') {
        expect(programmeSlugs.has(entry.data['programme'] as string)).toBe(true);
        expect(roomSlugs.has(entry.data['room'] as string)).toBe(true);
        for (const m of entry.data['mentors'] as string[]) expect(mentorSlugs.has(m)).toBe(true);
      }
      if (entry.collection === 'mentors' && entry.data['business'])
        expect(businessSlugs.has(entry.data['business'] as string)).toBe(true);
    }
  });

  it('covers every sector and regency, with unique slugs', () => {
    const entries = generate(8).filter((e) => e.collection === 'businesses');
    expect(new Set(entries.flatMap((e) => e.data['sectors'] as string[]))).toEqual(new Set(SECTORS.map((s) => s.id)));
    expect(new Set(entries.map((e) => e.data['regency']))).toEqual(new Set(REGENCIES.map((r) => r.id)));
    expect(new Set(entries.map((e) => e.slug)).size).toBe(entries.length);
    // The site rejects two businesses of one name in the same regency.
    expect(new Set(entries.map((e) => `${String(e.data['regency'])}|${String(e.data['name'])}`)).size).toBe(
      entries.length,
    );
  });

  it('makes the class sessions half weekly series, half single classes, and the site accepts them (no room clashes)', () => {
    expect(sessionSplit(2_000)).toEqual({ series: 50, singles: 1_000 });
    expect(sessionSplit(1)).toEqual({ series: 0, singles: 1 });
    const entries = generate(8);
    const parse = (entry: Entry) => ({
      id: entry.slug,
      collection: entry.collection,
      data: contentSchema(contentType(entry.collection), plainContext).parse(
        load(/^---\n([\s\S]*?)\n---/.exec((toFile(entry) as { text: string }).text)![1]!),
      ),
    });
    const of = (collection: Entry['collection']) =>
      entries.filter((e) => e.collection === collection).map(parse) as never[];
    const series = of('timetables') as unknown as { data: Parameters<typeof expandTimetable>[0] }[];
    expect(series.map((t) => expandTimetable(t.data).length)).toEqual(series.map(() => SERIES_LENGTH));
    const input: Collections = {
      businesses: of('businesses'),
      classes: of('classes'),
      timetables: of('timetables'),
      mentors: of('mentors'),
      programmes: of('programmes'),
      partners: PARTNERS.map((id) => ({ id, collection: 'partners', data: { name: id } })) as never[],
      rooms: of('rooms'),
      bookings: [],
    };
    const site = buildSite(input, new Date('2026-11-27T10:00:00+07:00'));
    expect(site.classes).toHaveLength(sizes.classes);
  });

  it('scales the full sizes down for a quick run', () => {
    expect(FULL).toEqual({ businesses: 10_000, classes: 2_000, mentors: 200, programmes: 50 });
    expect(scaled(0.1)).toEqual({ businesses: 1_000, classes: 200, mentors: 20, programmes: 5 });
  });
});
