/** Opening hours: editors' text, the packed week, open-now in WIB, its phrases and JSON-LD. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  HOURS_PHRASES,
  describeState,
  describeStateWith,
  openState,
  unpackWeek,
  type DayHours,
  type HoursPhrases,
  type OpenState,
} from '../../src/places/hours';
import {
  formatDayHours,
  openingHoursSpecification,
  packWeek,
  parseDayHours,
  parseWeekHours,
  weekHours,
  type HoursText,
} from '../../src/places/hours-parse';
import { WEEKDAYS } from '../../src/taxonomy';
import { wibInstant } from '../../src/time/wib';

const open = (...ranges: [number, number][]): DayHours => ({
  kind: 'open',
  ranges: ranges.map(([start, end]) => ({ start, end })),
});
const CLOSED: DayHours = { kind: 'closed' };
const APPOINTMENT: DayHours = { kind: 'appointment' };
const h = (hours: number, minutes = 0) => hours * 60 + minutes;

// The week of 2 February 2026: Monday the 2nd to Sunday the 8th.
const OFFICE: HoursText = {
  senin: '08.00–16.00',
  selasa: '08.00–16.00',
  rabu: '08.00–16.00',
  kamis: '08.00–16.00',
  jumat: '08.00–16.00',
  sabtu: '08.00–12.00',
  minggu: 'tutup',
};
const LUNCH: HoursText = { senin: '08.00–12.00, 13.00–16.00' };
/** Open until midnight and on from midnight: one stretch, 20.00 Monday to 03.00 Tuesday. */
const MERGED: HoursText = { senin: '20.00–24.00', selasa: '00.00–03.00, 10.00–14.00' };
const NIGHT: HoursText = { jumat: '18.00–02.00' };
const LONG_WEEKEND: HoursText = {
  selasa: '09.00–17.00',
  rabu: '09.00–17.00',
  kamis: '09.00–17.00',
  jumat: '09.00–17.00',
};
const APPOINTMENT_MONDAY: HoursText = { senin: 'janji temu', selasa: '08.00–16.00' };
const ALWAYS: HoursText = Object.fromEntries(WEEKDAYS.map((w) => [w.id, '00.00–24.00']));
const ROUND_THE_CLOCK_FROM_EIGHT: HoursText = Object.fromEntries(WEEKDAYS.map((w) => [w.id, '08.00–08.00']));
const ALL_DAY_BUT_SUNDAY: HoursText = { ...ALWAYS, minggu: 'tutup' };

const stateAt = (hours: HoursText, iso: string) => openState(weekHours(hours), new Date(iso));

describe('parseDayHours', () => {
  it.each([
    [undefined, CLOSED],
    ['', CLOSED],
    ['   ', CLOSED],
    ['tutup', CLOSED],
    [' Tutup ', CLOSED],
    ['TUTUP', CLOSED],
    ['janji temu', APPOINTMENT],
    ['Janji Temu', APPOINTMENT],
    ['dengan janji temu', APPOINTMENT],
    ['Dengan  janji\ttemu', APPOINTMENT],
    ['janji', APPOINTMENT],
    ['08.00–16.00', open([h(8), h(16)])],
    ['08:00-16:00', open([h(8), h(16)])],
    ['08.00 - 16.00', open([h(8), h(16)])],
    ['08.00 — 16.30', open([h(8), h(16, 30)])],
    ['08:00–16.00', open([h(8), h(16)])],
    ['8.00–16.00', open([h(8), h(16)])],
    ['08.00–12.00, 13.00–16.00', open([h(8), h(12)], [h(13), h(16)])],
    ['08.00–12.00,13.00–16.00', open([h(8), h(12)], [h(13), h(16)])],
    ['08.00–16.00 WIB', open([h(8), h(16)])],
    ['08.00–12.00 wib, 13.00–16.00 WIB', open([h(8), h(12)], [h(13), h(16)])],
    [' 08.00 – 12.00 ,  13.00 – 16.00 ', open([h(8), h(12)], [h(13), h(16)])],
    ['08.00–12.00, 12.00–16.00', open([h(8), h(12)], [h(12), h(16)])],
    ['18.00–02.00', open([h(18), h(26)])],
    ['20.00–24.00', open([h(20), h(24)])],
    ['00.00–24.00', open([0, h(24)])],
    ['00.00–00.00', open([0, h(24)])],
    ['08.00–08.00', open([h(8), h(32)])],
    ['23.59–00.00', open([h(23, 59), h(24)])],
    [
      '06.00–10.00, 11.00–12.00, 13.00–15.00, 22.00–02.00',
      open([h(6), h(10)], [h(11), h(12)], [h(13), h(15)], [h(22), h(26)]),
    ],
  ])('%j', (text, expected) => {
    expect(parseDayHours(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [
      'overlapping ranges',
      '08.00–12.00, 11.00–16.00',
      'Rentang jam tumpang tindih: 08.00–12.00 dan 11.00–16.00. Mulai rentang berikutnya setelah yang sebelumnya selesai, misalnya 08.00–12.00, 13.00–16.00.',
    ],
    ['the same start twice', '08.00–12.00, 08.00–10.00', 'Rentang jam tumpang tindih: 08.00–12.00 dan 08.00–10.00.'],
    ['a whole day and more', '00.00–24.00, 08.00–10.00', 'Rentang jam tumpang tindih: 00.00–24.00 dan 08.00–10.00.'],
    [
      'hour 25',
      '08.00–25.00',
      'Jam "25.00" tidak ada: jam 00 sampai 24 dan menit 00 sampai 59, misalnya 08.00 atau 16.30.',
    ],
    ['minute 60', '08.60–12.00', 'Jam "08.60" tidak ada'],
    ['24.30', '20.00–24.30', 'Jam "24.30" tidak ada'],
    ['24.00 as a start', '24.00–02.00', 'Jam buka 24.00 tidak ada; tulis 00.00, misalnya 00.00–02.00.'],
    [
      'unordered ranges',
      '13.00–16.00, 08.00–12.00',
      'Urutkan rentang jam dari yang paling awal: 08.00–12.00 sebelum 13.00–16.00.',
    ],
    [
      'a range past midnight not last',
      '18.00–02.00, 08.00–12.00',
      'Rentang yang melewati tengah malam (18.00–02.00) harus yang terakhir hari itu, misalnya 08.00–12.00, 18.00–02.00.',
    ],
    [
      'five ranges',
      '06.00–07.00, 08.00–09.00, 10.00–11.00, 12.00–13.00, 14.00–15.00',
      'Paling banyak 4 rentang jam sehari, ini ada 5.',
    ],
    [
      'words',
      'buka terus',
      '"buka terus" tidak terbaca sebagai jam. Tulis jam seperti 08.00–16.00, beberapa rentang dipisah koma (08.00–12.00, 13.00–16.00), "tutup", atau "janji temu".',
    ],
    ['a single time', '08.00', '"08.00" tidak terbaca sebagai jam.'],
    ['no separator in the time', '0800–1600', '"0800–1600" tidak terbaca sebagai jam.'],
    ['"dan" between ranges', '08.00–12.00 dan 13.00–16.00', 'tidak terbaca sebagai jam.'],
    ['a trailing comma', '08.00–16.00,', 'Ada koma tanpa rentang jam di sebelahnya.'],
    ['a keyword among ranges', 'tutup, 08.00–12.00', '"tutup" tidak terbaca sebagai jam.'],
  ])('rejects %s (%j)', (_, text, message) => {
    const parsed = parseDayHours(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toContain(message);
      // Every message shows the editor a way to write it.
      expect(parsed.message).toMatch(/misalnya|Tulis jam seperti|sebelum/);
    }
  });
});

describe('parseWeekHours and weekHours', () => {
  it('reads a week Monday first, days left out closed', () => {
    expect(weekHours({ senin: '08.00–16.00', sabtu: 'janji temu', minggu: undefined })).toEqual([
      open([h(8), h(16)]),
      CLOSED,
      CLOSED,
      CLOSED,
      CLOSED,
      APPOINTMENT,
      CLOSED,
    ]);
  });

  it.each([
    ['senin', { senin: '18.00–10.00', selasa: '08.00–16.00' }, 'berlanjut sampai Selasa pukul 10.00'],
    ['minggu', { minggu: '22.00–06.00', senin: '05.00–12.00' }, 'berlanjut sampai Senin pukul 06.00'],
    ['rabu', { rabu: '25.00–26.00' }, 'Jam "25.00" tidak ada'],
  ] as const)('names the day at fault: %s', (day, hours, message) => {
    const parsed = parseWeekHours(hours);
    expect(parsed).toMatchObject({ ok: false, day });
    if (!parsed.ok) expect(parsed.message).toContain(message);
    expect(() => weekHours(hours)).toThrow(message);
  });

  it('allows a night ending when the next day opens', () => {
    expect(parseWeekHours({ senin: '18.00–08.00', selasa: '08.00–16.00' }).ok).toBe(true);
  });
});

describe('openState', () => {
  it.each<[string, HoursText, string, OpenState]>([
    [
      'before opening',
      OFFICE,
      '2026-02-02T07:30:00+07:00',
      { state: 'closed', opensAt: { daysAhead: 0, weekday: 'senin', minutes: h(8), inMinutes: 30 } },
    ],
    [
      'a second before opening',
      OFFICE,
      '2026-02-02T07:59:59+07:00',
      { state: 'closed', opensAt: { daysAhead: 0, weekday: 'senin', minutes: h(8), inMinutes: 1 } },
    ],
    [
      'at the opening minute',
      OFFICE,
      '2026-02-02T08:00:00+07:00',
      { state: 'open', closesAt: { daysAhead: 0, weekday: 'senin', minutes: h(16), inMinutes: h(8) } },
    ],
    [
      'during',
      OFFICE,
      '2026-02-04T15:59:59+07:00',
      { state: 'open', closesAt: { daysAhead: 0, weekday: 'rabu', minutes: h(16), inMinutes: 1 } },
    ],
    [
      'at the closing minute',
      OFFICE,
      '2026-02-02T16:00:00+07:00',
      { state: 'closed', opensAt: { daysAhead: 1, weekday: 'selasa', minutes: h(8), inMinutes: h(16) } },
    ],
    [
      'Friday evening, Saturday opens',
      OFFICE,
      '2026-02-06T20:00:00+07:00',
      { state: 'closed', opensAt: { daysAhead: 1, weekday: 'sabtu', minutes: h(8), inMinutes: h(12) } },
    ],
    [
      'Saturday afternoon, Sunday closed',
      OFFICE,
      '2026-02-07T13:00:00+07:00',
      { state: 'closed', opensAt: { daysAhead: 2, weekday: 'senin', minutes: h(8), inMinutes: h(43) } },
    ],
    [
      'the lunch break',
      LUNCH,
      '2026-02-02T12:30:00+07:00',
      { state: 'closed', opensAt: { daysAhead: 0, weekday: 'senin', minutes: h(13), inMinutes: 30 } },
    ],
    [
      'after the lunch break',
      LUNCH,
      '2026-02-02T13:00:00+07:00',
      { state: 'open', closesAt: { daysAhead: 0, weekday: 'senin', minutes: h(16), inMinutes: h(3) } },
    ],
    [
      'until 24.00 and on from 00.00: the real closing',
      MERGED,
      '2026-02-02T21:00:00+07:00',
      { state: 'open', closesAt: { daysAhead: 1, weekday: 'selasa', minutes: h(3), inMinutes: h(6) } },
    ],
    [
      'the merged stretch seen after midnight',
      MERGED,
      '2026-02-03T02:00:00+07:00',
      { state: 'open', closesAt: { daysAhead: 0, weekday: 'selasa', minutes: h(3), inMinutes: h(1) } },
    ],
    [
      'after the merged stretch',
      MERGED,
      '2026-02-03T03:00:00+07:00',
      { state: 'closed', opensAt: { daysAhead: 0, weekday: 'selasa', minutes: h(10), inMinutes: h(7) } },
    ],
    [
      'a night past midnight, in the evening',
      NIGHT,
      '2026-02-06T23:00:00+07:00',
      { state: 'open', closesAt: { daysAhead: 1, weekday: 'sabtu', minutes: h(2), inMinutes: h(3) } },
    ],
    [
      "yesterday's night in the early morning",
      NIGHT,
      '2026-02-07T01:30:00+07:00',
      { state: 'open', closesAt: { daysAhead: 0, weekday: 'sabtu', minutes: h(2), inMinutes: 30 } },
    ],
    [
      'the night is over',
      NIGHT,
      '2026-02-07T02:00:00+07:00',
      { state: 'closed', opensAt: { daysAhead: 6, weekday: 'jumat', minutes: h(18), inMinutes: h(6 * 24 + 16) } },
    ],
    [
      "Sunday's night on Monday morning (the week wraps)",
      { minggu: '22.00–02.00', senin: 'janji temu' },
      '2026-02-02T01:00:00+07:00',
      { state: 'open', closesAt: { daysAhead: 0, weekday: 'senin', minutes: h(2), inMinutes: h(1) } },
    ],
    [
      'closed Saturday to Monday, seen on Friday evening',
      LONG_WEEKEND,
      '2026-02-06T17:00:00+07:00',
      { state: 'closed', opensAt: { daysAhead: 4, weekday: 'selasa', minutes: h(9), inMinutes: h(88) } },
    ],
    [
      'open one day a week, seen after it',
      { senin: '08.00–09.00' },
      '2026-02-02T10:00:00+07:00',
      { state: 'closed', opensAt: { daysAhead: 7, weekday: 'senin', minutes: h(8), inMinutes: h(7 * 24 - 2) } },
    ],
    ['a week all closed', {}, '2026-02-02T10:00:00+07:00', { state: 'closed', opensAt: undefined }],
    ['by appointment today', APPOINTMENT_MONDAY, '2026-02-02T10:00:00+07:00', { state: 'appointment' }],
    [
      'by appointment every day',
      Object.fromEntries(WEEKDAYS.map((w) => [w.id, 'janji temu'])),
      '2026-02-05T10:00:00+07:00',
      { state: 'appointment' },
    ],
    [
      'by appointment tomorrow, closed today',
      APPOINTMENT_MONDAY,
      '2026-02-08T10:00:00+07:00',
      { state: 'closed', opensAt: { daysAhead: 2, weekday: 'selasa', minutes: h(8), inMinutes: h(46) } },
    ],
    ['24/7', ALWAYS, '2026-02-04T03:00:00+07:00', { state: 'open', closesAt: undefined }],
    [
      '24 hours from 08.00 every day',
      ROUND_THE_CLOCK_FROM_EIGHT,
      '2026-02-04T07:00:00+07:00',
      {
        state: 'open',
        closesAt: undefined,
      },
    ],
    [
      'whole days until Saturday 24.00',
      ALL_DAY_BUT_SUNDAY,
      '2026-02-02T10:00:00+07:00',
      { state: 'open', closesAt: { daysAhead: 5, weekday: 'sabtu', minutes: h(24), inMinutes: h(6 * 24 - 10) } },
    ],
    [
      'closed on Sunday, open all week from midnight',
      ALL_DAY_BUT_SUNDAY,
      '2026-02-08T23:00:00+07:00',
      { state: 'closed', opensAt: { daysAhead: 1, weekday: 'senin', minutes: 0, inMinutes: h(1) } },
    ],
  ])('%s', (_, hours, iso, expected) => {
    expect(stateAt(hours, iso)).toEqual(expected);
  });

  it('agrees with wib.ts on WIB wall times', () => {
    const week = weekHours(OFFICE);
    expect(openState(week, wibInstant('2026-02-02', '08:00')).state).toBe('open');
    expect(openState(week, wibInstant('2026-02-02', '16:00')).state).toBe('closed');
  });

  describe('in WIB whatever the time zone of the machine', () => {
    const original = process.env['TZ'];
    afterEach(() => {
      if (original === undefined) delete process.env['TZ'];
      else process.env['TZ'] = original;
    });
    it.each([
      // 06.30 WIB on Monday is still Sunday in UTC and everywhere west of it.
      [
        '2026-02-01T23:30:00Z',
        { state: 'closed', opensAt: { daysAhead: 0, weekday: 'senin', minutes: h(8), inMinutes: 90 } },
      ],
      [
        '2026-02-02T06:30:00+07:00',
        { state: 'closed', opensAt: { daysAhead: 0, weekday: 'senin', minutes: h(8), inMinutes: 90 } },
      ],
      // 20.00 WIB on Saturday is Sunday already in Kiritimati (UTC+14).
      [
        '2026-02-07T13:00:00Z',
        { state: 'closed', opensAt: { daysAhead: 2, weekday: 'senin', minutes: h(8), inMinutes: h(36) } },
      ],
      [
        '2026-02-02T01:00:00Z',
        { state: 'open', closesAt: { daysAhead: 0, weekday: 'senin', minutes: h(16), inMinutes: h(8) } },
      ],
    ] as const)('%s', (iso, expected) => {
      for (const zone of ['UTC', 'America/Los_Angeles', 'Asia/Jakarta', 'Asia/Kolkata', 'Pacific/Kiritimati']) {
        process.env['TZ'] = zone;
        expect(stateAt(OFFICE, iso), zone).toEqual(expected);
      }
      // The zone did change under the test.
      process.env['TZ'] = 'Pacific/Kiritimati';
      expect(new Date(iso).getTimezoneOffset()).toBe(-14 * 60);
    });
  });
});

describe('describeState', () => {
  it.each<[string, HoursText, string, string, string]>([
    [
      'open until 16.00',
      OFFICE,
      '2026-02-02T10:00:00+07:00',
      'Buka sekarang · tutup pukul 16.00',
      'Open now · closes at 16:00',
    ],
    ['open 24/7', ALWAYS, '2026-02-02T10:00:00+07:00', 'Buka sekarang · buka 24 jam', 'Open now · open 24 hours'],
    [
      'open until 24.00',
      { senin: '20.00–24.00' },
      '2026-02-02T21:00:00+07:00',
      'Buka sekarang · tutup pukul 24.00',
      'Open now · closes at 24:00',
    ],
    [
      'open past midnight',
      NIGHT,
      '2026-02-06T23:00:00+07:00',
      'Buka sekarang · tutup pukul 02.00',
      'Open now · closes at 02:00',
    ],
    [
      'the merged closing',
      MERGED,
      '2026-02-02T21:00:00+07:00',
      'Buka sekarang · tutup pukul 03.00',
      'Open now · closes at 03:00',
    ],
    [
      'closing tomorrow, more than a day away',
      { jumat: '00.00–24.00', sabtu: '00.00–17.00' },
      '2026-02-06T10:00:00+07:00',
      'Buka sekarang · tutup besok pukul 17.00',
      'Open now · closes tomorrow at 17:00',
    ],
    [
      'closing days away',
      ALL_DAY_BUT_SUNDAY,
      '2026-02-02T10:00:00+07:00',
      'Buka sekarang · tutup Sabtu pukul 24.00',
      'Open now · closes Saturday at 24:00',
    ],
    [
      'lunch break',
      LUNCH,
      '2026-02-02T12:15:00+07:00',
      'Tutup sekarang · buka lagi pukul 13.00',
      'Closed now · opens at 13:00',
    ],
    [
      'overnight',
      OFFICE,
      '2026-02-02T20:00:00+07:00',
      'Tutup sekarang · buka lagi besok pukul 08.00',
      'Closed now · opens tomorrow at 08:00',
    ],
    [
      'weekend',
      OFFICE,
      '2026-02-07T13:00:00+07:00',
      'Tutup sekarang · buka lagi Senin pukul 08.00',
      'Closed now · opens Monday at 08:00',
    ],
    [
      'long weekend',
      LONG_WEEKEND,
      '2026-02-06T17:00:00+07:00',
      'Tutup sekarang · buka lagi Selasa pukul 09.00',
      'Closed now · opens Tuesday at 09:00',
    ],
    [
      'with minutes',
      { senin: '08.45–16.00' },
      '2026-02-02T08:00:00+07:00',
      'Tutup sekarang · buka lagi pukul 08.45',
      'Closed now · opens at 08:45',
    ],
    ['never open', {}, '2026-02-02T10:00:00+07:00', 'Tutup sekarang', 'Closed now'],
    ['by appointment', APPOINTMENT_MONDAY, '2026-02-02T10:00:00+07:00', 'Dengan janji temu', 'By appointment'],
  ])('%s', (_, hours, iso, id, en) => {
    const state = stateAt(hours, iso);
    expect(describeState(state, 'id')).toBe(id);
    expect(describeState(state, 'en')).toBe(en);
    if (state.state !== 'appointment')
      expect(describeState(state, 'id')).toMatch(/^(Buka sekarang|Tutup sekarang)( · |$)/);
    // The same from the phrases a page hands its script as JSON.
    for (const locale of ['id', 'en'] as const) {
      const phrases = JSON.parse(JSON.stringify(HOURS_PHRASES[locale])) as HoursPhrases;
      expect(describeStateWith(state, phrases)).toBe(describeState(state, locale));
    }
  });

  // One week per weekday, open only that day and seen the day after: the names are WEEKDAYS'.
  it.each(WEEKDAYS)('names $id as the taxonomy does', (weekday) => {
    const dayAfter = `2026-02-${String(3 + WEEKDAYS.indexOf(weekday)).padStart(2, '0')}T10:00:00+07:00`;
    const state = stateAt({ [weekday.id]: '08.00–09.00' }, dayAfter);
    expect(state).toMatchObject({ state: 'closed', opensAt: { daysAhead: 6, weekday: weekday.id } });
    expect(describeState(state, 'id')).toBe(`Tutup sekarang · buka lagi ${weekday.name} pukul 08.00`);
    expect(describeState(state, 'en')).toBe(`Closed now · opens ${weekday.en.name} at 08:00`);
  });
});

describe('packWeek and unpackWeek', () => {
  it.each<[string, HoursText, string]>([
    ['an office week', OFFICE, 'dc-qo|=|=|=|=|dc-k0'],
    [
      'lunch breaks',
      { ...OFFICE, senin: '08.00–12.00, 13.00–16.00', selasa: '08.00–12.00, 13.00–16.00' },
      'dc-k0,lo-qo|=|dc-qo|=|=|dc-k0',
    ],
    ['a night', NIGHT, '||||u0-17c'],
    ['by appointment', APPOINTMENT_MONDAY, 'a|dc-qo'],
    ['all closed', {}, ''],
    ['24/7', ALWAYS, '0-140|=|=|=|=|=|='],
    ['closed midweek', { senin: '08.00–16.00', rabu: 'tutup', jumat: '08.00–16.00' }, 'dc-qo||||dc-qo'],
    ['24 hours from 08.00', ROUND_THE_CLOCK_FROM_EIGHT, 'dc-1hc|=|=|=|=|=|='],
  ])('%s', (_, hours, packed) => {
    const week = weekHours(hours);
    expect(packWeek(week)).toBe(packed);
    expect(unpackWeek(packed)).toEqual(week);
  });

  it('keeps a typical week short (every listing card carries one)', () => {
    const typical = weekHours({
      senin: '08.00–12.00, 13.00–17.00',
      selasa: '08.00–12.00, 13.00–17.00',
      rabu: '08.00–12.00, 13.00–17.00',
      kamis: '08.00–12.00, 13.00–17.00',
      jumat: '08.00–11.30, 13.30–17.00',
      sabtu: '08.00–14.00',
    });
    expect(packWeek(typical).length).toBeLessThanOrEqual(40);
    expect(packWeek(weekHours(OFFICE)).length).toBeLessThanOrEqual(40);
  });

  it('reads missing days as closed', () => {
    expect(unpackWeek('dc-qo')).toEqual([open([h(8), h(16)]), CLOSED, CLOSED, CLOSED, CLOSED, CLOSED, CLOSED]);
    expect(unpackWeek('')).toEqual(Array.from({ length: 7 }, () => CLOSED));
  });
});

describe('formatDayHours', () => {
  it.each([
    ['08.00–12.00, 13.00–16.00', '08.00–12.00, 13.00–16.00', '08:00–12:00, 13:00–16:00'],
    ['18.00–02.00', '18.00–02.00', '18:00–02:00'],
    ['20.00–24.00', '20.00–24.00', '20:00–24:00'],
    ['tutup', 'Tutup', 'Closed'],
    ['', 'Tutup', 'Closed'],
    ['janji temu', 'Dengan janji temu', 'By appointment'],
  ])('%j', (text, id, en) => {
    const parsed = parseDayHours(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(formatDayHours(parsed.value, 'id')).toBe(id);
    expect(formatDayHours(parsed.value, 'en')).toBe(en);
  });
});

describe('openingHoursSpecification', () => {
  const spec = (day: string | string[], opens: string, closes: string) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: Array.isArray(day) ? day.map((d) => `https://schema.org/${d}`) : `https://schema.org/${day}`,
    opens,
    closes,
  });

  it.each<[string, HoursText, ReturnType<typeof spec>[]]>([
    [
      'one range a day, Sunday closed',
      OFFICE,
      [
        spec(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], '08:00:00', '16:00:00'),
        spec('Saturday', '08:00:00', '12:00:00'),
      ],
    ],
    [
      'nights past midnight every day, one entry per range',
      { senin: '16.00–01.00', selasa: '16.00–01.00', minggu: '16.00–24.00' },
      [
        spec(['Monday', 'Tuesday', 'Sunday'], '16:00:00', '23:59:59'),
        spec(['Tuesday', 'Wednesday'], '00:00:00', '01:00:00'),
      ],
    ],
    [
      'a lunch break, by appointment left out',
      { ...LUNCH, selasa: 'janji temu' },
      [spec('Monday', '08:00:00', '12:00:00'), spec('Monday', '13:00:00', '16:00:00')],
    ],
    [
      'a night split at midnight',
      { jumat: '16.30–02.15' },
      [spec('Friday', '16:30:00', '23:59:59'), spec('Saturday', '00:00:00', '02:15:00')],
    ],
    [
      "Sunday's night into Monday",
      { minggu: '22.00–02.00' },
      [spec('Sunday', '22:00:00', '23:59:59'), spec('Monday', '00:00:00', '02:00:00')],
    ],
    ['a whole day', { rabu: '00.00–24.00' }, [spec('Wednesday', '00:00:00', '23:59:59')]],
    ['until 24.00', { kamis: '20.00–24.00' }, [spec('Thursday', '20:00:00', '23:59:59')]],
    ['nothing to say', { senin: 'janji temu', selasa: 'tutup' }, []],
  ])('%s', (_, hours, expected) => {
    expect(openingHoursSpecification(weekHours(hours))).toEqual(expected);
  });
});
