/**
 * Weeks as the schedule names them (Monday 00.00 WIB to Sunday 24.00 WIB). A leaf module with no
 * imports: the view-time freshness script uses it too, so headings stay honest between builds.
 */
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const WIB_OFFSET_MS = 7 * 3600_000;

/** Midnight WIB at the start of the Monday of the week `date` falls in. */
export function weekStart(date: Date): Date {
  const wib = new Date(date.getTime() + WIB_OFFSET_MS);
  const daysSinceMonday = (wib.getUTCDay() + 6) % 7;
  const mondayWib = Date.UTC(wib.getUTCFullYear(), wib.getUTCMonth(), wib.getUTCDate() - daysSinceMonday);
  return new Date(mondayWib - WIB_OFFSET_MS);
}

/** 0 for the week `now` falls in, 1 for the next one, -1 for the one before, and so on. */
export function weekOffset(start: Date, now: Date): number {
  return Math.round((weekStart(start).getTime() - weekStart(now).getTime()) / WEEK_MS);
}

/** The heading of a week relative to now: "Pekan ini", "Pekan depan", "3 pekan lagi". */
export function weekName(offset: number): string {
  if (offset === 0) return 'Pekan ini';
  if (offset === 1) return 'Pekan depan';
  if (offset === -1) return 'Pekan lalu';
  return offset > 0 ? `${offset} pekan lagi` : `${-offset} pekan lalu`;
}
