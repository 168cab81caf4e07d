/**
 * The directory as open data (/direktori/data.json and /direktori/data.csv): one row per
 * business, with the columns documented in docs/open-data.md and on /direktori/ringkasan/.
 */
import { regency, regencyLabel, sector } from '../taxonomy';
import { formatPhone } from './contact';
import { toCsv } from './csv';
import type { Business } from './site';
import { urls } from './urls';
import { t } from '../i18n';

export const OPEN_DATA_COLUMNS = [
  ['slug', t('openData.slug')],
  ['nama', t('openData.name')],
  ['sektor', t('openData.sectors')],
  ['skala', t('openData.scale')],
  ['kode_wilayah', t('openData.regencyCode')],
  ['wilayah', t('openData.regency')],
  ['alamat', t('openData.address')],
  ['tahun_berdiri', t('openData.founded')],
  ['kbli', t('openData.kbli')],
  ['whatsapp', t('openData.whatsapp')],
  ['telepon', t('openData.phone')],
  ['email', t('openData.email')],
  ['instagram', t('openData.instagram')],
  ['situs', t('openData.website')],
  ['jumlah_produk', t('openData.products')],
  ['url', t('openData.url')],
] as const;

export type OpenDataRow = Record<(typeof OPEN_DATA_COLUMNS)[number][0], string | number>;

export const LICENCE = {
  name: t('openData.licence'),
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

/**
 * Spreadsheets turn "+6281…" into a number (or a formula): in CSV, phone numbers are written as
 * "(+62) 812-3456-7890", which they keep as text.
 */
function phoneAsText(value: string | number): string | number {
  if (typeof value !== 'string' || value === '') return value;
  return `(+62) ${formatPhone(value)
    .replace(/^\+62\u00a0/, '')
    .replace(/\u00a0/g, ' ')}`;
}

/** The directory as CSV (see csv.ts for the encoding). */
export function openDataCsv(rows: readonly OpenDataRow[]): string {
  return toCsv(
    OPEN_DATA_COLUMNS.map(([name]) => name),
    rows.map((row) => ({ ...row, whatsapp: phoneAsText(row.whatsapp), telepon: phoneAsText(row.telepon) })),
  );
}
