import { describe, expect, it } from 'vitest';
import * as taxonomy from '../../src/taxonomy';
import {
  AUDIENCES,
  CLASS_FORMATS,
  CLASS_STATUSES,
  LINK_KINDS,
  MARKETPLACES,
  PARTNER_KINDS,
  PILLARS,
  REGENCIES,
  SCALES,
  SECTORS,
  WEEKDAYS,
  ids,
  localTerm,
  regency,
  regencyKind,
  regencyLabel,
  sector,
  termName,
} from '../../src/taxonomy';
import { ATTENDANCE } from '../../src/schema/classes';

const URL_SAFE = /^[a-z0-9-]+$/;

describe('sectors', () => {
  it('has the 17 Kemenparekraf creative subsectors and exactly one non-creative sector', () => {
    expect(SECTORS).toHaveLength(18);
    expect(SECTORS.filter((s) => s.creative)).toHaveLength(17);
    expect(SECTORS.filter((s) => !s.creative).map((s) => s.id)).toEqual(['umkm-umum']);
  });

  it('has unique ids and names', () => {
    expect(new Set(SECTORS.map((s) => s.id)).size).toBe(SECTORS.length);
    expect(new Set(SECTORS.map((s) => s.name)).size).toBe(SECTORS.length);
  });

  it.each(SECTORS.map((s) => [s.id]))('id %s is URL-safe', (id) => {
    expect(id).toMatch(URL_SAFE);
  });

  it.each([
    ['kuliner', 'Kuliner', 'Culinary', true],
    ['film-animasi-video', 'Film, Animasi, dan Video', 'Film, Animation and Video', true],
    ['umkm-umum', 'UMKM Non-Kreatif', 'UMKM (non-creative)', false],
  ])('sector(%j) finds %j, in English %j (creative: %j)', (id, name, en, creative) => {
    expect(sector(id)).toEqual({ id, name, en: { name: en }, creative });
  });

  it.each(['', 'Kuliner', 'batik', 'umkm'])('sector(%j) throws on an unknown id', (id) => {
    expect(() => sector(id)).toThrow(`Unknown sector id "${id}"`);
  });
});

describe('regencies of Jawa Tengah', () => {
  const kabupaten = REGENCIES.filter((r) => r.kind === 'kabupaten');
  const kota = REGENCIES.filter((r) => r.kind === 'kota');

  it('has 35 regencies: 29 kabupaten and 6 kota', () => {
    expect(REGENCIES).toHaveLength(35);
    expect(kabupaten).toHaveLength(29);
    expect(kota).toHaveLength(6);
  });

  it('has unique ids and codes', () => {
    expect(new Set(REGENCIES.map((r) => r.id)).size).toBe(35);
    expect(new Set(REGENCIES.map((r) => r.code)).size).toBe(35);
  });

  it.each(REGENCIES.map((r) => [r.id, r]))('%s has a URL-safe id and a 4-digit code starting with 33', (id, r) => {
    expect(id).toMatch(URL_SAFE);
    expect(r.code).toMatch(/^33\d{2}$/);
    expect(id).toBe(`${r.kind === 'kabupaten' ? 'kab' : 'kota'}-${r.place.toLowerCase()}`);
  });

  it('numbers kabupaten 3301–3329 and kota 3371–3376, in order', () => {
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
    expect(kabupaten.map((r) => r.code)).toEqual(range(3301, 3329));
    expect(kota.map((r) => r.code)).toEqual(range(3371, 3376));
  });

  it.each([
    ['kab-cilacap', '3301', 'Kab. Cilacap'],
    ['kab-semarang', '3322', 'Kab. Semarang'],
    ['kab-brebes', '3329', 'Kab. Brebes'],
    ['kota-surakarta', '3372', 'Kota Surakarta'],
    ['kota-semarang', '3374', 'Kota Semarang'],
    ['kota-tegal', '3376', 'Kota Tegal'],
  ])('regency(%j) has code %s and label %j', (id, code, label) => {
    const found = regency(id);
    expect(found.code).toBe(code);
    expect(regencyLabel(found)).toBe(label);
  });

  describe.each(['Magelang', 'Pekalongan', 'Semarang', 'Tegal'])('%s, both a kabupaten and a kota', (place) => {
    const both = REGENCIES.filter((r) => r.place === place);

    it('exists once as each kind', () => {
      expect(both.map((r) => r.kind).sort()).toEqual(['kabupaten', 'kota']);
    });

    it('has distinct ids, codes and labels', () => {
      const slug = place.toLowerCase();
      expect(both.map((r) => r.id).sort()).toEqual([`kab-${slug}`, `kota-${slug}`]);
      expect(new Set(both.map((r) => r.code)).size).toBe(2);
      expect(both.map((r) => regencyLabel(r)).sort()).toEqual([`Kab. ${place}`, `Kota ${place}`]);
    });
  });

  it('labels every regency uniquely', () => {
    expect(new Set(REGENCIES.map((r) => regencyLabel(r))).size).toBe(35);
  });

  it.each(['semarang', 'Kota Semarang', '3374', 'kab-sleman', ''])('regency(%j) throws on an unknown id', (id) => {
    expect(() => regency(id)).toThrow(`Unknown regency id "${id}"`);
  });
});

describe('pillars and scales', () => {
  it('has the three pillars srawung, mbangun, melesat in that order', () => {
    expect(PILLARS.map((p) => p.id)).toEqual(['srawung', 'mbangun', 'melesat']);
    for (const pillar of PILLARS) {
      expect(pillar.name.toLowerCase()).toBe(pillar.id);
      expect(pillar.tagline).not.toBe('');
      expect(pillar.description.length).toBeGreaterThan(20);
    }
  });

  it('has the UMKM scales mikro, kecil, menengah in that order', () => {
    expect(SCALES.map((s) => s.id)).toEqual(['mikro', 'kecil', 'menengah']);
  });
});

/** Every term list src/taxonomy exports (SECTORS, REGENCIES, PILLARS, …), so a new one is checked too. */
const TERM_LISTS = Object.entries<unknown>(taxonomy).filter((entry): entry is [string, readonly { id: string }[]] =>
  Array.isArray(entry[1]),
);

describe.each(TERM_LISTS)('taxonomy %s', (_, terms) => {
  it('has unique, URL-safe ids', () => {
    const all = terms.map((t) => t.id);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(URL_SAFE);
  });

  it('ids() lists the ids in order', () => {
    expect(ids(terms)).toEqual(terms.map((t) => t.id));
  });
});

describe('termName', () => {
  it.each([
    [PILLARS, 'melesat', 'Melesat'],
    [SCALES, 'menengah', 'Menengah'],
    [CLASS_STATUSES, 'dibatalkan', 'Dibatalkan'],
    [CLASS_FORMATS, 'diskusi', 'Srawung / Diskusi'],
    [MARKETPLACES, 'tiktok-shop', 'TikTok Shop'],
    [AUDIENCES, 'pelajar-smk', 'Pelajar SMK'],
  ] as const)('finds the name of an id (%#)', (terms, id, name) => {
    expect(termName(terms as readonly { id: string; name: string }[], id)).toBe(name);
  });

  it('throws on an unknown id', () => {
    expect(() => termName(SCALES as readonly { id: string; name: string }[], 'besar')).toThrow(
      'Unknown term id "besar"',
    );
  });
});

describe('English names', () => {
  const taxonomies = {
    SECTORS,
    PILLARS,
    SCALES,
    AUDIENCES,
    CLASS_FORMATS,
    CLASS_STATUSES,
    WEEKDAYS,
    PARTNER_KINDS,
    MARKETPLACES,
    LINK_KINDS,
    ATTENDANCE,
  };

  it.each(Object.entries(taxonomies))('every term of %s has its text in English, field for field', (_, terms) => {
    for (const term of terms as readonly ({ id: string; en: Record<string, string> } & Record<string, unknown>)[]) {
      const texts = Object.keys(term).filter((key) => typeof term[key] === 'string' && key !== 'id' && key !== 'code');
      expect(Object.keys(term.en).sort(), term.id).toEqual(texts.sort());
      for (const value of Object.values(term.en)) expect(value.trim(), term.id).not.toBe('');
    }
  });

  it('uses the official English names of the creative subsectors', () => {
    expect(SECTORS.map((s) => localTerm(s, 'en').name)).toEqual([
      'Application',
      'Architecture',
      'Interior Design',
      'Visual Communication Design',
      'Product Design',
      'Fashion',
      'Film, Animation and Video',
      'Photography',
      'Craft',
      'Culinary',
      'Music',
      'Publishing',
      'Game Development',
      'Advertising',
      'Performing Arts',
      'Fine Arts',
      'Television and Radio',
      'UMKM (non-creative)',
    ]);
  });

  it('gives a term its own text in Indonesian and the English overlay otherwise', () => {
    const melesat = PILLARS.find((p) => p.id === 'melesat')!;
    expect(localTerm(melesat, 'id')).toBe(melesat);
    expect(localTerm(melesat, 'en')).toMatchObject({ id: 'melesat', name: 'Melesat', tagline: 'A place to grow' });
  });

  it('names regencies with their kind after the place in English, before it in Indonesian', () => {
    const semarang = REGENCIES.filter((r) => r.place === 'Semarang');
    expect(semarang.map((r) => regencyLabel(r, 'en')).sort()).toEqual(['Semarang City', 'Semarang Regency']);
    expect(semarang.map((r) => regencyLabel(r)).sort()).toEqual(['Kab. Semarang', 'Kota Semarang']);
    expect(regencyKind(semarang[0]!, 'en')).toMatch(/^(Regency|City)$/);
  });
});
