/**
 * Where entries live on disk. Every read and write of an entry file goes through here, so a new
 * layout (e.g. one file per language, `<slug>.id.md`) changes this module only.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isTranslationFile } from '../translations';

/** The content folder: CONTENT_DIR, as the build reads it, or ./content. */
export const contentDirOf = (env: Record<string, string | undefined> = process.env) =>
  resolve(env['CONTENT_DIR'] ?? 'content');

/** The file of the entry `slug` of a collection folder (e.g. `businesses`). */
export const entryPath = (contentDir: string, folder: string, slug: string) => join(contentDir, folder, `${slug}.md`);

export interface EntryFile {
  slug: string;
  path: string;
  text: string;
}

/** Every entry of a collection folder (subfolders too, as the build's glob reads them). */
export function readEntries(contentDir: string, folder: string): EntryFile[] {
  const base = join(contentDir, folder);
  let names: string[];
  try {
    names = readdirSync(base, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.md') && !isTranslationFile(name))
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
