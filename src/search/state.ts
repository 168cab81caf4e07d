/**
 * The search page's state, kept in the URL (`/cari/?q=batik&sektor=Kriya&wilayah=Kab.+Jepara`)
 * so results can be shared and the back button works. Unknown values are dropped and reported,
 * never passed on.
 */
import { FILTER_NAMES, SEARCH_FILTERS, type FilterName } from './filters';

export const MAX_QUERY_LENGTH = 120;
export const SORTS = ['relevansi', 'tanggal'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  filters: Record<FilterName, string[]>;
  sort: Sort;
  /** `name=value` pairs from the URL that are not known filter values. */
  ignored: string[];
}

export function parseState(params: URLSearchParams): SearchState {
  const ignored: string[] = [];
  const filters = {} as Record<FilterName, string[]>;
  for (const name of FILTER_NAMES) {
    const allowed: readonly string[] = SEARCH_FILTERS[name].values;
    const values = [...new Set(params.getAll(name))];
    filters[name] = values.filter((value) => allowed.includes(value));
    for (const value of values) if (!allowed.includes(value)) ignored.push(`${name}=${value}`);
  }
  const sort = params.get('urut');
  return {
    q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH),
    filters,
    sort: SORTS.includes(sort as Sort) ? (sort as Sort) : 'relevansi',
    ignored,
  };
}

export function toParams(state: Pick<SearchState, 'q' | 'filters' | 'sort'>): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) for (const value of state.filters[name]) params.append(name, value);
  if (state.sort !== 'relevansi') params.set('urut', state.sort);
  return params;
}

export function hasFilters(state: Pick<SearchState, 'filters'>, except?: FilterName): boolean {
  return FILTER_NAMES.some((name) => name !== except && state.filters[name].length > 0);
}

/**
 * Pagefind filters: values in one group combine with OR (`any`), groups with AND.
 * `except` leaves one group out, to count that group's values for OR-style facets.
 */
export function pagefindFilters(
  state: Pick<SearchState, 'filters'>,
  except?: FilterName,
): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const name of FILTER_NAMES) {
    if (name !== except && state.filters[name].length > 0) filters[name] = { any: state.filters[name] };
  }
  return filters;
}
