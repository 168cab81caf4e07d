/**
 * Dates, times and money as Indonesian readers expect them: `id-ID`, always in WIB
 * (Asia/Jakarta, UTC+7 without daylight saving), whatever the build machine's timezone.
 */
export const TIME_ZONE = 'Asia/Jakarta';
const LOCALE = 'id-ID';

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
const timeFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
// Made once: creating an Intl.DateTimeFormat per call was a visible share of rendering 2,000 classes.
const dateKeyFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const rupiahFormat = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
const numberFormat = new Intl.NumberFormat(LOCALE);

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

/** "09.00" (id-ID separates hours and minutes with a dot). */
export function formatTime(date: Date): string {
  return timeFormat.format(date);
}

/** "Sabtu, 7 Februari 2026, 09.00 WIB" */
export function formatDateTime(date: Date): string {
  return `${formatDate(date)}, ${formatTime(date)} WIB`;
}

/** "09.00–12.00 WIB"; a session past midnight names its end date too. */
export function formatTimeRange(start: Date, end: Date): string {
  const sameDay = wibDateKey(start) === wibDateKey(end);
  const endText = sameDay ? formatTime(end) : `${formatDate(end)}, ${formatTime(end)}`;
  return `${formatTime(start)}–${endText} WIB`;
}

/** "Rp25.000" (no space, as id-ID writes it). */
export function formatRupiah(amount: number): string {
  // Intl puts a no-break space after "Rp"; Indonesian style writes the amount attached.
  return rupiahFormat.format(amount).replace(/\s/g, '');
}

/** "Gratis" for 0, otherwise the Rupiah amount. */
export function formatFee(amount: number): string {
  return amount === 0 ? 'Gratis' : formatRupiah(amount);
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** Calendar date in WIB as `YYYY-MM-DD`, for grouping and machine-readable attributes. */
export function wibDateKey(date: Date): string {
  return dateKeyFormat.format(date);
}

/** ISO 8601 with the WIB offset, e.g. `2026-02-07T09:00:00+07:00` (for <time datetime>, JSON-LD). */
export function toWibIso(date: Date): string {
  const wib = new Date(date.getTime() + 7 * 3600_000);
  return `${wib.toISOString().slice(0, 19)}+07:00`;
}
