/**
 * The filters people search by (type, sector, regency, pillar) and their possible values, once
 * for the indexed pages and the search page alike. A leaf the browser loads: it imports the
 * taxonomy only, never the UI string table (labels are keys the page resolves at build time).
 */
import type { UiKey } from '../i18n';
import { PILLARS, REGENCIES, SECTORS, regencyLabel } from '../taxonomy';

/** Result types: filter values in the index and in shareable search URLs (`?jenis=Kelas`), so fixed. */
export const TYPE_NAMES = ['Program', 'Kelas', 'Mentor', 'Usaha'] as const;
export type TypeName = (typeof TYPE_NAMES)[number];

/** Every filter of the index with its label and values, in display order. */
export const SEARCH_FILTERS = {
  jenis: { label: 'search.filter.type', values: [...TYPE_NAMES] },
  sektor: { label: 'search.filter.sector', values: SECTORS.map((s) => s.name) },
  wilayah: { label: 'search.filter.regency', values: REGENCIES.map((r) => regencyLabel(r)) },
  pilar: { label: 'search.filter.pillar', values: PILLARS.map((p) => p.name) },
} as const satisfies Record<string, { label: UiKey; values: readonly string[] }>;
export type FilterName = keyof typeof SEARCH_FILTERS;

/**
 * Which language's pages a search keeps. An entry page in the site language that also has a page
 * in another language carries `ada-en`; no other page carries this filter, so it costs the index
 * next to nothing while few entries are translated (a value on every page made the first filtered
 * search 24 KB heavier at 10,000 businesses). The English search also reads the Indonesian index
 * and leaves out the entries marked `ada-en`: every entry is found once, in English where it can be.
 */
export const TRANSLATION_FILTER = 'terjemahan';
export const translationValue = (locale: string) => `ada-${locale}`;
/** The Pagefind filter of a search in `locale` that merges the site language's index. */
export const searchScope = (locale: string) => ({ [TRANSLATION_FILTER]: { none: [translationValue(locale)] } });
export const FILTER_NAMES = Object.keys(SEARCH_FILTERS) as FilterName[];
