/** Reading Decap's preview props as plain, typed data for the preview components. */
import type { ReactNode } from 'react';
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '../../src/i18n';
import { contentTypeOfCollection } from '../../src/schema';

interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  toJS?(): unknown;
}

/** The props Decap passes to a preview template, as far as the previews use them. */
export interface PreviewProps {
  entry: ImmutableLike;
  collection?: ImmutableLike;
  widgetFor(name: string): ReactNode;
}

const plain = (value: unknown) => ((value as ImmutableLike | undefined)?.toJS?.() ?? {}) as Record<string, unknown>;

/**
 * The language being previewed. Decap previews the language of the editor's left pane by
 * swapping that language's data in for the entry's (`getPreviewEntry`), the very same object,
 * so the data tells which language it is.
 */
export function previewLocale({ entry }: PreviewProps): Locale {
  const data = entry.get('data');
  return (
    LOCALE_CODES.find((locale) => locale !== DEFAULT_LOCALE && entry.getIn(['i18n', locale, 'data']) === data) ??
    DEFAULT_LOCALE
  );
}

/**
 * The fields shared by every language (dates, sectors, contacts), as last previewed in
 * Indonesian, per entry. Decap hands the preview of a translation that translation's data
 * alone, so the shared fields come from here; translated fields never do, so an untranslated
 * one shows as missing rather than in Indonesian. The editor always opens an entry in
 * Indonesian first, so they are known before a translation is previewed.
 */
const sharedData = new Map<string, Record<string, unknown>>();

function nameOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Frontmatter of the entry being edited, in the previewed language (fields may be missing while
 * the editor types): a translation's fields with the Indonesian entry's shared ones.
 */
export function entryData<T>(props: PreviewProps): Partial<T> {
  const data = plain(props.entry.get('data'));
  const collection = nameOf(props.collection?.get('name'));
  const key = `${collection}/${nameOf(props.entry.get('slug'))}`;
  if (previewLocale(props) === DEFAULT_LOCALE) {
    const fields = contentTypeOfCollection(collection)?.fields ?? {};
    sharedData.set(
      key,
      Object.fromEntries(Object.entries(data).filter(([name]) => fields[name]?.i18n !== 'translate')),
    );
    return data as Partial<T>;
  }
  return { ...sharedData.get(key), ...data } as Partial<T>;
}

/** `Batik Sekar Arum` from the slug `batik-sekar-arum`, for references shown before the site is built. */
export function titleFromSlug(slug: string): string {
  return slug
    .split('-')
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}
