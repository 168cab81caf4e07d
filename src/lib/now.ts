/**
 * The "now" that decides what is upcoming. Pages are static, so it is the build time,
 * unless SITE_NOW (an ISO 8601 instant) fixes it, which tests and screenshots do.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env['SITE_NOW'];
  if (!fixed) return new Date();
  const date = new Date(fixed);
  if (Number.isNaN(date.getTime())) throw new Error(`SITE_NOW is not a valid ISO 8601 date: "${fixed}"`);
  return date;
}
