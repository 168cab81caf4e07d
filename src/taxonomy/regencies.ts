/**
 * The 35 regencies (kabupaten) and cities (kota) of Jawa Tengah with their Kemendagri codes.
 * Magelang, Pekalongan, Semarang and Tegal exist as both a kabupaten and a kota, so ids carry
 * a `kab-` or `kota-` prefix and labels say "Kab." or "Kota".
 */
import type { Locale } from '../i18n';

export type RegencyKind = 'kabupaten' | 'kota';

export interface Regency {
  /** Stable identifier stored in content and used in URLs, e.g. `kota-semarang`. */
  readonly id: string;
  /** Kemendagri code, e.g. `3374`. */
  readonly code: string;
  readonly kind: RegencyKind;
  /** Bare place name, e.g. `Semarang`. */
  readonly place: string;
  /** Approximate centre (its seat), [latitude, longitude]: where a business without coordinates is placed, and the anchor of the distance check on coordinates. */
  readonly centre: readonly [number, number];
}

// Centres: the seat's alun-alun or government offices, from memory, so good to a kilometre or so.
const kab = (code: string, place: string, id: string, lat: number, lng: number) =>
  ({ id: `kab-${id}`, code, kind: 'kabupaten', place, centre: [lat, lng] }) as const;
const kota = (code: string, place: string, id: string, lat: number, lng: number) =>
  ({ id: `kota-${id}`, code, kind: 'kota', place, centre: [lat, lng] }) as const;

/** Seats: Purwokerto (Banyumas), Mungkid (Magelang), Kajen (Pekalongan), Slawi (Tegal), Ungaran (Semarang), Purwodadi (Grobogan). */
export const REGENCIES = [
  kab('3301', 'Cilacap', 'cilacap', -7.7268, 109.0094),
  kab('3302', 'Banyumas', 'banyumas', -7.4245, 109.2302),
  kab('3303', 'Purbalingga', 'purbalingga', -7.3883, 109.3638),
  kab('3304', 'Banjarnegara', 'banjarnegara', -7.3965, 109.6963),
  kab('3305', 'Kebumen', 'kebumen', -7.6682, 109.6522),
  kab('3306', 'Purworejo', 'purworejo', -7.7131, 110.0085),
  kab('3307', 'Wonosobo', 'wonosobo', -7.3606, 109.9008),
  kab('3308', 'Magelang', 'magelang', -7.57, 110.269),
  kab('3309', 'Boyolali', 'boyolali', -7.5329, 110.5958),
  kab('3310', 'Klaten', 'klaten', -7.7055, 110.604),
  kab('3311', 'Sukoharjo', 'sukoharjo', -7.681, 110.8405),
  kab('3312', 'Wonogiri', 'wonogiri', -7.814, 110.924),
  kab('3313', 'Karanganyar', 'karanganyar', -7.5965, 110.95),
  kab('3314', 'Sragen', 'sragen', -7.427, 111.022),
  kab('3315', 'Grobogan', 'grobogan', -7.0868, 110.9152),
  kab('3316', 'Blora', 'blora', -6.9695, 111.418),
  kab('3317', 'Rembang', 'rembang', -6.708, 111.342),
  kab('3318', 'Pati', 'pati', -6.755, 111.038),
  kab('3319', 'Kudus', 'kudus', -6.8048, 110.8405),
  kab('3320', 'Jepara', 'jepara', -6.5883, 110.6685),
  kab('3321', 'Demak', 'demak', -6.8946, 110.6372),
  kab('3322', 'Semarang', 'semarang', -7.1397, 110.405),
  kab('3323', 'Temanggung', 'temanggung', -7.3155, 110.1745),
  kab('3324', 'Kendal', 'kendal', -6.922, 110.204),
  kab('3325', 'Batang', 'batang', -6.908, 109.7305),
  kab('3326', 'Pekalongan', 'pekalongan', -7.026, 109.589),
  kab('3327', 'Pemalang', 'pemalang', -6.892, 109.3805),
  kab('3328', 'Tegal', 'tegal', -6.9825, 109.1365),
  kab('3329', 'Brebes', 'brebes', -6.872, 109.043),
  kota('3371', 'Magelang', 'magelang', -7.4775, 110.2175),
  kota('3372', 'Surakarta', 'surakarta', -7.5666, 110.8167),
  kota('3373', 'Salatiga', 'salatiga', -7.331, 110.5085),
  kota('3374', 'Semarang', 'semarang', -6.9932, 110.4203),
  kota('3375', 'Pekalongan', 'pekalongan', -6.889, 109.675),
  kota('3376', 'Tegal', 'tegal', -6.869, 109.14),
] as const satisfies readonly Regency[];

export type RegencyId = (typeof REGENCIES)[number]['id'];

/** Where Jawa Tengah is: its bounding box, and Yogyakarta (DIY), the province it surrounds in the south, which the box also covers. */
export const JATENG_BOUNDS = { south: -8.22, north: -5.65, west: 108.45, east: 111.72 } as const;
/**
 * The core of DIY: Kota Yogyakarta, most of Sleman and Bantul, eastern Kulon Progo and western
 * Gunungkidul. Smaller than DIY, as a box reaching Wonosari or Temon would take in Klaten,
 * Mungkid or Purworejo: it stops short of the Magelang, Klaten and Purworejo borders.
 */
export const DIY_BOUNDS = { south: -8.2, north: -7.67, west: 110.14, east: 110.47 } as const;

const KIND = {
  id: { kabupaten: 'Kab.', kota: 'Kota' },
  en: { kabupaten: 'Regency', kota: 'City' },
} as const;

/** "Kab." or "Kota" (English: "Regency" or "City"), as labels and map tiles name the kind. */
export function regencyKind(regency: Pick<Regency, 'kind'>, locale: Locale = 'id'): string {
  return KIND[locale][regency.kind];
}

/**
 * Display label that keeps Kab. and Kota of the same name apart: "Kab. Semarang", and in
 * English, where the kind follows the name, "Semarang Regency".
 */
export function regencyLabel(regency: Regency, locale: Locale = 'id'): string {
  const kind = regencyKind(regency, locale);
  return locale === 'id' ? `${kind} ${regency.place}` : `${regency.place} ${kind}`;
}

/**
 * The place as a slug ending ("klaten"), which tells two businesses of one name apart in their
 * slugs ("batik-sekar-klaten"): the importer and the CMS name new entries with it.
 */
export const regencySlugPart = (id: string) => id.replace(/^(kab|kota)-/, '');
