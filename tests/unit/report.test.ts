import { describe, expect, it } from 'vitest';
import {
  cumulativeByMonth,
  heldShare,
  listedBy,
  listingsPerMonth,
  listingsPerYear,
  outcomeOf,
  reportTargets,
  reportYears,
  weeksOfYear,
  yearReport,
  type ReportSession,
} from '../../src/lib/report';

const NOW = new Date('2026-11-27T10:00:00+07:00');
const ORDER = {
  pillars: ['srawung', 'mbangun', 'melesat'],
  formats: ['kelas', 'seminar', 'workshop', 'diskusi'],
  attendance: ['luring', 'daring', 'hibrida'],
  sectors: ['kriya', 'kuliner', 'fesyen'],
};
const TARGETS = { perYear: 192, perWeek: 4 };

/** A three-hour session starting at `start` (WIB unless an offset is given). */
function session(start: string, extra: Partial<ReportSession> = {}): ReportSession {
  const begin = new Date(start.includes('+') || start.endsWith('Z') ? start : `${start}+07:00`);
  return {
    start: begin,
    end: new Date(begin.getTime() + 3 * 3_600_000),
    status: 'terjadwal',
    programme: 'kelas-digital',
    pillar: 'mbangun',
    format: 'kelas',
    attendance: 'luring',
    sectors: ['kriya'],
    mentors: [],
    ...extra,
  };
}

const report = (sessions: ReportSession[], year = 2026, now = NOW) => yearReport(sessions, year, now, TARGETS, ORDER);

describe('outcomeOf', () => {
  it.each([
    ['ended, scheduled', '2026-11-20T09:00', 'terjadwal', 'held'],
    ['ended, was full', '2026-11-20T09:00', 'penuh', 'held'],
    ['ended exactly at now', '2026-11-27T07:00', 'terjadwal', 'held'],
    ['under way at now', '2026-11-27T08:00', 'terjadwal', 'upcoming'],
    ['still to come', '2026-12-05T09:00', 'terjadwal', 'upcoming'],
    ['cancelled, in the past', '2026-11-20T09:00', 'dibatalkan', 'cancelled'],
    ['cancelled, still to come', '2026-12-05T09:00', 'dibatalkan', 'cancelled'],
    ['postponed, in the past', '2026-11-20T09:00', 'ditunda', 'postponed'],
    ['postponed, still to come', '2026-12-05T09:00', 'ditunda', 'postponed'],
  ] as const)('%s → %s', (_, start, status, expected) => {
    expect(outcomeOf(session(start, { status }), NOW)).toBe(expected);
  });
});

describe('weeksOfYear', () => {
  it('starts with the Monday of the week that holds 1 January, even in the year before', () => {
    // 1 January 2026 is a Thursday; 1 January 2024 a Monday.
    expect(weeksOfYear(2026)[0]).toBe('2025-12-29');
    expect(weeksOfYear(2024)[0]).toBe('2024-01-01');
  });

  it('ends with the week that holds 31 December', () => {
    expect(weeksOfYear(2026).at(-1)).toBe('2026-12-28');
    expect(weeksOfYear(2026)).toHaveLength(53);
    expect(weeksOfYear(2027)).toHaveLength(53);
  });
});

describe('yearReport', () => {
  it('counts held, cancelled, postponed and upcoming apart, per month', () => {
    const r = report([
      session('2026-03-02T09:00'),
      session('2026-03-09T09:00', { status: 'penuh' }),
      session('2026-03-16T09:00', { status: 'dibatalkan' }),
      session('2026-04-06T09:00', { status: 'ditunda' }),
      session('2026-12-07T09:00'),
    ]);
    expect(r.total).toEqual({ held: 2, cancelled: 1, postponed: 1, upcoming: 1 });
    expect(r.months).toHaveLength(12);
    expect(r.months[2]).toEqual({ month: '2026-03', held: 2, cancelled: 1, postponed: 0, upcoming: 0 });
    expect(r.months[3]).toMatchObject({ month: '2026-04', postponed: 1 });
    expect(r.months[11]).toMatchObject({ month: '2026-12', upcoming: 1 });
  });

  it('puts a session in the year and week of its WIB day, across the year boundary', () => {
    const sessions = [
      // 00.30 WIB on 1 January 2026 is still 31 December 2025 in UTC.
      session('2026-01-01T00:30'),
      // 30 December 2025 shares that week, but belongs to 2025.
      session('2025-12-30T09:00'),
      session('2026-12-31T20:00'),
    ];
    const r2026 = report(sessions, 2026, new Date('2027-01-05T00:00:00+07:00'));
    expect(r2026.total.held).toBe(2);
    expect(r2026.weeks[0]).toEqual({ start: '2025-12-29', held: 1, upcoming: 0, planned: 4 });
    expect(r2026.weeks.at(-1)).toEqual({ start: '2026-12-28', held: 1, upcoming: 0, planned: 4 });
    expect(r2026.months[0]!.held).toBe(1);
    const r2025 = report(sessions, 2025, new Date('2027-01-05T00:00:00+07:00'));
    expect(r2025.total.held).toBe(1);
    expect(r2025.weeks.at(-1)).toEqual({ start: '2025-12-29', held: 1, upcoming: 0, planned: 4 });
  });

  it('counts a session postponed into the next year as postponed in its original year only', () => {
    const moved = session('2026-12-21T09:00', { status: 'ditunda' });
    const later = new Date('2027-02-01T00:00:00+07:00');
    expect(report([moved], 2026, later).total).toEqual({ held: 0, cancelled: 0, postponed: 1, upcoming: 0 });
    expect(report([moved], 2027, later).total).toEqual({ held: 0, cancelled: 0, postponed: 0, upcoming: 0 });
  });

  it('breaks held sessions down by pillar, format, attendance and sector, zeros included', () => {
    const r = report([
      session('2026-05-04T09:00', { pillar: 'srawung', format: 'diskusi', sectors: ['kriya', 'kuliner'] }),
      session('2026-05-11T09:00', { attendance: 'daring', sectors: [] }),
      session('2026-05-18T09:00', { status: 'dibatalkan', pillar: 'melesat' }),
    ]);
    expect(r.byPillar).toEqual([
      { id: 'srawung', held: 1 },
      { id: 'mbangun', held: 1 },
      { id: 'melesat', held: 0 },
    ]);
    expect(r.byFormat.find((c) => c.id === 'diskusi')!.held).toBe(1);
    expect(r.byAttendance).toEqual([
      { id: 'luring', held: 1 },
      { id: 'daring', held: 1 },
      { id: 'hibrida', held: 0 },
    ]);
    expect(r.bySector).toEqual([
      { id: 'kriya', held: 1 },
      { id: 'kuliner', held: 1 },
      { id: 'fesyen', held: 0 },
    ]);
  });

  it('counts distinct programmes and mentors, and participants only where recorded', () => {
    const r = report([
      session('2026-06-01T09:00', { programme: 'a', mentors: ['sekar', 'andi'], attendees: 25 }),
      session('2026-06-08T09:00', { programme: 'a', mentors: ['sekar'] }),
      session('2026-06-15T09:00', { programme: 'b', mentors: [], attendees: 0 }),
      session('2026-06-22T09:00', { programme: 'c', mentors: ['bagus'], status: 'dibatalkan', attendees: 9 }),
    ]);
    expect(r.programmes).toBe(2);
    expect(r.mentors).toBe(2);
    expect(r.attendees).toEqual({ total: 25, sessions: 2 });
  });

  it('counts the sessions still to come per week apart from the held ones', () => {
    const r = report([session('2026-11-24T09:00'), session('2026-11-26T09:00'), session('2026-11-27T09:00')]);
    expect(r.weeks.find((w) => w.start === '2026-11-23')).toEqual({
      start: '2026-11-23',
      held: 2,
      upcoming: 1,
      planned: 4,
    });
  });

  it('plans the weekly target for every week of the year', () => {
    const r = report([]);
    expect(r.weeks.every((w) => w.planned === 4 && w.held === 0)).toBe(true);
    expect(r.targets).toEqual(TARGETS);
  });
});

describe('reportYears', () => {
  it('lists every year with a session up to the year of now, and now’s year even when empty', () => {
    const sessions = [session('2025-03-01T09:00'), session('2027-01-10T09:00')];
    expect(reportYears(sessions, NOW)).toEqual([2025, 2026]);
    expect(reportYears([], NOW)).toEqual([2026]);
  });
});

describe('listingsPerMonth', () => {
  const listed = (listedOn: string) => ({ data: { listedOn } });

  it('counts the listings of each month of the year, other years left out', () => {
    const months = listingsPerMonth(
      [listed('2026-01-31'), listed('2026-02-01'), listed('2026-02-28'), listed('2025-12-31'), listed('2027-01-01')],
      2026,
    );
    expect(months).toEqual([1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('cumulativeByMonth', () => {
  it('adds held sessions up month by month against an even pace to the yearly target', () => {
    const r = report([session('2026-02-02T09:00'), session('2026-02-09T09:00'), session('2026-04-06T09:00')]);
    const cumulative = cumulativeByMonth(r);
    expect(cumulative.map((c) => c.held)).toEqual([0, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(cumulative.map((c) => c.planned)).toEqual([16, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192]);
  });

  it('rounds the pace of a target that does not divide by twelve, ending on the target', () => {
    const r = yearReport([], 2026, NOW, { perYear: 100, perWeek: 2 }, ORDER);
    expect(cumulativeByMonth(r).map((c) => c.planned)).toEqual([8, 17, 25, 33, 42, 50, 58, 67, 75, 83, 92, 100]);
  });
});

describe('the directory over time', () => {
  const listed = (listedOn: string) => ({ data: { listedOn } });

  it('keeps the businesses listed by the end of a year', () => {
    const all = [listed('2025-12-31'), listed('2026-01-01'), listed('2026-12-31'), listed('2027-01-01')];
    expect(listedBy(all, 2025)).toHaveLength(1);
    expect(listedBy(all, 2026)).toHaveLength(3);
  });

  it('counts new listings per year, earliest first', () => {
    expect(listingsPerYear([listed('2026-03-01'), listed('2024-09-02'), listed('2026-05-05')])).toEqual([
      { year: 2024, count: 1 },
      { year: 2026, count: 2 },
    ]);
  });
});

describe('heldShare', () => {
  it('is held over the yearly target, and 0 without a target', () => {
    expect(heldShare({ total: { held: 48, cancelled: 0, postponed: 0, upcoming: 0 }, targets: TARGETS })).toBe(0.25);
    expect(
      heldShare({ total: { held: 3, cancelled: 0, postponed: 0, upcoming: 0 }, targets: { perYear: 0, perWeek: 0 } }),
    ).toBe(0);
  });
});

describe('reportTargets', () => {
  it('reads the plan from the site settings', () => {
    expect(reportTargets({ programmesPerYear: 192, classesPerWeek: 4 })).toEqual(TARGETS);
  });
});
