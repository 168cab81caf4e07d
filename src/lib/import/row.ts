/**
 * From the sheet to business fields: which column holds what (the header row, mapped through
 * COLUMNS), then each row's cells normalised into the fields it fills.
 */
import { COLUMNS, columnFor, columnLetter, columnName, type Column, type Target } from './columns';
import type { BusinessPatch, ContactKey } from './merge';
import { say } from './messages';
import {
  cellText,
  isBlank,
  normaliseEmail,
  normaliseInstagram,
  normaliseKbli,
  normaliseLocation,
  coordinate,
  normalisePhone,
  normaliseRegency,
  normaliseScale,
  normaliseSectors,
  normaliseWebsite,
  normaliseYear,
  oneLine,
  parseMarketplaces,
  parseProducts,
  splitDescription,
  type Cell,
} from './normalise';
import type { SheetRow } from './read';

/** A column of this sheet that the import reads. */
export interface SheetColumn {
  index: number;
  header: string;
  column: Column;
  /** How the report names it: `kolom H "Email"`. */
  label: string;
}

export interface Layout {
  headerRow: number;
  headers: string[];
  columns: SheetColumn[];
  /** Labels of columns that are not imported because the import does not know them. */
  unknown: string[];
  /** Known columns deliberately not imported, with the reason. */
  ignored: string[];
  /** Two columns for the same field (the first filled one is used). */
  repeated: string[];
  /** The rows below the header. */
  rows: SheetRow[];
}

/** A problem with a row, at a column (as the report names it). */
export interface Problem {
  column: string;
  message: string;
}

export interface ParsedRow {
  number: number;
  name?: string;
  regency?: string;
  patch: BusinessPatch;
  /** The whole description, when it was too long for the summary. */
  body?: string;
  problems: Problem[];
  /** Paths whose problems are already reported (normalisation), so the schema's are not repeated. */
  reported: Set<string>;
}

const HEADER_SEARCH = 10;

/**
 * The header row is the first of the first rows with two or more known headers, so a title
 * row above the table ("Data UMKM Kab. Klaten 2025") does not stop the import.
 */
export function findLayout(rows: readonly SheetRow[]): Layout {
  const known = (row: SheetRow) =>
    row.cells.filter((cell) => {
      const column = columnFor(cellText(cell));
      return column && column.target !== 'ignore';
    }).length;
  const header =
    rows.slice(0, HEADER_SEARCH).find((row) => known(row) >= 2) ??
    rows.find((row) => row.cells.some((cell) => !isBlank(cell))) ??
    rows[0];
  const data = header ? rows.filter((row) => row.number > header.number) : [];
  const headers = (header?.cells ?? []).map((cell) => cellText(cell));
  const layout: Layout = {
    headerRow: header?.number ?? 1,
    headers,
    columns: [],
    unknown: [],
    ignored: [],
    repeated: [],
    rows: data,
  };
  const width = Math.max(headers.length, ...data.map((row) => row.cells.length));
  const firstOf = new Map<Target, SheetColumn>();
  for (let index = 0; index < width; index++) {
    const text = headers[index] ?? '';
    const letter = columnLetter(index);
    const column = text ? columnFor(text) : undefined;
    if (!column) {
      const used = data.some((row) => !isBlank(row.cells[index]));
      if (text || used) layout.unknown.push(text ? say.columnLabel(text, letter) : say.untitledColumn(letter));
      continue;
    }
    const sheetColumn = { index, header: text, column, label: say.columnLabel(text, letter) };
    if (column.target === 'ignore') {
      layout.ignored.push(`${sheetColumn.label} (${column.reason ?? ''})`);
      continue;
    }
    const first = firstOf.get(column.target);
    if (first) layout.repeated.push(`${first.label} dan ${sheetColumn.label}`);
    else firstOf.set(column.target, sheetColumn);
    layout.columns.push(sheetColumn);
  }
  return layout;
}

/** The identity columns missing from a layout (their names), which make the sheet unusable. */
export function missingIdentity(layout: Layout): string[] {
  return (['name', 'regency'] as const)
    .filter((target) => !layout.columns.some((c) => c.column.target === target))
    .map((target) => columnName(COLUMNS.find((c) => c.target === target)!));
}

/** A row with nothing but ignored columns (e.g. a pre-numbered "No" column) is not a row. */
export const isEmptyRow = (row: SheetRow, layout: Layout) =>
  layout.columns.every((c) => isBlank(row.cells[c.index])) &&
  row.cells.every((cell, i) => isBlank(cell) || layout.columns.some((c) => c.index === i) || isIgnored(layout, i));

const isIgnored = (layout: Layout, index: number) => columnFor(layout.headers[index] ?? '')?.target === 'ignore';

const CONTACTS: readonly ContactKey[] = ['whatsapp', 'phone', 'email', 'instagram', 'website'];
const CONTACT_NORMALISERS: Record<ContactKey, (cell: Cell) => string> = {
  whatsapp: normalisePhone,
  phone: normalisePhone,
  email: (cell) => normaliseEmail(cellText(cell)),
  instagram: (cell) => normaliseInstagram(cellText(cell)),
  website: (cell) => normaliseWebsite(cellText(cell)),
};

/** The row's fields, normalised; `summaryMax` is the schema's limit for the summary. */
export function parseRow(row: SheetRow, layout: Layout, summaryMax: number): ParsedRow {
  const parsed: ParsedRow = { number: row.number, patch: {}, problems: [], reported: new Set() };
  /** The first filled cell of the columns for `target`. */
  const take = (target: Target): { cell: Cell; column: SheetColumn } | undefined => {
    for (const column of layout.columns)
      if (column.column.target === target && !isBlank(row.cells[column.index]))
        return { cell: row.cells[column.index], column };
    return undefined;
  };
  const refuse = (column: SheetColumn, message: string) => {
    parsed.problems.push({ column: column.label, message });
    for (const path of column.column.paths) parsed.reported.add(path);
  };
  const { patch } = parsed;

  const name = take('name');
  if (name) parsed.name = oneLine(name.cell);
  const regency = take('regency');
  if (regency) {
    const result = normaliseRegency(oneLine(regency.cell));
    if (result.ok) parsed.regency = result.value;
    else refuse(regency.column, result.message);
  }
  const sectors = take('sectors');
  if (sectors) patch.sectors = normaliseSectors(cellText(sectors.cell));
  const scale = take('scale');
  if (scale) patch.scale = normaliseScale(oneLine(scale.cell));
  const address = take('address');
  if (address) patch.address = oneLine(address.cell);
  const location = take('location');
  const latitude = take('latitude');
  const longitude = take('longitude');
  if (location) patch.location = normaliseLocation(oneLine(location.cell));
  else if (latitude && longitude)
    patch.location = normaliseLocation(`${coordinate(latitude.cell)}, ${coordinate(longitude.cell)}`);
  else if (latitude ?? longitude) refuse((latitude ?? longitude)!.column, say.halfLocation);
  const founded = take('founded');
  if (founded) patch.founded = normaliseYear(founded.cell);
  const kbli = take('kbli');
  if (kbli) patch.kbli = normaliseKbli(kbli.cell);

  for (const key of CONTACTS) {
    const contact = take(key);
    if (contact) patch.contact = { ...patch.contact, [key]: CONTACT_NORMALISERS[key](contact.cell) };
  }

  const description = take('description');
  if (description) {
    const result = splitDescription(description.cell, summaryMax);
    if (result.ok) {
      patch.summary = result.value.summary;
      if (result.value.body) parsed.body = result.value.body;
    } else refuse(description.column, result.message);
  }

  const products = take('products');
  const prices = take('price');
  if (products || prices) {
    const result = parseProducts(products?.cell ?? null, prices?.cell ?? null);
    if (result.ok) patch.products = result.value;
    else refuse((prices ?? products)!.column, result.message);
  }
  const shops = take('marketplaces');
  if (shops) patch.marketplaces = parseMarketplaces(cellText(shops.cell));
  return parsed;
}

/** A schema path as COLUMNS writes paths: list indexes as `*`. */
export const pathPattern = (path: readonly PropertyKey[]) =>
  path.map((part) => (typeof part === 'number' ? '*' : String(part))).join('.');

/**
 * The column a schema problem at `path` belongs to: the one whose path is its longest prefix; for
 * a problem of a group (e.g. "fill in at least one contact"), every column inside it.
 */
export function columnOf(path: readonly PropertyKey[], layout: Layout): { label: string; path: string } | undefined {
  const pattern = pathPattern(path);
  let best: { label: string; length: number } | undefined;
  for (const column of layout.columns)
    for (const p of column.column.paths)
      if ((pattern === p || pattern.startsWith(`${p}.`)) && p.length > (best?.length ?? -1))
        best = { label: column.label, length: p.length };
  if (best) return { label: best.label, path: pattern };
  const inside = layout.columns.filter((c) => c.column.paths.some((p) => p.startsWith(`${pattern}.`)));
  if (inside.length) return { label: inside.map((c) => c.label).join(' / '), path: pattern };
  return undefined;
}

/** How the report names a field that no column of the sheet fills: by the column that would. */
export function missingColumnLabel(path: readonly PropertyKey[]): string {
  const pattern = pathPattern(path);
  const column = COLUMNS.find((c) => c.paths.some((p) => pattern === p || pattern.startsWith(`${p}.`)));
  if (column) return say.missingColumn(columnName(column));
  return pattern === 'contact' ? say.contactColumns : pattern;
}
