/**
 * Geometry of the regency tile map (src/taxonomy/regency-tiles.ts), shared by the counted map
 * (RegencyMap), the plain map drawn once per language as a file (/direktori/peta/petak-*.svg)
 * and the business page's locator, which reuses that file and draws only its own tile.
 */
import type { Locale } from '../i18n';
import { REGENCIES, regencyKind } from '../taxonomy';
import { tileOf } from '../taxonomy/regency-tiles';

export const TILE_WIDTH = 92;
export const TILE_HEIGHT = 64;
const GAP = 4;
const COLUMNS = 11;
const ROWS = 5;

export const MAP_WIDTH = COLUMNS * (TILE_WIDTH + GAP) - GAP;
export const MAP_HEIGHT = ROWS * (TILE_HEIGHT + GAP) - GAP;

export interface Tile {
  id: string;
  /** "Kab." or "Kota" (in English "Regency" or "City"). */
  kind: string;
  place: string;
  x: number;
  y: number;
}

/** The tile of one regency, placed on the map. */
export function tile(id: string, locale: Locale): Tile {
  const regency = REGENCIES.find((r) => r.id === id);
  if (!regency) throw new Error(`Unknown regency "${id}"`);
  const [col, row] = tileOf(id);
  return {
    id,
    kind: regencyKind(regency, locale),
    place: regency.place,
    x: col * (TILE_WIDTH + GAP),
    y: row * (TILE_HEIGHT + GAP),
  };
}

/** All 35 tiles in the taxonomy's order. */
export const tiles = (locale: Locale): Tile[] => REGENCIES.map((r) => tile(r.id, locale));

/** Baselines of a tile's lines of text: kind, place and (on the counted map) the count. */
export const TEXT_LINES = { kind: 17, place: 34, count: 54, placeOnly: 40 } as const;

/** The id of the plain map's <symbol> in its file, for `<use href="…#id">`. */
export const TILE_MAP_SYMBOL = 'peta';

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The plain tile map as a standalone SVG file: every tile in the same light fill with its name,
 * no counts, so the file changes only when the taxonomy does and one cached copy serves every
 * business page. Presentation attributes only (no <style>), so it paints the same wherever it
 * is used; the text inherits the page's font through <use>.
 */
export function tileMapSvg(locale: Locale): string {
  const cx = TILE_WIDTH / 2;
  const body = tiles(locale)
    .map(
      (t) =>
        `<g id="${t.id}"><rect x="${t.x}" y="${t.y}" width="${TILE_WIDTH}" height="${TILE_HEIGHT}" rx="6" fill="#f6f1e8" stroke="#e0d3c1"/>` +
        `<text text-anchor="middle" fill="#231a14"><tspan x="${t.x + cx}" y="${t.y + TEXT_LINES.kind + 6}" font-size="10">${escapeXml(t.kind)}</tspan>` +
        `<tspan x="${t.x + cx}" y="${t.y + TEXT_LINES.placeOnly}" font-size="11.5" font-weight="700">${escapeXml(t.place)}</tspan></text></g>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}">` +
    `<symbol id="${TILE_MAP_SYMBOL}" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}">${body}</symbol>` +
    `<use href="#${TILE_MAP_SYMBOL}"/></svg>\n`
  );
}
