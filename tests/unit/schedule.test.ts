import { afterEach, describe, expect, it } from 'vitest';
import { buildNow } from '../../src/lib/now';
import { weekName } from '../../src/lib/weeks';
import { weekOffset, weekStart } from '../../src/time/weeks';
import { wibInstant } from '../../src/time/wib';
import {
  byStart,
  calendarMonths,
  currentUntil,
  groupByWeek,
  isRegistrationOpen,
  isUpcoming,
  monthGrid,
  splitByTime,
  type ClassStatus,
  type Timed,
} from '../../src/lib/schedule';

const at = (iso: string) => new Date(iso);
/** A session from `start` lasting `hours`. */
const session = (id: string, start: string, hours = 2): Timed & { id: string } => {
  const begin = at(start);
  return { id, start: begin, end: new Date(begin.getTime() + hours * 3600_000) };
};
const idsOf = (sessions: { id: string }[]) => sessions.map((s) => s.id);

describe('isUpcoming', () => {
  const s = session('s', '2026-02-07T09:00:00+07:00', 3); // 09.00–12.00 WIB
  it.each([
    ['a day before', '2026-02-06T09:00:00+07:00', true],
    ['a second before the start', '2026-02-07T08:59:59+07:00', true],
    ['exactly at the start', '2026-02-07T09:00:00+07:00', true],
    ['in progress', '2026-02-07T10:30:00+07:00', true],
    ['a millisecond before the end', '2026-02-07T04:59:59.999Z', true],
    ['exactly at the end', '2026-02-07T12:00:00+07:00', false],
    ['after the end', '2026-02-07T12:00:01+07:00', false],
    ['a week later', '2026-02-14T09:00:00+07:00', false],
  ])('%s: %s → upcoming %j', (_, now, expected) => {
    expect(isUpcoming(s, at(now))).toBe(expected);
  });
});

describe('splitByTime', () => {
  const now = at('2026-02-07T10:00:00+07:00');
  const sessions = [
    session('next-month', '2026-03-02T09:00:00+07:00'),
    session('last-week', '2026-01-31T09:00:00+07:00'),
    session('in-progress', '2026-02-07T09:00:00+07:00'),
    session('tomorrow', '2026-02-08T09:00:00+07:00'),
    session('last-year', '2025-11-01T09:00:00+07:00'),
    session('this-morning', '2026-02-07T07:00:00+07:00', 1),
    session('ends-now', '2026-02-07T08:00:00+07:00', 2),
  ];

  it('puts upcoming sessions soonest first and past ones most recent first', () => {
    const { upcoming, past } = splitByTime(sessions, now);
    expect(idsOf(upcoming)).toEqual(['in-progress', 'tomorrow', 'next-month']);
    expect(idsOf(past)).toEqual(['ends-now', 'this-morning', 'last-week', 'last-year']);
  });

  it('does not reorder its input', () => {
    const before = idsOf(sessions);
    splitByTime(sessions, now);
    expect(idsOf(sessions)).toEqual(before);
  });

  it('handles no sessions', () => {
    expect(splitByTime([], now)).toEqual({ upcoming: [], past: [] });
  });

  it('byStart orders by start time', () => {
    expect(idsOf([...sessions].sort(byStart))).toEqual([
      'last-year',
      'last-week',
      'this-morning',
      'ends-now',
      'in-progress',
      'tomorrow',
      'next-month',
    ]);
  });
});

describe('weekStart (Monday 00.00 WIB)', () => {
  // 2026-02-02 and 2026-02-09 are Mondays; 7 February 2026 is a Saturday.
  it.each([
    ['Saturday 09.00 WIB', '2026-02-07T09:00:00+07:00', '2026-02-02T00:00:00+07:00'],
    ['Sunday 23.30 WIB (Sunday in UTC)', '2026-02-08T23:30:00+07:00', '2026-02-02T00:00:00+07:00'],
    ['Sunday 06.00 WIB (still Saturday in UTC)', '2026-02-08T06:00:00+07:00', '2026-02-02T00:00:00+07:00'],
    ['Monday 00.00 WIB exactly (Sunday in UTC)', '2026-02-09T00:00:00+07:00', '2026-02-09T00:00:00+07:00'],
    ['Monday 00.10 WIB (Sunday 17.10 in UTC)', '2026-02-09T00:10:00+07:00', '2026-02-09T00:00:00+07:00'],
    ['Monday 06.59 WIB (Sunday 23.59 in UTC)', '2026-02-09T06:59:00+07:00', '2026-02-09T00:00:00+07:00'],
    ['Sunday 23.59.59 WIB', '2026-02-08T23:59:59.999+07:00', '2026-02-02T00:00:00+07:00'],
    ['New Year (Thursday) 00.30 WIB, still 2025 in UTC', '2026-01-01T00:30:00+07:00', '2025-12-29T00:00:00+07:00'],
    ['leap day 2028 (Tuesday)', '2028-02-29T12:00:00+07:00', '2028-02-28T00:00:00+07:00'],
  ])('%s', (_, instant, monday) => {
    expect(weekStart(at(instant)).toISOString()).toBe(at(monday).toISOString());
  });

  it('starts weeks at the midnight wib.ts gives the Monday (both keep the WIB offset)', () => {
    expect(weekStart(at('2026-02-07T09:00:00+07:00'))).toEqual(wibInstant('2026-02-02'));
    expect(weekStart(at('2026-02-08T23:59:00+07:00'))).toEqual(wibInstant('2026-02-02'));
  });

  it('is a fixed point', () => {
    const monday = weekStart(at('2026-02-05T15:00:00+07:00'));
    expect(weekStart(monday).getTime()).toBe(monday.getTime());
  });

  describe('whatever the machine timezone', () => {
    const original = process.env['TZ'];
    afterEach(() => {
      if (original === undefined) delete process.env['TZ'];
      else process.env['TZ'] = original;
    });

    it.each(['UTC', 'America/New_York', 'Pacific/Kiritimati'])('TZ=%s', (tz) => {
      process.env['TZ'] = tz;
      expect(weekStart(at('2026-02-09T00:10:00+07:00')).toISOString()).toBe('2026-02-08T17:00:00.000Z');
      expect(weekStart(at('2026-02-08T23:30:00+07:00')).toISOString()).toBe('2026-02-01T17:00:00.000Z');
    });
  });
});

describe('groupByWeek', () => {
  const now = at('2026-02-04T10:00:00+07:00'); // Wednesday
  const sessions = [
    session('last-friday', '2026-01-30T09:00:00+07:00'),
    session('thursday', '2026-02-05T09:00:00+07:00'),
    session('sunday-night', '2026-02-08T23:30:00+07:00'),
    session('monday-just-after-midnight', '2026-02-09T00:10:00+07:00'),
    session('next-saturday', '2026-02-14T13:00:00+07:00'),
    session('in-two-weeks', '2026-02-20T09:00:00+07:00'),
    session('in-a-month', '2026-03-06T09:00:00+07:00'),
  ];

  it('groups sessions into weeks with offsets from the week of now', () => {
    const weeks = groupByWeek(sessions, now);
    expect(weeks.map((w) => ({ key: w.key, offset: w.offset, items: idsOf(w.items) }))).toEqual([
      { key: '2026-01-26', offset: -1, items: ['last-friday'] },
      { key: '2026-02-02', offset: 0, items: ['thursday', 'sunday-night'] },
      { key: '2026-02-09', offset: 1, items: ['monday-just-after-midnight', 'next-saturday'] },
      { key: '2026-02-16', offset: 2, items: ['in-two-weeks'] },
      { key: '2026-03-02', offset: 4, items: ['in-a-month'] },
    ]);
  });

  it('starts each week on Monday 00.00 WIB', () => {
    for (const week of groupByWeek(sessions, now)) {
      expect(week.start.getTime()).toBe(weekStart(week.start).getTime());
      expect(week.start.getUTCHours()).toBe(17); // 00.00 WIB
      expect(week.start.getUTCDay()).toBe(0); // Sunday in UTC is Monday in WIB
    }
  });

  it('counts offsets from the week of now, even late on Sunday night', () => {
    const sundayNight = at('2026-02-08T23:59:00+07:00');
    const mondayMorning = at('2026-02-09T00:01:00+07:00');
    const next = [session('monday', '2026-02-09T09:00:00+07:00')];
    expect(groupByWeek(next, sundayNight)[0]?.offset).toBe(1);
    expect(groupByWeek(next, mondayMorning)[0]?.offset).toBe(0);
  });

  it('keeps the order it is given', () => {
    const reversed = [...sessions].reverse();
    const weeks = groupByWeek(reversed, now);
    expect(weeks.map((w) => w.offset)).toEqual([4, 2, 1, 0, -1]);
    expect(idsOf(weeks[1]!.items)).toEqual(['in-two-weeks']);
    expect(idsOf(weeks[2]!.items)).toEqual(['next-saturday', 'monday-just-after-midnight']);
  });

  it('returns no weeks for no sessions', () => {
    expect(groupByWeek([], now)).toEqual([]);
  });
});

describe('weekOffset and weekName (the headings the freshness script rewrites at view time)', () => {
  const monday = at('2026-11-30T00:00:00+07:00');
  it.each([
    ['the same week, on Sunday night', '2026-12-06T23:59:00+07:00', 0, 'Pekan ini'],
    ['the Friday before', '2026-11-27T10:00:00+07:00', 1, 'Pekan depan'],
    ['a month before', '2026-10-29T10:00:00+07:00', 5, '5 pekan lagi'],
    ['the next Monday, just after midnight WIB', '2026-12-07T00:01:00+07:00', -1, 'Pekan lalu'],
    ['a year later', '2027-11-29T10:00:00+07:00', -52, '52 pekan lalu'],
  ])('a week starting Monday 30 November, seen %s', (_, now, offset, name) => {
    expect(weekOffset(monday, at(now))).toBe(offset);
    expect(weekName(offset)).toBe(name);
  });
});

describe('currentUntil', () => {
  const start = at('2026-12-05T09:00:00+07:00');
  const end = at('2026-12-05T11:00:00+07:00');
  it('is the end of a session that keeps its date', () => {
    expect(currentUntil({ start, end }).toISOString()).toBe(end.toISOString());
  });
  it('is the end at the new date of a postponed session, its length kept', () => {
    const moved = currentUntil({ start, end, rescheduledTo: at('2027-01-07T13:00:00+07:00') });
    expect(moved.toISOString()).toBe(at('2027-01-07T15:00:00+07:00').toISOString());
  });
});

describe('isRegistrationOpen', () => {
  const start = '2026-02-07T09:00:00+07:00';
  const before = at('2026-02-06T12:00:00+07:00');
  const withStatus = (status: ClassStatus) => ({ ...session('s', start, 3), status });

  it.each<[ClassStatus, boolean]>([
    ['terjadwal', true],
    ['penuh', false],
    ['dibatalkan', false],
    ['ditunda', false],
  ])('before the start, status %s → open %j', (status, open) => {
    expect(isRegistrationOpen(withStatus(status), before)).toBe(open);
  });

  it.each([
    ['a second before the start', '2026-02-07T08:59:59+07:00', true],
    ['exactly at the start', '2026-02-07T09:00:00+07:00', false],
    ['in progress', '2026-02-07T10:00:00+07:00', false],
    ['after the end', '2026-02-07T13:00:00+07:00', false],
  ])('a scheduled session, %s → open %j', (_, now, open) => {
    expect(isRegistrationOpen(withStatus('terjadwal'), at(now))).toBe(open);
  });
});

describe('buildNow', () => {
  const original = process.env['SITE_NOW'];
  afterEach(() => {
    if (original === undefined) delete process.env['SITE_NOW'];
    else process.env['SITE_NOW'] = original;
  });

  it.each([
    ['2026-02-07T09:00:00+07:00', '2026-02-07T02:00:00.000Z'],
    ['2026-02-07T02:00:00Z', '2026-02-07T02:00:00.000Z'],
    ['2026-02-07T02:00:00.123Z', '2026-02-07T02:00:00.123Z'],
  ])('uses SITE_NOW=%s', (value, expected) => {
    expect(buildNow({ SITE_NOW: value }).toISOString()).toBe(expected);
  });

  it.each([
    ['unset', {}],
    ['empty', { SITE_NOW: '' }],
    ['undefined', { SITE_NOW: undefined }],
  ])('uses the current time when SITE_NOW is %s', (_, env) => {
    const before = Date.now();
    const now = buildNow(env).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it.each(['besok', '2026-02-31T25:00:00+07:00', 'not-a-date', '07/02/2026 lusa'])(
    'throws a clear error for SITE_NOW=%j',
    (value) => {
      expect(() => buildNow({ SITE_NOW: value })).toThrow(
        `SITE_NOW must be an ISO 8601 instant with an offset, e.g. 2026-11-27T10:00:00+07:00; got "${value}"`,
      );
    },
  );

  it('reads process.env by default', () => {
    process.env['SITE_NOW'] = '2026-02-07T09:00:00+07:00';
    expect(buildNow().toISOString()).toBe('2026-02-07T02:00:00.000Z');
    process.env['SITE_NOW'] = 'kemarin';
    expect(() => buildNow()).toThrow(/SITE_NOW/);
  });
});

describe('month calendar', () => {
  const at = (iso: string) => ({ start: new Date(iso), end: new Date(new Date(iso).getTime() + 3_600_000) });

  it('lays December 2026 out in Monday-first weeks, days of other months marked', () => {
    const weeks = monthGrid(2026, 12, []);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[0]![0]).toMatchObject({ key: '2026-11-30', day: 30, inMonth: false });
    expect(weeks[0]![1]).toMatchObject({ key: '2026-12-01', day: 1, inMonth: true });
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(31);
    expect(weeks.at(-1)!.at(-1)).toMatchObject({ key: '2027-01-03', inMonth: false });
  });

  it('puts a session on its WIB day, even when it is another day in UTC', () => {
    const late = at('2026-12-31T23:30:00+07:00'); // 16.30 UTC the same day
    const early = at('2027-01-01T06:00:00+07:00'); // 23.00 UTC on 31 December
    const days = monthGrid(2026, 12, [late, early]).flat();
    expect(days.find((d) => d.key === '2026-12-31')!.items).toEqual([late]);
    expect(
      monthGrid(2027, 1, [late, early])
        .flat()
        .find((d) => d.key === '2027-01-01')!.items,
    ).toEqual([early]);
  });

  it('lists every month from the first to the last session and the current one, across a year end', () => {
    expect(
      calendarMonths(
        [at('2026-11-02T09:00:00+07:00'), at('2027-02-01T06:00:00+07:00')],
        new Date('2026-11-27T03:00:00Z'),
      ),
    ).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(calendarMonths([], new Date('2026-11-27T03:00:00Z'))).toEqual(['2026-11']);
    expect(calendarMonths([at('2026-11-30T23:30:00+07:00')], new Date('2026-11-01T00:00:00Z'))).toEqual(['2026-11']);
  });
});
