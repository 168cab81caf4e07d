/**
 * The spreadsheet columns the import understands, in one table: the importer maps headers with
 * it, the report names columns from it, and docs/import.md lists it (a unit test compares the two,
 * so the document cannot drift from what the code accepts).
 */
import { LOCALE_TAG } from '../../i18n';

/** What a column fills. `ignore`: a known column that is deliberately not imported. */
export type Target =
  | 'name'
  | 'sectors'
  | 'scale'
  | 'regency'
  | 'address'
  | 'location'
  | 'latitude'
  | 'longitude'
  | 'founded'
  | 'whatsapp'
  | 'phone'
  | 'email'
  | 'instagram'
  | 'website'
  | 'description'
  | 'products'
  | 'price'
  | 'kbli'
  | 'marketplaces'
  | 'ignore';

export interface Column {
  target: Target;
  /** Headers as spreadsheets write them; the first one names the column in docs and reports. */
  headers: readonly string[];
  /** The `name` of the registration form's field (src/pages/direktori/daftar), a header too. */
  form?: string;
  /**
   * Where the value lands in an entry: field paths, `*` standing for a list item. A schema
   * problem at a path is reported against the column whose path is its longest prefix.
   */
  paths: readonly string[];
  /** For `ignore`: why (shown in the report). */
  reason?: string;
}

export const COLUMNS: readonly Column[] = [
  { target: 'name', headers: ['Nama Usaha', 'Nama UMKM'], form: 'name', paths: ['name'] },
  { target: 'sectors', headers: ['Sektor', 'Subsektor', 'Bidang Usaha'], form: 'sectors', paths: ['sectors'] },
  { target: 'scale', headers: ['Skala', 'Skala Usaha'], form: 'scale', paths: ['scale'] },
  { target: 'regency', headers: ['Kabupaten/Kota', 'Kab/Kota', 'Wilayah'], form: 'regency', paths: ['regency'] },
  { target: 'address', headers: ['Alamat', 'Alamat Usaha'], form: 'address', paths: ['address'] },
  {
    target: 'location',
    headers: ['Koordinat', 'Titik Koordinat', 'Lokasi', 'Google Maps', 'Tautan Google Maps'],
    form: 'location',
    paths: ['location'],
  },
  { target: 'latitude', headers: ['Latitude', 'Lintang', 'Lat'], paths: ['location'] },
  { target: 'longitude', headers: ['Longitude', 'Bujur', 'Lng', 'Long'], paths: ['location'] },
  { target: 'founded', headers: ['Tahun Berdiri'], form: 'founded', paths: ['founded'] },
  {
    target: 'whatsapp',
    headers: ['No. HP/WA', 'WhatsApp', 'No. WA', 'No. HP', 'Nomor HP'],
    form: 'whatsapp',
    paths: ['contact.whatsapp'],
  },
  { target: 'phone', headers: ['Telepon', 'No. Telepon', 'Telp'], form: 'phone', paths: ['contact.phone'] },
  { target: 'email', headers: ['Email', 'E-mail', 'Surel'], form: 'email', paths: ['contact.email'] },
  { target: 'instagram', headers: ['Instagram', 'IG'], form: 'instagram', paths: ['contact.instagram'] },
  { target: 'website', headers: ['Website', 'Situs Web', 'Web'], form: 'website', paths: ['contact.website'] },
  {
    target: 'description',
    headers: ['Deskripsi', 'Deskripsi Usaha', 'Deskripsi Singkat'],
    form: 'summary',
    paths: ['summary'],
  },
  { target: 'products', headers: ['Produk', 'Produk Unggulan', 'Nama Produk'], form: 'products', paths: ['products'] },
  { target: 'price', headers: ['Harga', 'Harga (Rp)', 'Harga Produk'], paths: ['products.*.price'] },
  { target: 'kbli', headers: ['KBLI', 'Kode KBLI', 'KBLI 2020'], form: 'kbli', paths: ['kbli'] },
  {
    target: 'marketplaces',
    headers: ['Lapak Daring', 'Marketplace', 'Toko Online'],
    form: 'marketplaces',
    paths: ['marketplaces'],
  },
  {
    target: 'ignore',
    headers: ['No', 'No. Urut'],
    paths: [],
    reason: 'nomor urut baris',
  },
  {
    target: 'ignore',
    headers: ['Nama Pengaju'],
    form: 'applicant',
    paths: [],
    reason: 'nama pengaju tidak ditampilkan di direktori',
  },
  { target: 'ignore', headers: ['Persetujuan'], form: 'consent', paths: [], reason: 'centang persetujuan formulir' },
  { target: 'ignore', headers: [], form: 'form-name', paths: [], reason: 'nama formulir Netlify' },
  { target: 'ignore', headers: [], form: 'alamat-web', paths: [], reason: 'isian jebakan spam formulir' },
  {
    target: 'ignore',
    headers: ['Alasan ditolak'],
    paths: [],
    reason: 'ditambahkan impor pada berkas baris ditolak',
  },
];

/** How headers compare: case, spaces and punctuation ignored ("No. HP/WA" is "nohpwa"). */
export const headerKey = (header: string) =>
  header
    .normalize('NFKC')
    .toLocaleLowerCase(LOCALE_TAG)
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Every header a column answers to: its spreadsheet headers, then the form field's name. */
export const headersOf = (column: Column) => [...column.headers, ...(column.form ? [column.form] : [])];

const byKey = new Map<string, Column>(
  COLUMNS.flatMap((column) => headersOf(column).map((h) => [headerKey(h), column])),
);

export const columnFor = (header: string): Column | undefined => byKey.get(headerKey(header));

/** The column name in reports: its first header (or the form field's name). */
export const columnName = (column: Column) => column.headers[0] ?? column.form ?? column.target;

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The Markdown table of docs/import.md, generated from COLUMNS. */
export function columnsMarkdown(): string {
  const code = (text: string) => `\`${text}\``;
  const rows = COLUMNS.map((column) => {
    const target = column.target === 'ignore' ? `not imported (${column.reason ?? ''})` : column.paths.join(', ');
    return `| ${column.headers.map(code).join(', ') || '–'} | ${column.form ? code(column.form) : '–'} | ${target} |`;
  });
  return ['| Headers | Form field | Fills |', '| --- | --- | --- |', ...rows].join('\n');
}
