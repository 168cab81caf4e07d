import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSteps } from '../../scripts/bench/build.mjs';

describe('benchmark build steps', () => {
  it('are read from the build script, with the output folder added', () => {
    expect(
      buildSteps('SEARCH_INDEX=separate astro build && node scripts/index-search.mjs', { astro: 'A', dist: 'D' }),
    ).toEqual([
      { env: { SEARCH_INDEX: 'separate' }, args: ['A', 'build', '--outDir', 'D'] },
      { env: {}, args: ['scripts/index-search.mjs', 'D'] },
    ]);
    expect(buildSteps('astro build', { astro: 'A', dist: 'D' })).toEqual([
      { env: {}, args: ['A', 'build', '--outDir', 'D'] },
    ]);
  });

  it('cover the real npm run build', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    const script = scripts['build'] ?? '';
    expect(() => buildSteps(script, { astro: 'A', dist: 'D' })).not.toThrow();
    expect(() => buildSteps('astro build && rm -rf x', { astro: 'A', dist: 'D' })).toThrow(/cannot run/);
  });
});
