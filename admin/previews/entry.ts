/** Reading Decap's preview props as plain, typed data for the preview components. */
import type { ReactNode } from 'react';

interface ImmutableLike {
  get(key: string): unknown;
  toJS?(): unknown;
}

/** The props Decap passes to a preview template, as far as the previews use them. */
export interface PreviewProps {
  entry: ImmutableLike;
  widgetFor(name: string): ReactNode;
}

/** Frontmatter of the entry being edited; fields may be missing while the editor types. */
export function entryData<T>(props: PreviewProps): Partial<T> {
  const data = props.entry.get('data') as ImmutableLike | undefined;
  return data?.toJS?.() ?? {};
}

/** `Batik Sekar Arum` from the slug `batik-sekar-arum`, for references shown before the site is built. */
export function titleFromSlug(slug: string): string {
  return slug
    .split('-')
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}
