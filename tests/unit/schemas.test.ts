import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  CONTENT_TYPES,
  businesses,
  classes,
  contentSchema,
  contentType,
  mentors,
  partners,
  plainContext,
  programmes,
} from '../../src/schema';
import type { CollectionName } from '../../src/schema/fields';
import { fixtures, withValue, type Frontmatter } from './fixtures/content';

function parse(name: CollectionName, input: unknown) {
  return contentSchema(contentType(name), plainContext).safeParse(input) as z.ZodSafeParseResult<
    Record<string, unknown>
  >;
}

/** Parses and returns the data, failing the test with the issues if the input is rejected. */
function valid(name: CollectionName, input: unknown): Record<string, unknown> {
  const result = parse(name, input);
  if (!result.success) expect.fail(`expected ${name} to be valid, got ${JSON.stringify(result.error.issues, null, 2)}`);
  return result.data;
}

function issues(name: CollectionName, input: unknown) {
  const result = parse(name, input);
  expect(result.success, `expected ${name} to be rejected`).toBe(false);
  return result.error?.issues ?? [];
}

const { classes: cls, programmes: prog, mentors: ment, businesses: biz, partners: part } = fixtures;
const thisYear = new Date().getFullYear();

describe('content types', () => {
  it('covers every collection once', () => {
    expect(CONTENT_TYPES.map((t) => t.name).sort()).toEqual([
      'bookings',
      'businesses',
      'classes',
      'mentors',
      'partners',
      'programmes',
      'rooms',
      'timetables',
    ]);
    expect([businesses, classes, mentors, partners, programmes].every((t) => CONTENT_TYPES.includes(t as never))).toBe(
      true,
    );
  });

  it('are found by their collection name, and nothing else is', () => {
    for (const type of CONTENT_TYPES) expect(contentType(type.name)).toBe(type);
    expect(contentType('settings')).toBeUndefined();
  });
});

describe.each(Object.keys(fixtures) as CollectionName[])('%s schema', (name) => {
  it('accepts a minimal entry', () => {
    valid(name, fixtures[name].minimal);
  });

  it('accepts a full entry, keeping every field', () => {
    const data = valid(name, fixtures[name].full);
    expect(Object.keys(data).sort()).toEqual(Object.keys(fixtures[name].full).sort());
  });

  it('rejects a misspelt field name as unknown', () => {
    const found = issues(name, { ...fixtures[name].minimal, titel: 'Salah ketik' });
    expect(found.find((issue) => issue.path.length === 0)?.message).toContain('Kolom tidak dikenal: titel');
  });

  it('rejects something that is not an object', () => {
    expect(parse(name, 'judul').success).toBe(false);
    expect(parse(name, null).success).toBe(false);
  });

  it('turns references and images into the shapes Astro yields', () => {
    const data = valid(name, fixtures[name].full);
    for (const [key, value] of Object.entries(data)) {
      const collection = ({ programme: 'programmes', business: 'businesses' } as Record<string, string>)[key];
      if (collection) expect(value).toEqual({ collection, id: fixtures[name].full[key] });
      if (['logo', 'photo', 'cover'].includes(key)) expect(value).toMatchObject({ src: fixtures[name].full[key] });
    }
  });
});

type Invalid = [
  description: string,
  name: CollectionName,
  input: Frontmatter,
  path: (string | number)[],
  message: string,
];

const invalid: Invalid[] = [
  // Required fields
  ['class without title', 'classes', withValue(cls.minimal, ['title'], undefined), ['title'], 'Wajib diisi.'],
  ['class with an empty title', 'classes', withValue(cls.minimal, ['title'], ''), ['title'], 'Wajib diisi.'],
  ['class with a blank title', 'classes', withValue(cls.minimal, ['title'], '   '), ['title'], 'Wajib diisi.'],
  ['business without name', 'businesses', withValue(biz.minimal, ['name'], undefined), ['name'], 'Wajib diisi.'],
  ['mentor without name', 'mentors', withValue(ment.minimal, ['name'], undefined), ['name'], 'Wajib diisi.'],
  ['partner without name', 'partners', withValue(part.minimal, ['name'], undefined), ['name'], 'Wajib diisi.'],
  ['programme without title', 'programmes', withValue(prog.minimal, ['title'], undefined), ['title'], 'Wajib diisi.'],
  ['class without start', 'classes', withValue(cls.minimal, ['start'], undefined), ['start'], 'Wajib diisi'],
  ['business without scale', 'businesses', withValue(biz.minimal, ['scale'], undefined), ['scale'], 'Wajib diisi'],
  [
    'class start with offset +0700 (no colon)',
    'classes',
    { ...cls.minimal, start: '2026-12-05T09:00:00+0700' },
    ['start'],
    'zona waktu',
  ],
  [
    'business with a too short summary',
    'businesses',
    withValue(biz.minimal, ['summary'], 'Batik.'),
    ['summary'],
    'Minimal 20 karakter.',
  ],
  [
    'business with a too long name',
    'businesses',
    withValue(biz.minimal, ['name'], 'x'.repeat(121)),
    ['name'],
    'Maksimal 120 karakter.',
  ],
  // Taxonomies
  [
    'business with an unknown sector',
    'businesses',
    withValue(biz.minimal, ['sectors'], ['fesyen', 'batik']),
    ['sectors', 1],
    'Nilai "batik" tidak dikenal',
  ],
  [
    'mentor with an unknown sector',
    'mentors',
    withValue(ment.minimal, ['sectors'], ['Kuliner']),
    ['sectors', 0],
    'Nilai "Kuliner" tidak dikenal',
  ],
  [
    'class with an unknown sector',
    'classes',
    withValue(cls.minimal, ['sectors'], ['game']),
    ['sectors', 0],
    'tidak dikenal',
  ],
  [
    'business with an unknown regency',
    'businesses',
    withValue(biz.minimal, ['regency'], 'kota-sleman'),
    ['regency'],
    'Nilai "kota-sleman" tidak dikenal',
  ],
  [
    'business with an ambiguous regency',
    'businesses',
    withValue(biz.minimal, ['regency'], 'semarang'),
    ['regency'],
    'kab-semarang',
  ],
  [
    'mentor with an unknown regency',
    'mentors',
    withValue(ment.minimal, ['regency'], 'Kota Semarang'),
    ['regency'],
    'tidak dikenal',
  ],
  [
    'programme with an unknown pillar',
    'programmes',
    withValue(prog.minimal, ['pillar'], 'tumbuh'),
    ['pillar'],
    'srawung, mbangun, melesat',
  ],
  ['partner with an unknown kind', 'partners', withValue(part.minimal, ['kind'], 'bank'), ['kind'], 'tidak dikenal'],
  ['class with an unknown status', 'classes', withValue(cls.minimal, ['status'], 'batal'), ['status'], 'tidak dikenal'],
  // Arrays
  ['business with no sectors', 'businesses', withValue(biz.minimal, ['sectors'], []), ['sectors'], 'Pilih minimal 1.'],
  ['mentor with no sectors', 'mentors', withValue(ment.minimal, ['sectors'], []), ['sectors'], 'Pilih minimal 1.'],
  [
    'programme with no audience',
    'programmes',
    withValue(prog.minimal, ['audiences'], []),
    ['audiences'],
    'Pilih minimal 1.',
  ],
  // Phone numbers
  [
    'WhatsApp without +62',
    'businesses',
    withValue(biz.minimal, ['contact', 'whatsapp'], '081234567890'),
    ['contact', 'whatsapp'],
    'format internasional',
  ],
  [
    'WhatsApp without +',
    'businesses',
    withValue(biz.minimal, ['contact', 'whatsapp'], '6281234567890'),
    ['contact', 'whatsapp'],
    'format internasional',
  ],
  [
    'WhatsApp with letters',
    'businesses',
    withValue(biz.minimal, ['contact', 'whatsapp'], '+62812abc4567'),
    ['contact', 'whatsapp'],
    '+6281234567890',
  ],
  [
    'WhatsApp with spaces',
    'businesses',
    withValue(biz.minimal, ['contact', 'whatsapp'], '+62 812 3456 7890'),
    ['contact', 'whatsapp'],
    'format internasional',
  ],
  [
    'WhatsApp with a leading 0 after +62',
    'businesses',
    withValue(biz.minimal, ['contact', 'whatsapp'], '+62081234567890'),
    ['contact', 'whatsapp'],
    'format internasional',
  ],
  [
    'WhatsApp too short',
    'businesses',
    withValue(biz.minimal, ['contact', 'whatsapp'], '+621234567'),
    ['contact', 'whatsapp'],
    'format internasional',
  ],
  [
    'phone from another country',
    'businesses',
    withValue(biz.full, ['contact', 'phone'], '+6591234567'),
    ['contact', 'phone'],
    'format internasional',
  ],
  [
    'class registration as a local number',
    'classes',
    withValue(cls.minimal, ['registration'], '081234567890'),
    ['registration'],
    'nomor WhatsApp +62',
  ],
  // URLs, e-mail, Instagram
  [
    'website javascript: URL',
    'businesses',
    withValue(biz.full, ['contact', 'website'], 'javascript:alert(1)'),
    ['contact', 'website'],
    'https://',
  ],
  [
    'website ftp: URL',
    'businesses',
    withValue(biz.full, ['contact', 'website'], 'ftp://x'),
    ['contact', 'website'],
    'https://',
  ],
  [
    'website without scheme',
    'businesses',
    withValue(biz.full, ['contact', 'website'], 'www.x.com'),
    ['contact', 'website'],
    'diawali https:// atau http://',
  ],
  [
    'website without a dot in the host',
    'businesses',
    withValue(biz.full, ['contact', 'website'], 'https://localhost'),
    ['contact', 'website'],
    'https://',
  ],
  [
    'marketplace URL without scheme',
    'businesses',
    withValue(biz.full, ['marketplaces', 0, 'url'], 'tokopedia.com/batiksekar'),
    ['marketplaces', 0, 'url'],
    'https://',
  ],
  [
    'mentor link javascript: URL',
    'mentors',
    withValue(ment.full, ['links', 0, 'url'], 'javascript:alert(1)'),
    ['links', 0, 'url'],
    'https://',
  ],
  ['partner URL ftp:', 'partners', withValue(part.full, ['url'], 'ftp://dinkop.example'), ['url'], 'https://'],
  [
    'class online URL without scheme',
    'classes',
    withValue(cls.full, ['onlineUrl'], 'meet.example.com/x'),
    ['onlineUrl'],
    'https://',
  ],
  [
    'class registration javascript: URL',
    'classes',
    withValue(cls.minimal, ['registration'], 'javascript:alert(1)'),
    ['registration'],
    'alamat web',
  ],
  [
    'e-mail without @',
    'businesses',
    withValue(biz.full, ['contact', 'email'], 'halo.batiksekar.example'),
    ['contact', 'email'],
    'e-mail tidak valid',
  ],
  [
    'Instagram with @',
    'businesses',
    withValue(biz.full, ['contact', 'instagram'], '@batik.sekar'),
    ['contact', 'instagram'],
    'tanpa @',
  ],
  [
    'Instagram as a URL',
    'businesses',
    withValue(biz.full, ['contact', 'instagram'], 'https://instagram.com/batik.sekar'),
    ['contact', 'instagram'],
    'tanpa @',
  ],
  // Dates and times
  [
    'class ending before it starts',
    'classes',
    withValue(cls.minimal, ['end'], '2026-12-05T08:00:00+07:00'),
    ['end'],
    'Waktu selesai harus setelah waktu mulai.',
  ],
  [
    'class ending when it starts',
    'classes',
    withValue(cls.minimal, ['end'], '2026-12-05T09:00:00+07:00'),
    ['end'],
    'setelah waktu mulai',
  ],
  [
    'class ending before it starts (Date objects)',
    'classes',
    { ...cls.minimal, start: new Date('2026-12-05T02:00:00Z'), end: new Date('2026-12-05T01:59:59Z') },
    ['end'],
    'setelah waktu mulai',
  ],
  [
    'start without offset',
    'classes',
    withValue(cls.minimal, ['start'], '2026-12-05T09:00:00'),
    ['start'],
    'ISO 8601 dengan zona waktu',
  ],
  [
    'end without offset',
    'classes',
    withValue(cls.minimal, ['end'], '2026-12-05T12:00:00'),
    ['end'],
    'ISO 8601 dengan zona waktu',
  ],
  ['start as a bare date', 'classes', withValue(cls.minimal, ['start'], '2026-12-05'), ['start'], 'zona waktu'],
  [
    'start in Indonesian words',
    'classes',
    withValue(cls.minimal, ['start'], 'Sabtu, 5 Desember 2026 09.00'),
    ['start'],
    'zona waktu',
  ],
  [
    'start with an impossible month',
    'classes',
    withValue(cls.minimal, ['start'], '2026-13-05T09:00:00+07:00'),
    ['start'],
    'zona waktu',
  ],
  [
    'start as an invalid Date',
    'classes',
    withValue(cls.minimal, ['start'], new Date('nonsense')),
    ['start'],
    'zona waktu',
  ],
  ['start as a number', 'classes', withValue(cls.minimal, ['start'], 1_765_000_000_000), ['start'], 'zona waktu'],
  // Businesses
  [
    'business without any contact',
    'businesses',
    withValue(biz.minimal, ['contact'], undefined),
    ['contact'],
    'Isi minimal satu kontak',
  ],
  [
    'business with an empty contact',
    'businesses',
    withValue(biz.minimal, ['contact'], {}),
    ['contact'],
    'Isi minimal satu kontak',
  ],
  [
    'business with only emptied contacts',
    'businesses',
    withValue(biz.minimal, ['contact'], { whatsapp: '', email: null }),
    ['contact'],
    'Isi minimal satu kontak',
  ],
  [
    'business with an unknown contact key',
    'businesses',
    withValue(biz.minimal, ['contact', 'wa'], '+6281234567890'),
    ['contact'],
    'Kolom tidak dikenal: wa',
  ],
  [
    'business founded next year',
    'businesses',
    withValue(biz.minimal, ['founded'], thisYear + 1),
    ['founded'],
    `Maksimal ${thisYear}.`,
  ],
  [
    'business founded before 1900',
    'businesses',
    withValue(biz.minimal, ['founded'], 1899),
    ['founded'],
    'Minimal 1900.',
  ],
  [
    'business founded as a string',
    'businesses',
    withValue(biz.minimal, ['founded'], '2010'),
    ['founded'],
    'Harus berupa angka.',
  ],
  [
    'KBLI with 4 digits',
    'businesses',
    withValue(biz.minimal, ['kbli'], '1313'),
    ['kbli'],
    'Kode KBLI terdiri dari 5 angka.',
  ],
  ['KBLI with 6 digits', 'businesses', withValue(biz.minimal, ['kbli'], '131341'), ['kbli'], '5 angka'],
  ['KBLI as a number', 'businesses', withValue(biz.minimal, ['kbli'], 13134), ['kbli'], 'Wajib diisi.'],
  [
    'product without name',
    'businesses',
    withValue(biz.full, ['products', 0, 'name'], undefined),
    ['products', 0, 'name'],
    'Wajib diisi.',
  ],
  [
    'product with a negative price',
    'businesses',
    withValue(biz.full, ['products', 0, 'price'], -1),
    ['products', 0, 'price'],
    'Minimal 0.',
  ],
  [
    'marketplace on an unknown platform',
    'businesses',
    withValue(biz.full, ['marketplaces', 0, 'platform'], 'bukalapak'),
    ['marketplaces', 0, 'platform'],
    'tidak dikenal',
  ],
  // Classes
  [
    'daring class without online URL',
    'classes',
    { ...cls.minimal, attendance: 'daring' },
    ['onlineUrl'],
    'memerlukan tautan daring',
  ],
  [
    'hibrida class with an emptied online URL',
    'classes',
    { ...cls.minimal, attendance: 'hibrida', onlineUrl: '' },
    ['onlineUrl'],
    'memerlukan tautan daring',
  ],
  [
    'cancelled class without a note',
    'classes',
    { ...cls.minimal, status: 'dibatalkan' },
    ['statusNote'],
    'memerlukan keterangan alasan',
  ],
  [
    'cancelled class with an emptied note',
    'classes',
    { ...cls.minimal, status: 'dibatalkan', statusNote: '' },
    ['statusNote'],
    'keterangan alasan',
  ],
  ['negative fee', 'classes', { ...cls.minimal, fee: -5000 }, ['fee'], 'Minimal 0.'],
  ['fee with decimals', 'classes', { ...cls.minimal, fee: 25000.5 }, ['fee'], 'Harus bilangan bulat.'],
  ['fee as a formatted string', 'classes', { ...cls.minimal, fee: 'Rp25.000' }, ['fee'], 'Harus berupa angka.'],
  ['capacity of zero', 'classes', { ...cls.minimal, capacity: 0 }, ['capacity'], 'Minimal 1.'],
  ['programme order above 999', 'programmes', { ...prog.minimal, order: 1000 }, ['order'], 'Maksimal 999.'],
  ['unknown attendance', 'classes', { ...cls.minimal, attendance: 'online' }, ['attendance'], 'tidak dikenal'],
  // References
  ['class with an empty programme reference', 'classes', withValue(cls.minimal, ['programme'], ''), ['programme'], ''],
  [
    'class with a mentor given as a string, not a list',
    'classes',
    withValue(cls.minimal, ['mentors'], 'sekar-ayu'),
    ['mentors'],
    '',
  ],
];

describe('invalid entries', () => {
  it.each(invalid)('rejects %s', (_, name, input, path, message) => {
    const found = issues(name, input);
    const atPath = found.filter((issue) => JSON.stringify(issue.path) === JSON.stringify(path));
    expect(atPath, `issues: ${JSON.stringify(found)}`).not.toHaveLength(0);
    expect(atPath.map((issue) => issue.message).join(' | ')).toContain(message);
  });
});

describe('valid edge cases', () => {
  it.each<[string, CollectionName, Frontmatter]>([
    ['a business with only Instagram', 'businesses', withValue(biz.minimal, ['contact'], { instagram: 'batik.sekar' })],
    [
      'a business with only a website',
      'businesses',
      withValue(biz.minimal, ['contact'], { website: 'http://batiksekar.example/toko?x=1' }),
    ],
    [
      'a business with only an e-mail',
      'businesses',
      withValue(biz.minimal, ['contact'], { email: 'halo@batiksekar.example' }),
    ],
    ['a business with only a phone', 'businesses', withValue(biz.minimal, ['contact'], { phone: '+62247601234' })],
    ['a business founded this year', 'businesses', { ...biz.minimal, founded: thisYear }],
    ['a business founded in 1900', 'businesses', { ...biz.minimal, founded: 1900 }],
    ['a business with a non-creative sector', 'businesses', { ...biz.minimal, sectors: ['umkm-umum'] }],
    [
      'a class with a form as registration',
      'classes',
      { ...cls.minimal, registration: 'https://forms.example.com/daftar' },
    ],
    [
      'a class ending after midnight',
      'classes',
      { ...cls.minimal, start: '2026-12-05T19:00:00+07:00', end: '2026-12-06T01:00:00+07:00' },
    ],
    [
      'a daring class with an online URL',
      'classes',
      { ...cls.minimal, attendance: 'daring', onlineUrl: 'https://meet.example.com/a' },
    ],
    [
      'a cancelled class with a note',
      'classes',
      { ...cls.minimal, status: 'dibatalkan', statusNote: 'Pemateri sakit.' },
    ],
    ['a class with a 1-second session', 'classes', { ...cls.minimal, end: '2026-12-05T09:00:01+07:00' }],
    ['a product without a price', 'businesses', withValue(biz.full, ['products', 0, 'price'], undefined)],
    ['a product with price 0', 'businesses', withValue(biz.full, ['products', 0, 'price'], 0)],
  ])('accepts %s', (_, name, input) => {
    valid(name, input);
  });
});

describe('the year a business was founded', () => {
  it('is at most the year of the context\'s "now", which the build sets from SITE_NOW', () => {
    const schema = contentSchema(businesses, { ...plainContext, now: new Date('2030-06-01T10:00:00+07:00') });
    expect(schema.safeParse({ ...biz.minimal, founded: 2030 }).error?.issues).toBeUndefined();
    const issues = schema.safeParse({ ...biz.minimal, founded: 2031 }).error?.issues ?? [];
    expect(issues.map((issue) => [issue.path, issue.message])).toEqual([[['founded'], 'Maksimal 2030.']]);
  });
});

describe('class dates and times', () => {
  it.each([
    ['+07:00 (WIB)', '2026-12-05T09:00:00+07:00', '2026-12-05T02:00:00.000Z'],
    ['Z (UTC)', '2026-12-05T02:00:00Z', '2026-12-05T02:00:00.000Z'],
    ['+08:00 (WITA)', '2026-12-05T10:00:00+08:00', '2026-12-05T02:00:00.000Z'],
    ['no seconds', '2026-12-05T09:00+07:00', '2026-12-05T02:00:00.000Z'],
    ['milliseconds', '2026-12-05T09:00:00.250+07:00', '2026-12-05T02:00:00.250Z'],
  ])('parses a start with offset %s to the right instant', (_, start, instant) => {
    const data = valid('classes', { ...cls.minimal, start, end: '2026-12-05T23:00:00+07:00' });
    expect(data['start']).toBeInstanceOf(Date);
    expect((data['start'] as Date).toISOString()).toBe(instant);
  });

  it('parses 09:00 WIB to 02:00 UTC for both start and end', () => {
    const data = valid('classes', cls.minimal);
    expect((data['start'] as Date).toISOString()).toBe('2026-12-05T02:00:00.000Z');
    expect((data['end'] as Date).toISOString()).toBe('2026-12-05T05:00:00.000Z');
  });

  it('accepts a Date object, as YAML yields for an unquoted timestamp, and keeps the instant', () => {
    const start = new Date('2026-12-05T02:00:00Z');
    const data = valid('classes', { ...cls.minimal, start, end: new Date('2026-12-05T05:00:00Z') });
    expect((data['start'] as Date).getTime()).toBe(start.getTime());
  });

  // Known bug (see report): the offset regex checks the shape only and `new Date()` rolls
  // impossible days over (30 February becomes 2 March). Turn into `it` once fixed.
  it('rejects a start on an impossible day (30 February)', () => {
    issues('classes', { ...cls.minimal, start: '2026-02-30T09:00:00+07:00', end: '2026-03-30T09:00:00+07:00' });
  });
});

describe('defaults', () => {
  it('fills in the class defaults', () => {
    const data = valid('classes', cls.minimal);
    expect(data).toMatchObject({
      format: 'kelas',
      attendance: 'luring',
      room: { collection: 'rooms', id: 'ruang-srawung' },
      mentors: [],
      sectors: [],
      fee: 0,
      status: 'terjadwal',
    });
  });

  it.each<[CollectionName, Record<string, unknown>]>([
    ['programmes', { sectors: [], partners: [], order: 100 }],
    ['mentors', { links: [] }],
    ['businesses', { marketplaces: [], products: [] }],
  ])('fills in the %s defaults', (name, defaults) => {
    expect(valid(name, fixtures[name].minimal)).toMatchObject(defaults);
  });

  it('keeps given values over defaults', () => {
    expect(valid('classes', cls.full)).toMatchObject({
      format: 'workshop',
      attendance: 'hibrida',
      fee: 25000,
      status: 'ditunda',
      room: { collection: 'rooms', id: 'ruang-srawung' },
    });
  });

  it('trims text', () => {
    expect(valid('classes', { ...cls.minimal, title: '  Foto Produk  ' })['title']).toBe('Foto Produk');
  });

  it('resolves references to the referenced collection', () => {
    const data = valid('classes', cls.full);
    expect(data['programme']).toEqual({ collection: 'programmes', id: 'kelas-digital' });
    expect(data['mentors']).toEqual([{ collection: 'mentors', id: 'sekar-ayu' }]);
  });
});

describe('emptied fields (as the CMS writes them)', () => {
  it.each<[string, CollectionName, Frontmatter, string]>([
    ['an empty summary', 'classes', { ...cls.minimal, summary: '' }, 'summary'],
    ['a null summary', 'classes', { ...cls.minimal, summary: null }, 'summary'],
    ['an empty online URL on a luring class', 'classes', { ...cls.minimal, onlineUrl: '' }, 'onlineUrl'],
    ['an empty registration', 'classes', { ...cls.minimal, registration: '' }, 'registration'],
    ['a null capacity', 'classes', { ...cls.minimal, capacity: null }, 'capacity'],
    ['an empty KBLI', 'businesses', { ...biz.minimal, kbli: '' }, 'kbli'],
    ['a null logo', 'businesses', { ...biz.minimal, logo: null }, 'logo'],
    ['an empty mentor business', 'mentors', { ...ment.minimal, business: '' }, 'business'],
    ['a null partner URL', 'partners', { ...part.minimal, url: null }, 'url'],
  ])('treats %s as absent', (_, name, input, key) => {
    expect(valid(name, input)[key]).toBeUndefined();
  });

  it('treats an emptied contact value as absent, keeping the others', () => {
    const data = valid('businesses', withValue(biz.full, ['contact', 'email'], ''));
    expect(data['contact']).toMatchObject({ whatsapp: '+6281234567890', email: undefined });
  });

  it.each<[string, unknown, string, unknown]>([
    ['fee', null, 'fee', 0],
    ['status', '', 'status', 'terjadwal'],
    ['mentors', null, 'mentors', []],
    ['attendance', null, 'attendance', 'luring'],
  ])('gives an emptied %s (%j) its default', (field, value, key, expected) => {
    expect(valid('classes', { ...cls.minimal, [field]: value })[key]).toEqual(expected);
  });

  it('still rejects an emptied required field', () => {
    const found = issues('partners', { ...part.minimal, name: '' });
    expect(found).toContainEqual(expect.objectContaining({ path: ['name'], message: 'Wajib diisi.' }));
  });
});
