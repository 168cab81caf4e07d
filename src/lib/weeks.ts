/**
 * How the schedule names a week relative to today. Kept free of heavy imports: the view-time
 * freshness script uses it too, so headings stay honest between builds.
 */

/** The heading of a week relative to now: "Pekan ini", "Pekan depan", "3 pekan lagi". */
export function weekName(offset: number): string {
  if (offset === 0) return 'Pekan ini';
  if (offset === 1) return 'Pekan depan';
  if (offset === -1) return 'Pekan lalu';
  return offset > 0 ? `${offset} pekan lagi` : `${-offset} pekan lalu`;
}
