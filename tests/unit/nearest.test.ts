/** The nearest-first search over per-regency files (src/places/nearest.ts). */
import { describe, expect, it } from 'vitest';
import { distanceKm, type Bounds, type Point } from '../../src/places/geo';
import { boxAround, boxDistanceKm, entryPoint, formatKm, Nearest, type Loadable } from '../../src/places/nearest';

/** A repeatable stream of numbers in [0, 1). */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** `count` areas of points scattered around centres across Jawa Tengah. */
function areas(seed: number, count: number, perArea: number) {
  const next = random(seed);
  return Array.from({ length: count }, (_, a) => {
    const centre = { lat: -7.8 + next() * 1.6, lng: 108.8 + next() * 2.6 };
    const points: Point[] = Array.from({ length: perArea }, () => ({
      lat: centre.lat + (next() - 0.5) * 0.3,
      lng: centre.lng + (next() - 0.5) * 0.3,
    }));
    return { name: `area-${a}`, points, box: boxAround(points)! };
  });
}

function loadables(list: ReturnType<typeof areas>, loads: string[]): Loadable<string>[] {
  return list.map(({ name, points, box }) => ({
    box,
    load: () => {
      loads.push(name);
      return Promise.resolve(points.map((point, i) => ({ item: `${name}/${i}`, point, approximate: false })));
    },
  }));
}

describe('Nearest', () => {
  it.each([1, 2, 3, 4, 5])('gives exactly the brute-force order, page after page (seed %i)', async (seed) => {
    const list = areas(seed, 35, 12);
    const origin = { lat: -7.0 - seed / 10, lng: 110.4 };
    const all = list
      .flatMap(({ name, points }) =>
        points.map((point, i) => ({ item: `${name}/${i}`, km: distanceKm(origin, point) })),
      )
      .sort((a, b) => a.km - b.km);
    const search = new Nearest(origin, loadables(list, []));
    for (const count of [10, 24, 48, 500]) {
      const { items, more } = await search.first(count);
      expect(items.map((r) => r.item)).toEqual(all.slice(0, count).map((r) => r.item));
      expect(more).toBe(count < all.length);
    }
  });

  it('loads only the areas the first page can come from', async () => {
    const list = areas(7, 35, 30);
    const loads: string[] = [];
    const origin = list[0]!.points[0]!;
    const { items } = await new Nearest(origin, loadables(list, loads)).first(24);
    expect(items).toHaveLength(24);
    expect(loads[0]).toBe('area-0');
    expect(loads.length).toBeLessThan(10);
  });

  it('loads no area twice, and an area holding none of the scope costs nothing after loading', async () => {
    const loads: string[] = [];
    const empty: Loadable<string> = {
      box: { south: -7.1, north: -7.0, west: 110.4, east: 110.5 },
      load: () => {
        loads.push('empty');
        return Promise.resolve([]);
      },
    };
    const search = new Nearest({ lat: -7.05, lng: 110.45 }, [empty, ...loadables(areas(3, 3, 5), loads)]);
    await search.first(5);
    await search.first(15);
    const { items, more } = await search.first(16);
    expect(items).toHaveLength(15);
    expect(more).toBe(false);
    expect(new Set(loads).size).toBe(loads.length);
  });

  it('ranks approximate entries by the point they stand at and keeps the mark', async () => {
    const centre = { lat: -7.0, lng: 110.4 };
    const area: Loadable<string> = {
      box: boxAround([centre, { lat: -7.1, lng: 110.5 }])!,
      load: () =>
        Promise.resolve([
          { item: 'far', point: { lat: -7.1, lng: 110.5 }, approximate: false },
          { item: 'centre', point: centre, approximate: true },
        ]),
    };
    const { items } = await new Nearest(centre, [area]).first(2);
    expect(items.map(({ item, approximate }) => [item, approximate])).toEqual([
      ['centre', true],
      ['far', false],
    ]);
    expect(items[0]!.km).toBe(0);
  });
});

describe('boxDistanceKm', () => {
  const box: Bounds = { south: -7.2, north: -6.9, west: 110.3, east: 110.6 };
  it('is zero inside the box', () => {
    expect(boxDistanceKm({ lat: -7.0, lng: 110.4 }, box)).toBe(0);
  });
  it('never exceeds the distance to any point of the box', () => {
    const next = random(11);
    for (let i = 0; i < 2000; i++) {
      const from = { lat: -8.5 + next() * 3, lng: 108 + next() * 4.5 };
      const inside = { lat: box.south + next() * 0.3, lng: box.west + next() * 0.3 };
      expect(boxDistanceKm(from, box)).toBeLessThanOrEqual(distanceKm(from, inside));
    }
  });
});

describe('entryPoint and boxAround', () => {
  const area = { centre: { lat: -7.0, lng: 110.4 } };
  it('places an entry without coordinates at its area centre, marked approximate', () => {
    expect(entryPoint(['Usaha', ['/direktori/a/'], [0]], area)).toEqual({ point: area.centre, approximate: true });
    expect(entryPoint(['Usaha', ['/direktori/a/'], [0], -7.1, 110.5], area)).toEqual({
      point: { lat: -7.1, lng: 110.5 },
      approximate: false,
    });
  });
  it('rounds the box outwards so every point stays inside', () => {
    expect(
      boxAround([
        { lat: -7.12345, lng: 110.45678 },
        { lat: -7.0001, lng: 110.4 },
      ]),
    ).toEqual({
      south: -7.124,
      north: -7,
      west: 110.4,
      east: 110.457,
    });
    expect(boxAround([])).toBeUndefined();
  });
});

describe('formatKm', () => {
  it.each([
    [3.24, 'id-ID', '3,2'],
    [0.01, 'id-ID', '0,1'],
    [9.96, 'id-ID', '10'],
    [12.4, 'id-ID', '12'],
    [1234.5, 'id-ID', '1.235'],
    [3.24, 'en-GB', '3.2'],
  ])('%f km in %s reads %s', (km, tag, text) => {
    expect(formatKm(km, tag)).toBe(text);
  });
});
