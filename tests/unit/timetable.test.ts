import { describe, expect, it } from 'vitest';
import { contentSchema, plainContext, timetables } from '../../src/schema';
import { expandTimetable } from '../../src/lib/timetable';
import { seriesDates, timetableProblems, type Timetable } from '../../src/schema/timetables';
import { wibInstant } from '../../src/time/wib';
import { fixtures, withValue } from './fixtures/content';

const base: Timetable = {
  weekdays: ['senin'],
  startTime: '13:00',
  endTime: '16:00',
  firstDate: '2026-11-02',
  lastDate: '2026-11-30',
  exceptions: [],
  overrides: [],
};
const t = (over: Partial<Timetable>): Timetable => ({ ...base, ...over });
const dates = (timetable: Timetable) => expandTimetable(timetable).map((s) => s.date);

describe('expandTimetable', () => {
  it.each<[string, Partial<Timetable>, string[]]>([
    [
      'every Monday, first and last date inclusive',
      {},
      ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30'],
    ],
    [
      'first and last date that are not session days',
      { firstDate: '2026-11-03', lastDate: '2026-11-29' },
      ['2026-11-09', '2026-11-16', '2026-11-23'],
    ],
    ['a single-day range on a session day', { firstDate: '2026-11-09', lastDate: '2026-11-09' }, ['2026-11-09']],
    ['a single-day range on another day', { firstDate: '2026-11-10', lastDate: '2026-11-10' }, []],
    ['a range with no session day at all', { firstDate: '2026-11-03', lastDate: '2026-11-08' }, []],
    ['last date before the first', { firstDate: '2026-11-30', lastDate: '2026-11-02' }, []],
    [
      'across a month boundary, two weekdays',
      { weekdays: ['senin', 'jumat'], firstDate: '2026-10-29', lastDate: '2026-11-03' },
      ['2026-10-30', '2026-11-02'],
    ],
    [
      'across a year boundary',
      { weekdays: ['kamis'], firstDate: '2026-12-24', lastDate: '2027-01-14' },
      ['2026-12-24', '2026-12-31', '2027-01-07', '2027-01-14'],
    ],
    [
      'across 29 February of a leap year',
      { weekdays: ['minggu'], firstDate: '2028-02-20', lastDate: '2028-03-06' },
      ['2028-02-20', '2028-02-27', '2028-03-05'],
    ],
    [
      'weekdays listed out of order',
      { weekdays: ['rabu', 'senin'], firstDate: '2026-11-02', lastDate: '2026-11-04' },
      ['2026-11-02', '2026-11-04'],
    ],
    [
      'with exceptions removed',
      { exceptions: [{ date: '2026-11-09' }, { date: '2026-11-30' }] },
      ['2026-11-02', '2026-11-16', '2026-11-23'],
    ],
    [
      'every session an exception',
      { firstDate: '2026-11-02', lastDate: '2026-11-02', exceptions: [{ date: '2026-11-02' }] },
      [],
    ],
  ])('%s', (_, over, expected) => {
    expect(dates(t(over))).toEqual(expected);
  });

  it('puts each session at its WIB wall-clock time, whatever the machine time zone', () => {
    const [first] = expandTimetable(base);
    expect(first!.start.toISOString()).toBe('2026-11-02T06:00:00.000Z');
    expect(first!.end.toISOString()).toBe('2026-11-02T09:00:00.000Z');
    expect(wibInstant('2027-01-01', '00:30').toISOString()).toBe('2026-12-31T17:30:00.000Z');
  });

  it('applies an override to its own date only, keeping the override for the page', () => {
    const override = { date: '2026-11-16', startTime: '09:00', endTime: '11:30', topic: 'Iklan' };
    const sessions = expandTimetable(t({ overrides: [override] }));
    const moved = sessions.find((s) => s.date === '2026-11-16')!;
    expect(moved.start.toISOString()).toBe('2026-11-16T02:00:00.000Z');
    expect(moved.end.toISOString()).toBe('2026-11-16T04:30:00.000Z');
    expect(moved.override).toBe(override);
    expect(sessions.filter((s) => s.override)).toHaveLength(1);
    expect(sessions.find((s) => s.date === '2026-11-23')!.start.toISOString()).toBe('2026-11-23T06:00:00.000Z');
  });

  it('overrides only the start time, keeping the series end', () => {
    const [session] = expandTimetable(
      t({ firstDate: '2026-11-02', lastDate: '2026-11-02', overrides: [{ date: '2026-11-02', startTime: '14:00' }] }),
    );
    expect([session!.start.toISOString(), session!.end.toISOString()]).toEqual([
      '2026-11-02T07:00:00.000Z',
      '2026-11-02T09:00:00.000Z',
    ]);
  });

  it('stops a runaway range (a typo in the year) at two years', () => {
    expect(seriesDates(t({ lastDate: '2126-11-30' })).length).toBeLessThanOrEqual(106);
  });
});

describe('timetableProblems', () => {
  it.each<[string, Partial<Timetable>, { path: (string | number)[]; message: RegExp }[]]>([
    ['a valid series', {}, []],
    [
      'end time before start time',
      { endTime: '12:00' },
      [{ path: ['endTime'], message: /Jam selesai harus setelah jam mulai/ }],
    ],
    ['end time equal to start time', { endTime: '13:00' }, [{ path: ['endTime'], message: /Jam selesai/ }]],
    [
      'last date before first date',
      { lastDate: '2026-11-01' },
      [{ path: ['lastDate'], message: /Tanggal terakhir harus/ }],
    ],
    ['a range of more than two years', { lastDate: '2029-01-01' }, [{ path: ['lastDate'], message: /dua tahun/ }]],
    [
      'a range with no session',
      { firstDate: '2026-11-03', lastDate: '2026-11-08' },
      [{ path: ['weekdays'], message: /tidak menghasilkan satu sesi pun/ }],
    ],
    [
      'an exception on another weekday',
      { exceptions: [{ date: '2026-11-10' }] },
      [
        {
          path: ['exceptions', 0, 'date'],
          message: /Selasa, 10 November 2026 bukan hari sesi \(Senin antara 2026-11-02 dan 2026-11-30\)/,
        },
      ],
    ],
    [
      'an exception outside the range',
      { exceptions: [{ date: '2026-12-07' }] },
      [{ path: ['exceptions', 0, 'date'], message: /tidak meniadakan sesi/ }],
    ],
    [
      'the same exception twice',
      { exceptions: [{ date: '2026-11-09' }, { date: '2026-11-09' }] },
      [{ path: ['exceptions', 1, 'date'], message: /sudah ada/ }],
    ],
    [
      'an override outside the range',
      { overrides: [{ date: '2026-10-26' }] },
      [{ path: ['overrides', 0, 'date'], message: /bukan hari sesi/ }],
    ],
    [
      'an override on an exception',
      { exceptions: [{ date: '2026-11-09' }], overrides: [{ date: '2026-11-09' }] },
      [{ path: ['overrides', 0, 'date'], message: /diliburkan/ }],
    ],
    [
      'two overrides of one session',
      { overrides: [{ date: '2026-11-09' }, { date: '2026-11-09' }] },
      [{ path: ['overrides', 1, 'date'], message: /sudah punya perubahan/ }],
    ],
    [
      'an override ending before it starts',
      { overrides: [{ date: '2026-11-09', startTime: '17:00' }] },
      [{ path: ['overrides', 0, 'endTime'], message: /Jam selesai sesi ini/ }],
    ],
  ])('%s', (_, over, expected) => {
    const problems = timetableProblems(t(over));
    expect(problems.map((p) => p.path)).toEqual(expected.map((e) => e.path));
    problems.forEach((p, i) => expect(p.message).toMatch(expected[i]!.message));
  });
});

describe('the timetable schema (the build and the CMS)', () => {
  const schema = contentSchema(timetables, plainContext);
  const issues = (input: unknown) =>
    (schema.safeParse(input).error?.issues ?? []).map((i) => ({ path: i.path.join('.'), message: i.message }));

  it('accepts the full fixture', () => {
    expect(issues(fixtures.timetables.full)).toEqual([]);
  });

  it.each<[string, (string | number)[], unknown, string, RegExp]>([
    ['an impossible date', ['firstDate'], '2026-02-30', 'firstDate', /Tanggal tidak valid/],
    ['a date in another format', ['lastDate'], '21/12/2026', 'lastDate', /Tanggal tidak valid/],
    [
      'an impossible exception date',
      ['exceptions', 0, 'date'],
      '2026-13-01',
      'exceptions.0.date',
      /Tanggal tidak valid/,
    ],
    ['an unknown weekday', ['weekdays'], ['senen'], 'weekdays.0', /Nilai "senen" tidak dikenal/],
    ['no weekday', ['weekdays'], [], 'weekdays', /minimal 1/],
    ['a time with a dot', ['startTime'], '13.00', 'startTime', /JJ:MM/],
    ['hour 24', ['endTime'], '24:00', 'endTime', /JJ:MM/],
    [
      'an exception that matches no session',
      ['exceptions', 0, 'date'],
      '2026-12-16',
      'exceptions.0.date',
      /bukan hari sesi/,
    ],
    [
      'a cancelled session without a reason',
      ['overrides', 0],
      { date: '2026-11-05', status: 'dibatalkan' },
      'overrides.0.statusNote',
      /memerlukan keterangan alasan/,
    ],
    [
      'a misspelt override field',
      ['overrides', 0],
      { date: '2026-11-05', topik: 'x' },
      'overrides.0',
      /Kolom tidak dikenal: topik/,
    ],
  ])('refuses %s, at the field', (_, path, value, at, message) => {
    const found = issues(withValue(fixtures.timetables.full, path, value));
    expect(found.map((i) => i.path)).toContain(at);
    expect(found.find((i) => i.path === at)!.message).toMatch(message);
  });

  it('keeps dates as calendar days, also when YAML made them Dates', () => {
    const parsed = schema.parse({ ...fixtures.timetables.minimal, firstDate: new Date('2026-11-02T00:00:00Z') });
    expect(parsed.firstDate).toBe('2026-11-02');
  });
});
