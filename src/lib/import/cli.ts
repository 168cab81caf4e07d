/**
 * `npm run import -- FILE [--dry-run] [--sheet NAME] [--refused PATH]` (scripts/import.mjs runs
 * this). Exit codes: 0 every row imported or unchanged; 1 some row refused or a duplicate (the
 * valid rows are still written); 2 the file cannot be read or imported at all.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildNow } from '../now';
import { contentDirOf, isInside } from './entries';
import { runImport, UnusableSheet } from './importer';
import { say } from './messages';
import { ReadError } from './read';
import { exitCodeOf, formatReport, refusedCsv } from './report';

interface Output {
  write(text: string): unknown;
}

/** Beside the input: `usaha.xlsx` → `usaha.ditolak.csv`. */
export const defaultRefusedPath = (file: string) => join(dirname(file), `${basename(file, extname(file))}.ditolak.csv`);

export async function main(
  args: readonly string[],
  env: Record<string, string | undefined> = process.env,
  out: Output = process.stdout,
  err: Output = process.stderr,
): Promise<number> {
  let values: { 'dry-run'?: boolean; sheet?: string; refused?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean' },
        sheet: { type: 'string' },
        refused: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    err.write(`${(error as Error).message}\n${say.usage}\n`);
    return 2;
  }
  if (values.help) {
    out.write(`${say.usage}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    err.write(`${say.usage}\n`);
    return 2;
  }
  const cwd = env['INIT_CWD'] ?? process.cwd();
  const file = resolve(cwd, positionals[0]!);
  const contentDir = contentDirOf(env);
  const refusedPath = resolve(cwd, values.refused ?? defaultRefusedPath(file));
  if (isInside(refusedPath, contentDir) || refusedPath === file) {
    err.write(`${refusedPath === file ? say.refusedIsInput : say.refusedInContent(refusedPath)}\n`);
    return 2;
  }
  const dryRun = values['dry-run'] ?? false;
  const show = (path: string) => {
    const rel = relative(cwd, path);
    return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  };
  try {
    const now = buildNow(env);
    const result = await runImport({ file, contentDir, dryRun, now, ...(values.sheet ? { sheet: values.sheet } : {}) });
    const csv = refusedCsv(result);
    if (csv && !dryRun) {
      mkdirSync(dirname(refusedPath), { recursive: true });
      writeFileSync(refusedPath, csv);
    }
    const staleRefused = !csv && existsSync(refusedPath);
    out.write(formatReport(result, { file: show(file), dryRun, refusedPath, staleRefused, show }));
    return exitCodeOf(result);
  } catch (error) {
    if (error instanceof ReadError || error instanceof UnusableSheet || /SITE_NOW/.test((error as Error).message)) {
      err.write(`${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}
