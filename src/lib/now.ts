/**
 * The "now" that decides what is upcoming. Pages are static, so it is the build time,
 * unless SITE_NOW (an ISO 8601 instant) fixes it, which tests and screenshots do.
 */
import { ISO_WITH_OFFSET } from '../time/wib';

export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env['SITE_NOW'];
  if (!fixed) return new Date();
  const date = new Date(fixed);
  if (!ISO_WITH_OFFSET.test(fixed) || Number.isNaN(date.getTime())) {
    throw new Error(
      `SITE_NOW must be an ISO 8601 instant with an offset, e.g. 2026-11-27T10:00:00+07:00; got "${fixed}"`,
    );
  }
  return date;
}
