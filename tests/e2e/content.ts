/**
 * Reads the content folder the way the site does (frontmatter only), so browser tests compute
 * what to expect from the content instead of hard-coding it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

const root = new URL('../../content/', import.meta.url).pathname;

export interface Entry {
  id: string;
  data: Record<string, unknown>;
}

export function entries(collection: string): Entry[] {
  return readdirSync(join(root, collection))
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(root, collection, file), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      if (!match?.[1]) throw new Error(`No frontmatter in ${collection}/${file}`);
      return { id: file.replace(/\.md$/, ''), data: load(match[1]) as Entry['data'] };
    });
}

export const time = (value: unknown) => new Date(value as string | Date).getTime();
