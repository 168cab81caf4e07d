import { describe, expect, it } from 'vitest';
import { classFeedItems, FEED_SIZE } from '../../src/lib/feed';
import { dateSpan, describeSeries, weekdayList } from '../../src/lib/series';
import type { ClassSession, Programme, Site, Timetable } from '../../src/lib/site';

const programme = { id: 'p', data: { title: 'Kelas Digital' } } as unknown as Programme;
const single = (id: string, announced: string, series?: string) =>
  ({
    id,
    ...(series ? { series: { id: series, date: '2026-12-07' } } : {}),
    data: {
      title: `Kelas ${id}`,
      announced,
      start: new Date('2026-12-05T09:00:00+07:00'),
      programme: { id: 'p' },
      summary: 'Ringkas.',
    },
  }) as unknown as ClassSession;
const timetable = (id: string, announced: string) =>
  ({
    id,
    data: {
      title: `Seri ${id}`,
      announced,
      weekdays: ['senin'],
      startTime: '13:00',
      endTime: '16:00',
      firstDate: '2026-11-02',
      lastDate: '2026-12-21',
      programme: { id: 'p' },
    },
  }) as unknown as Timetable;
const site = (classes: ClassSession[], timetables: Timetable[]) =>
  ({ classes, timetables, programme: () => programme }) as unknown as Pick<
    Site,
    'classes' | 'timetables' | 'programme'
  >;

describe('classFeedItems', () => {
  it('announces single classes and each series once (not each session), newest first', () => {
    const items = classFeedItems(
      site(
        [single('a', '2026-11-01'), single('seri-x-2026-12-07', '2026-11-20', 'x'), single('b', '2026-11-10')],
        [timetable('x', '2026-11-05')],
      ),
    );
    expect(items.map((i) => i.link)).toEqual(['/kelas/b/', '/kelas/seri/x/', '/kelas/a/']);
    expect(items[0]!.pubDate.toISOString()).toBe('2026-11-09T17:00:00.000Z');
    expect(items[0]!.description).toBe('Sabtu, 5 Desember 2026, 09.00 WIB · Kelas Digital · Ringkas.');
    expect(items[1]!.description).toContain('Setiap Senin, 13.00–16.00 WIB, 2 November–21 Desember 2026');
  });

  it(`keeps the ${FEED_SIZE} newest announcements`, () => {
    const many = Array.from({ length: FEED_SIZE + 10 }, (_, i) =>
      single(`k${i}`, `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`),
    );
    const items = classFeedItems(site(many, []));
    expect(items).toHaveLength(FEED_SIZE);
    const kept = new Set(items.map((i) => i.pubDate.getTime()));
    const dropped = many.filter((c) => !items.some((i) => i.link === `/kelas/${c.id}/`));
    for (const c of dropped)
      expect(Math.min(...kept)).toBeGreaterThanOrEqual(new Date(`${c.data.announced}T00:00:00+07:00`).getTime());
  });
});

describe('describeSeries', () => {
  it.each([
    [['senin'], 'Senin'],
    [['kamis', 'senin'], 'Senin dan Kamis'],
    [['jumat', 'senin', 'rabu'], "Senin, Rabu, dan Jum'at"],
  ] as const)('%j reads "%s"', (days, text) => {
    expect(weekdayList(days)).toBe(text);
  });

  it.each([
    ['2026-11-02', '2026-12-21', '2 November–21 Desember 2026'],
    ['2026-12-24', '2027-01-14', '24 Desember 2026–14 Januari 2027'],
    ['2026-12-24', '2026-12-24', '24 Desember 2026'],
  ])('dates %s to %s read "%s"', (first, last, text) => {
    expect(dateSpan(first, last)).toBe(text);
  });

  it('says when a series meets, in WIB', () => {
    expect(
      describeSeries({
        weekdays: ['selasa'],
        startTime: '09:00',
        endTime: '12:00',
        firstDate: '2026-11-03',
        lastDate: '2026-12-15',
      }),
    ).toBe('Setiap Selasa, 09.00–12.00 WIB, 3 November–15 Desember 2026');
  });
});
