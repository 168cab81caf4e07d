/** How a weekly timetable reads to people: "Setiap Senin, 13.00–16.00 WIB, 2 November–21 Desember 2026". */
import { LOCALE_TAG, t } from '../i18n';
import { WEEKDAYS, type WeekdayId } from '../taxonomy';

const dayMonth = new Intl.DateTimeFormat(LOCALE_TAG, { timeZone: 'UTC', day: 'numeric', month: 'long' });
const dayMonthYear = new Intl.DateTimeFormat(LOCALE_TAG, {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);

/** "Senin dan Kamis", "Senin, Rabu, dan Jum'at" in week order. */
export function weekdayList(ids: readonly WeekdayId[]): string {
  const names = WEEKDAYS.filter((w) => ids.includes(w.id)).map((w) => w.name);
  return new Intl.ListFormat(LOCALE_TAG, { type: 'conjunction' }).format(names);
}

/** "2 November–21 Desember 2026", or with both years when they differ. */
export function dateSpan(first: string, last: string): string {
  if (first === last) return dayMonthYear.format(utcDay(first));
  const sameYear = first.slice(0, 4) === last.slice(0, 4);
  return `${(sameYear ? dayMonth : dayMonthYear).format(utcDay(first))}–${dayMonthYear.format(utcDay(last))}`;
}

export function describeSeries(series: {
  weekdays: readonly WeekdayId[];
  startTime: string;
  endTime: string;
  firstDate: string;
  lastDate: string;
}): string {
  const time = (hhmm: string) => hhmm.replace(':', '.');
  const { weekdays, startTime, endTime, firstDate, lastDate } = series;
  return t('series.every', weekdayList(weekdays), time(startTime), time(endTime), dateSpan(firstDate, lastDate));
}
