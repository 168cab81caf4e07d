/**
 * Where entries live on disk. Every read and write of an entry file goes through here, so a new
 * layout changes this module only. The importer writes Indonesian entries (`<folder>/id/`).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { DEFAULT_LOCALE } from '../../i18n';
import { localeDir } from '../translations';

/** The content folder: CONTENT_DIR, as the build reads it, or ./content. */
export const contentDirOf = (env: Record<string, string | undefined> = process.env) =>
  resolve(env['CONTENT_DIR'] ?? 'content');

/** The Indonesian files of a collection folder (e.g. `businesses`). */
const entriesDir = (contentDir: string, folder: string) => join(contentDir, folder, localeDir(DEFAULT_LOCALE));

/** The file of the entry `slug` of a collection folder. */
export const entryPath = (contentDir: string, folder: string, slug: string) =>
  join(entriesDir(contentDir, folder), `${slug}.md`);

export interface EntryFile {
  slug: string;
  path: string;
  text: string;
}

/** Every entry of a collection folder (subfolders too, as the build's glob reads them). */
export function readEntries(contentDir: string, folder: string): EntryFile[] {
  const base = entriesDir(contentDir, folder);
  let names: string[];
  try {
    names = readdirSync(base, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const path = join(base, name);
      return { slug: name.slice(0, -'.md'.length).split(sep).join('/'), path, text: readFileSync(path, 'utf8') };
    });
}

/** Writes an entry; returns its path. */
export function writeEntry(contentDir: string, folder: string, slug: string, text: string): string {
  const path = entryPath(contentDir, folder, slug);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

/** True when `path` is inside `folder` (or is it). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}
