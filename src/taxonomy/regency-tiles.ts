/**
 * A tile-grid map of Jawa Tengah: one tile per regency or city, placed roughly by geography
 * (north coast on top, Solo Raya in the south-east), Kab. and Kota of the same name adjacent.
 * [column, row] per regency id.
 */
import type { RegencyId } from './regencies';

export const REGENCY_TILES: Record<RegencyId, readonly [number, number]> = {
  'kota-tegal': [1, 0],
  'kota-pekalongan': [3, 0],
  'kab-kendal': [5, 0],
  'kota-semarang': [6, 0],
  'kab-demak': [7, 0],
  'kab-jepara': [8, 0],
  'kab-pati': [9, 0],
  'kab-rembang': [10, 0],
  'kab-brebes': [0, 1],
  'kab-tegal': [1, 1],
  'kab-pemalang': [2, 1],
  'kab-pekalongan': [3, 1],
  'kab-batang': [4, 1],
  'kab-temanggung': [5, 1],
  'kab-semarang': [6, 1],
  'kab-grobogan': [7, 1],
  'kab-kudus': [8, 1],
  'kab-blora': [10, 1],
  'kab-banyumas': [1, 2],
  'kab-purbalingga': [2, 2],
  'kab-banjarnegara': [3, 2],
  'kab-wonosobo': [4, 2],
  'kota-magelang': [5, 2],
  'kota-salatiga': [6, 2],
  'kab-boyolali': [7, 2],
  'kab-sragen': [8, 2],
  'kab-cilacap': [1, 3],
  'kab-kebumen': [2, 3],
  'kab-purworejo': [3, 3],
  'kab-magelang': [5, 3],
  'kab-klaten': [6, 3],
  'kota-surakarta': [7, 3],
  'kab-karanganyar': [8, 3],
  'kab-sukoharjo': [7, 4],
  'kab-wonogiri': [8, 4],
};

/** Tile of a regency; every one of the 35 has one (the taxonomy test checks). */
export function tileOf(id: string): readonly [number, number] {
  const tile = (REGENCY_TILES as Record<string, readonly [number, number] | undefined>)[id];
  if (!tile) throw new Error(`No map tile for regency "${id}"`);
  return tile;
}
