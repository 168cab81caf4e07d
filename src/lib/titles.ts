/**
 * The document title (`<title>`, which search results and tabs show): "Page · Hetero Space",
 * without the site name when that would make it long, and a long page title cut at a word.
 * The page's own heading keeps the whole title. The limit is html-validate's `long-title`.
 */
import { SITE_NAME } from '../i18n';

export const TITLE_MAX = 90;

export function documentTitle(title: string): string {
  const full = `${title} · ${SITE_NAME}`;
  if (full.length <= TITLE_MAX) return full;
  if (title.length <= TITLE_MAX) return title;
  const cut = title.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,.:;–-]+$/, '')}…`;
}
