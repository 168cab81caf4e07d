/**
 * Counts that map the creative economy of Jawa Tengah: by sector, regency, scale, and the
 * sector × regency matrix. Every regency and sector appears, zeros included: a gap on the map
 * is information too.
 */
import { DEFAULT_LOCALE, type Locale } from '../i18n';
import { REGENCIES, SCALES, SECTORS, localTerm, regencyLabel } from '../taxonomy';

export interface CountedBusiness {
  data: { sectors: readonly string[]; regency: string; scale: string };
}

export interface DirectoryStats {
  total: number;
  bySector: { id: string; name: string; count: number }[];
  byRegency: { id: string; name: string; code: string; count: number }[];
  byScale: { id: string; name: string; count: number }[];
  /** matrix[regencyId][sectorId] = number of businesses. */
  matrix: Record<string, Record<string, number>>;
}

const cache = new WeakMap<readonly CountedBusiness[], Map<string, DirectoryStats>>();

/**
 * Counts for all businesses or one sector, named in `locale`. Memoised per list, because every
 * business page shows the map: at provincial scale, counting again per page would be quadratic.
 */
export function directoryStats(
  businesses: readonly CountedBusiness[],
  sector?: string,
  locale: Locale = DEFAULT_LOCALE,
): DirectoryStats {
  let bySector = cache.get(businesses);
  if (!bySector) cache.set(businesses, (bySector = new Map<string, DirectoryStats>()));
  const key = `${locale}:${sector ?? ''}`;
  let stats = bySector.get(key);
  if (!stats) bySector.set(key, (stats = computeStats(businesses, locale, sector)));
  return stats;
}

function computeStats(businesses: readonly CountedBusiness[], locale: Locale, sector?: string): DirectoryStats {
  const selected = sector ? businesses.filter((b) => b.data.sectors.includes(sector)) : businesses;
  const matrix: Record<string, Record<string, number>> = {};
  for (const r of REGENCIES) matrix[r.id] = Object.fromEntries(SECTORS.map((s) => [s.id, 0]));
  for (const b of selected) for (const s of b.data.sectors) matrix[b.data.regency]![s]! += 1;
  const count = (predicate: (b: CountedBusiness) => boolean) => selected.filter(predicate).length;
  return {
    total: selected.length,
    bySector: SECTORS.map((s) => ({
      id: s.id,
      name: localTerm(s, locale).name,
      count: count((b) => b.data.sectors.includes(s.id)),
    })),
    byRegency: REGENCIES.map((r) => ({
      id: r.id,
      name: regencyLabel(r, locale),
      code: r.code,
      count: count((b) => b.data.regency === r.id),
    })),
    byScale: SCALES.map((s) => ({
      id: s.id,
      name: localTerm(s, locale).name,
      count: count((b) => b.data.scale === s.id),
    })),
    matrix,
  };
}

/** Upper bounds of the map's shading classes (class 0 is "none"), spread over the largest count. */
export function shadeSteps(max: number): number[] {
  if (max <= 0) return [];
  const steps = [0.25, 0.5, 0.75, 1].map((f) => Math.max(1, Math.ceil(max * f)));
  return [...new Set(steps)];
}

/** Shading class of a count: 0 for none, then 1…n by the steps above. */
export function shadeOf(count: number, steps: readonly number[]): number {
  if (count === 0) return 0;
  const index = steps.findIndex((upper) => count <= upper);
  return index === -1 ? steps.length : index + 1;
}
