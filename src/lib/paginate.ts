/**
 * Pagination with Indonesian URLs: page 1 is the listing itself, page n is `<base>halaman/<n>/`,
 * so `<base><slug>/` only ever names an entry.
 */
export interface Page<T> {
  number: number;
  total: number;
  items: T[];
  url: string;
  prev?: string | undefined;
  next?: string | undefined;
  /** Entries of the whole listing, when this page stands alone for them (`firstPageOnly`). */
  of?: number | undefined;
}

/** The part of a page's URL after its listing's base (a `[...page]` route's parameter): none for page 1. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `halaman/${number}`;
}

export function pageUrl(base: string, number: number): string {
  const param = pageParam(number);
  return param ? `${base}${param}/` : base;
}

export function paginate<T>(items: readonly T[], base: string, perPage: number): Page<T>[] {
  if (perPage < 1) throw new Error('perPage must be at least 1');
  const total = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: total }, (_, i) => {
    const number = i + 1;
    return {
      number,
      total,
      items: items.slice(i * perPage, number * perPage),
      url: pageUrl(base, number),
      prev: number > 1 ? pageUrl(base, number - 1) : undefined,
      next: number < total ? pageUrl(base, number + 1) : undefined,
    };
  });
}

/** The first of `pages`, standing alone (no next page): a listing shown by its first page only. */
export function firstPageOnly<T>(pages: readonly Page<T>[]): Page<T> {
  const [first] = pages;
  if (!first) throw new Error('paginate always gives at least one page');
  const of = pages.reduce((count, page) => count + page.items.length, 0);
  return { ...first, total: 1, next: undefined, of };
}

/** The whole listing's count, when this page stands alone for it and shows only part of it. */
export function listedBeyond<T>(page: Page<T>): number | undefined {
  return page.of !== undefined && page.of > page.items.length ? page.of : undefined;
}
