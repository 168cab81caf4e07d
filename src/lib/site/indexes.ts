/** Indexes over entries, built once so page lookups stay constant-time at provincial scale. */
import { LOCALE_TAG } from '../../i18n';

export function indexBy<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/** Entries by each of their keys (an entry with several keys is in several groups). */
export function groupBy<T>(entries: readonly T[], keys: (entry: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    for (const key of keys(entry)) {
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
  }
  return groups;
}

/** Looks an id up and fails the build loudly if a reference points nowhere. */
export function lookup<T>(map: Map<string, T>, id: string, what: string): T {
  const found = map.get(id);
  if (!found) throw new Error(`Unknown ${what} "${id}"`);
  return found;
}

const collator = new Intl.Collator(LOCALE_TAG, { sensitivity: 'base', numeric: true });

/** Indonesian alphabetical order, numbers by value ("Kopi 2" before "Kopi 10"). */
export const compareText = (a: string, b: string) => collator.compare(a, b);
export const byName = (a: { data: { name: string } }, b: { data: { name: string } }) =>
  compareText(a.data.name, b.data.name);

/** How two names compare as the same listing: case, repeated spaces and edges ignored. */
export const sameKey = (text: string) => text.toLocaleLowerCase(LOCALE_TAG).replace(/\s+/g, ' ').trim();

/**
 * Which listings are one business: the same regency and the same name, ignoring case, spacing and
 * punctuation ("CV. Batik Sekar" is "CV Batik Sekar"). The build refuses two entries with one key
 * (checkDuplicateBusinesses) and the spreadsheet import updates the entry with the key of a row.
 */
export const businessKey = (business: { readonly name: string; readonly regency: string }) =>
  `${business.regency}|${sameKey(business.name.replace(/['\u2019`]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' '))}`;
