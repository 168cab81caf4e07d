/**
 * Dates, times and money as Indonesian readers expect them: `id-ID`, always in WIB
 * (Asia/Jakarta, UTC+7 without daylight saving), whatever the build machine's timezone.
 */
import { LOCALE_TAG, t } from '../i18n';
import { TIME_ZONE, wibDateKey } from '../time/wib';

const LOCALE = LOCALE_TAG;

const dateFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortDateFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});
const monthFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, month: 'long', year: 'numeric' });
const monthNameFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, month: 'long' });
const monthShortFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, month: 'short' });
const dayMonthFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, day: 'numeric', month: 'short' });
const timeFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const rupiahFormat = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
const numberFormat = new Intl.NumberFormat(LOCALE);
const percentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });

/** "Sabtu, 7 Februari 2026" */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "Sab, 7 Feb" */
export function formatShortDate(date: Date): string {
  return shortDateFormat.format(date);
}

/** "Februari 2026" */
export function formatMonth(date: Date): string {
  return monthFormat.format(date);
}

/** "Februari" */
export function formatMonthName(date: Date): string {
  return monthNameFormat.format(date);
}

/** "Feb" */
export function formatMonthShort(date: Date): string {
  return monthShortFormat.format(date);
}

/** "7 Feb" */
export function formatDayMonth(date: Date): string {
  return dayMonthFormat.format(date);
}

/** "09.00" (id-ID separates hours and minutes with a dot). */
export function formatTime(date: Date): string {
  return timeFormat.format(date);
}

/** "Sabtu, 7 Februari 2026, 09.00 WIB" */
export function formatDateTime(date: Date): string {
  return t('time.dateTime', formatDate(date), formatTime(date));
}

/** "09.00–12.00 WIB"; a session past midnight names its end date too. */
export function formatTimeRange(start: Date, end: Date): string {
  const sameDay = wibDateKey(start) === wibDateKey(end);
  const endText = sameDay ? formatTime(end) : `${formatDate(end)}, ${formatTime(end)}`;
  return t('time.range', formatTime(start), endText);
}

/** "Rp25.000" (no space, as id-ID writes it). */
export function formatRupiah(amount: number): string {
  // Intl puts a no-break space after "Rp"; Indonesian style writes the amount attached.
  return rupiahFormat.format(amount).replace(/\s/g, '');
}

/** "Gratis" for 0, otherwise the Rupiah amount. */
export function formatFee(amount: number): string {
  return amount === 0 ? t('fee.free') : formatRupiah(amount);
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "45%" for 0.45. */
export function formatPercent(ratio: number): string {
  return percentFormat.format(ratio);
}
