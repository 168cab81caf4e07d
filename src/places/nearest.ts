/**
 * "Urutkan dari yang terdekat" over a whole directory without shipping it: the businesses are
 * published per regency (an area), each area with the box its points lie in. From where the
 * visitor is, areas are loaded in the order of their boxes' distance, and a business is certain
 * of its rank once no unloaded box is nearer than it is. So the first page of the nearest needs
 * the visitor's own regency and its neighbours, not all 35. Shared by the build (which writes
 * the files: src/lib/nearby.ts) and the view-time script (src/directory/nearby.ts).
 */
import { distanceKm, type Bounds, type Point } from './geo';

/** `/direktori/terdekat/index.json`: the areas, and the names every locale shows for them. */
export interface NearbyIndex {
  /** The order of every per-locale list below (`urls`, `names`, `labels`). */
  readonly locales: readonly string[];
  /** Sectors, by the index entries refer to them with. */
  readonly sectors: readonly { readonly id: string; readonly labels: readonly string[] }[];
  readonly areas: readonly NearbyArea[];
}

export interface NearbyArea {
  /** The regency's id. */
  readonly id: string;
  readonly names: readonly string[];
  /** Where a business without coordinates is placed: the regency's seat. */
  readonly centre: Point;
  /** Where the area's businesses (and, for those without coordinates, the centre) lie. */
  readonly box: Bounds;
  /** The area's file of entries. */
  readonly file: string;
  readonly count: number;
  /** How many of the area's businesses are in each sector, by sector index (absent: none). */
  readonly sectors: Readonly<Record<number, number>>;
}

/**
 * One business of an area's file: name, its page in each locale, sector indexes, and its point
 * (absent: placed at the area's centre, marked approximate). An array, as the file is fetched.
 */
export type NearbyEntry = readonly [
  name: string,
  urls: readonly string[],
  sectors: readonly number[],
  lat?: number,
  lng?: number,
];

/** The point of an entry of `area`, and whether it stands in for a missing one. */
export function entryPoint(
  entry: NearbyEntry,
  area: Pick<NearbyArea, 'centre'>,
): { point: Point; approximate: boolean } {
  const [, , , lat, lng] = entry;
  return lat === undefined || lng === undefined
    ? { point: area.centre, approximate: true }
    : { point: { lat, lng }, approximate: false };
}

/** The box around points, each side rounded outwards to `decimals`. */
export function boxAround(points: readonly Point[], decimals = 3): Bounds | undefined {
  if (points.length === 0) return undefined;
  const step = 10 ** decimals;
  const down = (n: number) => Math.floor(n * step) / step;
  const up = (n: number) => Math.ceil(n * step) / step;
  return {
    south: down(Math.min(...points.map((p) => p.lat))),
    north: up(Math.max(...points.map((p) => p.lat))),
    west: down(Math.min(...points.map((p) => p.lng))),
    east: up(Math.max(...points.map((p) => p.lng))),
  };
}

/**
 * A lower bound of the distance from `point` to anything in `box`, in km: the distance to the
 * nearest point of the box by latitude and longitude, less 1 % for the curvature that nearest
 * point ignores (the margin only ever loads an area a little early, never ranks one wrong).
 */
export function boxDistanceKm(point: Point, box: Bounds): number {
  const nearest = {
    lat: Math.min(box.north, Math.max(box.south, point.lat)),
    lng: Math.min(box.east, Math.max(box.west, point.lng)),
  };
  return distanceKm(point, nearest) * 0.99;
}

export interface Ranked<T> {
  readonly item: T;
  readonly km: number;
  readonly approximate: boolean;
}

/** An area to search: its box and how to load what it holds (already filtered to the scope). */
export interface Loadable<T> {
  readonly box: Bounds;
  readonly load: () => Promise<readonly { item: T; point: Point; approximate: boolean }[]>;
}

/**
 * The items of `areas` by distance from `origin`, loading an area only when the next items
 * asked for could be in it.
 */
export class Nearest<T> {
  readonly #origin: Point;
  readonly #pending: { bound: number; area: Loadable<T> }[];
  #found: Ranked<T>[] = [];
  /** How many areas have been loaded, for the caller's report (and the tests). */
  loaded = 0;

  constructor(origin: Point, areas: readonly Loadable<T>[]) {
    this.#origin = origin;
    this.#pending = areas
      .map((area) => ({ bound: boxDistanceKm(origin, area.box), area }))
      .sort((a, b) => a.bound - b.bound);
  }

  /** How many found items no unloaded area can come before. */
  #settled(): number {
    const next = this.#pending[0];
    if (!next) return this.#found.length;
    const index = this.#found.findIndex((found) => found.km > next.bound);
    return index === -1 ? this.#found.length : index;
  }

  /** The nearest `count` items (fewer when there are no more), and whether more exist. */
  async first(count: number): Promise<{ items: Ranked<T>[]; more: boolean }> {
    while (this.#pending.length > 0 && this.#settled() < count) {
      const { area } = this.#pending.shift()!;
      const loaded = await area.load();
      this.loaded++;
      const ranked = loaded.map(({ item, point, approximate }) => ({
        item,
        approximate,
        km: distanceKm(this.#origin, point),
      }));
      this.#found = [...this.#found, ...ranked].sort((a, b) => a.km - b.km);
    }
    return {
      items: this.#found.slice(0, count),
      more: this.#found.length > count || this.#pending.length > 0,
    };
  }
}

/** "3,2" / "12": a tenth of a kilometre up to 10 km, whole kilometres beyond, never "0". */
export function formatKm(km: number, tag: string): string {
  const near = km < 10;
  return new Intl.NumberFormat(tag, { maximumFractionDigits: near ? 1 : 0 }).format(
    near ? Math.max(0.1, Math.round(km * 10) / 10) : Math.round(km),
  );
}
