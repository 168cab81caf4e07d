/**
 * The CMS's Indonesian interface (admin/locale-id.ts) has a phrase for every key of Decap's
 * English locale, the one it stands in for; a missing key would show editors English, or the
 * raw key.
 */
import en from 'decap-cms-locales/dist/esm/en/index.js';
import { describe, expect, it } from 'vitest';
import id from '../../admin/locale-id';

/** Every leaf of a nested phrase table, by its dotted key path. */
function leaves(table: object, prefix = ''): [string, unknown][] {
  return Object.entries(table as Record<string, unknown>).flatMap(([key, value]): [string, unknown][] =>
    value !== null && typeof value === 'object' ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

/** The English locale's shape as a module declaration, every phrase a string. */
function declaration(table: object): string {
  const members = (level: object, indent: string): string[] =>
    Object.entries(level as Record<string, unknown>).flatMap(([key, value]) =>
      value !== null && typeof value === 'object'
        ? [`${indent}${key}: {`, ...members(value, `${indent}  `), `${indent}};`]
        : [`${indent}${key}: string;`],
    );
  return [
    '// The shape of Decap’s English locale (decap-cms-locales ships no typings), which',
    '// admin/locale-id.ts must match. Written by tests/unit/cms-locale.test.ts: after a Decap',
    '// update, `npx vitest run tests/unit/cms-locale.test.ts -u` rewrites it from the installed locale.',
    "declare module 'decap-cms-locales/dist/esm/en/index.js' {",
    '  const en: {',
    ...members(table, '    '),
    '  };',
    '  export default en;',
    '}',
    '',
  ].join('\n');
}

const english = leaves(en);
const indonesian = new Map(leaves(id));

describe('the CMS locale (admin/locale-id.ts)', () => {
  it('reads Decap’s English locale, every phrase a string', () => {
    expect(english.length).toBeGreaterThan(200);
    expect(english.filter(([, phrase]) => typeof phrase !== 'string').map(([path]) => path)).toEqual([]);
  });

  it('is type-checked against the English locale as installed (admin/decap-locale-en.d.ts)', async () => {
    await expect(declaration(en)).toMatchFileSnapshot('../../admin/decap-locale-en.d.ts');
  });

  it('has a phrase for every key of Decap’s English locale', () => {
    const missing = english
      .map(([path]) => path)
      .filter((path) => {
        const phrase = indonesian.get(path);
        return typeof phrase !== 'string' || phrase.trim() === '';
      });
    expect(missing, 'keys without an Indonesian phrase').toEqual([]);
  });

  it('has no keys Decap does not use', () => {
    const known = new Set(english.map(([path]) => path));
    expect(
      [...indonesian.keys()].filter((path) => !known.has(path)),
      'keys unknown to Decap',
    ).toEqual([]);
  });

  it('keeps the placeholders Decap fills in', () => {
    const placeholders = (phrase: unknown) =>
      [...String(phrase).matchAll(/%\{(\w+)\}/g)]
        .map((m) => m[1])
        .sort()
        .join();
    const differing = english
      .filter(([path, phrase]) => indonesian.has(path) && placeholders(phrase) !== placeholders(indonesian.get(path)))
      .map(([path]) => path);
    expect(differing, 'phrases whose %{…} placeholders differ from English').toEqual([]);
  });
});
