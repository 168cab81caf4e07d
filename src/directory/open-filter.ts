/**
 * The "Buka sekarang" toggle of a directory listing: shows only the businesses of the page that
 * are open now, as open-now.ts has marked them (`data-state`); one without hours is not shown as
 * open. Without JavaScript the toggle stays hidden.
 */
for (const toggle of document.querySelectorAll<HTMLButtonElement>('[data-open-filter]')) {
  const list = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
  const none = document.getElementById(toggle.dataset['openFilter'] ?? '');
  if (!list) continue;
  toggle.hidden = false;
  toggle.addEventListener('click', () => {
    const on = toggle.getAttribute('aria-pressed') !== 'true';
    toggle.setAttribute('aria-pressed', String(on));
    let shown = 0;
    for (const item of list.querySelectorAll<HTMLElement>(':scope > li')) {
      item.hidden = on && item.querySelector<HTMLElement>('[data-hours]')?.dataset['state'] !== 'open';
      if (!item.hidden) shown++;
    }
    if (none) none.hidden = shown > 0;
  });
}
