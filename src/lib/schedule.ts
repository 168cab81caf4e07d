/** What is upcoming, what is past, and how sessions group into weeks, all in WIB. */
import { WEEK_MS, weekOffset, weekStart } from '../time/weeks';
import { dayNumber, dayOf, monthKey, wibDateKey } from '../time/wib';

export interface Timed {
  start: Date;
  end: Date;
}

/** A session counts as upcoming until it ends, so one in progress still shows on the schedule. */
export function isUpcoming(session: Timed, now: Date): boolean {
  return session.end.getTime() > now.getTime();
}

export function byStart<T extends Timed>(a: T, b: T): number {
  return a.start.getTime() - b.start.getTime();
}

/** Upcoming sessions soonest first; past sessions most recent first. */
export function splitByTime<T extends Timed>(sessions: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const upcoming = sessions.filter((s) => isUpcoming(s, now)).sort(byStart);
  const past = sessions.filter((s) => !isUpcoming(s, now)).sort((a, b) => byStart(b, a));
  return { upcoming, past };
}

export interface Week<T> {
  /** Monday 00:00 WIB. */
  start: Date;
  /** `YYYY-MM-DD` of that Monday, usable as an anchor id. */
  key: string;
  /** 0 for the week of `now`, 1 for the next one, and so on (negative for past weeks). */
  offset: number;
  items: T[];
}

/** Groups sessions (already sorted) into weeks, keeping their order. */
export function groupByWeek<T extends Timed>(sessions: readonly T[], now: Date): Week<T>[] {
  const weeks = new Map<number, Week<T>>();
  for (const session of sessions) {
    const start = weekStart(session.start);
    let week = weeks.get(start.getTime());
    if (!week) {
      week = { start, key: wibDateKey(start), offset: weekOffset(start, now), items: [] };
      weeks.set(start.getTime(), week);
    }
    week.items.push(session);
  }
  return [...weeks.values()];
}

export type ClassStatus = 'terjadwal' | 'penuh' | 'dibatalkan' | 'ditunda';

/** Registration is open only for a scheduled session that has not started yet. */
export function isRegistrationOpen(session: Timed & { status: ClassStatus }, now: Date): boolean {
  return session.status === 'terjadwal' && session.start.getTime() > now.getTime();
}

export interface CalendarDay<T> {
  /** `YYYY-MM-DD` in WIB. */
  key: string;
  day: number;
  inMonth: boolean;
  items: T[];
}

/**
 * The weeks (Monday first) covering a month, each day with its sessions in WIB.
 * `month` is 1-12.
 */
export function monthGrid<T extends Timed>(year: number, month: number, sessions: readonly T[]): CalendarDay<T>[][] {
  const monthPrefix = `${year}-${String(month).padStart(2, '0')}`;
  const first = dayNumber(`${monthPrefix}-01`);
  const lead = (dayOf(first).weekday + 6) % 7;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells = Math.ceil((lead + daysInMonth) / 7) * 7;
  const byDay = new Map<string, T[]>();
  for (const session of [...sessions].sort(byStart)) {
    const key = wibDateKey(session.start);
    byDay.set(key, [...(byDay.get(key) ?? []), session]);
  }
  const weeks: CalendarDay<T>[][] = [];
  for (let i = 0; i < cells; i++) {
    const { date: key } = dayOf(first + i - lead);
    if (i % 7 === 0) weeks.push([]);
    weeks
      .at(-1)!
      .push({ key, day: Number(key.slice(8)), inMonth: key.startsWith(monthPrefix), items: byDay.get(key) ?? [] });
  }
  return weeks;
}

/** Every `YYYY-MM` from the earliest to the latest session, plus the month of `now`. */
export function calendarMonths(sessions: readonly Timed[], now: Date): string[] {
  const keys = [...sessions.map((s) => monthKey(s.start)), monthKey(now)].sort();
  const months: string[] = [];
  if (keys.length === 0) return months;
  let [year, month] = keys[0]!.split('-').map(Number) as [number, number];
  const last = keys.at(-1)!;
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}

/** How a session is named in lists, calendars and feeds: a series session adds its topic. */
export function sessionName(data: { title: string; topic?: string | undefined }): string {
  return data.topic ? `${data.title}: ${data.topic}` : data.title;
}

/**
 * When a session really takes place: its new date when it was postponed to one (same length),
 * else its own times. Calendars and structured data follow this; schedule pages keep the
 * original slot and say where it moved.
 */
export function actualTimes(data: Timed & { rescheduledTo?: Date | undefined }): Timed & { moved: boolean } {
  if (!data.rescheduledTo) return { start: data.start, end: data.end, moved: false };
  const length = data.end.getTime() - data.start.getTime();
  return { start: data.rescheduledTo, end: new Date(data.rescheduledTo.getTime() + length), moved: true };
}

/** When a session stops being current: its end, or the end at its new date when postponed later. */
export function currentUntil(data: Timed & { rescheduledTo?: Date | undefined }): Date {
  const moved = actualTimes(data).end;
  return moved > data.end ? moved : data.end;
}

/** How far ahead week-by-week schedule pages list sessions; later ones are in the month calendar. */
export const SCHEDULE_WEEKS = 8;

/** Sessions starting before the end of the `weeks`-th week from `now` (weeks start Monday, WIB), and the rest. */
export function splitAtHorizon<T extends { data: Timed }>(
  sessions: readonly T[],
  now: Date,
  weeks = SCHEDULE_WEEKS,
): { shown: T[]; later: T[] } {
  const horizon = weekStart(now).getTime() + weeks * WEEK_MS;
  return {
    shown: sessions.filter((s) => s.data.start.getTime() < horizon),
    later: sessions.filter((s) => s.data.start.getTime() >= horizon),
  };
}
