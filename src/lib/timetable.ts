/**
 * Weekly timetables: a series declared once (weekdays, times in WIB, first and last date,
 * exceptions, per-session overrides) and expanded into dated sessions at build time.
 * Pure, so the same code checks entries in the CMS, validates the build and expands the site.
 */
import { WEEKDAYS, type WeekdayId } from '../taxonomy';
import type { Problem } from '../schema/define';

export interface TimetableOverride {
  date: string;
  startTime?: string | undefined;
  endTime?: string | undefined;
}

export interface Timetable<O extends TimetableOverride = TimetableOverride> {
  weekdays: readonly WeekdayId[];
  startTime: string;
  endTime: string;
  firstDate: string;
  lastDate: string;
  exceptions: readonly { date: string }[];
  overrides: readonly O[];
}

export interface ExpandedSession<O extends TimetableOverride = TimetableOverride> {
  /** `YYYY-MM-DD` in WIB; with the series id it makes the session's stable id. */
  date: string;
  start: Date;
  end: Date;
  override?: O | undefined;
}

/** A series longer than this is almost certainly a typo in a year. */
export const MAX_SPAN_DAYS = 731;

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const weekdayNumbers = (ids: readonly WeekdayId[]) =>
  new Set<number>(WEEKDAYS.filter((w) => ids.includes(w.id)).map((w) => w.day));

/** The instant of a WIB wall-clock time on a WIB day. */
export function wibInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+07:00`);
}

/** Every date in [firstDate, lastDate] (both inclusive) that falls on one of the weekdays. */
export function seriesDates(t: Pick<Timetable, 'weekdays' | 'firstDate' | 'lastDate'>): string[] {
  const days = weekdayNumbers(t.weekdays);
  const first = dayNumber(t.firstDate);
  const last = Math.min(dayNumber(t.lastDate), first + MAX_SPAN_DAYS);
  const dates: string[] = [];
  for (let day = first; day <= last; day++) {
    if (days.has(new Date(day * DAY_MS).getUTCDay())) dates.push(dateOf(day));
  }
  return dates;
}

/** The sessions of a series: its dates minus exceptions, with each date's override applied to the times. */
export function expandTimetable<O extends TimetableOverride>(t: Timetable<O>): ExpandedSession<O>[] {
  const skipped = new Set(t.exceptions.map((e) => e.date));
  const overrides = new Map(t.overrides.map((o) => [o.date, o]));
  return seriesDates(t)
    .filter((date) => !skipped.has(date))
    .map((date) => {
      const override = overrides.get(date);
      return {
        date,
        start: wibInstant(date, override?.startTime ?? t.startTime),
        end: wibInstant(date, override?.endTime ?? t.endTime),
        override,
      };
    });
}

const longDate = new Intl.DateTimeFormat('id-ID', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const describeDay = (date: string) => longDate.format(new Date(`${date}T00:00:00Z`));

/**
 * What is wrong with a timetable, each problem at the field it belongs to (Indonesian, as
 * editors read these in the CMS and in build errors). Assumes each field is valid on its own.
 */
export function timetableProblems(t: Timetable): Problem[] {
  const problems: Problem[] = [];
  const first = dayNumber(t.firstDate);
  const last = dayNumber(t.lastDate);
  if (last < first)
    return [{ path: ['lastDate'], message: 'Tanggal terakhir harus sama dengan atau setelah tanggal pertama.' }];
  if (last - first > MAX_SPAN_DAYS)
    problems.push({ path: ['lastDate'], message: 'Satu jadwal paling lama dua tahun; periksa tahunnya.' });
  if (t.endTime <= t.startTime) problems.push({ path: ['endTime'], message: 'Jam selesai harus setelah jam mulai.' });

  const dates = new Set(seriesDates(t));
  if (dates.size === 0) {
    problems.push({
      path: ['weekdays'],
      message:
        'Jadwal ini tidak menghasilkan satu sesi pun: tidak ada hari terpilih antara tanggal pertama dan terakhir.',
    });
  }
  const days = WEEKDAYS.filter((w) => t.weekdays.includes(w.id))
    .map((w) => w.name)
    .join('/');
  const notASession = (date: string) =>
    `${describeDay(date)} bukan hari sesi (${days} antara ${t.firstDate} dan ${t.lastDate}).`;

  const exceptions = new Set<string>();
  t.exceptions.forEach((e, i) => {
    if (!dates.has(e.date))
      problems.push({
        path: ['exceptions', i, 'date'],
        message: `${notASession(e.date)} Pengecualian ini tidak meniadakan sesi apa pun.`,
      });
    else if (exceptions.has(e.date))
      problems.push({ path: ['exceptions', i, 'date'], message: 'Tanggal ini sudah ada di daftar libur.' });
    exceptions.add(e.date);
  });

  const overridden = new Set<string>();
  t.overrides.forEach((o, i) => {
    const at = (field: string) => ['overrides', i, field];
    if (!dates.has(o.date)) problems.push({ path: at('date'), message: notASession(o.date) });
    else if (exceptions.has(o.date))
      problems.push({
        path: at('date'),
        message: 'Tanggal ini diliburkan; hapus dari daftar libur atau dari perubahan sesi.',
      });
    else if (overridden.has(o.date))
      problems.push({ path: at('date'), message: 'Sesi ini sudah punya perubahan; gabungkan keduanya.' });
    overridden.add(o.date);
    if ((o.endTime ?? t.endTime) <= (o.startTime ?? t.startTime))
      problems.push({ path: at('endTime'), message: 'Jam selesai sesi ini harus setelah jam mulainya.' });
  });
  return problems;
}
