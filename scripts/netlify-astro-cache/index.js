// @ts-check
// A local Netlify build plugin (declared in netlify.toml): keeps Astro's cache directory between
// production builds, so the incremental build can copy unchanged pages from the last one and the
// content layer re-parses only changed files. Netlify's dependency cache may also keep
// node_modules, but nothing guarantees it; this plugin makes the cache explicit.
//
// Production only: a deploy preview builds with another site URL (a different config hash for
// Astro), and saving its cache would make the next production build start from nothing.

/** Astro's default cacheDir (astro.config.mjs leaves it unchanged on Netlify). */
export const CACHE_DIR = 'node_modules/.astro';

/** @param {NodeJS.ProcessEnv} env */
const isProduction = (env) => env['CONTEXT'] === 'production';

/**
 * @typedef {{ cache: { restore: (path: string) => Promise<boolean>, save: (path: string) => Promise<boolean> } }} Utils
 * @param {{ utils: Utils, env?: NodeJS.ProcessEnv }} options
 */
export async function onPreBuild({ utils, env = process.env }) {
  if (!isProduction(env)) return console.log(`[astro-cache] ${env['CONTEXT'] ?? 'local'} build: cache not used`);
  const restored = await utils.cache.restore(CACHE_DIR);
  console.log(`[astro-cache] ${restored ? 'restored' : 'no cache yet for'} ${CACHE_DIR}`);
}

/** @param {{ utils: Utils, env?: NodeJS.ProcessEnv }} options */
export async function onPostBuild({ utils, env = process.env }) {
  if (!isProduction(env)) return;
  const saved = await utils.cache.save(CACHE_DIR);
  console.log(`[astro-cache] ${saved ? 'saved' : 'nothing to save at'} ${CACHE_DIR}`);
}
