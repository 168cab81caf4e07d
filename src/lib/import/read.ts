/**
 * Reads a spreadsheet into rows of cells, numbered as the spreadsheet shows them (the first row
 * is 1), whatever the format: CSV as Excel saves it (UTF-8 with or without BOM, or the older
 * Windows-1252; comma, semicolon or tab) or XLSX (the first sheet, or one by name).
 */
import { accessSync, constants, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { say } from './messages';
import type { Cell } from './normalise';
import { LOCALE_TAG } from '../../i18n';

export interface SheetRow {
  /** The row number the spreadsheet shows. */
  number: number;
  cells: Cell[];
}

export interface Table {
  rows: SheetRow[];
  format: 'csv' | 'xlsx';
  /** The sheet read, for XLSX. */
  sheet?: string;
  /** The CSV's delimiter (for XLSX, the one the refused-rows CSV gets). */
  delimiter: string;
  /** False when a CSV was not UTF-8 and was read as Windows-1252. */
  utf8: boolean;
}

/** The file cannot be read as a spreadsheet (the import exits with code 2). */
export class ReadError extends Error {}

/** The delimiter of a CSV: whichever of ; , and tab its first line has most of, outside quotes. */
export function detectDelimiter(text: string): string {
  const firstLine = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (c: string) => firstLine.split(c).length - 1;
  // Semicolon wins ties: it is what Excel writes where the decimal separator is a comma.
  return [';', ',', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ';');
}

function decode(bytes: Buffer): { text: string; utf8: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), utf8: true };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), utf8: false };
  }
}

function readCsv(file: string): Table {
  const { text, utf8 } = decode(readFileSync(file));
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    // Every record is kept, empty ones too, so that record i is the spreadsheet's row i + 1
    // (a quoted cell may span lines, so line numbers would not do).
    records = parse(text, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    throw new ReadError(say.cannotRead(file, (error as Error).message));
  }
  return { rows: records.map((cells, i) => ({ number: i + 1, cells })), format: 'csv', delimiter, utf8 };
}

async function readXlsx(file: string, sheet: string | undefined): Promise<Table> {
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readXlsxFile(file, { trim: false })) as { sheet: string; data: Cell[][] }[];
  } catch (error) {
    throw new ReadError(say.cannotRead(file, (error as Error).message));
  }
  const wanted = sheet?.trim().toLocaleLowerCase(LOCALE_TAG);
  const chosen =
    sheet === undefined
      ? sheets[0]
      : (sheets.find((s) => s.sheet === sheet) ??
        sheets.find((s) => s.sheet.trim().toLocaleLowerCase(LOCALE_TAG) === wanted));
  if (!chosen)
    throw new ReadError(
      say.noSheet(
        sheet ?? '',
        sheets.map((s) => s.sheet),
      ),
    );
  return {
    rows: chosen.data.map((cells, i) => ({ number: i + 1, cells })),
    format: 'xlsx',
    sheet: chosen.sheet,
    delimiter: ';',
    utf8: true,
  };
}

export async function readTable(file: string, sheet?: string): Promise<Table> {
  const extension = extname(file).toLowerCase();
  if (extension === '.xls') throw new ReadError(say.oldExcel(file));
  if (extension !== '.csv' && extension !== '.xlsx') throw new ReadError(say.unknownExtension(file));
  try {
    accessSync(file, constants.R_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReadError(say.cannotRead(file, code === 'ENOENT' ? say.notFound : (error as Error).message));
  }
  return extension === '.csv' ? readCsv(file) : readXlsx(file, sheet);
}
