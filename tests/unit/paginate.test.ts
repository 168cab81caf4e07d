import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, frontPage, listingPaths } from '../../src/lib/listing';
import { firstPageOnly, listedBeyond, pageUrl, paginate } from '../../src/lib/paginate';
import { urls } from '../../src/lib/urls';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const BASE = urls.classArchive;

describe('pageUrl', () => {
  it.each([
    [1, '/kelas/arsip/'],
    [2, '/kelas/arsip/halaman/2/'],
    [10, '/kelas/arsip/halaman/10/'],
  ])('page %d → %s', (number, expected) => {
    expect(pageUrl(BASE, number)).toBe(expected);
  });

  it('works for nested bases', () => {
    expect(pageUrl(urls.sector('kuliner'), 3)).toBe('/direktori/sektor/kuliner/halaman/3/');
  });
});

describe('paginate', () => {
  it.each([
    // items, per page, sizes of the pages
    [0, 10, [0]],
    [1, 10, [1]],
    [10, 10, [10]],
    [20, 10, [10, 10]],
    [21, 10, [10, 10, 1]],
    [29, 10, [10, 10, 9]],
    [3, 1, [1, 1, 1]],
    [72, PAGE_SIZE, [36, 36]],
    [73, PAGE_SIZE, [36, 36, 1]],
  ])('%d items at %d per page → pages of %j', (count, perPage, sizes) => {
    const items = range(count);
    const pages = paginate(items, BASE, perPage);
    expect(pages.map((p) => p.items.length)).toEqual(sizes);
    expect(pages.map((p) => p.number)).toEqual(range(sizes.length));
    expect(pages.every((p) => p.total === sizes.length)).toBe(true);
    // Every item once, in order.
    expect(pages.flatMap((p) => p.items)).toEqual(items);
  });

  it('gives an empty list a single empty first page with no neighbours', () => {
    expect(paginate([], BASE, 10)).toEqual([
      { number: 1, total: 1, items: [], url: '/kelas/arsip/', prev: undefined, next: undefined },
    ]);
  });

  it('links pages to their neighbours', () => {
    const pages = paginate(range(25), BASE, 10);
    expect(pages.map(({ url, prev, next }) => ({ url, prev, next }))).toEqual([
      { url: '/kelas/arsip/', prev: undefined, next: '/kelas/arsip/halaman/2/' },
      { url: '/kelas/arsip/halaman/2/', prev: '/kelas/arsip/', next: '/kelas/arsip/halaman/3/' },
      { url: '/kelas/arsip/halaman/3/', prev: '/kelas/arsip/halaman/2/', next: undefined },
    ]);
  });

  it('keeps page 1 of a full single page without next', () => {
    const [only, ...rest] = paginate(range(10), BASE, 10);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ url: '/kelas/arsip/', prev: undefined, next: undefined, total: 1 });
  });

  it('does not change its input', () => {
    const items = Object.freeze(range(5));
    paginate(items, BASE, 2);
    expect(items).toEqual([1, 2, 3, 4, 5]);
  });

  it.each([0, -1])('rejects %d items per page', (perPage) => {
    expect(() => paginate(range(3), BASE, perPage)).toThrow('perPage must be at least 1');
  });

  it('uses 36 entries per listing page: whole rows of two, three or four columns', () => {
    expect(PAGE_SIZE).toBe(36);
    for (const columns of [2, 3, 4]) expect(PAGE_SIZE % columns).toBe(0);
  });
});

describe('firstPageOnly (a listing shown by its first page)', () => {
  it('keeps the first page’s items and URL, with no later page to link, and counts the whole listing', () => {
    const page = firstPageOnly(paginate(range(100), '/etalase/', PAGE_SIZE));
    expect(page).toEqual({
      number: 1,
      total: 1,
      items: range(PAGE_SIZE),
      url: '/etalase/',
      prev: undefined,
      next: undefined,
      of: 100,
    });
    expect(listingPaths([page], {}, {}).map((p) => p.params)).toEqual([{ page: undefined }]);
  });

  it('gives a listing’s front page (frontPage): its first PAGE_SIZE entries alone', () => {
    expect(frontPage(range(100), '/direktori/')).toEqual(firstPageOnly(paginate(range(100), '/direktori/', PAGE_SIZE)));
    expect(frontPage(range(100), '/direktori/').items).toHaveLength(PAGE_SIZE);
  });

  it('is the whole listing when it fits on one page', () => {
    expect(firstPageOnly(paginate(range(3), '/direktori/', PAGE_SIZE))).toMatchObject({ items: range(3), of: 3 });
  });

  it('says how many the listing has only when the page shows part of it (listedBeyond)', () => {
    expect(listedBeyond(frontPage(range(100), '/direktori/'))).toBe(100);
    expect(listedBeyond(frontPage(range(3), '/direktori/'))).toBeUndefined();
    // A page of an ordinary pagination stands for itself alone.
    expect(listedBeyond(paginate(range(100), '/direktori/sektor/kriya/', PAGE_SIZE)[0]!)).toBeUndefined();
  });
});

describe('listingPaths (one [...page] route per listing)', () => {
  it('gives page 1 at the listing itself when there is only one page', () => {
    expect(listingPaths(paginate(range(3), BASE, 10), {}, {}).map((p) => p.params)).toEqual([{ page: undefined }]);
    expect(listingPaths(paginate([], BASE, 10), {}, {}).map((p) => p.params)).toEqual([{ page: undefined }]);
  });

  it('gives pages 2…n under halaman/, each with its page and the extra props', () => {
    const pages = paginate(range(25), BASE, 10);
    const paths = listingPaths(pages, {}, { total: 25 });
    expect(paths.map((p) => p.params)).toEqual([{ page: undefined }, { page: 'halaman/2' }, { page: 'halaman/3' }]);
    expect(paths.map((p) => p.props.page)).toEqual(pages);
    expect(paths.every((p) => p.props.total === 25)).toBe(true);
  });

  it('merges route params, and the rest parameter is exactly the page URL below the base', () => {
    const base = urls.sector('kuliner');
    const paths = listingPaths(paginate(range(80), base, PAGE_SIZE), { sector: 'kuliner' }, {});
    expect(paths.map((p) => p.params)).toEqual([
      { sector: 'kuliner', page: undefined },
      { sector: 'kuliner', page: 'halaman/2' },
      { sector: 'kuliner', page: 'halaman/3' },
    ]);
    expect(paths.map((p) => p.props.page.url)).toEqual([
      '/direktori/sektor/kuliner/',
      '/direktori/sektor/kuliner/halaman/2/',
      '/direktori/sektor/kuliner/halaman/3/',
    ]);
    for (const { params, props } of paths)
      expect(`${base}${params.page ? `${params.page}/` : ''}`).toBe(props.page.url);
  });
});
