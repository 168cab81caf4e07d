/**
 * The site header on a phone: brand, search and a "Menu" button that opens the navigation, so
 * the page's own content starts high on the first screen. Wider screens keep the inline list.
 */
import { expect, test } from './fixtures';

const PHONE = { width: 360, height: 780 };
const PAGES = ['/', '/kelas/', '/direktori/', '/direktori/peta/', '/cari/', '/tentang/'];

test("at 360 px every page's content starts within 150 px, below a one-row brand bar and the search box", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  for (const path of PAGES) {
    await page.goto(path);
    const top = await page.getByRole('main').evaluate((main) => main.getBoundingClientRect().top);
    expect(top, `top of <main> on ${path}`).toBeLessThanOrEqual(150);
    await expect(page.getByRole('search', { name: 'Cari di situs' }).getByRole('searchbox')).toBeVisible();
  }
});

test('on a phone the menu opens and closes by touch and keyboard, with the current page marked', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/kelas/');
  const nav = page.getByRole('navigation', { name: 'Utama' });
  const menu = nav.getByRole('button', { name: 'Menu' });
  const schedule = nav.getByRole('link', { name: 'Jadwal Kelas' });
  await expect(schedule).toBeHidden();
  await menu.click();
  await expect(schedule).toBeVisible();
  await expect(schedule).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link')).toHaveCount(8);
  // Escape closes it and gives focus back to the button.
  await page.keyboard.press('Escape');
  await expect(schedule).toBeHidden();
  await expect(menu).toBeFocused();
  // Enter opens it again; Tab goes on into its links; the close button closes it.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Program' })).toBeFocused();
  await nav.getByRole('button', { name: 'Tutup menu' }).click();
  await expect(schedule).toBeHidden();
  // A link in the menu leads to its page.
  await menu.click();
  await nav.getByRole('link', { name: 'Direktori' }).click();
  await expect(page).toHaveURL('/direktori/');
});

test('on a wide screen the navigation is an inline list, without a menu button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/direktori/');
  const nav = page.getByRole('navigation', { name: 'Utama' });
  await expect(nav.getByRole('button', { name: 'Menu' })).toBeHidden();
  await expect(nav.getByRole('link')).toHaveCount(8);
  for (const link of await nav.getByRole('link').all()) await expect(link).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Direktori' })).toHaveAttribute('aria-current', 'page');
});
