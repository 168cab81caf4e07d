/**
 * The import itself: every row of a sheet becomes a new directory entry, an update of the entry
 * of the same business, or a refusal with its reasons. Each written entry is checked first with
 * the schema the build uses (read back as the build reads it), so an import cannot break the site.
 */
import { load } from 'js-yaml';
import { businesses, contentSchema, plainContext } from '../../schema';
import type { ContentContext } from '../../schema/define';
import { regencySlugPart } from '../../taxonomy';
import { wibDateKey } from '../../time/wib';
import { businessKey } from '../site/indexes';
import { RESERVED_SLUGS } from '../urls';
import { entryPath, readEntries, writeEntry, type EntryFile } from './entries';
import { decapEntry, editEntry, splitEntry } from './frontmatter';
import { applyPatch, changedFields, FIELD_ORDER, newEntry } from './merge';
import { say } from './messages';
import { readTable, type SheetRow, type Table } from './read';
import {
  columnOf,
  findLayout,
  isEmptyRow,
  missingColumnLabel,
  missingIdentity,
  parseRow,
  pathPattern,
  type Layout,
  type Problem,
} from './row';

type Data = Record<string, unknown>;

export interface ImportOptions {
  file: string;
  sheet?: string;
  contentDir: string;
  /** Check and report only: nothing is written. */
  dryRun?: boolean;
  /** "Now" (SITE_NOW in the command): its day in WIB is the `listedOn` of new entries. */
  now: Date;
}

export type Outcome =
  | {
      kind: 'created' | 'updated' | 'unchanged';
      row: number;
      slug: string;
      path: string;
      fields: string[];
      notes: string[];
    }
  | { kind: 'refused'; row: number; problems: Problem[]; notes: string[] }
  | { kind: 'duplicate'; row: number; of: number; notes: string[] };

export interface ImportResult {
  table: Table;
  layout: Layout;
  outcomes: Outcome[];
  /** Existing entry files that could not be read (they take no part in matching). */
  unreadable: string[];
  /** The sheet rows by number, for the refused-rows CSV. */
  rows: Map<number, SheetRow>;
}

/** The sheet cannot be imported at all (exit code 2). */
export class UnusableSheet extends Error {}

const FOLDER = businesses.folder;
const CMS_ORDER = [...FIELD_ORDER, 'body'];

/** The data of an entry file as the build reads it (js-yaml), or undefined. */
function buildData(text: string): Data | undefined {
  const parts = splitEntry(text);
  if (!parts) return undefined;
  const data = load(parts.frontmatter);
  return data && typeof data === 'object' ? (data as Data) : {};
}

/** A slug as the sample files have them: lower-case ASCII words joined by hyphens. */
export function slugOf(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' dan ')
      .replace(/['\u2019`]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'usaha'
  );
}

/**
 * A free slug for a new entry: the name's; when taken (or a route of the site), the name with
 * its place ("batik-sekar-klaten"); then with a number (-2, -3…).
 */
export function freeSlug(name: string, place: string, taken: (slug: string) => boolean): string {
  const base = slugOf(name);
  const placed = base.endsWith(`-${slugOf(place)}`) ? base : `${base}-${slugOf(place)}`;
  for (const slug of [base, placed]) if (!taken(slug)) return slug;
  for (let n = 2; ; n++) if (!taken(`${placed}-${n}`)) return `${placed}-${n}`;
}

export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const table = await readTable(options.file, options.sheet);
  const layout = findLayout(table.rows);
  if (layout.columns.length === 0) throw new UnusableSheet(say.noColumns(layout.headers.filter(Boolean)));
  const missing = missingIdentity(layout);
  if (missing.length) throw new UnusableSheet(say.missingIdentity(missing));

  // The build's field helpers without Astro, and the import's "now" for the rules (founded ≤ this year).
  const ctx: ContentContext = { ...plainContext, now: options.now };
  const schema = contentSchema(businesses, ctx);
  const summaryMax = (businesses.fields.summary.zod(ctx) as unknown as { maxLength: number | null }).maxLength ?? 280;
  const today = wibDateKey(options.now);

  const entries = new Map<string, EntryFile>();
  const unreadable: string[] = [];
  const slugs = new Set<string>();
  for (const entry of readEntries(options.contentDir, FOLDER)) {
    slugs.add(entry.slug);
    try {
      const data = buildData(entry.text);
      if (typeof data?.['name'] === 'string' && typeof data['regency'] === 'string')
        entries.set(businessKey({ name: data['name'], regency: data['regency'] }), entry);
      else unreadable.push(entry.path);
    } catch {
      unreadable.push(entry.path);
    }
  }
  const reserved = new Set<string>(RESERVED_SLUGS.directory);
  const taken = (slug: string) => slugs.has(slug) || reserved.has(slug);

  const outcomes: Outcome[] = [];
  const seen = new Map<string, number>();
  const rows = new Map<number, SheetRow>();
  for (const row of layout.rows) {
    if (isEmptyRow(row, layout)) continue;
    rows.set(row.number, row);
    const parsed = parseRow(row, layout, summaryMax);
    const problems = [...parsed.problems];
    const key = parsed.name && parsed.regency ? businessKey({ name: parsed.name, regency: parsed.regency }) : undefined;
    const first = key === undefined ? undefined : seen.get(key);
    if (first !== undefined) {
      outcomes.push({ kind: 'duplicate', row: row.number, of: first, notes: [] });
      continue;
    }
    if (key !== undefined) seen.set(key, row.number);

    const existing = key === undefined ? undefined : entries.get(key);
    const notes: string[] = [];
    let text: string | undefined;
    let before: Data = {};
    let after: Data = {};
    let slug: string;
    if (existing) {
      slug = existing.slug;
      if (parsed.body) notes.push(say.summaryShortened, say.bodyKept);
      try {
        text = editEntry(existing.text, CMS_ORDER, (data) => {
          before = data;
          after = applyPatch(data, parsed.patch);
          return after;
        });
      } catch {
        text = undefined;
      }
      if (text === undefined) {
        unreadable.push(existing.path);
        problems.push({ column: existing.path, message: say.unreadableEntry(existing.path) });
      }
    } else {
      const place = regencySlugPart(parsed.regency ?? '');
      slug = freeSlug(parsed.name ?? '', place, taken);
      if (parsed.body) notes.push(say.bodyFromDescription);
      const data = newEntry({ name: parsed.name ?? '', regency: parsed.regency ?? '' }, parsed.patch, today);
      if (!parsed.name) delete data['name'];
      if (!parsed.regency) delete data['regency'];
      text = decapEntry(data, parsed.body ? `\n${parsed.body}\n` : '', CMS_ORDER);
    }

    if (text !== undefined) {
      const check = schema.safeParse(buildData(text));
      for (const issue of check.error?.issues ?? []) {
        // A field that normalisation refused is reported once, with the reason it gave.
        const pattern = pathPattern(issue.path);
        if ([...parsed.reported].some((p) => pattern === p || pattern.startsWith(`${p}.`))) continue;
        const column = columnOf(issue.path, layout);
        const label =
          column?.label ??
          (existing ? say.inFile(issue.path.join('.'), existing.path) : missingColumnLabel(issue.path));
        problems.push({ column: label, message: issue.message });
      }
    }
    if (problems.length > 0 || text === undefined || key === undefined) {
      outcomes.push({ kind: 'refused', row: row.number, problems, notes: [] });
      continue;
    }

    const path = existing ? existing.path : entryPath(options.contentDir, FOLDER, slug, parsed.regency);
    if (existing && text === existing.text) {
      outcomes.push({ kind: 'unchanged', row: row.number, slug, path, fields: [], notes: [] });
      continue;
    }
    const fields = existing ? changedFields(before, after) : [];
    if (!options.dryRun) writeEntry(path, text);
    if (existing) {
      existing.text = text;
    } else {
      slugs.add(slug);
      entries.set(key, { slug, path, text });
    }
    outcomes.push({ kind: existing ? 'updated' : 'created', row: row.number, slug, path, fields, notes });
  }
  return { table, layout, outcomes, unreadable, rows };
}
