/**
 * The `test` every browser test uses: pages are built at TEST_NOW (SITE_NOW), so each browser
 * context starts with its clock fixed there too. Without it the view-time freshness script
 * compares the built pages with today's date and the suite would depend on when it runs.
 * Tests about the passage of time move the clock on purpose with `page.clock.setFixedTime()`.
 */
import { test as base } from '@playwright/test';
import { TEST_NOW } from '../../playwright.config';

export const test = base.extend({
  context: async ({ context }, use) => {
    // install() starts the clock at TEST_NOW and lets it run: a frozen Date.now() would stall
    // code that measures elapsed time (lodash's debounce in the CMS never fires).
    await context.clock.install({ time: new Date(TEST_NOW) });
    await use(context);
  },
});

export { expect, type Page } from '@playwright/test';
