/**
 * YAML turns an unquoted `start: 2026-12-05T09:00:00` into a Date in UTC (16.00 WIB) before
 * the schema sees it, so the schema cannot tell it lacked an offset. This reads the raw
 * frontmatter lines of the date fields instead and names any value without an explicit offset.
 */
import { ISO_WITH_OFFSET } from '../schema/fields';

export function instantsWithoutOffset(markdown: string, fields: readonly string[]): string[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(markdown)?.[1] ?? '';
  const problems: string[] = [];
  for (const field of fields) {
    const line = new RegExp(`^${field}:[ \\t]*(.*)$`, 'm').exec(frontmatter);
    const value = line?.[1]?.trim().replace(/^(['"])(.*)\1$/, '$2');
    if (value && !ISO_WITH_OFFSET.test(value)) problems.push(field);
  }
  return problems;
}
