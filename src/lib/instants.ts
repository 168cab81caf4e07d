/**
 * YAML decides some types before the schema sees a value: an unquoted
 * `start: 2026-12-05T09:00:00` becomes a Date in UTC (16.00 WIB), and an unquoted
 * `date: 2026-02-30` silently becomes 2 March. The schema cannot tell, so these read the raw
 * frontmatter lines of the date fields (top level or inside lists) and name the bad ones.
 */
import { ISO_WITH_OFFSET, isCalendarDay } from '../time/wib';

const frontmatterOf = (markdown: string) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(markdown)?.[1] ?? '';

/** Values of `field:` lines, at any indentation and as list items, unquoted. */
function rawValues(frontmatter: string, field: string): string[] {
  const line = new RegExp(`^[ \\t]*(?:-[ \\t]+)?${field}:[ \\t]*(.*)$`, 'gm');
  return [...frontmatter.matchAll(line)]
    .map((m) => (m[1] ?? '').trim().replace(/^(['"])(.*)\1$/, '$2'))
    .filter(Boolean);
}

/** Date-time fields whose value has no explicit offset. */
export function instantsWithoutOffset(markdown: string, fields: readonly string[]): string[] {
  const frontmatter = frontmatterOf(markdown);
  return fields.filter((field) => rawValues(frontmatter, field).some((value) => !ISO_WITH_OFFSET.test(value)));
}

/** `YYYY-MM-DD` values of day fields that are not days of the calendar (30 February, month 13). */
export function impossibleDates(markdown: string, fields: readonly string[]): { field: string; value: string }[] {
  const frontmatter = frontmatterOf(markdown);
  return fields.flatMap((field) =>
    rawValues(frontmatter, field)
      .filter((value) => {
        const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
        if (!m) return false; // Not date-shaped: the schema reports it with its own message.
        return !isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
      })
      .map((value) => ({ field, value })),
  );
}
