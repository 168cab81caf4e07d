/**
 * Keeps a static schedule true at view time: sessions that have ended since the build leave
 * the "upcoming" lists, week headings are named from today ("Pekan ini" is this week, not the
 * build's), an emptied list says so, and registration closes once a session has started.
 * Without JavaScript the build-time state shows.
 */
import { weekName } from '../lib/weeks';
import { weekOffset } from '../time/wib';

const now = Date.now();
const past = (iso: string | undefined) => iso !== undefined && Date.parse(iso) <= now;

for (const card of document.querySelectorAll<HTMLElement>('[data-upcoming] [data-ends]')) {
  if (past(card.dataset['ends'])) (card.closest('li') ?? card).hidden = true;
}
for (const group of document.querySelectorAll<HTMLElement>('[data-upcoming]')) {
  if (group.querySelector('[data-ends]') && !group.querySelector('li:not([hidden])')) group.hidden = true;
  const label = group.querySelector('[data-week-name]');
  if (label && group.dataset['week'])
    label.textContent = weekName(weekOffset(new Date(group.dataset['week']), new Date(now)));
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
