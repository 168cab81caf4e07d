/**
 * Imports point one way: time and taxonomy are leaves, schemas build on them, and lib (the
 * site model and its helpers) builds on schemas, never the reverse. A cycle here would make
 * a schema change ripple through the build in ways vitest cannot isolate.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Top-level folders under src/ each layer may import from (besides itself and packages). */
const ALLOWED: Record<string, string[]> = {
  time: [],
  i18n: ['time'],
  taxonomy: ['i18n'],
  // Places and opening hours: read by the schemas, the pages and the view-time scripts alike.
  places: ['i18n', 'taxonomy'],
  schema: ['time', 'i18n', 'taxonomy', 'places'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.(ts|astro)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

/** The src/ folder each relative import of a file lands in. */
function importedLayers(file: string): string[] {
  const specifiers = [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*?from\s+'(\.[^']+)'/gm)];
  return specifiers.map((m) => relative(SRC, resolve(file, '..', m[1]!)).split('/')[0]!);
}

describe('layers', () => {
  for (const [layer, allowed] of Object.entries(ALLOWED)) {
    it(`src/${layer} imports only from ${allowed.length ? allowed.join(', ') : 'itself'}`, () => {
      const stray = sourceFiles(join(SRC, layer)).flatMap((file) =>
        importedLayers(file)
          .filter((to) => to !== layer && !allowed.includes(to))
          .map((to) => `${relative(SRC, file)} → src/${to}`),
      );
      expect(stray).toEqual([]);
    });
  }

  it('finds the imports it checks', () => {
    // Guards the regex: the timetable schema does import the WIB module and the taxonomy.
    expect(importedLayers(join(SRC, 'schema/timetables.ts'))).toEqual(expect.arrayContaining(['time', 'taxonomy']));
  });
});
