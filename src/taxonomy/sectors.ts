/**
 * Industry sectors used across the directory, classes, programmes and mentors.
 * The 17 creative-economy subsectors follow Kemenparekraf; `umkm-umum` holds UMKM that
 * sit outside the creative economy (trade, farm products, services) without pretending
 * they are a creative subsector.
 */
export interface Sector {
  /** Stable identifier stored in content and used in URLs. */
  readonly id: string;
  /** Display name (also the Pagefind `sektor` filter value). */
  readonly name: string;
  /** English text (the subsector's official English name). */
  readonly en: { readonly name: string };
  /** True for the Kemenparekraf creative subsectors. */
  readonly creative: boolean;
}

export const SECTORS = [
  { id: 'aplikasi', name: 'Aplikasi', en: { name: 'Application' }, creative: true },
  { id: 'arsitektur', name: 'Arsitektur', en: { name: 'Architecture' }, creative: true },
  { id: 'desain-interior', name: 'Desain Interior', en: { name: 'Interior Design' }, creative: true },
  {
    id: 'desain-komunikasi-visual',
    name: 'Desain Komunikasi Visual',
    en: { name: 'Visual Communication Design' },
    creative: true,
  },
  { id: 'desain-produk', name: 'Desain Produk', en: { name: 'Product Design' }, creative: true },
  { id: 'fesyen', name: 'Fesyen', en: { name: 'Fashion' }, creative: true },
  {
    id: 'film-animasi-video',
    name: 'Film, Animasi, dan Video',
    en: { name: 'Film, Animation and Video' },
    creative: true,
  },
  { id: 'fotografi', name: 'Fotografi', en: { name: 'Photography' }, creative: true },
  { id: 'kriya', name: 'Kriya', en: { name: 'Craft' }, creative: true },
  { id: 'kuliner', name: 'Kuliner', en: { name: 'Culinary' }, creative: true },
  { id: 'musik', name: 'Musik', en: { name: 'Music' }, creative: true },
  { id: 'penerbitan', name: 'Penerbitan', en: { name: 'Publishing' }, creative: true },
  { id: 'pengembang-permainan', name: 'Pengembang Permainan', en: { name: 'Game Development' }, creative: true },
  { id: 'periklanan', name: 'Periklanan', en: { name: 'Advertising' }, creative: true },
  { id: 'seni-pertunjukan', name: 'Seni Pertunjukan', en: { name: 'Performing Arts' }, creative: true },
  { id: 'seni-rupa', name: 'Seni Rupa', en: { name: 'Fine Arts' }, creative: true },
  { id: 'televisi-radio', name: 'Televisi dan Radio', en: { name: 'Television and Radio' }, creative: true },
  { id: 'umkm-umum', name: 'UMKM Non-Kreatif', en: { name: 'UMKM (non-creative)' }, creative: false },
] as const satisfies readonly Sector[];

export type SectorId = (typeof SECTORS)[number]['id'];
