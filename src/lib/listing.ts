/** Shared settings and route helpers for paginated listings. */
import type { Page } from './paginate';

/** Entries per listing page: keeps each page light on a phone over mobile data. */
export const PAGE_SIZE = 24;

/** Static paths for pages 2…n (page 1 is the listing's own index route). */
export function laterPages<T, P extends Record<string, string> = Record<never, string>>(pages: Page<T>[], params?: P) {
  return pages.slice(1).map((page) => ({ params: { ...(params as P), page: String(page.number) }, props: { page } }));
}
