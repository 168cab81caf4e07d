/**
 * Weeks as the schedule counts them: Monday 00.00 WIB to Sunday 24.00 WIB. Apart from wib.ts on
 * purpose: the view-time freshness script needs only this, and a module it shared with the CMS
 * bundle would become a separate chunk, a second request instead of a script inlined in the page.
 */
// WIB is UTC+7 all year, as in wib.ts (tests/unit/schedule.test.ts checks the two agree).
const WIB_OFFSET_MS = 7 * 3_600_000;
export const WEEK_MS = 7 * 86_400_000;

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
