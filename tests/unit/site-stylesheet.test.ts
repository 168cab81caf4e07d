import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteStylesStamp, siteStylesheetChunk } from '../../src/lib/site-stylesheet';

describe('siteStylesheetChunk', () => {
  const root = '/work/project';

  it('groups components and layouts with their style blocks', () => {
    expect(siteStylesheetChunk(`${root}/src/components/Card.astro`)).toBe('site');
    expect(siteStylesheetChunk(`${root}/src/layouts/Base.astro`)).toBe('site');
    expect(siteStylesheetChunk(`${root}/src/components/map/Map.astro?astro&type=style&index=0&lang.css`)).toBe('site');
  });

  it('leaves client scripts, pages and libraries to Vite', () => {
    expect(
      siteStylesheetChunk(`${root}/src/components/Search.astro?astro&type=script&index=0&lang.ts`),
    ).toBeUndefined();
    expect(siteStylesheetChunk(`${root}/src/pages/index.astro`)).toBeUndefined();
    expect(siteStylesheetChunk(`${root}/src/lib/urls.ts`)).toBeUndefined();
    expect(siteStylesheetChunk(`${root}/node_modules/astro/dist/runtime/index.js`)).toBeUndefined();
  });
});

describe('siteStylesStamp', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** A project root holding the stylesheet's sources, `extra` added to one component. */
  function project(extra: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'hetero-stamp-'));
    dirs.push(dir);
    for (const sub of ['src/components/ui', 'src/layouts', 'src/styles'])
      mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, 'src/components/ui/Card.astro'), `<style>.card { color: red; }${extra}</style>\n`);
    writeFileSync(join(dir, 'src/layouts/Base.astro'), '<slot />\n');
    writeFileSync(join(dir, 'src/styles/global.css'), 'body { margin: 0; }\n');
    return dir;
  }

  it('is the same for the same sources and changes with any of them', () => {
    const a = siteStylesStamp(project(''));
    expect(siteStylesStamp(project(''))).toBe(a);
    expect(siteStylesStamp(project(' .card { color: blue; }'))).not.toBe(a);
  });
});
