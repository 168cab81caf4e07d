/**
 * Time as the site keeps it: every instant is read and written in WIB (Asia/Jakarta, UTC+7 all
 * year, no daylight saving), whatever the time zone of the build machine or the browser. A leaf
 * module with no imports: content schemas, the build and the CMS widgets share it, so there is one
 * definition of "a day" in WIB (weeks, which the view-time script needs too, are in weeks.ts).
 */
export const TIME_ZONE = 'Asia/Jakarta';
/** The WIB offset as ISO 8601 writes it. */
export const WIB_OFFSET = '+07:00';
const WIB_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** A date and time with an explicit offset, as content must store instants. */
export const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** `YYYY-MM-DD` of a calendar day (the calendar itself is checked by `isCalendarDay`). */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** `HH:mm`, 24-hour. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The instant of a WIB wall-clock time (`HH:mm`) on a WIB day (`YYYY-MM-DD`). */
export function wibInstant(date: string, time = '00:00'): Date {
  return new Date(`${date}T${time}:00${WIB_OFFSET}`);
}

/** ISO 8601 with the WIB offset, e.g. `2026-02-07T09:00:00+07:00` (for <time datetime>, JSON-LD, storage). */
export function toWibIso(date: Date): string {
  const wib = new Date(date.getTime() + WIB_OFFSET_MS);
  return `${wib.toISOString().slice(0, 19)}${WIB_OFFSET}`;
}

/** Calendar date in WIB as `YYYY-MM-DD`, for grouping and machine-readable attributes. */
export function wibDateKey(date: Date): string {
  return toWibIso(date).slice(0, 10);
}

/** The calendar year of an instant in WIB (New Year's Eve from 17.00 UTC is already the next year). */
export function wibYear(date: Date): number {
  return Number(wibDateKey(date).slice(0, 4));
}

/** `YYYY-MM` of an instant in WIB. */
export function monthKey(date: Date): string {
  return toWibIso(date).slice(0, 7);
}

/** Whether year, month (1-12) and day name a day of the calendar (no 30 February, no month 13). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day, for counting and stepping through days. */
export function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/** The `YYYY-MM-DD` day of a day number, and its weekday (0 = Sunday). */
export function dayOf(day: number): { date: string; weekday: number } {
  const date = new Date(day * DAY_MS);
  return { date: date.toISOString().slice(0, 10), weekday: date.getUTCDay() };
}

export interface WibParts {
  /** `YYYY-MM-DD` in WIB, or '' */
  date: string;
  /** `HH:mm` in WIB, or '' */
  time: string;
}

/** Date and time in WIB of a stored value (any offset), for separate date and time inputs. */
export function splitWib(value: unknown): WibParts {
  const instant =
    value instanceof Date
      ? value
      : typeof value === 'string' && ISO_WITH_OFFSET.test(value)
        ? new Date(value)
        : undefined;
  if (!instant || Number.isNaN(instant.getTime())) return { date: '', time: '' };
  const iso = toWibIso(instant);
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** The stored value for a WIB date and time, e.g. `2026-12-05T09:00:00+07:00`; '' until both are set. */
export function joinWib({ date, time }: WibParts): string {
  if (!DATE_PATTERN.test(date) || !/^\d{2}:\d{2}$/.test(time)) return '';
  return `${date}T${time}:00${WIB_OFFSET}`;
}
