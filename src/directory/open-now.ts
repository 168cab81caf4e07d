/**
 * "Buka sekarang · tutup pukul 16.00" at view time, in WIB whatever the device's time zone: each
 * `[data-hours]` element (a business page's status line, later each card of a listing) holds its
 * week packed by src/places/hours-parse.ts, and the page's phrases sit in `data-hours-phrases`, so
 * the script carries no UI table. Without JavaScript the elements stay hidden and only the week's
 * table shows: no claim that could be stale. Held to 1 KB brotli (scripts/bench/budgets.mjs).
 */
import { describeStateWith, openState, unpackWeek, type HoursPhrases } from '../places/hours';

const source = document.querySelector<HTMLElement>('[data-hours-phrases]');
const phrases = source ? (JSON.parse(source.dataset['hoursPhrases'] ?? '') as HoursPhrases) : undefined;

function update() {
  if (!phrases) return;
  const now = new Date();
  for (const element of document.querySelectorAll<HTMLElement>('[data-hours]')) {
    const state = openState(unpackWeek(element.dataset['hours'] ?? ''), now);
    const [head = '', rest] = describeStateWith(state, phrases).split(' · ');
    const strong = document.createElement('strong');
    strong.textContent = head;
    element.replaceChildren(strong, rest ? ` · ${rest}` : '');
    element.dataset['state'] = state.state;
    element.hidden = false;
  }
}

update();
// The state changes on the minute: a page left open stays true.
setInterval(update, 60_000);
