/**
 * Opening hours as editors type them in the CMS ("08.00–12.00, 13.00–16.00", "tutup", "janji
 * temu") and what the build makes of them: checked values with Indonesian messages, the packed
 * string the view-time script reads, table text and schema.org JSON-LD. Apart from hours.ts, and
 * importing only its types, so the page script stays tiny and never shares a chunk with the CMS.
 */
import { t, type Locale } from '../i18n';
import { WEEKDAYS, type WeekdayId } from '../taxonomy';
import type { DayHours, OpenRange, WeekHours } from './hours';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
/** A business's `hours` as the content stores them: text per weekday (and a note this module ignores). */
export type HoursText = { readonly [K in WeekdayId]?: string | undefined };

const DAY = 1440;
const MAX_RANGES = 4;
const CLOSED: DayHours = { kind: 'closed' };
const APPOINTMENT = new Set(['janji', 'janji temu', 'dengan janji temu']);
const RANGE = /^(\d{1,2}[.:]\d{2}) ?[-–—] ?(\d{1,2}[.:]\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');
// The same as describeState's in hours.ts, repeated rather than imported (see above).
const clock = (minutes: number, separator = '.') => pad(Math.floor(minutes / 60)) + separator + pad(minutes % 60);
/** A range as the clock shows it: an end past midnight as the next day's wall time. */
const rangeText = ({ start, end }: OpenRange, separator = '.') =>
  `${clock(start, separator)}–${clock(end > DAY ? end - DAY : end, separator)}`;
const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** `H.MM`, `HH.MM` or `HH:MM` in minutes, or undefined for a time no clock shows (25.00, 08.60, 24.30). */
function minutesOf(token: string): number | undefined {
  const hours = Number(token.slice(0, -3));
  const minutes = Number(token.slice(-2));
  return minutes < 60 && (hours < 24 || (hours === 24 && minutes === 0)) ? hours * 60 + minutes : undefined;
}

/** One day's text, with an Indonesian message naming what is wrong (for the CMS and the content schema). */
export function parseDayHours(text: string | undefined): Parsed<DayHours> {
  // "WIB" is allowed, as the space's own hours are written (every time here is WIB anyway).
  const input = (text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/ ?\bwib\b/gi, '')
    .trim()
    .toLowerCase();
  if (input === '' || input === 'tutup') return { ok: true, value: CLOSED };
  if (APPOINTMENT.has(input)) return { ok: true, value: { kind: 'appointment' } };
  const pieces = input.split(',').map((piece) => piece.trim());
  if (pieces.length > MAX_RANGES) {
    return fail(t('validation.hoursTooMany', MAX_RANGES, pieces.length));
  }
  const ranges: OpenRange[] = [];
  for (const piece of pieces) {
    if (!piece) return fail(t('validation.hoursStrayComma'));
    const [, from = '', to = ''] = RANGE.exec(piece) ?? [];
    if (!from) return fail(t('validation.hoursUnreadable', piece));
    const start = minutesOf(from);
    const end = minutesOf(to);
    if (start === undefined || end === undefined) {
      const bad = start === undefined ? from : to;
      return fail(t('validation.hoursBadTime', bad));
    }
    if (start === DAY) return fail(t('validation.hoursOpensAt24', clock(end)));
    // An end at or before the start is the next day's (18.00–02.00), so 08.00–08.00 is 24 hours.
    ranges.push({ start, end: end > start ? end : end + DAY });
  }
  for (let i = 1; i < ranges.length; i++) {
    const before = ranges[i - 1];
    const range = ranges[i];
    if (!before || !range) continue;
    if (before.end > DAY) {
      return fail(t('validation.hoursNightNotLast', rangeText(before)));
    }
    if (range.start < before.start) {
      return fail(t('validation.hoursOrder', rangeText(range), rangeText(before)));
    }
    if (range.start < before.end) {
      return fail(t('validation.hoursOverlap', rangeText(before), rangeText(range)));
    }
  }
  return { ok: true, value: { kind: 'open', ranges } };
}

/**
 * A week's text checked day by day and across midnight (Monday's 18.00–10.00 overlapping Tuesday's
 * 08.00), with the day a message belongs to: Monday first, in the order of WEEKDAYS.
 */
export function parseWeekHours(
  hours: HoursText,
): { ok: true; value: WeekHours } | { ok: false; day: WeekdayId; message: string } {
  const week: DayHours[] = [];
  for (const { id } of WEEKDAYS) {
    const parsed = parseDayHours(hours[id]);
    if (!parsed.ok) return { ok: false, day: id, message: parsed.message };
    week.push(parsed.value);
  }
  for (const [i, { id }] of WEEKDAYS.entries()) {
    const day = week[i];
    const next = week[(i + 1) % 7];
    const last = day?.kind === 'open' ? day.ranges[day.ranges.length - 1] : undefined;
    const first = next?.kind === 'open' ? next.ranges[0] : undefined;
    if (last && first && last.end > DAY && first.start < last.end - DAY) {
      const nextName = WEEKDAYS[(i + 1) % 7]?.name ?? '';
      return {
        ok: false,
        day: id,
        message: t('validation.hoursIntoNextDay', rangeText(last), nextName, clock(last.end - DAY), clock(first.start)),
      };
    }
  }
  return { ok: true, value: week };
}

/** The week of checked content (the schema has run parseWeekHours); throws on text that does not parse. */
export function weekHours(hours: HoursText): WeekHours {
  const parsed = parseWeekHours(hours);
  if (!parsed.ok) throw new Error(`Jam buka ${parsed.day}: ${parsed.message}`);
  return parsed.value;
}

const packed = new WeakMap<HoursText, string>();

/**
 * `packWeek(weekHours(hours))`, worked out once for each business's hours: a build renders the
 * same card on the directory, its sector's and its regency's listings and beside related businesses.
 */
export function packedHours(hours: HoursText): string {
  let week = packed.get(hours);
  if (week === undefined) packed.set(hours, (week = packWeek(weekHours(hours))));
  return week;
}

/**
 * The week as a `data-hours` attribute for hours.ts `unpackWeek`, small as every listing card carries
 * one: days Monday first by `|`, ranges by `,` as `start-end` minutes in base 36, `a` by appointment,
 * closed empty, `=` a day with the ranges of the day before, closed days at the end left out
 * ("dc-qo|=|=|=|=|dc-k0" is 08.00–16.00 on weekdays, 08.00–12.00 on Saturday).
 */
export function packWeek(week: WeekHours): string {
  const days = week.map((day) =>
    day.kind === 'appointment'
      ? 'a'
      : day.kind === 'open'
        ? day.ranges.map(({ start, end }) => `${start.toString(36)}-${end.toString(36)}`).join(',')
        : '',
  );
  return days
    .map((day, i) => (day.length > 1 && day === days[i - 1] ? '=' : day))
    .join('|')
    .replace(/\|+$/, '');
}

const DAY_TEXT = {
  id: { closed: 'Tutup', appointment: 'Dengan janji temu', separator: '.' },
  en: { closed: 'Closed', appointment: 'By appointment', separator: ':' },
} satisfies Record<Locale, Record<string, string>>;

/** A day's cell of an hours table: "08.00–12.00, 13.00–16.00", "Tutup", "Dengan janji temu". */
export function formatDayHours(day: DayHours, locale: Locale): string {
  const t = DAY_TEXT[locale];
  if (day.kind !== 'open') return t[day.kind];
  return day.ranges.map((range) => rangeText(range, t.separator)).join(', ');
}

export type OpeningHoursSpecification = {
  '@type': 'OpeningHoursSpecification';
  /** One day, or the days that share these hours. */
  dayOfWeek: string | string[];
  opens: string;
  closes: string;
};

/**
 * schema.org's opening hours: one entry per range, naming every day that has it (a shop open
 * 08.00–16.00 on weekdays is one entry, not five: ten thousand business pages carry this). A
 * range past midnight is two, until 23:59:59 and from 00:00:00 the next day, as schema.org's days
 * end at midnight; 24.00 is 23:59:59. Days by appointment or closed have none.
 */
export function openingHoursSpecification(week: WeekHours): OpeningHoursSpecification[] {
  const time = (minutes: number) => (minutes >= DAY ? '23:59:59' : `${clock(minutes, ':')}:00`);
  const dayName = (day: number) => `https://schema.org/${WEEKDAYS[day % 7]?.en.name ?? ''}`;
  // Ranges in the order of the first day that has them, each with all its days.
  const byRange = new Map<string, { days: string[]; opens: string; closes: string }>();
  const add = (day: number, opens: string, closes: string) => {
    const key = `${opens}-${closes}`;
    const range = byRange.get(key);
    if (range) range.days.push(dayName(day));
    else byRange.set(key, { days: [dayName(day)], opens, closes });
  };
  WEEKDAYS.forEach((_, i) => {
    const day = week[i] ?? CLOSED;
    if (day.kind !== 'open') return;
    for (const { start, end } of day.ranges) {
      add(i, time(start), time(end));
      if (end > DAY) add(i + 1, '00:00:00', time(end - DAY));
    }
  });
  return [...byRange.values()].map(({ days, opens, closes }) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: days.length === 1 ? days[0]! : days,
    opens,
    closes,
  }));
}
