/**
 * CSV for spreadsheets, shared by every download of the site: UTF-8 with a byte-order mark (so
 * Excel reads Indonesian and other non-ASCII text right), CRLF line ends, RFC 4180 quoting.
 */

/** Quoted when it holds a comma, quote, semicolon or line break; quotes doubled. */
function csvField(value: string | number): string {
  const text = String(value);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Text starting with a formula character gets a leading apostrophe (CSV injection). */
function formulaSafe(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@]/.test(value) ? `'${value}` : value;
}

/** A header line of `columns`, then one line per row with those columns in that order. */
export function toCsv<K extends string>(columns: readonly K[], rows: readonly Record<K, string | number>[]): string {
  const lines = [
    columns.join(','),
    ...rows.map((row) => columns.map((name) => csvField(formulaSafe(row[name]))).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
