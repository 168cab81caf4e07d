import { describe, expect, it } from 'vitest';
import { searchUrl } from '../../src/lib/search';
import { SEARCH_FILTERS } from '../../src/search/filters';
import { MAX_QUERY_LENGTH, hasFilters, pagefindFilters, parseState, toParams } from '../../src/search/state';

const parse = (query: string) => parseState(new URLSearchParams(query));

describe('parseState', () => {
  it('reads the query, several values per filter, and the sort', () => {
    const state = parse('q=batik&sektor=Kriya&sektor=Fesyen&wilayah=Kab.+Jepara&urut=tanggal');
    expect(state.q).toBe('batik');
    expect(state.filters.sektor).toEqual(['Kriya', 'Fesyen']);
    expect(state.filters.wilayah).toEqual(['Kab. Jepara']);
    expect(state.sort).toBe('tanggal');
    expect(state.ignored).toEqual([]);
  });

  it.each([
    ['an unknown sector', 'sektor=Batik', ['sektor=Batik']],
    ['an unknown regency and type', 'wilayah=Atlantis&jenis=Blog', ['jenis=Blog', 'wilayah=Atlantis']],
    ['markup in a value', 'sektor=%3Cscript%3E', ['sektor=<script>']],
  ])('drops and reports %s', (_, query, ignored) => {
    const state = parse(query);
    expect(state.ignored.sort()).toEqual(ignored.sort());
    expect(hasFilters(state)).toBe(false);
  });

  it('keeps Kab. and Kota of the same name apart', () => {
    expect(parse('wilayah=Kota+Semarang').filters.wilayah).toEqual(['Kota Semarang']);
    expect(parse('wilayah=Semarang').ignored).toEqual(['wilayah=Semarang']);
  });

  it('trims, collapses and caps the query; duplicates and unknown sorts fall back', () => {
    const state = parse(`q=${encodeURIComponent('  a   b ')}&sektor=Kriya&sektor=Kriya&urut=acak`);
    expect(state.q).toBe('a b');
    expect(state.filters.sektor).toEqual(['Kriya']);
    expect(state.sort).toBe('relevansi');
    expect(parse(`q=${'x'.repeat(1000)}`).q).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('toParams', () => {
  it('round-trips through the URL', () => {
    const query = 'q=kopi&jenis=Usaha&sektor=Kuliner&wilayah=Kab.+Temanggung&urut=tanggal';
    expect(toParams(parse(query)).toString()).toBe(query);
    expect(toParams(parse('')).toString()).toBe('');
  });
});

describe('pagefindFilters', () => {
  it('ORs values within a group, ANDs groups, and can leave one group out for its counts', () => {
    const state = parse('sektor=Kriya&sektor=Fesyen&wilayah=Kab.+Klaten');
    expect(pagefindFilters(state)).toEqual({ sektor: { any: ['Kriya', 'Fesyen'] }, wilayah: { any: ['Kab. Klaten'] } });
    expect(pagefindFilters(state, 'sektor')).toEqual({ wilayah: { any: ['Kab. Klaten'] } });
    expect(hasFilters(state, 'sektor')).toBe(true);
    expect(hasFilters(parse('sektor=Kriya'), 'sektor')).toBe(false);
  });
});

describe('search filters', () => {
  it('offer every sector, all 35 regencies, four types and three pillars', () => {
    expect(SEARCH_FILTERS.sektor.values).toHaveLength(18);
    expect(SEARCH_FILTERS.wilayah.values).toHaveLength(35);
    expect(new Set(SEARCH_FILTERS.wilayah.values).size).toBe(35);
    expect(SEARCH_FILTERS.jenis.values).toEqual(['Program', 'Kelas', 'Mentor', 'Usaha']);
    expect(SEARCH_FILTERS.pilar.values).toEqual(['Srawung', 'Mbangun', 'Melesat']);
  });

  it('builds links into the search page', () => {
    expect(searchUrl({ sektor: 'Film, Animasi, dan Video' })).toBe('/cari/?sektor=Film%2C+Animasi%2C+dan+Video');
    expect(searchUrl({ wilayah: 'Kab. Jepara' }, 'ukir')).toBe('/cari/?q=ukir&wilayah=Kab.+Jepara');
    expect(searchUrl({})).toBe('/cari/');
  });
});
