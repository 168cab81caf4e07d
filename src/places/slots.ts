/**
 * Time a room is taken, and whether a booking request fits: the build's room-clash check
 * (src/lib/site/rooms.ts) and the booking form's check in the browser (src/forms/booking.ts)
 * share these functions, so the form refuses exactly what the build would. Instants are
 * milliseconds since the epoch; days and times are WIB. A leaf: the form's script bundles it.
 */
import type { WeekHours } from './hours';

export interface Slot {
  readonly start: number;
  readonly end: number;
}

const MINUTE = 60_000;
const DAY_MINUTES = 1440;
const DAY = DAY_MINUTES * MINUTE;
// WIB is UTC+7 all year (as time/wib.ts; not imported, to keep this a leaf).
const WIB_OFFSET = 7 * 60 * MINUTE;

/** Two slots overlap when each starts before the other ends (one ending at 10.00 and one starting then do not). */
export const overlaps = (a: Slot, b: Slot) => a.start < b.end && b.start < a.end;

/**
 * Every slot that starts before an earlier one has ended, with that earlier one: `[earlier, later]`.
 * Slots starting together keep their given order, so the caller decides which one is named to fix.
 */
export function clashes<T extends Slot>(slots: readonly T[]): [T, T][] {
  const pairs: [T, T][] = [];
  let latest: T | undefined;
  for (const slot of [...slots].sort((a, b) => a.start - b.start)) {
    if (latest && slot.start < latest.end) pairs.push([latest, slot]);
    if (!latest || slot.end > latest.end) latest = slot;
  }
  return pairs;
}

/** The instant of `minutes` after midnight WIB of `date` (YYYY-MM-DD); past 1440 is the next day. */
export function wibInstant(date: string, minutes: number): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) + minutes * MINUTE - WIB_OFFSET;
}

/** The WIB date (YYYY-MM-DD) of an instant. */
export const wibDate = (instant: number) => new Date(instant + WIB_OFFSET).toISOString().slice(0, 10);

/** The WIB wall time (HH:mm) of an instant. */
export const wibTime = (instant: number) => new Date(instant + WIB_OFFSET).toISOString().slice(11, 16);

/** `date` plus `days` days. */
export const addDays = (date: string, days: number) => wibDate(wibInstant(date, 0) + days * DAY);

/** Monday 0 … Sunday 6, the order of a packed week. */
const weekdayIndex = (date: string) => (new Date(wibInstant(date, 0) + WIB_OFFSET).getUTCDay() + 6) % 7;

/** Minutes of `HH:mm`, or NaN. */
export const minutesOf = (time: string) => {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
};

/**
 * Whether minutes `start`–`end` of `date` lie within one of the week's opening ranges: the
 * day's own, or the day before's when it runs past midnight. By appointment counts as open.
 */
export function withinHours(week: WeekHours, date: string, start: number, end: number): boolean {
  const fits = (dayIndex: number, offset: number) => {
    const day = week[(dayIndex + 7) % 7];
    if (day?.kind === 'appointment') return true;
    return day?.kind === 'open' && day.ranges.some((r) => r.start <= start + offset && end + offset <= r.end);
  };
  const index = weekdayIndex(date);
  return fits(index, 0) || fits(index - 1, DAY_MINUTES);
}

/** What the site knows of a room to judge a request by. */
export interface RoomRules {
  readonly week: WeekHours;
  /** Days ahead a booking must be asked for (0: today is fine). */
  readonly noticeDays: number;
  readonly capacity: number;
  /** Sessions and confirmed bookings, as published. */
  readonly busy: readonly Slot[];
}

export interface Request {
  /** YYYY-MM-DD, WIB. */
  readonly date: string;
  /** Minutes after midnight; an `end` not after `start` runs past midnight. */
  readonly start: number;
  readonly end: number;
  readonly people: number;
}

export type Verdict =
  | { ok: true; slot: Slot }
  | { ok: false; reason: 'past' }
  | { ok: false; reason: 'notice'; earliest: string }
  | { ok: false; reason: 'hours' }
  | { ok: false; reason: 'capacity' }
  /** `free`: the nearest slots of the same length that are free, soonest to the request first. */
  | { ok: false; reason: 'taken'; free: Slot[] };

/** The request's minutes with an end past midnight moved into the next day. */
const span = ({ start, end }: Pick<Request, 'start' | 'end'>) => ({
  start,
  end: end > start ? end : end + DAY_MINUTES,
});

/** Whether a slot of `date` starting at minute `start` is one the room could take. */
function bookable(room: RoomRules, date: string, start: number, end: number, now: number): boolean {
  const earliest = addDays(wibDate(now), room.noticeDays);
  const slot = { start: wibInstant(date, start), end: wibInstant(date, end) };
  return (
    slot.start >= now &&
    date >= earliest &&
    withinHours(room.week, date, start, end) &&
    !room.busy.some((busy) => overlaps(busy, slot))
  );
}

/**
 * The nearest free slots of the request's length, within `days` days either side of its date:
 * starting where the day's opening ranges start or a taken slot ends, and at the asked time.
 */
export function freeSlots(room: RoomRules, request: Request, now: number, count = 3, days = 14): Slot[] {
  const { start, end } = span(request);
  const length = end - start;
  const asked = wibInstant(request.date, start);
  const found = new Map<number, Slot>();
  for (let offset = -days; offset <= days; offset++) {
    const date = addDays(request.date, offset);
    const day = room.week[weekdayIndex(date)];
    const dayStart = wibInstant(date, 0);
    const starts = new Set<number>([start]);
    if (day?.kind === 'open') for (const range of day.ranges) starts.add(range.start);
    for (const busy of room.busy) {
      const minute = Math.round((busy.end - dayStart) / MINUTE);
      if (minute >= 0 && minute < DAY_MINUTES) starts.add(minute);
    }
    for (const minute of starts)
      if (bookable(room, date, minute, minute + length, now)) {
        const slot = { start: wibInstant(date, minute), end: wibInstant(date, minute + length) };
        found.set(slot.start, slot);
      }
  }
  return [...found.values()]
    .sort((a, b) => Math.abs(a.start - asked) - Math.abs(b.start - asked) || a.start - b.start)
    .slice(0, count)
    .sort((a, b) => a.start - b.start);
}

/** Whether the room can take the request, or why not. */
export function judge(room: RoomRules, request: Request, now: number): Verdict {
  const { start, end } = span(request);
  const slot = { start: wibInstant(request.date, start), end: wibInstant(request.date, end) };
  if (slot.start < now) return { ok: false, reason: 'past' };
  const earliest = addDays(wibDate(now), room.noticeDays);
  if (request.date < earliest) return { ok: false, reason: 'notice', earliest };
  if (!withinHours(room.week, request.date, start, end)) return { ok: false, reason: 'hours' };
  if (request.people > room.capacity) return { ok: false, reason: 'capacity' };
  if (room.busy.some((busy) => overlaps(busy, slot)))
    return { ok: false, reason: 'taken', free: freeSlots(room, request, now) };
  return { ok: true, slot };
}
