/**
 * What a row does to an entry's data: a new entry from the row, or an existing entry with only
 * the fields the row fills changed. Nothing is removed: products and shops are added to the
 * lists (a product of the same name gets the row's price), every other field keeps its value and
 * its place, and a field the entry lacks goes where the CMS would put it (the schema's order).
 */
import { isDeepStrictEqual } from 'node:util';
import { businesses } from '../../schema';
import { sameKey } from '../site/indexes';
import type { ProductRow } from './normalise';

type Data = Record<string, unknown>;

export const FIELD_ORDER: readonly string[] = Object.keys(businesses.fields);
const CONTACT_ORDER: readonly string[] = Object.keys(businesses.fields.contact.nested ?? {});
const PRODUCT_ORDER: readonly string[] = Object.keys(businesses.fields.products.nested ?? {});

export type ContactKey = 'whatsapp' | 'phone' | 'email' | 'instagram' | 'website';

/** The fields a row fills, normalised (a value the schema will refuse stays as written). */
export interface BusinessPatch {
  sectors?: string[];
  scale?: string;
  address?: string;
  location?: string;
  founded?: number | string;
  summary?: string;
  kbli?: string;
  contact?: Partial<Record<ContactKey, string>>;
  products?: ProductRow[];
  marketplaces?: { platform: string; url: string }[];
}

const SCALARS = ['scale', 'address', 'location', 'founded', 'summary', 'kbli'] as const;

/** `data` with `key` set: in its place when present, else before the first later field of `order`. */
function put(data: Data, key: string, value: unknown, order: readonly string[]): Data {
  if (key in data) return { ...data, [key]: value };
  const rank = order.indexOf(key);
  const entries = Object.entries(data);
  const at = entries.findIndex(([other]) => order.indexOf(other) > rank);
  entries.splice(at === -1 ? entries.length : at, 0, [key, value]);
  return Object.fromEntries(entries);
}

const isRecord = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const sameUrl = (a: unknown, b: string) =>
  typeof a === 'string' && a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();

function withProducts(list: unknown, rows: readonly ProductRow[]): unknown[] {
  const products = Array.isArray(list) ? [...(list as unknown[])] : [];
  for (const row of rows) {
    const i = products.findIndex(
      (p) => isRecord(p) && typeof p['name'] === 'string' && sameKey(p['name']) === sameKey(row.name),
    );
    const existing = products[i];
    if (isRecord(existing)) {
      if (row.price !== undefined) products[i] = put(existing, 'price', row.price, PRODUCT_ORDER);
    } else products.push(row.price === undefined ? { name: row.name } : { name: row.name, price: row.price });
  }
  return products;
}

/** The existing entry `data` with the row's fields; name, regency and listedOn stay as they are. */
export function applyPatch(data: Data, patch: BusinessPatch): Data {
  let next = { ...data };
  for (const key of SCALARS) if (patch[key] !== undefined) next = put(next, key, patch[key], FIELD_ORDER);
  if (patch.sectors) {
    const same =
      Array.isArray(next['sectors']) &&
      isDeepStrictEqual([...(next['sectors'] as string[])].sort(), [...patch.sectors].sort());
    if (!same) next = put(next, 'sectors', patch.sectors, FIELD_ORDER);
  }
  if (patch.contact && Object.keys(patch.contact).length > 0) {
    let contact: Data = isRecord(next['contact']) ? next['contact'] : {};
    for (const [key, value] of Object.entries(patch.contact)) contact = put(contact, key, value, CONTACT_ORDER);
    next = put(next, 'contact', contact, FIELD_ORDER);
  }
  if (patch.products?.length) next = put(next, 'products', withProducts(next['products'], patch.products), FIELD_ORDER);
  if (patch.marketplaces?.length) {
    const shops = Array.isArray(next['marketplaces']) ? [...(next['marketplaces'] as unknown[])] : [];
    for (const shop of patch.marketplaces)
      if (!shops.some((s) => isRecord(s) && sameUrl(s['url'], shop.url))) shops.push(shop);
    next = put(next, 'marketplaces', shops, FIELD_ORDER);
  }
  return next;
}

/** A new entry: the row's fields in the schema's order, listed today. */
export function newEntry(identity: { name: string; regency: string }, patch: BusinessPatch, listedOn: string): Data {
  return applyPatch({ name: identity.name, regency: identity.regency, listedOn }, patch);
}

/** Labels of the fields that differ (a group's changed fields by their own labels), for the report. */
export function changedFields(before: Data, after: Data): string[] {
  const labels: string[] = [];
  for (const key of FIELD_ORDER) {
    if (isDeepStrictEqual(before[key], after[key])) continue;
    const field = businesses.fields[key as keyof typeof businesses.fields];
    const nested = field.nested;
    const contact = after[key];
    if (nested && key === 'contact' && isRecord(contact)) {
      const old = isRecord(before[key]) ? before[key] : {};
      for (const sub of CONTACT_ORDER) if (!isDeepStrictEqual(old[sub], contact[sub])) labels.push(nested[sub]!.label);
    } else labels.push(field.label);
  }
  return labels;
}
