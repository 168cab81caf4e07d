// @ts-check
// A small seeded PRNG (mulberry32) and helpers, so the same seed always yields the same corpus.

/** @param {number} seed */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** @param {number} min @param {number} max inclusive */
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  // The casts below: an index under list.length, so an item (undefined only from an empty list).
  /** @template T @param {readonly T[]} list @returns {T} */
  const pick = (list) => /** @type {T} */ (list[Math.floor(next() * list.length)]);
  /** Distinct items, in list order. @template T @param {readonly T[]} list @param {number} n @returns {T[]} */
  const some = (list, n) => {
    /** @type {Set<number>} */
    const chosen = new Set();
    while (chosen.size < Math.min(n, list.length)) chosen.add(Math.floor(next() * list.length));
    return [...chosen].sort((x, y) => x - y).map((i) => /** @type {T} */ (list[i]));
  };
  const chance = (/** @type {number} */ p) => next() < p;
  return { next, int, pick, some, chance };
}

/**
 * URL slug as the site's file names use them (lowercase ASCII words joined by hyphens).
 * @param {string} text
 */
export function slugify(text) {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
