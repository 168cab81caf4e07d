// @ts-check
// The second step of `npm run build`: indexes the built site with Pagefind after `astro build`
// has exited, so the two never hold their memory at the same time (docs/performance.md).
// Usage: node scripts/index-search.mjs [dist]
import { indexSite } from '../src/integrations/pagefind.ts';

await indexSite(process.argv[2] ?? 'dist', (message) => console.log(`[search-index] ${message}`));
