/**
 * The directory as open data (/direktori/data.json and /direktori/data.csv): one row per
 * business, with the columns documented in docs/open-data.md and on /direktori/ringkasan/.
 */
import { regency, regencyLabel, sector } from '../taxonomy';
import { formatPhone } from './contact';
import { toCsv } from './csv';
import type { Business } from './site';
import { urls } from './urls';
import { DEFAULT_LOCALE, LOCALES, useTranslations, type Locale, type UiKey } from '../i18n';

/** The columns with the UI key that describes each (the data itself is Indonesian in every language). */
const COLUMN_KEYS = [
  ['slug', 'openData.slug'],
  ['nama', 'openData.name'],
  ['sektor', 'openData.sectors'],
  ['skala', 'openData.scale'],
  ['kode_wilayah', 'openData.regencyCode'],
  ['wilayah', 'openData.regency'],
  ['alamat', 'openData.address'],
  ['tahun_berdiri', 'openData.founded'],
  ['kbli', 'openData.kbli'],
  ['whatsapp', 'openData.whatsapp'],
  ['telepon', 'openData.phone'],
  ['email', 'openData.email'],
  ['instagram', 'openData.instagram'],
  ['situs', 'openData.website'],
  ['jumlah_produk', 'openData.products'],
  ['url', 'openData.url'],
] as const satisfies readonly (readonly [string, UiKey])[];

/** Each column's name and what it holds, described in `locale`. */
export function openDataColumns(locale: Locale = DEFAULT_LOCALE) {
  const t = useTranslations(locale);
  return COLUMN_KEYS.map(([name, key]) => [name, t(key)] as const);
}

/** The columns described in the site's language, as data.json documents them. */
export const OPEN_DATA_COLUMNS = openDataColumns();

export type OpenDataRow = Record<(typeof COLUMN_KEYS)[number][0], string | number>;

/** The data's licence, named in `locale`. */
export function licence(locale: Locale = DEFAULT_LOCALE) {
  return {
    name: useTranslations(locale)('openData.licence'),
    url: `https://creativecommons.org/licenses/by/4.0/deed.${LOCALES[locale].lang}`,
  };
}

export const LICENCE = licence();

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
