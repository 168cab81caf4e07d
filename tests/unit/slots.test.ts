/**
 * Room time (src/places/slots.ts): the overlap logic the build's clash check and the booking
 * form share, and the form's judgement of a request.
 */
import { describe, expect, it } from 'vitest';
import { unpackWeek } from '../../src/places/hours';
import { packWeek, weekHours } from '../../src/places/hours-parse';
import {
  addDays,
  clashes,
  freeSlots,
  judge,
  minutesOf,
  overlaps,
  wibDate,
  wibInstant,
  withinHours,
  type RoomRules,
} from '../../src/places/slots';

const at = (iso: string) => new Date(iso).getTime();
const slot = (start: string, end: string) => ({ start: at(start), end: at(end) });
const week = (hours: Record<string, string>) => unpackWeek(packWeek(weekHours(hours)));

describe('overlaps and clashes', () => {
  it.each([
    [
      'one inside the other',
      slot('2026-12-05T09:00+07:00', '2026-12-05T12:00+07:00'),
      slot('2026-12-05T10:00+07:00', '2026-12-05T11:00+07:00'),
      true,
    ],
    [
      'one ending as the other starts',
      slot('2026-12-05T09:00+07:00', '2026-12-05T12:00+07:00'),
      slot('2026-12-05T12:00+07:00', '2026-12-05T13:00+07:00'),
      false,
    ],
    [
      'across midnight',
      slot('2026-12-05T21:00+07:00', '2026-12-06T01:00+07:00'),
      slot('2026-12-06T00:30+07:00', '2026-12-06T02:00+07:00'),
      true,
    ],
    [
      'the same hours a week apart',
      slot('2026-12-05T09:00+07:00', '2026-12-05T12:00+07:00'),
      slot('2026-12-12T09:00+07:00', '2026-12-12T12:00+07:00'),
      false,
    ],
    [
      'a night running into the next week',
      slot('2026-12-06T22:00+07:00', '2026-12-07T02:00+07:00'),
      slot('2026-12-07T01:00+07:00', '2026-12-07T03:00+07:00'),
      true,
    ],
  ])('%s: %s', (_, a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });

  it('names each slot that starts before an earlier one ended, with that one', () => {
    const a = { ...slot('2026-12-05T09:00+07:00', '2026-12-05T17:00+07:00'), name: 'a' };
    const b = { ...slot('2026-12-05T10:00+07:00', '2026-12-05T11:00+07:00'), name: 'b' };
    const c = { ...slot('2026-12-05T16:00+07:00', '2026-12-05T18:00+07:00'), name: 'c' };
    const d = { ...slot('2026-12-05T18:00+07:00', '2026-12-05T19:00+07:00'), name: 'd' };
    expect(clashes([d, c, b, a]).map(([x, y]) => `${x.name}-${y.name}`)).toEqual(['a-b', 'a-c']);
  });

  it('keeps the given order for slots starting together', () => {
    const a = { ...slot('2026-12-05T09:00+07:00', '2026-12-05T10:00+07:00'), name: 'a' };
    const b = { ...slot('2026-12-05T09:00+07:00', '2026-12-05T10:00+07:00'), name: 'b' };
    expect(clashes([a, b]).map(([x, y]) => `${x.name}-${y.name}`)).toEqual(['a-b']);
  });
});

describe('WIB days', () => {
  it('reads days and times in WIB whatever the host', () => {
    expect(new Date(wibInstant('2026-12-05', 9 * 60)).toISOString()).toBe('2026-12-05T02:00:00.000Z');
    expect(new Date(wibInstant('2026-12-05', 24 * 60 + 30)).toISOString()).toBe('2026-12-05T17:30:00.000Z');
    expect(wibDate(at('2026-12-04T17:30:00Z'))).toBe('2026-12-05');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(minutesOf('13:30')).toBe(810);
    expect(minutesOf('1:30')).toBeNaN();
  });

  it('finds a time within the day’s ranges, or within the night of the day before', () => {
    const hours = week({ jumat: '09.00–11.30, 13.00–17.00', sabtu: '18.00–02.00' });
    // 2026-12-04 is a Friday.
    expect(withinHours(hours, '2026-12-04', 9 * 60, 11 * 60)).toBe(true);
    expect(withinHours(hours, '2026-12-04', 11 * 60, 14 * 60)).toBe(false);
    expect(withinHours(hours, '2026-12-05', 22 * 60, 26 * 60)).toBe(true);
    expect(withinHours(hours, '2026-12-06', 0, 90)).toBe(true);
    expect(withinHours(hours, '2026-12-06', 60, 180)).toBe(false);
    expect(withinHours(week({ senin: 'janji temu' }), '2026-12-07', 20 * 60, 22 * 60)).toBe(true);
  });
});

describe('judge', () => {
  const room: RoomRules = {
    week: week({ senin: '08.00–21.00', selasa: '08.00–21.00', sabtu: '09.00–17.00' }),
    noticeDays: 2,
    capacity: 20,
    busy: [
      slot('2026-12-05T09:00+07:00', '2026-12-05T12:00+07:00'),
      slot('2026-12-05T13:00+07:00', '2026-12-05T15:00+07:00'),
    ],
  };
  // Thursday 3 December 2026, 10.00 WIB.
  const now = at('2026-12-03T10:00+07:00');
  const ask = (date: string, start: string, end: string, people = 10) => ({
    date,
    start: minutesOf(start),
    end: minutesOf(end),
    people,
  });

  it('accepts a free time within the hours, the notice and the capacity', () => {
    expect(judge(room, ask('2026-12-05', '15:00', '17:00'), now)).toEqual({
      ok: true,
      slot: slot('2026-12-05T15:00+07:00', '2026-12-05T17:00+07:00'),
    });
  });

  it.each([
    ['in the past', ask('2026-12-01', '09:00', '10:00'), 'past'],
    ['too soon for the notice', ask('2026-12-04', '09:00', '10:00'), 'notice'],
    ['on a closed day', ask('2026-12-06', '09:00', '10:00'), 'hours'],
    ['past the closing time', ask('2026-12-05', '16:00', '18:00'), 'hours'],
    ['over the capacity', ask('2026-12-05', '15:00', '16:00', 21), 'capacity'],
    ['overlapping a taken slot', ask('2026-12-05', '11:00', '13:30'), 'taken'],
  ])('refuses a request %s', (_, request, reason) => {
    expect(judge(room, request, now)).toMatchObject({ ok: false, reason });
  });

  it('names the earliest day the notice allows', () => {
    expect(judge(room, ask('2026-12-04', '09:00', '10:00'), now)).toEqual({
      ok: false,
      reason: 'notice',
      earliest: '2026-12-05',
    });
  });

  it('offers the nearest free times of the same length, never taken, closed or too soon', () => {
    const verdict = judge(room, ask('2026-12-05', '11:00', '13:00'), now);
    expect(verdict.ok).toBe(false);
    const free = verdict.ok === false && verdict.reason === 'taken' ? verdict.free : [];
    // In WIB: right after Saturday's afternoon session, then Monday's opening and Monday at the asked time.
    const wib = (instant: number) => new Date(instant + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    expect(free.map((s) => wib(s.start))).toEqual(['2026-12-05 15:00', '2026-12-07 08:00', '2026-12-07 11:00']);
    for (const s of free) {
      expect(room.busy.some((b) => overlaps(b, s))).toBe(false);
      expect(s.end - s.start).toBe(2 * 3_600_000);
    }
  });

  it('finds nothing free when every day of the fortnight is taken', () => {
    const full: RoomRules = { ...room, busy: [slot('2026-11-20T00:00+07:00', '2026-12-25T00:00+07:00')] };
    expect(freeSlots(full, ask('2026-12-05', '11:00', '13:00'), now)).toEqual([]);
  });

  it('reads an end not after the start as the next day', () => {
    const night: RoomRules = { ...room, week: week({ sabtu: '18.00–02.00' }), busy: [] };
    expect(judge(night, ask('2026-12-05', '23:00', '01:00'), now)).toEqual({
      ok: true,
      slot: slot('2026-12-05T23:00+07:00', '2026-12-06T01:00+07:00'),
    });
    expect(judge(night, ask('2026-12-05', '23:00', '03:00'), now)).toMatchObject({ reason: 'hours' });
  });
});
