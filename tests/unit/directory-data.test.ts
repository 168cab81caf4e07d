import { describe, expect, it } from 'vitest';
import { LICENCE, OPEN_DATA_COLUMNS, openDataRows, openDataCsv } from '../../src/lib/open-data';
import type { Business } from '../../src/lib/site';
import { directoryStats, shadeOf, shadeSteps } from '../../src/lib/stats';
import { REGENCIES, SECTORS } from '../../src/taxonomy';
import { REGENCY_TILES, tileOf } from '../../src/taxonomy/regency-tiles';

const business = (id: string, data: Partial<Business['data']>): Business =>
  ({
    id,
    collection: 'businesses',
    data: {
      name: id,
      sectors: ['kriya'],
      scale: 'mikro',
      regency: 'kab-jepara',
      address: 'Jl. Uji',
      founded: 2020,
      listedOn: '2025-06-02',
      summary: 'Ringkasan',
      contact: {},
      marketplaces: [],
      products: [],
      ...data,
    },
  }) as unknown as Business;

const sample = [
  business('a', { sectors: ['kriya', 'desain-produk'], regency: 'kab-jepara', scale: 'kecil' }),
  business('b', { sectors: ['kriya'], regency: 'kab-jepara' }),
  business('c', { sectors: ['kuliner'], regency: 'kota-semarang', scale: 'menengah' }),
];

describe('directoryStats', () => {
  const stats = directoryStats(sample);
  it('counts by sector (a business in two sectors counts in both), regency and scale, zeros included', () => {
    expect(stats.total).toBe(3);
    expect(stats.bySector).toHaveLength(SECTORS.length);
    expect(stats.bySector.find((s) => s.id === 'kriya')?.count).toBe(2);
    expect(stats.bySector.find((s) => s.id === 'musik')?.count).toBe(0);
    expect(stats.byRegency).toHaveLength(35);
    expect(stats.byRegency.find((r) => r.id === 'kab-jepara')).toMatchObject({
      name: 'Kab. Jepara',
      code: '3320',
      count: 2,
    });
    expect(stats.byRegency.filter((r) => r.count === 0)).toHaveLength(33);
    expect(stats.byScale.map((s) => s.count)).toEqual([1, 1, 1]);
  });
  it('fills the sector × regency matrix for every pair', () => {
    expect(Object.keys(stats.matrix)).toHaveLength(35);
    expect(stats.matrix['kab-jepara']).toMatchObject({ kriya: 2, 'desain-produk': 1, kuliner: 0 });
    expect(
      Object.values(stats.matrix)
        .flatMap((row) => Object.values(row))
        .reduce((a, b) => a + b, 0),
    ).toBe(4);
  });
  it('narrows to one sector', () => {
    const kuliner = directoryStats(sample, 'kuliner');
    expect(kuliner.total).toBe(1);
    expect(kuliner.byRegency.find((r) => r.id === 'kota-semarang')?.count).toBe(1);
    expect(kuliner.byRegency.find((r) => r.id === 'kab-jepara')?.count).toBe(0);
  });
});

describe('map shading', () => {
  it.each([
    [0, []],
    [1, [1]],
    [4, [1, 2, 3, 4]],
    [100, [25, 50, 75, 100]],
  ])('steps for a largest count of %i', (max, steps) => {
    expect(shadeSteps(max)).toEqual(steps);
  });
  it.each([
    [0, 0],
    [1, 1],
    [25, 1],
    [26, 2],
    [100, 4],
  ])('count %i has shade %i of 4', (count, shade) => {
    expect(shadeOf(count, shadeSteps(100))).toBe(shade);
  });
});

describe('regency tiles', () => {
  it('place all 35 regencies on distinct tiles', () => {
    expect(Object.keys(REGENCY_TILES).sort()).toEqual(REGENCIES.map((r) => r.id).sort());
    expect(new Set(Object.values(REGENCY_TILES).map((t) => t.join(','))).size).toBe(35);
  });
  it.each(['magelang', 'pekalongan', 'semarang', 'tegal'])('put Kab. and Kota %s next to each other', (place) => {
    const [a, b] = [tileOf(`kab-${place}`), tileOf(`kota-${place}`)];
    expect(Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1])).toBe(1);
  });
});

/** A strict RFC 4180 reader, to read the CSV back as a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('open data', () => {
  const tricky = business('kopi-mbah-sri', {
    name: 'Kopi "Mbah Sri" & Roti, Bakar ☕ ꦏꦺꦴꦥꦶ',
    address: 'Jl. Kopi No. 7,\nDesa Tlahab',
    sectors: ['kuliner', 'umkm-umum'],
    regency: 'kab-temanggung',
    contact: { whatsapp: '+6281325771834', instagram: 'kopimbahsri' },
    products: [{ name: 'Kopi' }] as Business['data']['products'],
  });
  const rows = openDataRows([tricky, ...sample], new URL('https://heterospace.netlify.app'));

  it('has the documented columns in order', () => {
    expect(Object.keys(rows[0]!)).toEqual(OPEN_DATA_COLUMNS.map(([name]) => name));
    expect(rows[0]).toMatchObject({
      kode_wilayah: '3323',
      wilayah: 'Kab. Temanggung',
      sektor: 'Kuliner; UMKM Non-Kreatif',
      jumlah_produk: 1,
      url: 'https://heterospace.netlify.app/direktori/kopi-mbah-sri/',
    });
  });

  it('writes CSV that reads back to the same values: BOM, CRLF, quotes, commas, newlines, emoji, Javanese script', () => {
    const csv = openDataCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = parseCsv(csv.slice(1));
    expect(parsed[0]).toEqual(OPEN_DATA_COLUMNS.map(([name]) => name));
    expect(parsed).toHaveLength(rows.length + 1);
    const nama = parsed[0]!.indexOf('nama');
    const alamat = parsed[0]!.indexOf('alamat');
    expect(parsed[1]![nama]).toBe('Kopi "Mbah Sri" & Roti, Bakar ☕ ꦏꦺꦴꦥꦶ');
    expect(parsed[1]![alamat]).toBe('Jl. Kopi No. 7,\nDesa Tlahab');
    for (const [i, row] of rows.entries()) expect(parsed[i + 1]![parsed[0]!.indexOf('slug')]).toBe(row.slug);
  });

  it('keeps phone numbers as text in spreadsheets and defuses formulas', () => {
    const parsed = parseCsv(openDataCsv([{ ...rows[0]!, nama: '=HYPERLINK("x")' }]).slice(1));
    expect(parsed[1]![parsed[0]!.indexOf('whatsapp')]).toBe('(+62) 813-2577-1834');
    expect(parsed[1]![parsed[0]!.indexOf('nama')]).toBe('\'=HYPERLINK("x")');
  });

  it('names its licence', () => {
    expect(LICENCE.url).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0/);
  });
});
