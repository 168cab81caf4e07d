/** How a weekly timetable reads to people: "Setiap Senin, 13.00–16.00 WIB, 2 November–21 Desember 2026". */
import { DEFAULT_LOCALE, LOCALES, perLocale, useTranslations, type Locale } from '../i18n';
import { WEEKDAYS, localTerm, type WeekdayId } from '../taxonomy';

// Dates here are calendar days (YYYY-MM-DD) read as UTC midnight, so no time zone shifts them.
const formats = perLocale((locale) => {
  const tag = LOCALES[locale].tag;
  return {
    dayMonth: new Intl.DateTimeFormat(tag, { timeZone: 'UTC', day: 'numeric', month: 'long' }),
    dayMonthYear: new Intl.DateTimeFormat(tag, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }),
  };
});
const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);

/** "Senin dan Kamis", "Senin, Rabu, dan Jum'at" in week order. */
export function weekdayList(ids: readonly WeekdayId[], locale: Locale = DEFAULT_LOCALE): string {
  const names = WEEKDAYS.filter((w) => ids.includes(w.id)).map((w) => localTerm(w, locale).name);
  return new Intl.ListFormat(LOCALES[locale].tag, { type: 'conjunction' }).format(names);
}

/** "2 November–21 Desember 2026", or with both years when they differ. */
export function dateSpan(first: string, last: string, locale: Locale = DEFAULT_LOCALE): string {
  const { dayMonth, dayMonthYear } = formats(locale);
  if (first === last) return dayMonthYear.format(utcDay(first));
  const sameYear = first.slice(0, 4) === last.slice(0, 4);
  return `${(sameYear ? dayMonth : dayMonthYear).format(utcDay(first))}–${dayMonthYear.format(utcDay(last))}`;
}

export function describeSeries(
  series: {
    weekdays: readonly WeekdayId[];
    startTime: string;
    endTime: string;
    firstDate: string;
    lastDate: string;
  },
  locale: Locale = DEFAULT_LOCALE,
): string {
  // id-ID writes 13.00, English 13:00, as the formatted times elsewhere on the page.
  const time = (hhmm: string) => (locale === 'id' ? hhmm.replace(':', '.') : hhmm);
  const { weekdays, startTime, endTime, firstDate, lastDate } = series;
  return useTranslations(locale)(
    'series.every',
    weekdayList(weekdays, locale),
    time(startTime),
    time(endTime),
    dateSpan(firstDate, lastDate, locale),
  );
}
