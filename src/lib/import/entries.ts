/**
 * Where entries live on disk. Every read and write of an entry file goes through here, so a new
 * layout changes this module only. The importer writes Indonesian entries (`businesses/<regency>/id/`).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { DEFAULT_LOCALE } from '../../i18n';
import { entryDir, entryFile, partitionField } from '../translations';

/** The content folder: CONTENT_DIR, as the build reads it, or ./content. */
export const contentDirOf = (env: Record<string, string | undefined> = process.env) =>
  resolve(env['CONTENT_DIR'] ?? 'content');

/** A path entryDir or entryFile gives (`content/…`), under the content folder actually used. */
const underContent = (contentDir: string, repoPath: string) => join(contentDir, repoPath.replace(/^content\//, ''));

/**
 * The folders of a collection folder's Indonesian files, as entryDir (src/lib/translations.ts)
 * lays them out: one, or one per part of a partitioned type (`businesses/<regency>/id/`).
 */
function entriesDirs(contentDir: string, folder: string): string[] {
  if (!partitionField(folder)) return [underContent(contentDir, entryDir(folder))];
  let parts: string[];
  try {
    parts = readdirSync(join(contentDir, folder), { withFileTypes: true })
      .filter((part) => part.isDirectory())
      .map((part) => part.name);
  } catch {
    return [];
  }
  return parts.sort().map((part) => underContent(contentDir, entryDir(folder, DEFAULT_LOCALE, part)));
}

/** The file of the entry `slug` of a collection folder (in its part, for a partitioned type). */
export const entryPath = (contentDir: string, folder: string, slug: string, part?: string) =>
  underContent(contentDir, entryFile(folder, slug, DEFAULT_LOCALE, part));

export interface EntryFile {
  slug: string;
  path: string;
  text: string;
}

/** Every entry of a collection folder (subfolders too, as the build's glob reads them). */
export function readEntries(contentDir: string, folder: string): EntryFile[] {
  return entriesDirs(contentDir, folder).flatMap((base) => {
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
  });
}

/** Writes an entry file (its folder made when new). */
export function writeEntry(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** True when `path` is inside `folder` (or is it). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}
