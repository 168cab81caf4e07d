import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSchema, contentType, plainContext } from '../../src/schema';
import type { CollectionName } from '../../src/schema/fields';
import {
  buildSite,
  type Business,
  type ClassEntry,
  type Collections,
  type Timetable,
  type Mentor,
  type Partner,
  type Programme,
  type Room,
  type Booking,
} from '../../src/lib/site';
import { REGENCIES, SECTORS } from '../../src/taxonomy';
import { RESERVED_SLUGS, urls } from '../../src/lib/urls';
import { RELATED_COUNT, businessNeighbours, firstBy, nextAfter } from '../../src/lib/related';
import { sessionPage } from '../../src/lib/session-page';
import { wibYear } from '../../src/time/wib';
import { reportSessions, siteReportYears, siteYearReport } from '../../src/lib/report';
import { REPORT_COLUMNS, reportCsv, reportRows } from '../../src/lib/report-data';
import { fixtures, type Frontmatter } from './fixtures/content';
import { fileOf } from '../../src/lib/site/checks';
import {
  businessPageKey,
  calendarKey,
  classPageKey,
  directoryListingKey,
  mentorPageKey,
} from '../../src/lib/cache-key';
import { paginate } from '../../src/lib/paginate';
import type { LoadedSite } from '../../src/lib/content';

/** An entry as Astro's loader yields it: validated data (through the real schema), id, collection, body. */
function entry(collection: CollectionName, id: string, overrides: Frontmatter): unknown {
  const data = contentSchema(contentType(collection), plainContext).parse({
    ...fixtures[collection].minimal,
    ...overrides,
  });
  return { id, collection, data, body: `Isi ${id}.`, filePath: fileOf({ id, collection, data }) };
}

const programme = (id: string, title: string, order?: number) =>
  entry('programmes', id, { title, ...(order === undefined ? {} : { order }) }) as Programme;
const mentor = (id: string, name: string, business?: string) =>
  entry('mentors', id, { name, ...(business ? { business } : {}) }) as Mentor;
const business = (id: string, name: string, sectors: string[], regency: string) =>
  entry('businesses', id, { name, sectors, regency }) as Business;
const partner = (id: string, name: string) => entry('partners', id, { name }) as Partner;
const session = (
  id: string,
  start: string,
  end: string,
  programmeId: string,
  mentors: string[] = [],
  extra: Frontmatter = {},
) =>
  entry('classes', id, {
    title: id,
    start,
    end,
    programme: programmeId,
    mentors,
    room: 'ruang-kelas-mbangun',
    ...extra,
  }) as ClassEntry;
const room = (id: string, name: string) =>
  entry('rooms', id, {
    name,
    kind: 'ruang-kelas',
    summary: 'Ruang untuk kelas dan pertemuan di gedung.',
    capacity: 40,
    hours: { senin: '08.00–21.00', sabtu: '08.00–21.00' },
  }) as Room;

const NOW = new Date('2026-02-07T10:00:00+07:00');

function collections(): Collections {
  return {
    programmes: [
      programme('akselerasi', 'Akselerasi Ekspor'),
      programme('srawung-kamisan', 'Srawung Kamisan', 10),
      programme('kelas-digital', 'Kelas Digital', 10),
    ],
    classes: [
      session('c-later', '2026-03-01T09:00:00+07:00', '2026-03-01T12:00:00+07:00', 'srawung-kamisan'),
      session('c-past-1', '2026-01-10T09:00:00+07:00', '2026-01-10T12:00:00+07:00', 'kelas-digital', ['sekar-ayu']),
      session('c-now', '2026-02-07T09:00:00+07:00', '2026-02-07T12:00:00+07:00', 'kelas-digital', [
        'sekar-ayu',
        'andi',
      ]),
      session('c-past-2', '2026-01-20T19:00:00+07:00', '2026-01-20T21:00:00+07:00', 'srawung-kamisan'),
      session('c-next', '2026-02-14T09:00:00+07:00', '2026-02-14T12:00:00+07:00', 'kelas-digital', ['andi']),
      // Overlaps c-now, so in another room.
      session('c-ended-just-now', '2026-02-07T08:00:00+07:00', '2026-02-07T10:00:00+07:00', 'srawung-kamisan', [], {
        room: 'ruang-srawung',
      }),
    ],
    mentors: [
      mentor('sekar-ayu', 'Sekar Ayu', 'batik-sekar'),
      mentor('bagus', 'bagus Prasetyo'),
      mentor('andi', 'Andi Wijaya', 'batik-sekar'),
    ],
    businesses: [
      business('kopi-10', 'Kopi 10 Nusantara', ['kuliner'], 'kab-semarang'),
      business('batik-sekar', 'Batik Sekar', ['fesyen', 'kriya'], 'kota-pekalongan'),
      business('eclair', 'Éclair Semarang', ['kuliner'], 'kota-semarang'),
      business('batik-ayu', 'batik Ayu', ['fesyen'], 'kab-pekalongan'),
      business('kopi-9', 'Kopi 9 Nusantara', ['kuliner'], 'kab-semarang'),
      business('dapur-ibu', 'Dapur Ibu', ['kuliner', 'umkm-umum'], 'kota-semarang'),
    ],
    partners: [partner('dinkop', 'Dinas Koperasi dan UKM Jawa Tengah'), partner('bank', 'Bank Jateng')],
    rooms: [
      room('ruang-kelas-mbangun', 'Ruang Kelas Mbangun'),
      room('ruang-srawung', 'Ruang Srawung'),
      room('studio-foto', 'Studio Foto'),
      room('ruang-lain', 'Ruang Lain'),
    ],
    bookings: [],
    timetables: [],
  };
}

const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);

describe('buildSite', () => {
  const input = collections();
  const site = buildSite(input, NOW);

  describe('sorting', () => {
    it('sorts businesses by name with id-ID collation (case- and accent-insensitive, numbers by value)', () => {
      expect(site.businesses.map((b) => b.data.name)).toEqual([
        'batik Ayu',
        'Batik Sekar',
        'Dapur Ibu',
        'Éclair Semarang',
        'Kopi 9 Nusantara',
        'Kopi 10 Nusantara',
      ]);
    });

    it('sorts mentors and partners by name', () => {
      expect(site.mentors.map((m) => m.data.name)).toEqual(['Andi Wijaya', 'bagus Prasetyo', 'Sekar Ayu']);
      expect(ids(site.partners)).toEqual(['bank', 'dinkop']);
    });

    it('sorts programmes by order, then title', () => {
      expect(ids(site.programmes)).toEqual(['kelas-digital', 'srawung-kamisan', 'akselerasi']);
      expect(site.programmes.map((p) => p.data.order)).toEqual([10, 10, 100]);
    });

    it('sorts classes by start', () => {
      expect(ids(site.classes)).toEqual(['c-past-1', 'c-past-2', 'c-ended-just-now', 'c-now', 'c-next', 'c-later']);
    });

    it('does not reorder the collections it was given', () => {
      const fresh = collections();
      expect(ids(input.businesses)).toEqual(ids(fresh.businesses));
      expect(ids(input.classes)).toEqual(ids(fresh.classes));
      expect(ids(input.programmes)).toEqual(ids(fresh.programmes));
    });
  });

  describe('upcoming and past classes', () => {
    it('splits relative to the now it is given, in-progress counting as upcoming', () => {
      expect(site.now).toBe(NOW);
      expect(ids(site.upcomingClasses)).toEqual(['c-now', 'c-next', 'c-later']);
      expect(ids(site.pastClasses)).toEqual(['c-ended-just-now', 'c-past-2', 'c-past-1']);
    });

    it.each([
      ['before everything', '2025-12-31T00:00:00+07:00', 6, 0],
      ['after everything', '2026-03-02T00:00:00+07:00', 0, 6],
      ['between the January classes', '2026-01-15T00:00:00+07:00', 5, 1],
    ])('moves with now: %s', (_, now, upcoming, past) => {
      const other = buildSite(collections(), new Date(now));
      expect(other.upcomingClasses).toHaveLength(upcoming);
      expect(other.pastClasses).toHaveLength(past);
    });

    it('returns the entries themselves', () => {
      expect(site.upcomingClasses[0]).toBe(site.classes.find((c) => c.id === 'c-now'));
    });
  });

  describe('cross-references', () => {
    it.each([
      ['kelas-digital', ['c-past-1', 'c-now', 'c-next']],
      ['srawung-kamisan', ['c-past-2', 'c-ended-just-now', 'c-later']],
      ['akselerasi', []],
      ['tidak-ada', []],
    ])('classesOfProgramme(%j)', (id, expected) => {
      expect(ids(site.classesOfProgramme(id))).toEqual(expected);
    });

    it.each([
      ['sekar-ayu', ['c-past-1', 'c-now']],
      ['andi', ['c-now', 'c-next']],
      ['bagus', []],
    ])('classesOfMentor(%j)', (id, expected) => {
      expect(ids(site.classesOfMentor(id))).toEqual(expected);
    });

    it.each([
      ['kuliner', ['dapur-ibu', 'eclair', 'kopi-9', 'kopi-10']],
      ['fesyen', ['batik-ayu', 'batik-sekar']],
      ['kriya', ['batik-sekar']],
      ['umkm-umum', ['dapur-ibu']],
      ['musik', []],
    ])('businessesInSector(%j)', (id, expected) => {
      expect(ids(site.businessesInSector(id))).toEqual(expected);
    });

    it.each([
      ['kota-semarang', ['dapur-ibu', 'eclair']],
      ['kab-semarang', ['kopi-9', 'kopi-10']],
      ['kota-pekalongan', ['batik-sekar']],
      ['kab-pekalongan', ['batik-ayu']],
      ['kota-tegal', []],
    ])('businessesInRegency(%j) keeps Kab. and Kota apart', (id, expected) => {
      expect(ids(site.businessesInRegency(id))).toEqual(expected);
    });

    it.each([
      ['batik-sekar', ['andi', 'sekar-ayu']],
      ['dapur-ibu', []],
    ])('mentorsOfBusiness(%j)', (id, expected) => {
      expect(ids(site.mentorsOfBusiness(id))).toEqual(expected);
    });
  });

  describe('splitClasses', () => {
    it('splits any subset of classes relative to now', () => {
      const { upcoming, past } = site.splitClasses(site.classesOfProgramme('kelas-digital'));
      expect(ids(upcoming)).toEqual(['c-now', 'c-next']);
      expect(ids(past)).toEqual(['c-past-1']);
    });

    it('sorts whatever order it is given', () => {
      const shuffled = [...site.classes].reverse();
      expect(ids(site.splitClasses(shuffled).upcoming)).toEqual(ids(site.upcomingClasses));
      expect(ids(site.splitClasses(shuffled).past)).toEqual(ids(site.pastClasses));
    });

    it('handles no classes', () => {
      expect(site.splitClasses([])).toEqual({ upcoming: [], past: [] });
    });
  });

  describe('broken references', () => {
    it.each<[string, (input: Collections) => void, string]>([
      [
        'a class naming a missing programme',
        (input) =>
          input.classes.push(session('c-orphan', '2026-03-08T09:00:00+07:00', '2026-03-08T12:00:00+07:00', 'hilang')),
        'content/classes/id/c-orphan.md: field "programme" refers to programmes "hilang", which does not exist.',
      ],
      [
        'a class naming a missing mentor',
        (input) =>
          input.classes.push(
            session('c-x', '2026-03-08T09:00:00+07:00', '2026-03-08T12:00:00+07:00', 'kelas-digital', ['andi', 'budi']),
          ),
        'content/classes/id/c-x.md: field "mentors[1]" refers to mentors "budi", which does not exist.',
      ],
      [
        'a programme naming a missing partner',
        (input) => input.programmes.push(entry('programmes', 'p-x', { partners: ['bank', 'bni'] }) as Programme),
        'content/programmes/id/p-x.md: field "partners[1]" refers to partners "bni", which does not exist.',
      ],
      [
        'a mentor naming a missing business',
        (input) => input.mentors.push(mentor('m-x', 'Mentor X', 'toko-tutup')),
        'content/mentors/id/m-x.md: field "business" refers to businesses "toko-tutup", which does not exist.',
      ],
    ])('fails on %s, naming the file and field', (_, breakIt, message) => {
      const input = collections();
      breakIt(input);
      expect(() => buildSite(input, NOW)).toThrow(message);
    });

    it('lists every broken reference at once', () => {
      const input = collections();
      input.classes.push(
        session('c-orphan', '2026-03-08T09:00:00+07:00', '2026-03-08T12:00:00+07:00', 'hilang', ['budi']),
      );
      input.mentors.push(mentor('m-x', 'Mentor X', 'toko-tutup'));
      expect(() => buildSite(input, NOW)).toThrow(
        [
          'Broken references in content:',
          'content/classes/id/c-orphan.md: field "programme" refers to programmes "hilang", which does not exist.',
          'content/classes/id/c-orphan.md: field "mentors[0]" refers to mentors "budi", which does not exist.',
          'content/mentors/id/m-x.md: field "business" refers to businesses "toko-tutup", which does not exist.',
        ].join('\n'),
      );
    });

    it('names the file the loader reports, or derives it from the id', () => {
      const input = collections();
      const withPath = session('c-a', '2026-03-08T09:00:00+07:00', '2026-03-08T12:00:00+07:00', 'hilang');
      const { filePath: _, ...withoutPath } = session(
        'c-b',
        '2026-03-09T09:00:00+07:00',
        '2026-03-09T12:00:00+07:00',
        'hilang',
      );
      input.classes.push({ ...withPath, filePath: 'content/classes/id/2026/kelas-a.md' }, withoutPath);
      expect(() => buildSite(input, NOW)).toThrow(
        /content\/classes\/id\/2026\/kelas-a\.md: .*\n.*content\/classes\/id\/c-b\.md: /,
      );
    });
  });

  describe('counts', () => {
    it('counts businesses in all 18 sectors, zeros included, in taxonomy order', () => {
      expect(site.sectorCounts.map((s) => s.id)).toEqual(SECTORS.map((s) => s.id));
      const counts = Object.fromEntries(site.sectorCounts.map((s) => [s.id, s.count]));
      expect(counts).toEqual({
        ...Object.fromEntries(SECTORS.map((s) => [s.id, 0])),
        fesyen: 2,
        kriya: 1,
        kuliner: 4,
        'umkm-umum': 1,
      });
      expect(site.sectorCounts.find((s) => s.id === 'kuliner')?.name).toBe('Kuliner');
    });

    it('counts businesses in all 35 regencies, zeros included, with labels and codes', () => {
      expect(site.regencyCounts).toHaveLength(35);
      expect(site.regencyCounts.map((r) => r.id)).toEqual(REGENCIES.map((r) => r.id));
      expect(site.regencyCounts.filter((r) => r.count > 0)).toEqual([
        { id: 'kab-semarang', name: 'Kab. Semarang', code: '3322', count: 2 },
        { id: 'kab-pekalongan', name: 'Kab. Pekalongan', code: '3326', count: 1 },
        { id: 'kota-semarang', name: 'Kota Semarang', code: '3374', count: 2 },
        { id: 'kota-pekalongan', name: 'Kota Pekalongan', code: '3375', count: 1 },
      ]);
      expect(site.regencyCounts.reduce((sum, r) => sum + r.count, 0)).toBe(site.businesses.length);
    });

    it('counts zeros everywhere for an empty site', () => {
      const empty = buildSite(
        {
          programmes: [],
          classes: [],
          timetables: [],
          mentors: [],
          businesses: [],
          partners: [],
          rooms: [],
          bookings: [],
        },
        NOW,
      );
      expect(empty.sectorCounts).toHaveLength(18);
      expect(empty.regencyCounts).toHaveLength(35);
      expect([...empty.sectorCounts, ...empty.regencyCounts].every((c) => c.count === 0)).toBe(true);
      expect(empty.upcomingClasses).toEqual([]);
      expect(empty.businessesInSector('kuliner')).toEqual([]);
    });
  });

  describe('lookups', () => {
    it('finds entries by id', () => {
      expect(site.programme('kelas-digital').data.title).toBe('Kelas Digital');
      expect(site.mentor('andi').data.name).toBe('Andi Wijaya');
      expect(site.business('eclair').data.name).toBe('Éclair Semarang');
      expect(site.partner('bank').data.name).toBe('Bank Jateng');
    });

    it.each([
      ['programme', () => site.programme('tidak-ada')],
      ['mentor', () => site.mentor('tidak-ada')],
      ['business', () => site.business('tidak-ada')],
      ['partner', () => site.partner('tidak-ada')],
    ])('throws on an unknown %s', (what, lookup) => {
      expect(lookup).toThrow(`Unknown ${what} "tidak-ada"`);
    });
  });

  describe('reserved directory slugs', () => {
    it.each(RESERVED_SLUGS.directory)('refuses a business with the slug %j, naming its file', (slug) => {
      const input = collections();
      input.businesses.push(business(slug, 'Usaha Bentrok', ['kuliner'], 'kota-semarang'));
      expect(() => buildSite(input, NOW)).toThrow(`content/businesses/kota-semarang/id/${slug}.md`);
    });

    it('explains the clash for content/businesses/kota-semarang/id/sektor.md', () => {
      const input = collections();
      input.businesses.push(business('sektor', 'Sektor Kreatif', ['kuliner'], 'kota-semarang'));
      expect(() => buildSite(input, NOW)).toThrow(
        'content/businesses/kota-semarang/id/sektor.md: the slug "sektor" is a route of the site; rename the file.',
      );
    });

    it('reserves every directory route', () => {
      expect(RESERVED_SLUGS.directory).toEqual(expect.arrayContaining(['sektor', 'wilayah', 'halaman']));
    });

    // A route added under src/pages/direktori/ or src/pages/kelas/ without a URL in urls.ts
    // would let an entry's slug shadow it; the reserved lists come from urls.ts, so check both agree.
    it.each([
      ['direktori', RESERVED_SLUGS.directory],
      ['kelas', RESERVED_SLUGS.classes],
    ])('reserves every static route below src/pages/%s/', (dir, reserved) => {
      const routes = readdirSync(resolve(import.meta.dirname, '../../src/pages', dir))
        .filter((name) => !name.startsWith('['))
        .map((name) => name.replace(/\.(astro|ts)$/, ''))
        .filter((name) => name !== 'index');
      expect(routes.length).toBeGreaterThan(3);
      expect(reserved).toEqual(expect.arrayContaining(routes));
    });

    // content/classes/id/arsip.md would become /kelas/arsip/, which the class archive route
    // (src/pages/kelas/arsip/[...page].astro) serves: the build must refuse it.
    it('refuses a class with the slug "arsip", which is the class archive route', () => {
      const input = collections();
      input.classes.push(session('arsip', '2026-03-08T09:00:00+07:00', '2026-03-08T12:00:00+07:00', 'kelas-digital'));
      expect(() => buildSite(input, NOW)).toThrow('content/classes/id/arsip.md');
    });

    it.each(['sektor-kreatif', 'wilayah-semarang', 'halaman-batik'])(
      'allows %j, which only starts like a route',
      (slug) => {
        const input = collections();
        input.businesses.push(business(slug, 'Usaha Aman', ['kuliner'], 'kota-semarang'));
        expect(buildSite(input, NOW).business(slug).data.name).toBe('Usaha Aman');
      },
    );
  });
});

describe('duplicate businesses', () => {
  it('refuses two businesses of the same name in the same regency, naming both files', async () => {
    const { buildSite } = await import('../../src/lib/site');
    const entry = (id: string, name: string, regency: string) =>
      ({
        id,
        collection: 'businesses',
        filePath: `content/businesses/${regency}/id/${id}.md`,
        data: { name, regency, sectors: ['kriya'], scale: 'mikro', contact: {}, products: [], marketplaces: [] },
      }) as never;
    const empty = { programmes: [], classes: [], timetables: [], mentors: [], partners: [], rooms: [], bookings: [] };
    expect(() =>
      buildSite(
        { ...empty, businesses: [entry('a', 'Batik Sekar', 'kab-jepara'), entry('b', 'batik  sekar', 'kab-jepara')] },
        new Date(),
      ),
    ).toThrow(
      /content\/businesses\/kab-jepara\/id\/[ab]\.md: field "name" repeats "[Bb]atik +[Ss]ekar" of content\/businesses\/kab-jepara\/id\/[ab]\.md in the same regency/,
    );
    expect(() =>
      buildSite(
        { ...empty, businesses: [entry('a', 'Batik Sekar', 'kab-jepara'), entry('b', 'Batik Sekar', 'kota-semarang')] },
        new Date(),
      ),
    ).not.toThrow();
  });
});

describe('weekly timetables in the site', () => {
  const series = (id: string, overrides: Frontmatter = {}) =>
    entry('timetables', id, {
      title: 'Kelas Digital Mingguan',
      programme: 'kelas-digital',
      weekdays: ['sabtu'],
      startTime: '13:00',
      endTime: '15:00',
      firstDate: '2026-01-31',
      lastDate: '2026-02-21',
      room: 'ruang-kelas-mbangun',
      mentors: ['andi'],
      ...overrides,
    }) as Timetable;
  const withSeries = (...timetables: Timetable[]) => ({ ...collections(), timetables });

  it('expands a series into dated sessions beside the single classes, with stable ids', () => {
    const site = buildSite(withSeries(series('digital-sabtu', { exceptions: [{ date: '2026-02-14' }] })), NOW);
    expect(ids(site.classesOfSeries('digital-sabtu'))).toEqual([
      'digital-sabtu-2026-01-31',
      'digital-sabtu-2026-02-07',
      'digital-sabtu-2026-02-21',
    ]);
    expect(ids(site.upcomingClasses)).toEqual([
      'c-now',
      'digital-sabtu-2026-02-07',
      'c-next',
      'digital-sabtu-2026-02-21',
      'c-later',
    ]);
    expect(site.pastClasses.map((c) => c.id)).toContain('digital-sabtu-2026-01-31');
    expect(ids(site.classesOfProgramme('kelas-digital'))).toContain('digital-sabtu-2026-02-07');
    expect(ids(site.classesOfMentor('andi'))).toContain('digital-sabtu-2026-02-21');
    const session = site.classesOfSeries('digital-sabtu')[0]!;
    expect(session.series).toEqual({ id: 'digital-sabtu', date: '2026-01-31' });
    expect(session.source.id).toBe('digital-sabtu');
    expect(session.data.start.toISOString()).toBe('2026-01-31T06:00:00.000Z');
  });

  it('counts each session of a series in the programme report by its own status and participants', () => {
    const targets = { perYear: 192, perWeek: 4 };
    const without = siteYearReport(buildSite(collections(), NOW), targets, 2026).sessions;
    const withIt = siteYearReport(
      buildSite(
        withSeries(
          series('digital-sabtu', {
            overrides: [
              { date: '2026-01-31', attendees: 12 },
              { date: '2026-02-14', status: 'ditunda', statusNote: 'Hujan badai.' },
              { date: '2026-02-21', status: 'dibatalkan', statusNote: 'Mentor sakit.' },
            ],
          }),
        ),
        NOW,
      ),
      targets,
      2026,
    ).sessions;
    // 31 Jan ended before now; 7 Feb 13.00 is still to come at 10.00.
    expect(withIt.total.held - without.total.held).toBe(1);
    expect(withIt.total.upcoming - without.total.upcoming).toBe(1);
    expect(withIt.total.postponed - without.total.postponed).toBe(1);
    expect(withIt.total.cancelled - without.total.cancelled).toBe(1);
    expect(withIt.attendees.total - without.attendees.total).toBe(12);
    expect(withIt.attendees.sessions - without.attendees.sessions).toBe(1);
    const week = (r: typeof without) => r.weeks.find((w) => w.start === '2026-01-26')!.held;
    expect(week(withIt) - week(without)).toBe(1);
  });

  it('applies per-session overrides: topic, room, mentors, status and new date', () => {
    const site = buildSite(
      withSeries(
        series('digital-sabtu', {
          statusNote: 'Kuota 20 orang.',
          overrides: [
            { date: '2026-02-07', topic: 'Iklan', room: 'ruang-srawung', mentors: ['sekar-ayu'] },
            {
              date: '2026-02-14',
              status: 'ditunda',
              statusNote: 'Hujan badai.',
              rescheduledTo: '2026-02-28T13:00:00+07:00',
            },
            { date: '2026-02-21', status: 'dibatalkan', statusNote: 'Mentor sakit.' },
          ],
        }),
      ),
      NOW,
    );
    const [first, second, third, fourth] = site.classesOfSeries('digital-sabtu').map((s) => s.data);
    expect(first).toMatchObject({
      room: { collection: 'rooms', id: 'ruang-kelas-mbangun' },
      status: 'terjadwal',
      statusNote: 'Kuota 20 orang.',
    });
    expect(first!.topic).toBeUndefined();
    expect(second).toMatchObject({
      topic: 'Iklan',
      room: { collection: 'rooms', id: 'ruang-srawung' },
      mentors: [{ collection: 'mentors', id: 'sekar-ayu' }],
    });
    expect(third).toMatchObject({ status: 'ditunda', statusNote: 'Hujan badai.' });
    expect(third!.rescheduledTo!.toISOString()).toBe('2026-02-28T06:00:00.000Z');
    expect(fourth).toMatchObject({
      status: 'dibatalkan',
      statusNote: 'Mentor sakit.',
      mentors: [{ collection: 'mentors', id: 'andi' }],
    });
  });

  it('records participants per session: an override’s attendees belong to that date only', () => {
    const site = buildSite(
      withSeries(series('digital-sabtu', { overrides: [{ date: '2026-02-07', attendees: 21 }] })),
      NOW,
    );
    const [first, second] = site.classesOfSeries('digital-sabtu').map((s) => s.data);
    expect(first!.attendees).toBeUndefined();
    expect(second!.attendees).toBe(21);
  });

  it('keeps a session postponed to a known date upcoming until the new date has passed', () => {
    const site = buildSite(
      withSeries(
        series('lama', {
          firstDate: '2026-01-31',
          lastDate: '2026-01-31',
          overrides: [{ date: '2026-01-31', status: 'ditunda', rescheduledTo: '2026-03-07T13:00:00+07:00' }],
        }),
      ),
      NOW,
    );
    expect(ids(site.upcomingClasses)).toContain('lama-2026-01-31');
  });

  it.each<[string, (input: Collections) => void, RegExp]>([
    [
      'a single class in the same room at an overlapping time',
      (input) => {
        input.timetables.push(series('digital-sabtu'));
        input.classes.push(
          entry('classes', 'bentrok', {
            title: 'Bentrok',
            programme: 'kelas-digital',
            start: '2026-02-07T14:00:00+07:00',
            end: '2026-02-07T16:00:00+07:00',
            room: 'ruang-kelas-mbangun',
          }) as ClassEntry,
        );
      },
      /content\/classes\/id\/bentrok\.md: field "start": this class overlaps content\/timetables\/id\/digital-sabtu\.md \(session of 2026-02-07\) in the same room/,
    ],
    [
      'two series in the same room',
      (input) =>
        input.timetables.push(
          series('a-sabtu'),
          series('b-sabtu', { firstDate: '2026-02-14', startTime: '14:30', endTime: '16:00' }),
        ),
      /content\/timetables\/id\/b-sabtu\.md: field "startTime": the session of 2026-02-14 overlaps content\/timetables\/id\/a-sabtu\.md \(session of 2026-02-14\)/,
    ],
    [
      'a session whose id is taken by a class file',
      (input) => {
        input.timetables.push(series('digital-sabtu', { room: 'ruang-lain' }));
        input.classes.push(
          entry('classes', 'digital-sabtu-2026-02-07', {
            title: 'X',
            programme: 'kelas-digital',
            start: '2026-02-08T09:00:00+07:00',
            end: '2026-02-08T10:00:00+07:00',
          }) as ClassEntry,
        );
      },
      /the session "digital-sabtu-2026-02-07" has the same URL as one from/,
    ],
    [
      'a series taking a route as its slug',
      (input) => input.timetables.push(series('seri')),
      /content\/timetables\/id\/seri\.md: the slug "seri" is a route/,
    ],
    [
      'an override naming a missing mentor',
      (input) =>
        input.timetables.push(
          series('digital-sabtu', { overrides: [{ date: '2026-02-07', mentors: ['andi', 'hilang'] }] }),
        ),
      /content\/timetables\/id\/digital-sabtu\.md: field "overrides\[0\]\.mentors\[1\]" refers to mentors "hilang"/,
    ],
  ])('refuses %s, naming the files', (_, breakIt, message) => {
    const input = collections();
    breakIt(input);
    expect(() => buildSite(input, NOW)).toThrow(message);
  });

  it.each<[string, Frontmatter]>([
    ['a different room', { room: 'studio-foto' }],
    ['a cancelled class', { status: 'dibatalkan', statusNote: 'Batal.' }],
    ['a postponed class', { status: 'ditunda' }],
    ['an online-only class', { attendance: 'daring', onlineUrl: 'https://meet.example.com/x' }],
    [
      'a class that starts as the session ends',
      { start: '2026-02-07T15:00:00+07:00', end: '2026-02-07T17:00:00+07:00' },
    ],
  ])('allows %s at the same time', (_, over) => {
    const input = withSeries(series('digital-sabtu'));
    input.classes.push(
      entry('classes', 'tetangga', {
        title: 'Tetangga',
        programme: 'kelas-digital',
        start: '2026-02-07T14:00:00+07:00',
        end: '2026-02-07T16:00:00+07:00',
        room: 'ruang-kelas-mbangun',
        ...over,
      }) as ClassEntry,
    );
    expect(() => buildSite(input, NOW)).not.toThrow();
  });
});

describe('rooms in the site', () => {
  const booking = (id: string, start: string, end: string, extra: Frontmatter = {}) =>
    entry('bookings', id, { title: id, room: 'ruang-kelas-mbangun', start, end, ...extra }) as Booking;
  const withBookings = (...bookings: Booking[]) => ({ ...collections(), bookings });

  it('lists what takes a room: its in-person sessions and confirmed bookings, by start', () => {
    const site = buildSite(
      withBookings(
        booking('rapat', '2026-02-07T13:00:00+07:00', '2026-02-07T15:00:00+07:00'),
        booking('batal', '2026-02-07T15:00:00+07:00', '2026-02-07T17:00:00+07:00', { status: 'dibatalkan' }),
      ),
      NOW,
    );
    const taken = site.roomOccupancy('ruang-kelas-mbangun');
    expect(taken.map((o) => ('session' in o.by ? o.by.session.id : o.by.booking.id))).toEqual([
      'c-past-1',
      'c-past-2',
      'c-now',
      'rapat',
      'c-next',
      'c-later',
    ]);
    expect(site.roomOccupancy('ruang-srawung').map((o) => ('session' in o.by ? o.by.session.id : ''))).toEqual([
      'c-ended-just-now',
    ]);
  });

  it('gives each session its place in words: the room with the building, or the place elsewhere', () => {
    const input = collections();
    input.classes.push(
      session('di-luar', '2026-03-02T09:00:00+07:00', '2026-03-02T10:00:00+07:00', 'kelas-digital', [], {
        room: undefined,
        venue: 'Balai Desa Melikan, Klaten',
      }),
    );
    const site = buildSite(input, NOW);
    const place = (id: string) => site.classes.find((c) => c.id === id)!.data.place;
    expect(place('c-now')).toBe(
      'Ruang Kelas Mbangun, Hetero Space, UMKM Center Jawa Tengah, Banyumanik, Kota Semarang',
    );
    expect(place('di-luar')).toBe('Balai Desa Melikan, Klaten');
  });

  it.each<[string, Booking, RegExp]>([
    [
      'a booking over a session',
      booking('bentrok', '2026-02-07T11:00:00+07:00', '2026-02-07T13:00:00+07:00'),
      /content\/bookings\/bentrok\.md: field "start": this booking overlaps content\/classes\/id\/c-now\.md in the same room "ruang-kelas-mbangun"/,
    ],
    [
      'a booking of a room that does not exist',
      booking('aula', '2026-02-07T11:00:00+07:00', '2026-02-07T13:00:00+07:00', { room: 'aula' }),
      /content\/bookings\/aula\.md: field "room" refers to rooms "aula", which does not exist/,
    ],
  ])('refuses %s, naming the files', (_, bad, message) => {
    expect(() => buildSite(withBookings(bad), NOW)).toThrow(message);
  });

  it('refuses a session starting in a booked slot, naming the session to fix', () => {
    const input = withBookings(booking('pagi', '2026-03-02T08:00:00+07:00', '2026-03-02T10:00:00+07:00'));
    input.classes.push(session('telat', '2026-03-02T09:00:00+07:00', '2026-03-02T11:00:00+07:00', 'kelas-digital'));
    expect(() => buildSite(input, NOW)).toThrow(
      /content\/classes\/id\/telat\.md: field "start": this class overlaps content\/bookings\/pagi\.md/,
    );
  });

  it('refuses a session with more people than its room holds, naming the file', () => {
    const input = collections();
    input.classes.push(
      session('besar', '2026-03-03T09:00:00+07:00', '2026-03-03T10:00:00+07:00', 'kelas-digital', [], { capacity: 41 }),
    );
    expect(() => buildSite(input, NOW)).toThrow(
      /content\/classes\/id\/besar\.md: field "capacity": 41 people do not fit in Ruang Kelas Mbangun, which holds 40/,
    );
  });

  it('lets a cancelled booking share a session’s time', () => {
    const cancelled = booking('batal', '2026-02-07T09:00:00+07:00', '2026-02-07T12:00:00+07:00', {
      status: 'dibatalkan',
    });
    expect(() => buildSite(withBookings(cancelled), NOW)).not.toThrow();
  });
});

describe('businessNeighbours', () => {
  const input = collections();
  input.businesses.push(business('toko-batik', 'Toko Batik Kota', ['fesyen'], 'kota-semarang'));
  const site = buildSite(input, NOW);
  const neighbours = (id: string, count?: number) => businessNeighbours(site, site.business(id), count);

  it('suggests the same sector, same regency first, never the business itself', () => {
    expect(ids(neighbours('kopi-10').related)).toEqual(['kopi-9', 'dapur-ibu', 'eclair']);
  });

  it('lists the same regency apart from what "related" already shows', () => {
    const { related, nearby } = neighbours('eclair');
    expect(ids(related)).toEqual(['dapur-ibu', 'kopi-10', 'kopi-9']);
    expect(ids(nearby)).toEqual(['toko-batik']);
  });

  it('separates the mentors who built the business from other mentors of its sectors', () => {
    const { builders, sectorMentors } = neighbours('batik-sekar');
    expect(ids(builders)).toEqual(['andi', 'sekar-ayu']);
    expect(ids(sectorMentors)).toEqual(['bagus']);
  });

  it(`keeps each list to ${RELATED_COUNT} by default, or the count asked for`, () => {
    expect(neighbours('batik-ayu').sectorMentors).toHaveLength(RELATED_COUNT);
    expect(ids(neighbours('kopi-10', 1).related)).toEqual(['kopi-9']);
  });

  it('picks the ones whose slugs come next, wrapping round, so the picks are the same on any build', () => {
    // Kuliner elsewhere than Kota Semarang, after "eclair": kopi-10 and kopi-9; after "kopi-9": wraps to the start.
    expect(ids(neighbours('kopi-9').related)).toEqual(['kopi-10', 'dapur-ibu', 'eclair']);
  });

  it('a new business changes the suggestions of a few pages only, never of other sectors and regencies', () => {
    // 400 businesses over 4 sectors and 5 regencies, then one more: the pages whose lists change
    // are the few whose slugs come just before the new one among its sector or regency.
    const sectors = ['kuliner', 'kriya', 'fesyen', 'musik'];
    const regencies = ['kota-semarang', 'kab-klaten', 'kab-jepara', 'kota-surakarta', 'kab-kudus'];
    const many = collections();
    for (let i = 0; i < 400; i++)
      many.businesses.push(
        business(
          `usaha-${((i * 7919) % 1000).toString().padStart(3, '0')}`,
          `Usaha ${i}`,
          [sectors[i % 4]!, ...(i % 9 === 0 ? [sectors[(i + 1) % 4]!] : [])],
          regencies[i % 5]!,
        ),
      );
    const picks = (site: ReturnType<typeof buildSite>) =>
      new Map(
        site.businesses.map((b) => {
          const n = businessNeighbours(site, b);
          return [b.id, JSON.stringify([ids(n.related), ids(n.nearby), ids(n.sectorMentors)])];
        }),
      );
    const before = picks(buildSite(many, NOW));
    many.businesses.push(business('usaha-500x', 'Usaha Baru', ['kriya'], 'kab-klaten'));
    const after = picks(buildSite(many, NOW));
    const changed = [...before].filter(([id, list]) => after.get(id) !== list).map(([id]) => id);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThanOrEqual(2 * RELATED_COUNT);
    // Each changed page changed because the new business entered one of its lists.
    for (const id of changed) expect(after.get(id)).toContain('usaha-500x');
  });
});

describe('sessionPage', () => {
  const input = collections();
  const at = (day: string) => [`2026-02-${day}T09:00:00+07:00`, `2026-02-${day}T12:00:00+07:00`] as const;
  input.classes.push(
    session('penuh', ...at('20'), 'kelas-digital', [], { status: 'penuh' }),
    session('batal', ...at('21'), 'kelas-digital', [], { status: 'dibatalkan', statusNote: 'Mentor sakit.' }),
    session('tunda', ...at('22'), 'kelas-digital', [], { status: 'ditunda', statusNote: 'Ruang dipakai.' }),
    session('pindah', ...at('23'), 'kelas-digital', [], {
      status: 'ditunda',
      statusNote: 'Diundur sepekan.',
      rescheduledTo: '2026-03-02T09:00:00+07:00',
    }),
    session('pindah-lewat', '2026-01-05T09:00:00+07:00', '2026-01-05T12:00:00+07:00', 'kelas-digital', [], {
      status: 'ditunda',
      statusNote: 'Diundur ke hari ini.',
      rescheduledTo: '2026-02-07T09:00:00+07:00',
    }),
    session('wa', ...at('24'), 'kelas-digital', [], { registration: '+6281234567890' }),
  );
  const site = buildSite(input, NOW);
  const page = (id: string) =>
    sessionPage(
      site,
      site.classes.find((c) => c.id === id)!,
    );

  it.each([
    ['c-next', 'open'],
    ['c-past-1', 'past'],
    ['c-now', 'running'],
    ['penuh', 'full'],
    ['batal', 'cancelled'],
    ['tunda', 'postponed'],
    ['pindah', 'moved'],
    // Moved to a date that has begun: not past yet, and no longer open.
    ['pindah-lewat', 'moved'],
  ])('%s: registration is %s', (id, state) => {
    expect(page(id).registration).toBe(state);
  });

  it('resolves the programme and mentors, and reads the registration field', () => {
    const p = page('c-now');
    expect(p.programme.id).toBe('kelas-digital');
    expect(ids(p.mentors)).toEqual(['sekar-ayu', 'andi']);
    expect(p.signUp).toBeUndefined();
    expect(page('wa').signUp).toEqual({ kind: 'whatsapp', number: '+6281234567890' });
  });

  it('gives a moved session its new times and keeps it current until then', () => {
    const p = page('pindah');
    expect(p.actual).toEqual({
      start: new Date('2026-03-02T09:00:00+07:00'),
      end: new Date('2026-03-02T12:00:00+07:00'),
      moved: true,
    });
    expect(p.past).toBe(false);
  });
});

describe('reportSessions', () => {
  it('gives the report each session with its programme’s pillar, its sectors and recorded participants', () => {
    const input = collections();
    input.classes.push(
      session('dicatat', '2026-01-24T09:00:00+07:00', '2026-01-24T12:00:00+07:00', 'kelas-digital', ['andi'], {
        attendees: 18,
        sectors: ['kuliner'],
      }),
    );
    const site = buildSite(input, NOW);
    const sessions = reportSessions(site);
    expect(sessions).toHaveLength(site.classes.length);
    const recorded = sessions.find((s) => s.start.getTime() === new Date('2026-01-24T09:00:00+07:00').getTime())!;
    expect(recorded).toMatchObject({
      programme: 'kelas-digital',
      pillar: site.programme('kelas-digital').data.pillar,
      sectors: ['kuliner'],
      mentors: ['andi'],
      attendees: 18,
      status: 'terjadwal',
    });
    const other = sessions.find((s) => s !== recorded)!;
    expect(other.attendees).toBeUndefined();
  });
});

describe('siteYearReport and its CSV', () => {
  const site = () => {
    const input = collections();
    input.classes.push(
      session('dicatat', '2026-01-24T09:00:00+07:00', '2026-01-24T12:00:00+07:00', 'kelas-digital', ['andi'], {
        attendees: 18,
      }),
    );
    return buildSite(input, NOW);
  };
  const targets = { perYear: 192, perWeek: 4 };

  it('names every breakdown in the taxonomy’s order and counts the directory at the year’s end', () => {
    const s = site();
    const report = siteYearReport(s, targets, 2026);
    expect(report.breakdowns.pillars.map((p) => p.label)).toEqual(['Srawung', 'Mbangun', 'Melesat']);
    expect(report.breakdowns.attendance.map((a) => a.id)).toEqual(['luring', 'daring', 'hibrida']);
    // A session counts once under each of its sectors (its programme's when it has none).
    const sectorsOfHeld = s.classes
      .filter(
        (c) =>
          wibYear(c.data.start) === 2026 &&
          c.data.end <= NOW &&
          c.data.status !== 'dibatalkan' &&
          c.data.status !== 'ditunda',
      )
      .flatMap((c) => s.sessionSectors(c));
    expect(report.breakdowns.sectors.reduce((sum, c) => sum + c.value, 0)).toBe(sectorsOfHeld.length);
    expect(report.directory.total).toBe(s.businesses.filter((b) => b.data.listedOn <= '2026-12-31').length);
    expect(report.listings).toHaveLength(12);
    expect(siteReportYears(s)).toContain(2026);
    // Counted once per site and year: the index, the year's page and the CSV share it.
    expect(siteYearReport(s, targets, 2026)).toBe(report);
  });

  it('writes one row per figure, the summary first, and reads back to the report', () => {
    const report = siteYearReport(site(), targets, 2026);
    const rows = reportRows(report);
    expect(Object.keys(rows[0]!)).toEqual([...REPORT_COLUMNS]);
    expect(rows[0]).toMatchObject({
      tahun: 2026,
      tabel: 'ringkasan',
      ukuran: 'terlaksana',
      nilai: report.sessions.total.held,
    });
    const find = (tabel: string, kunci: string, ukuran: string) =>
      rows.find((r) => r.tabel === tabel && r.kunci === kunci && r.ukuran === ukuran)?.nilai;
    expect(find('ringkasan', '', 'peserta')).toBe(report.sessions.attendees.total);
    expect(find('bulan', '2026-01', 'terlaksana')).toBe(report.sessions.months[0]!.held);
    expect(find('pekan', report.sessions.weeks[0]!.start, 'target')).toBe(4);
    expect(find('pilar', 'mbangun', 'terlaksana')).toBe(report.breakdowns.pillars[1]!.value);
    expect(rows.filter((r) => r.tabel === 'direktori_wilayah')).toHaveLength(35);
    expect(rows.filter((r) => r.tabel === 'usaha_baru')).toHaveLength(12);
    const csv = reportCsv([report]);
    expect(csv.startsWith(`\uFEFF${REPORT_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(rows.length + 1);
  });

  it('documents every column, table and measure it writes in docs/report-data.md', () => {
    const doc = readFileSync(new URL('../../docs/report-data.md', import.meta.url), 'utf8');
    const rows = reportRows(siteYearReport(site(), targets, 2026));
    for (const column of REPORT_COLUMNS) expect(doc).toMatch(new RegExp(`^\\| ${column} `, 'm'));
    for (const name of new Set(rows.flatMap((r) => [String(r.tabel), String(r.ukuran)])))
      expect(doc).toContain(`\`${name}\``);
  });
});

describe('cache keys of entry pages', () => {
  const settings = { links: [{ label: 'Instagram' }] } as unknown as LoadedSite['settings'];
  const loaded = (input: Collections, now = NOW): LoadedSite => ({ ...buildSite(input, now), settings });
  const withData = (input: Collections, id: string, patch: Record<string, unknown>): Collections => ({
    ...input,
    businesses: input.businesses.map((b) => (b.id === id ? { ...b, data: { ...b.data, ...patch } } : b)),
  });

  it("change with what a related business's card shows, not with its summary or an unrelated business", () => {
    const input = collections();
    const key = (i: Collections) => businessPageKey(loaded(i), loaded(i).business('kopi-10'));
    const before = key(input);
    expect(key(input)).toBe(before);
    // dapur-ibu is among kopi-10's related (Kuliner); batik-ayu shares neither sector nor regency.
    expect(key(withData(input, 'dapur-ibu', { name: 'Dapur Ibu Baru' }))).not.toBe(before);
    expect(key(withData(input, 'dapur-ibu', { scale: 'menengah' }))).not.toBe(before);
    // Its brief card leaves the summary out, so the page is the same.
    expect(key(withData(input, 'dapur-ibu', { summary: 'Dapur baru.' }))).toBe(before);
    expect(key(withData(input, 'batik-ayu', { name: 'Batik Baru' }))).toBe(before);
  });

  it("change a listing's first page with the directory's counts, a later page only with its own cards", () => {
    const input = collections();
    const key = (i: Collections, number: number) => {
      const site = loaded(i);
      const pages = paginate(site.businessesInSector('kuliner'), urls.sector('kuliner'), 2);
      return directoryListingKey(site, pages[number - 1]!);
    };
    // A new batik business changes the counts in the facets, not the Kuliner listing's cards.
    const added: Collections = {
      ...input,
      businesses: [...input.businesses, business('batik-baru', 'Batik Baru', ['fesyen'], 'kab-pekalongan')],
    };
    expect(key(added, 1)).not.toBe(key(input, 1));
    expect(key(added, 2)).toBe(key(input, 2));
    // A card's own change still renders its page again.
    expect(key(withData(input, 'kopi-9', { name: 'Kopi Sembilan' }), 2)).not.toBe(key(input, 2));
  });

  it('change when the build’s clock passes a session, so its page says it is over', () => {
    const input = collections();
    const key = (now: Date) =>
      classPageKey(
        loaded(input, now),
        loaded(input, now).classes.find((c) => c.id === 'c-next')!,
      );
    expect(key(new Date('2026-02-08T10:00:00+07:00'))).toBe(key(NOW));
    expect(key(new Date('2026-02-15T10:00:00+07:00'))).not.toBe(key(NOW));
  });

  it("keep a session's calendar when the clock passes it, and change it with a mentor's name", () => {
    const input = collections();
    const key = (i: Collections, now = NOW) => {
      const site = loaded(i, now);
      return calendarKey(site, [site.classes.find((c) => c.id === 'c-next')!]);
    };
    expect(key(input, new Date('2026-02-15T10:00:00+07:00'))).toBe(key(input));
    const renamed: Collections = {
      ...input,
      mentors: input.mentors.map((m) => (m.id === 'andi' ? { ...m, data: { ...m.data, name: 'Andi W.' } } : m)),
    };
    expect(key(renamed)).not.toBe(key(input));
    // Sekar Ayu teaches other sessions, not this one.
    const other: Collections = {
      ...input,
      mentors: input.mentors.map((m) => (m.id === 'sekar-ayu' ? { ...m, data: { ...m.data, name: 'Sekar' } } : m)),
    };
    expect(key(other)).toBe(key(input));
  });

  it('change on every page when the site settings in the footer change', () => {
    const site = loaded(collections());
    const other = { ...site, settings: { ...settings, links: [] } };
    expect(mentorPageKey(other, other.mentor('andi'))).not.toBe(mentorPageKey(site, site.mentor('andi')));
  });
});

describe('firstBy', () => {
  it('gives the same as sorting and slicing, in one pass', () => {
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647);
    for (let round = 0; round < 50; round++) {
      const items = Array.from({ length: next() % 40 }, () => ({ id: `u-${next() % 60}` }));
      const order = nextAfter(`u-${next() % 60}`);
      for (const count of [1, 3, 10])
        expect(firstBy(items, order, count)).toEqual([...items].sort(order).slice(0, count));
    }
  });
});
