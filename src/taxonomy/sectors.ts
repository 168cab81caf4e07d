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
  /** True for the Kemenparekraf creative subsectors. */
  readonly creative: boolean;
}

export const SECTORS = [
  { id: 'aplikasi', name: 'Aplikasi', creative: true },
  { id: 'arsitektur', name: 'Arsitektur', creative: true },
  { id: 'desain-interior', name: 'Desain Interior', creative: true },
  { id: 'desain-komunikasi-visual', name: 'Desain Komunikasi Visual', creative: true },
  { id: 'desain-produk', name: 'Desain Produk', creative: true },
  { id: 'fesyen', name: 'Fesyen', creative: true },
  { id: 'film-animasi-video', name: 'Film, Animasi, dan Video', creative: true },
  { id: 'fotografi', name: 'Fotografi', creative: true },
  { id: 'kriya', name: 'Kriya', creative: true },
  { id: 'kuliner', name: 'Kuliner', creative: true },
  { id: 'musik', name: 'Musik', creative: true },
  { id: 'penerbitan', name: 'Penerbitan', creative: true },
  { id: 'pengembang-permainan', name: 'Pengembang Permainan', creative: true },
  { id: 'periklanan', name: 'Periklanan', creative: true },
  { id: 'seni-pertunjukan', name: 'Seni Pertunjukan', creative: true },
  { id: 'seni-rupa', name: 'Seni Rupa', creative: true },
  { id: 'televisi-radio', name: 'Televisi dan Radio', creative: true },
  { id: 'umkm-umum', name: 'UMKM Non-Kreatif', creative: false },
] as const satisfies readonly Sector[];

export type SectorId = (typeof SECTORS)[number]['id'];
