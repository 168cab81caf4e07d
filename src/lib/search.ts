/**
 * What each indexed page tells Pagefind: its filters (defined in src/search/filters.ts), the
 * meta a result card shows, and the sort key of classes.
 */
import { DEFAULT_LOCALE, useTranslations, type Locale, type UiKey } from '../i18n';
import { TYPE_NAMES, type FilterName, type TypeName } from '../search/filters';
import { PILLARS, REGENCIES, SECTORS, localTerm, regencyLabel } from '../taxonomy';
import { formatDateTime } from './format';
import { pillarName, regencyName, sectorName } from './labels';
import type { Business, ClassSession, Mentor, Programme } from './site';
import { urls } from './urls';

export interface SearchRecord {
  filters: Partial<Record<FilterName, string[]>>;
  /** Extra meta for result cards (the title comes from the page's h1). */
  meta: Record<string, string>;
  /** Sort keys, e.g. the start of a class as ISO 8601. */
  sort?: Record<string, string>;
}

/** Where the space holds its sessions (Banyumanik, Semarang), for classes that take place on site. */
const HOME_REGENCY = regencyName('kota-semarang');

export function programmeRecord(programme: Programme): SearchRecord {
  const { data } = programme;
  return {
    filters: { jenis: ['Program'], sektor: data.sectors.map(sectorName), pilar: [pillarName(data.pillar)] },
    meta: { ringkasan: data.summary },
  };
}

export function classRecord(session: ClassSession, programme: Programme): SearchRecord {
  const { data } = session;
  const sectors = data.sectors.length > 0 ? data.sectors : programme.data.sectors;
  return {
    filters: {
      jenis: ['Kelas'],
      sektor: sectors.map(sectorName),
      pilar: [pillarName(programme.data.pillar)],
      ...(data.attendance === 'daring' ? {} : { wilayah: [HOME_REGENCY] }),
    },
    meta: { tanggal: formatDateTime(data.start) },
    sort: { mulai: data.start.toISOString() },
  };
}

export function mentorRecord(mentor: Mentor): SearchRecord {
  const { data } = mentor;
  return {
    filters: { jenis: ['Mentor'], sektor: data.sectors.map(sectorName), wilayah: [regencyName(data.regency)] },
    meta: { ringkasan: data.headline, wilayah: regencyName(data.regency) },
  };
}

export function businessRecord(business: Business): SearchRecord {
  const { data } = business;
  return {
    filters: { jenis: ['Usaha'], sektor: data.sectors.map(sectorName), wilayah: [regencyName(data.regency)] },
    meta: { ringkasan: data.summary, wilayah: regencyName(data.regency) },
  };
}

const TYPE_LABELS = {
  Program: 'search.type.Program',
  Kelas: 'search.type.Kelas',
  Mentor: 'search.type.Mentor',
  Usaha: 'search.type.Usaha',
} as const satisfies Record<TypeName, UiKey>;

/**
 * How a filter value reads in `locale`. The values themselves are the same in every language's
 * index and in shareable URLs (`?sektor=Kriya`); only their labels are translated.
 */
export function filterLabel(name: FilterName, value: string, locale: Locale = DEFAULT_LOCALE): string {
  if (locale === DEFAULT_LOCALE) return value;
  switch (name) {
    case 'jenis':
      return (TYPE_NAMES as readonly string[]).includes(value)
        ? useTranslations(locale)(TYPE_LABELS[value as TypeName])
        : value;
    case 'sektor': {
      const term = SECTORS.find((s) => s.name === value);
      return term ? localTerm(term, locale).name : value;
    }
    case 'wilayah': {
      const term = REGENCIES.find((r) => regencyLabel(r) === value);
      return term ? regencyLabel(term, locale) : value;
    }
    case 'pilar': {
      const term = PILLARS.find((p) => p.name === value);
      return term ? localTerm(term, locale).name : value;
    }
  }
}

/** `/cari/?sektor=Kriya`: a search page link with filters set (for sector and regency pages). */
export function searchUrl(filters: Partial<Record<FilterName, string>>, q = ''): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [name, value] of Object.entries(filters)) if (value) params.append(name, value);
  const query = params.toString();
  return query ? `${urls.search}?${query}` : urls.search;
}
