/**
 * Opening hours at view time: whether a business is open now in WIB, and the phrase that says so.
 * A listing's script reads each business's week from `data-hours` (packed by hours-parse.ts) and
 * rewrites the build-time phrase, within the page script's 1 KB brotli. So this is a leaf with no
 * run-time import (the phrases are a small table here, not the UI table), and reading editors'
 * text, packing, table text and JSON-LD are in hours-parse.ts: the CMS bundle imports that, and a
 * module shared with that bundle would become a separate chunk instead of a script inlined in the page.
 */
import type { Locale } from '../i18n';
import type { WeekdayId } from '../taxonomy';

/** Minutes from the day's midnight; an `end` past 1440 runs into the next day (18.00–02.00 is 1080–1560). */
export interface OpenRange {
  readonly start: number;
  readonly end: number;
}
export type DayHours =
  | { readonly kind: 'closed' }
  | { readonly kind: 'appointment' }
  | { readonly kind: 'open'; readonly ranges: readonly OpenRange[] };
/** Seven days, Monday first (the order of WEEKDAYS). */
export type WeekHours = readonly DayHours[];

/** A time `daysAhead` days after today in WIB, `minutes` after that day's midnight (1440 is 24.00). */
export interface Moment {
  daysAhead: number;
  weekday: WeekdayId;
  minutes: number;
  /** From now, so a closing more than a day away can name its day. */
  inMinutes: number;
}
export type OpenState =
  /** `closesAt` undefined: open around the clock. */
  | { state: 'open'; closesAt: Moment | undefined }
  /** `opensAt` undefined: no opening hours in the week. */
  | { state: 'closed'; opensAt: Moment | undefined }
  | { state: 'appointment' };

const DAY = 1440;
// WIB is UTC+7 all year, as in time/wib.ts (not imported, to keep this a leaf; tests check they agree).
const WIB_OFFSET_MS = 7 * 3_600_000;
const IDS: readonly WeekdayId[] = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'];
const CLOSED: DayHours = { kind: 'closed' };

/**
 * The week from hours-parse.ts `packWeek`: days Monday first by `|` (missing ones closed), ranges by
 * `,` as `start-end` minutes in base 36, `a` by appointment, `=` the same as the day before.
 */
export function unpackWeek(packed: string): WeekHours {
  const days = packed.split('|');
  let day = CLOSED;
  return IDS.map((_, i) => {
    const text = days[i] ?? '';
    if (text === '=') return day;
    day = !text
      ? CLOSED
      : text === 'a'
        ? { kind: 'appointment' }
        : {
            kind: 'open',
            ranges: text.split(',').map((range) => {
              const [start = '', end = ''] = range.split('-');
              return { start: parseInt(start, 36), end: parseInt(end, 36) };
            }),
          };
    return day;
  });
}

/** Open, closed or by appointment at `now`, in WIB whatever the time zone of the machine. */
export function openState(week: WeekHours, now: Date): OpenState {
  const wib = Math.floor((now.getTime() + WIB_OFFSET_MS) / 60_000);
  const at = wib % DAY;
  // Monday first; 1 January 1970 was a Thursday.
  const today = (Math.floor(wib / DAY) + 3) % 7;
  // Minutes from today's midnight, from yesterday (its range past midnight may cover this morning)
  // to a week ahead, touching ranges merged so a closing at 24.00 followed by 00.00 is no closing.
  const spans: [number, number][] = [];
  for (let d = -1; d < 8; d++) {
    const day = week[(today + d + 7) % 7];
    if (day?.kind !== 'open') continue;
    for (const range of day.ranges) {
      const start = d * DAY + range.start;
      const end = d * DAY + range.end;
      const last = spans.at(-1);
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else spans.push([start, end]);
    }
  }
  // A closing at midnight is 24.00 of the day before, an opening then 00.00 of the day.
  const moment = (minutes: number, closing: 0 | 1): Moment => {
    const daysAhead = Math.floor((minutes - closing) / DAY);
    return {
      daysAhead,
      weekday: IDS[(today + daysAhead) % 7] ?? 'senin',
      minutes: minutes - daysAhead * DAY,
      inMinutes: minutes - at,
    };
  };
  const span = spans.find(([start, end]) => start <= at && at < end);
  // Open for a whole week from now repeats forever.
  if (span) return { state: 'open', closesAt: span[1] - at < 7 * DAY ? moment(span[1], 1) : undefined };
  if (week[today]?.kind === 'appointment') return { state: 'appointment' };
  const next = spans.find(([start]) => start > at);
  return { state: 'closed', opensAt: next && moment(next[0], 0) };
}

/**
 * A locale's phrases, a tuple rather than an object to stay small in the page script. A script
 * calling `describeState` carries every locale's (about 215 bytes brotli); one calling
 * `describeStateWith` carries none, and reads its page's from JSON the build renders.
 */
export type HoursPhrases = readonly [
  open: string,
  closed: string,
  appointment: string,
  closes: string,
  opens: string,
  allDay: string,
  at: string,
  tomorrow: string,
  separator: string,
  days: readonly string[],
];
export const HOURS_PHRASES: Record<Locale, HoursPhrases> = {
  id: [
    'Buka sekarang',
    'Tutup sekarang',
    'Dengan janji temu',
    'tutup',
    'buka lagi',
    'buka 24 jam',
    'pukul',
    'besok',
    '.',
    ['Senin', 'Selasa', 'Rabu', 'Kamis', "Jum'at", 'Sabtu', 'Minggu'],
  ],
  en: [
    'Open now',
    'Closed now',
    'By appointment',
    'closes',
    'opens',
    'open 24 hours',
    'at',
    'tomorrow',
    ':',
    ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  ],
};

const pad = (n: number) => String(n).padStart(2, '0');

/** "Buka sekarang · tutup pukul 16.00", "Closed now · opens tomorrow at 08:00", "Dengan janji temu". */
export function describeState(state: OpenState, locale: Locale): string {
  return describeStateWith(state, HOURS_PHRASES[locale]);
}

/** `describeState` with the phrases given, e.g. `JSON.parse` of `JSON.stringify(HOURS_PHRASES[locale])`. */
export function describeStateWith(state: OpenState, phrases: HoursPhrases): string {
  const [open, closed, appointment, closes, opens, allDay, at, tomorrow, separator, days] = phrases;
  if (state.state === 'appointment') return appointment;
  const isOpen = state.state === 'open';
  const head = isOpen ? open : closed;
  const moment = isOpen ? state.closesAt : state.opensAt;
  if (!moment) return isOpen ? `${head} · ${allDay}` : head;
  // A closing within a day reads as a wall time (02.00 is tonight's); a later one names its day, as openings do.
  const { daysAhead, minutes } = moment;
  const day =
    !daysAhead || (isOpen && moment.inMinutes < DAY)
      ? ''
      : `${daysAhead === 1 ? tomorrow : (days[IDS.indexOf(moment.weekday)] ?? '')} `;
  const time = pad(Math.floor(minutes / 60)) + separator + pad(minutes % 60);
  return `${head} · ${isOpen ? closes : opens} ${day}${at} ${time}`;
}
