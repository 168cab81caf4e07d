/**
 * What the import tells its user: a report in Indonesian (row numbers as the spreadsheet shows
 * them, the column and the reason of every refusal), and the refused rows as a CSV to fix in
 * Excel and import again.
 */
import { stringify } from 'csv-stringify/sync';
import type { ImportResult, Outcome } from './importer';
import { say } from './messages';
import { cellText } from './normalise';

export type Counts = Record<Outcome['kind'], number>;

export function countOutcomes(outcomes: readonly Outcome[]): Counts {
  const counts: Counts = { created: 0, updated: 0, unchanged: 0, refused: 0, duplicate: 0 };
  for (const outcome of outcomes) counts[outcome.kind]++;
  return counts;
}

/** 0 when every row was imported or unchanged; 1 when any was refused or a duplicate. */
export const exitCodeOf = (result: ImportResult) =>
  result.outcomes.some((o) => o.kind === 'refused' || o.kind === 'duplicate') ? 1 : 0;

/** Why a row is in the refused CSV, in one cell. */
function reasonOf(outcome: Outcome): string | undefined {
  if (outcome.kind === 'refused')
    return say.reasonOfRow(
      outcome.row,
      outcome.problems.map((p) => `${p.column}: ${p.message}`),
    );
  if (outcome.kind === 'duplicate') return say.reasonOfRow(outcome.row, [say.duplicateOf(outcome.of)]);
  return undefined;
}

export interface ReportOptions {
  file: string;
  dryRun: boolean;
  /** Where the refused rows go (or would go). */
  refusedPath: string;
  /** An earlier refused-rows file is there although no row was refused this time. */
  staleRefused: boolean;
  /** How paths are shown (e.g. relative to the working folder). */
  show: (path: string) => string;
}

export function formatReport(result: ImportResult, options: ReportOptions): string {
  const { layout, table } = result;
  const dry = options.dryRun;
  const lines = [say.title(options.file, table.sheet)];
  if (dry) lines.push(say.dryRun);
  if (!table.utf8) lines.push(say.notUtf8);
  if (layout.headerRow !== 1) lines.push(say.headerRow(layout.headerRow));
  if (layout.unknown.length) lines.push(say.unknownColumns(layout.unknown));
  if (layout.ignored.length) lines.push(say.ignoredColumns(layout.ignored));
  if (layout.repeated.length) lines.push(say.repeatedColumns(layout.repeated));
  for (const path of new Set(result.unreadable)) lines.push(say.unreadableEntry(options.show(path)));
  lines.push('');
  for (const outcome of result.outcomes) {
    switch (outcome.kind) {
      case 'created':
        lines.push(say.rowCreated(outcome.row, options.show(outcome.path), dry));
        break;
      case 'updated':
        lines.push(say.rowUpdated(outcome.row, options.show(outcome.path), outcome.fields, dry));
        break;
      case 'unchanged':
        break;
      case 'refused':
        lines.push(say.rowRefused(outcome.row), ...outcome.problems.map((p) => say.problem(p.column, p.message)));
        break;
      case 'duplicate':
        lines.push(say.rowDuplicate(outcome.row, outcome.of));
        break;
    }
    for (const note of outcome.notes) lines.push(say.note(outcome.row, note));
  }
  const counts = countOutcomes(result.outcomes);
  lines.push('', say.counts(counts));
  if (counts.refused + counts.duplicate > 0)
    lines.push(
      dry
        ? say.refusedNotWritten(options.show(options.refusedPath))
        : say.refusedWritten(options.show(options.refusedPath)),
    );
  else if (options.staleRefused) lines.push(say.staleRefused(options.show(options.refusedPath)));
  if (!dry && counts.created + counts.updated > 0) lines.push(say.nextSteps);
  return `${lines.join('\n')}\n`;
}

/** Text that a spreadsheet would run as a formula gets Excel's text mark (the import drops it again). */
const formulaSafe = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/**
 * The refused and duplicate rows, as they were, under the sheet's header, with the reason in an
 * added last column: CSV with the sheet's delimiter (";" for XLSX), UTF-8 with BOM, CRLF.
 */
export function refusedCsv(result: ImportResult): string | undefined {
  const refused = result.outcomes.filter((o) => o.kind === 'refused' || o.kind === 'duplicate');
  if (refused.length === 0) return undefined;
  const width = Math.max(
    result.layout.headers.length,
    ...refused.map((o) => result.rows.get(o.row)?.cells.length ?? 0),
  );
  const cells = (row: readonly unknown[]) =>
    Array.from({ length: width }, (_, i) => formulaSafe(cellText(row[i] as Parameters<typeof cellText>[0])));
  const records = [
    [...cells(result.layout.headers), say.reasonColumn],
    ...refused.map((o) => [...cells(result.rows.get(o.row)?.cells ?? []), reasonOf(o) ?? '']),
  ];
  return `\uFEFF${stringify(records, { delimiter: result.table.delimiter, record_delimiter: 'windows' })}`;
}
