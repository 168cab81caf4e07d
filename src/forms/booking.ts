/**
 * The booking form's check of the time asked for, before it is sent: in the past, too soon for
 * the room's notice, outside its hours, over its capacity, or overlapping a session or confirmed
 * booking ("Jam itu sudah terpakai", with the nearest free times to pick). It reads the room's
 * taken slots from /ruang/terpakai.json (src/lib/rooms.ts) and judges with src/places/slots.ts,
 * the same overlap logic as the build's clash check. If the file cannot be loaded the request is
 * sent as it is, and editors check it. Runs after register.ts, which checks each field.
 */
import { pageMessage } from '../i18n/page-messages';
import { unpackWeek } from '../places/hours';
import { judge, minutesOf, wibDate, wibTime, type RoomRules, type Slot, type Verdict } from '../places/slots';
import type { RoomsTakenFile } from '../lib/rooms';

const MINUTE = 60_000;

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-booking]')) {
  const say = (name: string, values?: Record<string, string>) => pageMessage(form, name, values);
  const status = form.querySelector<HTMLElement>('[data-availability]')!;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
  const lang = document.documentElement.lang || 'id';
  const day = new Intl.DateTimeFormat(lang, {
    timeZone: 'Asia/Jakarta',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const clock = new Intl.DateTimeFormat(lang, {
    timeZone: 'Asia/Jakarta',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });

  let rules: Promise<RoomRules | undefined> | undefined;
  const load = () =>
    (rules ??= fetch(form.dataset['taken'] ?? '')
      .then((response) => (response.ok ? (response.json() as Promise<RoomsTakenFile>) : undefined))
      .then((file) => {
        const room = file?.rooms[form.dataset['booking'] ?? ''];
        return (
          room && {
            capacity: room.capacity,
            noticeDays: room.noticeDays,
            week: unpackWeek(room.week),
            busy: room.busy.map(([start, end]) => ({ start: start * MINUTE, end: end * MINUTE })),
          }
        );
      })
      .catch(() => undefined));
  // Loaded as soon as the visitor starts filling the form, so the check on sending is instant.
  form.addEventListener('focusin', () => void load(), { once: true });

  /** A free time as a button that puts it in the form. */
  const offer = (slot: Slot) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button--secondary';
    button.textContent = `${day.format(slot.start)} · ${clock.format(slot.start)}–${clock.format(slot.end)}`;
    button.addEventListener('click', () => {
      field('tanggal').value = wibDate(slot.start);
      field('mulai').value = wibTime(slot.start);
      field('selesai').value = wibTime(slot.end);
      status.replaceChildren();
      field('tanggal').focus();
    });
    const item = document.createElement('li');
    item.append(button);
    return item;
  };

  const explain = (verdict: Exclude<Verdict, { ok: true }>, room: RoomRules) => {
    if (verdict.reason !== 'taken') {
      const text =
        verdict.reason === 'notice'
          ? say('notice', {
              days: String(room.noticeDays),
              date: day.format(new Date(`${verdict.earliest}T12:00:00+07:00`)),
            })
          : verdict.reason === 'capacity'
            ? say('capacity', { capacity: String(room.capacity) })
            : say(verdict.reason);
      status.replaceChildren(text);
      return;
    }
    const head = document.createElement('p');
    head.append(Object.assign(document.createElement('strong'), { textContent: say('taken') }), ' ');
    head.append(verdict.free.length > 0 ? say('freeSlots') : say('noFreeSlots'));
    const list = document.createElement('ul');
    list.setAttribute('role', 'list');
    list.append(...verdict.free.map(offer));
    status.replaceChildren(head, ...(verdict.free.length > 0 ? [list] : []));
  };

  form.addEventListener('submit', (event) => {
    // register.ts has already refused a form with a field to fix.
    if (event.defaultPrevented) return;
    event.preventDefault();
    status.replaceChildren(say('checking'));
    void load().then((room) => {
      const request = {
        date: field('tanggal').value,
        start: minutesOf(field('mulai').value),
        end: minutesOf(field('selesai').value),
        people: Number(field('peserta').value),
      };
      const verdict = room ? judge(room, request, Date.now()) : undefined;
      if (verdict && !verdict.ok) {
        explain(verdict, room!);
        field('tanggal').focus();
        return;
      }
      status.replaceChildren(room ? '' : say('unchecked'));
      // Every field has been checked: send it as the browser would have, without another round.
      form.submit();
    });
  });
}
