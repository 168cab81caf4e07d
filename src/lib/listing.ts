/** Shared settings and route helpers for paginated listings. */
import { firstPageOnly, pageParam, paginate, type Page } from './paginate';

/** Id of the facets on a listing's first page, where its later pages send a visitor to browse. */
export const FACETS_ID = 'jelajahi';

/**
 * Entries per listing page: light on a phone over mobile data (about 8 KB of HTML compressed),
 * a multiple of the two, three and four columns the grid shows, and few pages at provincial
 * scale, where every page repeats the header, footer and tools (docs/performance.md).
 */
export const PAGE_SIZE = 36;

/**
 * Static paths for every page of a listing, for one `[...page]` route: page 1 at the listing's
 * own URL, page n at `halaman/<n>/` below it. `params` names the listing (e.g. its sector) and
 * `props` travel with every page; `cacheKey` (src/lib/cache-key.ts) lets the incremental build
 * copy a page whose cards and counts are unchanged.
 */
export function listingPaths<T, P extends Record<string, string>, X extends object>(
  pages: readonly Page<T>[],
  params: P,
  props: X,
  cacheKey?: (page: Page<T>) => string,
) {
  return pages.map((page) => ({
    params: { ...params, page: pageParam(page.number) },
    props: { ...props, page },
    ...(cacheKey ? { cacheKey: cacheKey(page) } : {}),
  }));
}

/**
 * A listing shown by its first page alone: the whole directory, the whole storefront. At
 * provincial scale the rest would be hundreds of pages (twice, with English) that visitors do not
 * page through, each rewritten when an entry is added before it; every entry is also on its
 * sectors' (and regency's) listings, its own page and in search.
 */
export function frontPage<T>(items: readonly T[], base: string): Page<T> {
  return firstPageOnly(paginate(items, base, PAGE_SIZE));
}
