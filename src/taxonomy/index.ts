/** Every taxonomy of the site, with lookups. One source for schemas, CMS options and pages. */
import type { Locale } from '../i18n';
import {
  DIY_BOUNDS,
  JATENG_BOUNDS,
  REGENCIES,
  regencyKind,
  regencyLabel,
  regencySlugPart,
  type Regency,
  type RegencyId,
} from './regencies';
import { SECTORS, type Sector, type SectorId } from './sectors';
import { BOOKING_STATUSES, FACILITIES, FEE_UNITS, ROOM_KINDS } from './rooms';

export { DIY_BOUNDS, JATENG_BOUNDS, REGENCIES, SECTORS, regencyKind, regencyLabel, regencySlugPart };
export { BOOKING_STATUSES, FACILITIES, FEE_UNITS, ROOM_KINDS };
export type { Regency, RegencyId, Sector, SectorId };

export const PILLARS = [
  {
    id: 'srawung',
    name: 'Srawung',
    tagline: 'Ruang bertemu',
    description:
      'Pertemuan dan diskusi lintas pelaku industri kreatif dan UMKM: saling kenal, bertukar cerita, mencari kolaborator.',
    en: {
      name: 'Srawung',
      tagline: 'A place to meet',
      description:
        'Meetings and open discussion across creative workers and small businesses: getting to know each other, sharing stories, finding collaborators.',
    },
  },
  {
    id: 'mbangun',
    name: 'Mbangun',
    tagline: 'Ruang belajar',
    description: 'Kelas, seminar, dan lokakarya bersama praktisi yang sudah berhasil, untuk bekal mengembangkan usaha.',
    en: {
      name: 'Mbangun',
      tagline: 'A place to learn',
      description: 'Classes, seminars and workshops with practitioners who have made it, to equip a business to grow.',
    },
  },
  {
    id: 'melesat',
    name: 'Melesat',
    tagline: 'Ruang tumbuh',
    description: 'Pendampingan bagi usaha yang siap naik kelas: mutu produk, jangkauan pasar, dan akses ke mitra.',
    en: {
      name: 'Melesat',
      tagline: 'A place to grow',
      description: 'Coaching for businesses ready to step up: product quality, market reach and access to partners.',
    },
  },
] as const;
export type PillarId = (typeof PILLARS)[number]['id'];

/** UMKM scales per PP 7/2021 article 35 (capital excludes land and buildings). */
export const SCALES = [
  {
    id: 'mikro',
    name: 'Mikro',
    capital: 'modal usaha s.d. Rp1 miliar',
    sales: 'penjualan tahunan s.d. Rp2 miliar',
    en: { name: 'Micro', capital: 'business capital up to IDR 1 billion', sales: 'annual sales up to IDR 2 billion' },
  },
  {
    id: 'kecil',
    name: 'Kecil',
    capital: 'modal usaha > Rp1 miliar s.d. Rp5 miliar',
    sales: 'penjualan tahunan > Rp2 miliar s.d. Rp15 miliar',
    en: {
      name: 'Small',
      capital: 'business capital over IDR 1 billion, up to IDR 5 billion',
      sales: 'annual sales over IDR 2 billion, up to IDR 15 billion',
    },
  },
  {
    id: 'menengah',
    name: 'Menengah',
    capital: 'modal usaha > Rp5 miliar s.d. Rp10 miliar',
    sales: 'penjualan tahunan > Rp15 miliar s.d. Rp50 miliar',
    en: {
      name: 'Medium',
      capital: 'business capital over IDR 5 billion, up to IDR 10 billion',
      sales: 'annual sales over IDR 15 billion, up to IDR 50 billion',
    },
  },
] as const;
export type ScaleId = (typeof SCALES)[number]['id'];

export const AUDIENCES = [
  { id: 'umkm', name: 'Pelaku UMKM', en: { name: 'Small business owners' } },
  { id: 'pelaku-kreatif', name: 'Pelaku industri kreatif', en: { name: 'Creative professionals' } },
  { id: 'pelajar-smk', name: 'Pelajar SMK', en: { name: 'SMK students' } },
  { id: 'mahasiswa', name: 'Mahasiswa', en: { name: 'University students' } },
  { id: 'komunitas', name: 'Komunitas', en: { name: 'Communities' } },
  { id: 'umum', name: 'Umum', en: { name: 'General public' } },
] as const;
export type AudienceId = (typeof AUDIENCES)[number]['id'];

export const CLASS_FORMATS = [
  { id: 'kelas', name: 'Kelas', en: { name: 'Class' } },
  { id: 'seminar', name: 'Seminar', en: { name: 'Seminar' } },
  { id: 'workshop', name: 'Workshop', en: { name: 'Workshop' } },
  { id: 'diskusi', name: 'Srawung / Diskusi', en: { name: 'Srawung / Discussion' } },
] as const;
export type ClassFormatId = (typeof CLASS_FORMATS)[number]['id'];

export const CLASS_STATUSES = [
  { id: 'terjadwal', name: 'Terjadwal', en: { name: 'Scheduled' } },
  { id: 'penuh', name: 'Penuh', en: { name: 'Full' } },
  { id: 'dibatalkan', name: 'Dibatalkan', en: { name: 'Cancelled' } },
  { id: 'ditunda', name: 'Ditunda', en: { name: 'Postponed' } },
] as const;
export type ClassStatusId = (typeof CLASS_STATUSES)[number]['id'];

/** Days of a weekly timetable; `day` is JavaScript's getUTCDay() number (Sunday 0). */
export const WEEKDAYS = [
  { id: 'senin', name: 'Senin', day: 1, en: { name: 'Monday' } },
  { id: 'selasa', name: 'Selasa', day: 2, en: { name: 'Tuesday' } },
  { id: 'rabu', name: 'Rabu', day: 3, en: { name: 'Wednesday' } },
  { id: 'kamis', name: 'Kamis', day: 4, en: { name: 'Thursday' } },
  { id: 'jumat', name: "Jum'at", day: 5, en: { name: 'Friday' } },
  { id: 'sabtu', name: 'Sabtu', day: 6, en: { name: 'Saturday' } },
  { id: 'minggu', name: 'Minggu', day: 0, en: { name: 'Sunday' } },
] as const;
export type WeekdayId = (typeof WEEKDAYS)[number]['id'];

export const PARTNER_KINDS = [
  { id: 'pemerintah', name: 'Pemerintah', en: { name: 'Government' } },
  { id: 'komunitas', name: 'Komunitas', en: { name: 'Community' } },
  { id: 'swasta', name: 'Swasta', en: { name: 'Private sector' } },
  { id: 'pendidikan', name: 'Pendidikan', en: { name: 'Education' } },
  { id: 'media', name: 'Media', en: { name: 'Media' } },
] as const;
export type PartnerKindId = (typeof PARTNER_KINDS)[number]['id'];

export const MARKETPLACES = [
  { id: 'tokopedia', name: 'Tokopedia', en: { name: 'Tokopedia' } },
  { id: 'shopee', name: 'Shopee', en: { name: 'Shopee' } },
  { id: 'lazada', name: 'Lazada', en: { name: 'Lazada' } },
  { id: 'blibli', name: 'Blibli', en: { name: 'Blibli' } },
  { id: 'tiktok-shop', name: 'TikTok Shop', en: { name: 'TikTok Shop' } },
  { id: 'lainnya', name: 'Lainnya', en: { name: 'Other' } },
] as const;
export type MarketplaceId = (typeof MARKETPLACES)[number]['id'];

export const LINK_KINDS = [
  { id: 'instagram', name: 'Instagram', en: { name: 'Instagram' } },
  { id: 'youtube', name: 'YouTube', en: { name: 'YouTube' } },
  { id: 'tiktok', name: 'TikTok', en: { name: 'TikTok' } },
  { id: 'linkedin', name: 'LinkedIn', en: { name: 'LinkedIn' } },
  { id: 'situs', name: 'Situs web', en: { name: 'Website' } },
  { id: 'lainnya', name: 'Lainnya', en: { name: 'Other' } },
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

/**
 * A term's text in `locale`: every term carries its Indonesian text and an `en` object with the
 * same fields in English, which replaces them.
 */
export function localTerm<T extends { readonly en: object }>(term: T, locale: Locale): T {
  return locale === 'id' ? term : { ...term, ...term.en };
}

/** Every term of a list in `locale`. */
export function localTerms<T extends { readonly en: object }>(terms: readonly T[], locale: Locale): T[] {
  return terms.map((term) => localTerm(term, locale));
}

/** Tuple of ids for `z.enum`, keeping the literal types. */
export function ids<T extends readonly { readonly id: string }[]>(terms: T): [T[number]['id'], ...T[number]['id'][]] {
  return terms.map((term) => term.id) as [T[number]['id'], ...T[number]['id'][]];
}
