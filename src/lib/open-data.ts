/**
 * The directory as open data (/direktori/data.json and /direktori/data.csv): one row per
 * business, with the columns documented in docs/open-data.md and on /direktori/ringkasan/.
 */
import { regency, regencyLabel, sector } from '../taxonomy';
import { formatPhone } from './contact';
import type { Business } from './site';
import { urls } from './urls';

export const OPEN_DATA_COLUMNS = [
  ['slug', 'Pengenal unik usaha (bagian alamat halaman)'],
  ['nama', 'Nama usaha'],
  ['sektor', 'Sektor, dipisah titik koma'],
  ['skala', 'mikro, kecil, atau menengah (PP 7/2021)'],
  ['kode_wilayah', 'Kode wilayah Kemendagri kabupaten/kota'],
  ['wilayah', 'Nama kabupaten/kota, mis. "Kab. Jepara"'],
  ['alamat', 'Alamat usaha'],
  ['tahun_berdiri', 'Tahun berdiri'],
  ['kbli', 'Kode KBLI 2020 (bila ada)'],
  [
    'whatsapp',
    'Nomor WhatsApp: di JSON format E.164 (+62…); di CSV ditulis (+62) 812-… agar spreadsheet tidak mengubahnya menjadi angka atau rumus',
  ],
  ['telepon', 'Nomor telepon, ditulis seperti kolom whatsapp'],
  ['email', 'Alamat e-mail'],
  ['instagram', 'Akun Instagram, tanpa @'],
  ['situs', 'Situs web'],
  ['jumlah_produk', 'Jumlah produk di etalase'],
  ['url', 'Halaman usaha di situs Hetero Space'],
] as const;

export type OpenDataRow = Record<(typeof OPEN_DATA_COLUMNS)[number][0], string | number>;

export const LICENCE = {
  name: 'Creative Commons Atribusi 4.0 Internasional (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.id',
};

export function openDataRows(businesses: readonly Business[], site: URL): OpenDataRow[] {
  return businesses.map(({ id, data }) => ({
    slug: id,
    nama: data.name,
    sektor: data.sectors.map((s) => sector(s).name).join('; '),
    skala: data.scale,
    kode_wilayah: regency(data.regency).code,
    wilayah: regencyLabel(regency(data.regency)),
    alamat: data.address,
    tahun_berdiri: data.founded,
    kbli: data.kbli ?? '',
    whatsapp: data.contact.whatsapp ?? '',
    telepon: data.contact.phone ?? '',
    email: data.contact.email ?? '',
    instagram: data.contact.instagram ?? '',
    situs: data.contact.website ?? '',
    jumlah_produk: data.products.length,
    url: new URL(urls.business(id), site).href,
  }));
}

/** RFC 4180 field: quoted when it holds a comma, quote, semicolon or line break; quotes doubled. */
function csvField(value: string | number): string {
  const text = String(value);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Spreadsheets turn "+6281…" into a number (or a formula): in CSV, phone numbers are written as
 * "(+62) 812-3456-7890", which they keep as text. Any other text starting with a formula
 * character gets a leading apostrophe (CSV injection).
 */
function spreadsheetSafe(name: string, value: string | number): string | number {
  if (typeof value !== 'string' || value === '') return value;
  if (name === 'whatsapp' || name === 'telepon')
    return `(+62) ${formatPhone(value)
      .replace(/^\+62\u00a0/, '')
      .replace(/\u00a0/g, ' ')}`;
  return /^[=+\-@]/.test(value) ? `'${value}` : value;
}

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Indonesian and other
 * non-ASCII text right) and CRLF line ends.
 */
export function toCsv(rows: readonly OpenDataRow[]): string {
  const header = OPEN_DATA_COLUMNS.map(([name]) => name);
  const lines = [
    header.join(','),
    ...rows.map((row) => header.map((name) => csvField(spreadsheetSafe(name, row[name]))).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
