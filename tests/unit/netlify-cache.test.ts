import { describe, expect, it, vi } from 'vitest';
import { CACHE_DIR, onPostBuild, onPreBuild } from '../../scripts/netlify-astro-cache/index.js';
import { readFileSync } from 'node:fs';

const utils = () => ({
  cache: { restore: vi.fn(() => Promise.resolve(true)), save: vi.fn(() => Promise.resolve(true)) },
});

describe('the Netlify build plugin keeping Astro’s cache', () => {
  it('restores and saves the cache directory on production builds', async () => {
    const u = utils();
    await onPreBuild({ utils: u, env: { CONTEXT: 'production' } });
    await onPostBuild({ utils: u, env: { CONTEXT: 'production' } });
    expect(u.cache.restore).toHaveBeenCalledWith(CACHE_DIR);
    expect(u.cache.save).toHaveBeenCalledWith(CACHE_DIR);
  });

  it('leaves it alone on deploy previews, whose other site URL would spoil it', async () => {
    const u = utils();
    await onPreBuild({ utils: u, env: { CONTEXT: 'deploy-preview' } });
    await onPostBuild({ utils: u, env: { CONTEXT: 'deploy-preview' } });
    expect(u.cache.restore).not.toHaveBeenCalled();
    expect(u.cache.save).not.toHaveBeenCalled();
  });

  it('is declared in netlify.toml and keeps the folder Astro uses', () => {
    expect(readFileSync('netlify.toml', 'utf8')).toMatch(
      /\[\[plugins\]\]\s+package = "\.\/scripts\/netlify-astro-cache"/,
    );
    // astro.config.mjs moves cacheDir only for tests (ASTRO_CACHE_DIR); Astro's default is this one.
    expect(readFileSync('astro.config.mjs', 'utf8')).not.toMatch(/cacheDir: ['"]/);
    expect(CACHE_DIR).toBe('node_modules/.astro');
  });
});
