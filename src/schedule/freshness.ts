/**
 * Keeps a static schedule true at view time: sessions that have ended since the build leave
 * the "upcoming" lists, week headings are named from today ("Pekan ini" is this week, not the
 * build's), an emptied list says so, and registration closes once a session has started.
 * Without JavaScript the build-time state shows.
 *
 * Held to 1 KB brotli (scripts/bench/budgets.mjs), so it imports no UI table: a week section
 * gives the names in `data-week-names` (src/lib/weeks.ts `weekNames()`, rendered at build time).
 */
import { weekOffset } from '../time/weeks';

type WeekNames = Record<string, string | undefined>;
/** A week's name from the page's names: its own, or the count template for `n` weeks. */
const weekName = (offset: number, names: WeekNames) =>
  names[offset] ?? names[offset > 0 ? 'ahead' : 'ago']?.replace('{n}', String(Math.abs(offset)));

const now = Date.now();
const past = (iso: string | undefined) => iso !== undefined && Date.parse(iso) <= now;

for (const card of document.querySelectorAll<HTMLElement>('[data-upcoming] [data-ends]')) {
  if (past(card.dataset['ends'])) (card.closest('li') ?? card).hidden = true;
}
for (const group of document.querySelectorAll<HTMLElement>('[data-upcoming]')) {
  if (group.querySelector('[data-ends]') && !group.querySelector('li:not([hidden])')) group.hidden = true;
  const label = group.querySelector('[data-week-name]');
  const names = group.dataset['weekNames'];
  if (label && group.dataset['week'] && names) {
    const name = weekName(weekOffset(new Date(group.dataset['week']), new Date(now)), JSON.parse(names) as WeekNames);
    if (name) label.textContent = name;
  }
}
// A list the build filled says so once every session in it has ended.
if (document.querySelector('[data-upcoming] [data-ends]')) {
  const remaining = document.querySelector('[data-upcoming] li:not([hidden]) [data-ends]');
  for (const note of document.querySelectorAll<HTMLElement>('[data-upcoming-empty]')) note.hidden = remaining !== null;
}
for (const offer of document.querySelectorAll<HTMLElement>('[data-open-until]')) {
  if (!past(offer.dataset['openUntil'])) continue;
  offer.hidden = true;
  const note = document.getElementById(offer.dataset['closedNote'] ?? '');
  if (note) note.hidden = false;
}
