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
}

const kab = (code: string, place: string, id: string) => ({ id: `kab-${id}`, code, kind: 'kabupaten', place }) as const;
const kota = (code: string, place: string, id: string) => ({ id: `kota-${id}`, code, kind: 'kota', place }) as const;

export const REGENCIES = [
  kab('3301', 'Cilacap', 'cilacap'),
  kab('3302', 'Banyumas', 'banyumas'),
  kab('3303', 'Purbalingga', 'purbalingga'),
  kab('3304', 'Banjarnegara', 'banjarnegara'),
  kab('3305', 'Kebumen', 'kebumen'),
  kab('3306', 'Purworejo', 'purworejo'),
  kab('3307', 'Wonosobo', 'wonosobo'),
  kab('3308', 'Magelang', 'magelang'),
  kab('3309', 'Boyolali', 'boyolali'),
  kab('3310', 'Klaten', 'klaten'),
  kab('3311', 'Sukoharjo', 'sukoharjo'),
  kab('3312', 'Wonogiri', 'wonogiri'),
  kab('3313', 'Karanganyar', 'karanganyar'),
  kab('3314', 'Sragen', 'sragen'),
  kab('3315', 'Grobogan', 'grobogan'),
  kab('3316', 'Blora', 'blora'),
  kab('3317', 'Rembang', 'rembang'),
  kab('3318', 'Pati', 'pati'),
  kab('3319', 'Kudus', 'kudus'),
  kab('3320', 'Jepara', 'jepara'),
  kab('3321', 'Demak', 'demak'),
  kab('3322', 'Semarang', 'semarang'),
  kab('3323', 'Temanggung', 'temanggung'),
  kab('3324', 'Kendal', 'kendal'),
  kab('3325', 'Batang', 'batang'),
  kab('3326', 'Pekalongan', 'pekalongan'),
  kab('3327', 'Pemalang', 'pemalang'),
  kab('3328', 'Tegal', 'tegal'),
  kab('3329', 'Brebes', 'brebes'),
  kota('3371', 'Magelang', 'magelang'),
  kota('3372', 'Surakarta', 'surakarta'),
  kota('3373', 'Salatiga', 'salatiga'),
  kota('3374', 'Semarang', 'semarang'),
  kota('3375', 'Pekalongan', 'pekalongan'),
  kota('3376', 'Tegal', 'tegal'),
] as const satisfies readonly Regency[];

export type RegencyId = (typeof REGENCIES)[number]['id'];

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
