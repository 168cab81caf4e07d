/** Every taxonomy of the site, with lookups. One source for schemas, CMS options and pages. */
import { REGENCIES, regencyKind, regencyLabel, type Regency, type RegencyId } from './regencies';
import { SECTORS, type Sector, type SectorId } from './sectors';

export { REGENCIES, SECTORS, regencyKind, regencyLabel };
export type { Regency, RegencyId, Sector, SectorId };

export const PILLARS = [
  {
    id: 'srawung',
    name: 'Srawung',
    tagline: 'Ruang bertemu',
    description:
      'Pertemuan dan diskusi lintas pelaku industri kreatif dan UMKM: saling kenal, bertukar cerita, mencari kolaborator.',
  },
  {
    id: 'mbangun',
    name: 'Mbangun',
    tagline: 'Ruang belajar',
    description: 'Kelas, seminar, dan lokakarya bersama praktisi yang sudah berhasil, untuk bekal mengembangkan usaha.',
  },
  {
    id: 'melesat',
    name: 'Melesat',
    tagline: 'Ruang tumbuh',
    description: 'Pendampingan bagi usaha yang siap naik kelas: mutu produk, jangkauan pasar, dan akses ke mitra.',
  },
] as const;
export type PillarId = (typeof PILLARS)[number]['id'];

/** UMKM scales per PP 7/2021 article 35 (capital excludes land and buildings). */
export const SCALES = [
  { id: 'mikro', name: 'Mikro', capital: 'modal usaha s.d. Rp1 miliar', sales: 'penjualan tahunan s.d. Rp2 miliar' },
  {
    id: 'kecil',
    name: 'Kecil',
    capital: 'modal usaha > Rp1 miliar s.d. Rp5 miliar',
    sales: 'penjualan tahunan > Rp2 miliar s.d. Rp15 miliar',
  },
  {
    id: 'menengah',
    name: 'Menengah',
    capital: 'modal usaha > Rp5 miliar s.d. Rp10 miliar',
    sales: 'penjualan tahunan > Rp15 miliar s.d. Rp50 miliar',
  },
] as const;
export type ScaleId = (typeof SCALES)[number]['id'];

export const AUDIENCES = [
  { id: 'umkm', name: 'Pelaku UMKM' },
  { id: 'pelaku-kreatif', name: 'Pelaku industri kreatif' },
  { id: 'pelajar-smk', name: 'Pelajar SMK' },
  { id: 'mahasiswa', name: 'Mahasiswa' },
  { id: 'komunitas', name: 'Komunitas' },
  { id: 'umum', name: 'Umum' },
] as const;
export type AudienceId = (typeof AUDIENCES)[number]['id'];

export const CLASS_FORMATS = [
  { id: 'kelas', name: 'Kelas' },
  { id: 'seminar', name: 'Seminar' },
  { id: 'workshop', name: 'Workshop' },
  { id: 'diskusi', name: 'Srawung / Diskusi' },
] as const;
export type ClassFormatId = (typeof CLASS_FORMATS)[number]['id'];

export const CLASS_STATUSES = [
  { id: 'terjadwal', name: 'Terjadwal' },
  { id: 'penuh', name: 'Penuh' },
  { id: 'dibatalkan', name: 'Dibatalkan' },
  { id: 'ditunda', name: 'Ditunda' },
] as const;
export type ClassStatusId = (typeof CLASS_STATUSES)[number]['id'];

/** Days of a weekly timetable; `day` is JavaScript's getUTCDay() number (Sunday 0). */
export const WEEKDAYS = [
  { id: 'senin', name: 'Senin', day: 1 },
  { id: 'selasa', name: 'Selasa', day: 2 },
  { id: 'rabu', name: 'Rabu', day: 3 },
  { id: 'kamis', name: 'Kamis', day: 4 },
  { id: 'jumat', name: "Jum'at", day: 5 },
  { id: 'sabtu', name: 'Sabtu', day: 6 },
  { id: 'minggu', name: 'Minggu', day: 0 },
] as const;
export type WeekdayId = (typeof WEEKDAYS)[number]['id'];

export const PARTNER_KINDS = [
  { id: 'pemerintah', name: 'Pemerintah' },
  { id: 'komunitas', name: 'Komunitas' },
  { id: 'swasta', name: 'Swasta' },
  { id: 'pendidikan', name: 'Pendidikan' },
  { id: 'media', name: 'Media' },
] as const;
export type PartnerKindId = (typeof PARTNER_KINDS)[number]['id'];

export const MARKETPLACES = [
  { id: 'tokopedia', name: 'Tokopedia' },
  { id: 'shopee', name: 'Shopee' },
  { id: 'lazada', name: 'Lazada' },
  { id: 'blibli', name: 'Blibli' },
  { id: 'tiktok-shop', name: 'TikTok Shop' },
  { id: 'lainnya', name: 'Lainnya' },
] as const;
export type MarketplaceId = (typeof MARKETPLACES)[number]['id'];

export const LINK_KINDS = [
  { id: 'instagram', name: 'Instagram' },
  { id: 'youtube', name: 'YouTube' },
  { id: 'tiktok', name: 'TikTok' },
  { id: 'linkedin', name: 'LinkedIn' },
  { id: 'situs', name: 'Situs web' },
  { id: 'lainnya', name: 'Lainnya' },
] as const;

/** A taxonomy is a list of `{ id, name }`-like entries; these helpers serve all of them. */
interface Term {
  readonly id: string;
}

function indexById<T extends Term>(terms: readonly T[]): ReadonlyMap<string, T> {
  return new Map(terms.map((term) => [term.id, term]));
}

const sectorById = indexById<Sector>(SECTORS);
const regencyById = indexById<Regency>(REGENCIES);

/** Sector by id; throws on unknown ids because content is validated before it reaches pages. */
export function sector(id: string): Sector {
  const found = sectorById.get(id);
  if (!found) throw new Error(`Unknown sector id "${id}"`);
  return found;
}

export function regency(id: string): Regency {
  const found = regencyById.get(id);
  if (!found) throw new Error(`Unknown regency id "${id}"`);
  return found;
}

/** Name of a term in a `{ id, name }` taxonomy. */
export function termName<T extends { readonly id: string; readonly name: string }>(
  terms: readonly T[],
  id: T['id'],
): string {
  const found = terms.find((term) => term.id === id);
  if (!found) throw new Error(`Unknown term id "${id}"`);
  return found.name;
}

/** Tuple of ids for `z.enum`, keeping the literal types. */
export function ids<T extends readonly { readonly id: string }[]>(terms: T): [T[number]['id'], ...T[number]['id'][]] {
  return terms.map((term) => term.id) as [T[number]['id'], ...T[number]['id'][]];
}
