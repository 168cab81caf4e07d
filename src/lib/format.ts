/**
 * Dates, times and money as each locale's readers expect them (`id-ID`: "Sabtu, 7 Februari
 * 2026, 09.00 WIB", "Rp25.000"; English: "Saturday, 7 February 2026, 09:00 WIB", "IDR 25,000"),
 * always in WIB (Asia/Jakarta, UTC+7 without daylight saving), whatever the build machine's
 * time zone. The named exports are the site's language; `useFormat(locale)` gives another.
 */
import { DEFAULT_LOCALE, LOCALES, perLocale, useTranslations, type Locale } from '../i18n';
import { TIME_ZONE, wibDateKey } from '../time/wib';

function makeFormat(locale: Locale) {
  const tag = LOCALES[locale].tag;
  const t = useTranslations(locale);
  const dates = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(tag, { timeZone: TIME_ZONE, ...options });
  const date = dates({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const shortDate = dates({ weekday: 'short', day: 'numeric', month: 'short' });
  const month = dates({ month: 'long', year: 'numeric' });
  const monthName = dates({ month: 'long' });
  const monthShort = dates({ month: 'short' });
  const dayMonth = dates({ day: 'numeric', month: 'short' });
  const time = dates({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const rupiah = new Intl.NumberFormat(tag, { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });

  const formatDate = (d: Date) => date.format(d);
  const formatTime = (d: Date) => time.format(d);
  // Intl puts a no-break space after "Rp"; Indonesian style writes the amount attached.
  const formatRupiah = (amount: number) =>
    locale === 'id' ? rupiah.format(amount).replace(/\s/g, '') : rupiah.format(amount).replace(/\u00a0/g, ' ');
  return {
    /** "Sabtu, 7 Februari 2026" */
    formatDate,
    /** "Sab, 7 Feb" */
    formatShortDate: (d: Date) => shortDate.format(d),
    /** "Februari 2026" */
    formatMonth: (d: Date) => month.format(d),
    /** "Februari" */
    formatMonthName: (d: Date) => monthName.format(d),
    /** "Feb" */
    formatMonthShort: (d: Date) => monthShort.format(d),
    /** "7 Feb" */
    formatDayMonth: (d: Date) => dayMonth.format(d),
    /** "09.00" (id-ID separates hours and minutes with a dot; English with a colon). */
    formatTime,
    /** "Sabtu, 7 Februari 2026, 09.00 WIB" */
    formatDateTime: (d: Date) => t('time.dateTime', formatDate(d), formatTime(d)),
    /** "09.00–12.00 WIB"; a session past midnight names its end date too. */
    formatTimeRange: (start: Date, end: Date) => {
      const sameDay = wibDateKey(start) === wibDateKey(end);
      const endText = sameDay ? formatTime(end) : `${formatDate(end)}, ${formatTime(end)}`;
      return t('time.range', formatTime(start), endText);
    },
    /** "Rp25.000" (no space, as id-ID writes it); "IDR 25,000" in English. */
    formatRupiah,
    /** "Gratis" for 0, otherwise the Rupiah amount. */
    formatFee: (amount: number) => (amount === 0 ? t('fee.free') : formatRupiah(amount)),
    formatNumber: (value: number) => number.format(value),
    /** "45%" for 0.45. */
    formatPercent: (ratio: number) => percent.format(ratio),
  };
}

export type Format = ReturnType<typeof makeFormat>;

/** The formatters of one locale, made once (Intl formatters are costly to create). */
export const useFormat = perLocale(makeFormat);

export const {
  formatDate,
  formatShortDate,
  formatMonth,
  formatMonthName,
  formatMonthShort,
  formatDayMonth,
  formatTime,
  formatDateTime,
  formatTimeRange,
  formatRupiah,
  formatFee,
  formatNumber,
  formatPercent,
} = useFormat(DEFAULT_LOCALE);
