// @ts-check
// Measures what a first filtered search and a follow-up query cost a visitor, in Chromium
// (the benchmark's measurement, scripts/bench/search.mjs, on the current dist/).
// Usage: npm run build && node scripts/measure-search.mjs [baseURL]   (serves dist/ itself when no URL is given)
import { measureSearch } from './bench/search.mjs';
import { serve } from './serve.mjs';

const server = process.argv[2] ? undefined : await serve('dist');
try {
  // Without a URL argument, the server above is running.
  const base = process.argv[2] ?? /** @type {{ url: string }} */ (server).url;
  console.log(JSON.stringify(await measureSearch(base), null, 2));
} finally {
  await server?.close();
}
