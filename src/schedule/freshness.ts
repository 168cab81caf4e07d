/**
 * Keeps a static schedule true at view time: sessions that have ended since the build leave
 * the "upcoming" lists, and registration closes once a session has started. Without
 * JavaScript the build-time state shows.
 */
const now = Date.now();
const past = (iso: string | undefined) => iso !== undefined && Date.parse(iso) <= now;

for (const card of document.querySelectorAll<HTMLElement>('[data-upcoming] [data-ends]')) {
  if (past(card.dataset['ends'])) (card.closest('li') ?? card).hidden = true;
}
for (const group of document.querySelectorAll<HTMLElement>('[data-upcoming]')) {
  if (group.querySelector('[data-ends]') && !group.querySelector('li:not([hidden])')) group.hidden = true;
}
for (const offer of document.querySelectorAll<HTMLElement>('[data-open-until]')) {
  if (!past(offer.dataset['openUntil'])) continue;
  offer.hidden = true;
  const note = document.getElementById(offer.dataset['closedNote'] ?? '');
  if (note) note.hidden = false;
}
