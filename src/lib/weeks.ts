/**
 * How the schedule names a week relative to today. The view-time freshness script renames the
 * headings too, so they stay honest between builds; as it must stay tiny it cannot import the UI
 * table, and reads the names that `weekNames()` renders into the page instead.
 */
import { DEFAULT_LOCALE, useTranslations, type Locale } from '../i18n';

/** The heading of a week relative to now: "Pekan ini", "Pekan depan", "3 pekan lagi". */
export function weekName(offset: number, locale: Locale = DEFAULT_LOCALE): string {
  const t = useTranslations(locale);
  if (offset === 0) return t('week.this');
  if (offset === 1) return t('week.next');
  if (offset === -1) return t('week.last');
  return offset > 0 ? t('week.ahead', offset) : t('week.ago', -offset);
}

/**
 * The same names for src/schedule/freshness.ts, as JSON for a `data-week-names` attribute:
 * by offset for the weeks named on their own, and `ahead`/`ago` with `{n}` for the number of weeks.
 */
export function weekNames(locale: Locale = DEFAULT_LOCALE): string {
  const t = useTranslations(locale);
  return JSON.stringify({
    '-1': weekName(-1, locale),
    '0': weekName(0, locale),
    '1': weekName(1, locale),
    ahead: t('week.ahead', '{n}'),
    ago: t('week.ago', '{n}'),
  });
}
