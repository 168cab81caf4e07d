/**
 * Shows "Urutkan dari yang terdekat" and loads the sorting (nearby.ts) only when it is pressed:
 * a listing's visitors who never sort download none of it.
 */
const root = document.querySelector<HTMLElement>('[data-nearby]');
const start = document.querySelector<HTMLButtonElement>('[data-nearby-start]');
if (root && start) {
  start.hidden = false;
  start.addEventListener('click', () => {
    void import('./nearby').then(({ sortFromPosition }) => sortFromPosition(root));
  });
}
