import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { FULL, generateEntries, scaled, toFile } from '../../scripts/bench/corpus.mjs';
import { businesses, classes, contentSchema, mentors, plainContext, programmes } from '../../src/schema';
import type { ContentType } from '../../src/schema/define';
import { REGENCIES, SECTORS } from '../../src/taxonomy';

interface Entry {
  collection: 'businesses' | 'classes' | 'mentors' | 'programmes';
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
    const file = toFile(entry) as { path: string; text: string };
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
    const types: Record<Entry['collection'], ContentType> = { businesses, classes, mentors, programmes } as never;
    const slugs = (collection: string) => new Set(entries.filter((e) => e.collection === collection).map((e) => e.slug));
    for (const entry of entries) {
      // Read back from the Markdown file, as the build does.
      const text = (toFile(entry) as { text: string }).text;
      const data = load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);
      const parsed = contentSchema(types[entry.collection], plainContext).safeParse(data);
      expect(parsed.success, `${entry.collection}/${entry.slug}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
    const programmeSlugs = slugs('programmes');
    const mentorSlugs = slugs('mentors');
    const businessSlugs = slugs('businesses');
    for (const entry of entries) {
      if (entry.collection === 'classes') {
        expect(programmeSlugs.has(entry.data['programme'] as string)).toBe(true);
        for (const m of entry.data['mentors'] as string[]) expect(mentorSlugs.has(m)).toBe(true);
      }
      if (entry.collection === 'mentors' && entry.data['business']) expect(businessSlugs.has(entry.data['business'] as string)).toBe(true);
    }
  });

  it('covers every sector and regency, with unique slugs', () => {
    const entries = generate(8).filter((e) => e.collection === 'businesses');
    expect(new Set(entries.flatMap((e) => e.data['sectors'] as string[]))).toEqual(new Set(SECTORS.map((s) => s.id)));
    expect(new Set(entries.map((e) => e.data['regency']))).toEqual(new Set(REGENCIES.map((r) => r.id)));
    expect(new Set(entries.map((e) => e.slug)).size).toBe(entries.length);
    // The site rejects two businesses of one name in the same regency.
    expect(new Set(entries.map((e) => `${e.data['regency']}|${e.data['name']}`)).size).toBe(entries.length);
  });

  it('scales the full sizes down for a quick run', () => {
    expect(FULL).toEqual({ businesses: 10_000, classes: 2_000, mentors: 200, programmes: 50 });
    expect(scaled(0.1)).toEqual({ businesses: 1_000, classes: 200, mentors: 20, programmes: 5 });
  });
});
