// @ts-check
// The CMS at scale: Decap at /admin/ against decap-server on a copy of a corpus (as the CMS
// tests do, see scripts/cms-test-backend.mjs), timing how fast the business list and a search
// show entries in Chromium.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import { ENTRY_DIR } from './corpus.mjs';
import { CHROMIUM } from './search.mjs';
/** @import { CmsMeasure } from './types.d.ts' */
/** @import { Page } from '@playwright/test' */

// The CMS's local backend is Decap's default port (allowed by the /admin/ CSP). The benchmark runs
// decap-server on another port and redirects the browser's requests, so it never collides with
// an `npm start` or a test run that holds the default one.
const CMS_PORT = 8081;
const PORT = 8091;

/** @param {number} port @returns {Promise<boolean>} */
const listening = (port) =>
  new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => (socket.destroy(), done(true)));
    socket.on('error', () => done(false));
  });

/**
 * @param {string} base origin serving the built site (its /admin/)
 * @param {string} repo folder holding content/ for decap-server
 * @param {{ query?: string }} [options] the search; by default the commonest first word of the
 *   measured regency's business names (a kind of business, "Batik", "Kopi"), so it always finds some
 * @returns {Promise<CmsMeasure>}
 */
export async function measureCms(base, repo, options = {}) {
  if (await listening(PORT)) throw new Error(`port ${PORT} is taken (another decap-server?); CMS not measured`);
  const server = spawn(resolve('node_modules/.bin/decap-server'), [], {
    env: { ...process.env, GIT_REPO_DIRECTORY: repo, PORT: String(PORT), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true,
  });
  const browser = await chromium.launch(CHROMIUM ? { executablePath: CHROMIUM } : {});
  try {
    for (let i = 0; i < 60 && !(await listening(PORT)); i++) await sleep(250);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    /** Opens the CMS and logs in to decap-server (the requests go to its port here). @param {Page} tab */
    const login = async (tab) => {
      await tab.route(`http://localhost:${CMS_PORT}/**`, (route) =>
        route.continue({ url: route.request().url().replace(`:${CMS_PORT}/`, `:${PORT}/`) }),
      );
      await tab.goto(`${base}/admin/`);
      await tab.getByRole('button', { name: 'Masuk' }).click();
      await tab.getByRole('link', { name: 'Kelas & Seminar' }).waitFor({ timeout: 30_000 });
    };
    await login(page);
    const entryLinks = (/** @type {string} */ collection) =>
      page.locator(`a[href*="/collections/${collection}/entries/"]`);

    // What opening the list asks of the backend: with Git Gateway or GitHub each of these is a
    // request to the hosting API (GitHub: 5,000 REST requests an hour per token), and what
    // decap-server answers in one response per folder a hosted backend reads file by file.
    const listing = meter(page);
    let started = performance.now();
    // Businesses are one collection per regency (admin/config.ts, partCollections): the largest.
    const { part, size: partEntries } = largestPart(repo);
    const collection = `businesses-${part}`;
    const query = options.query ?? commonestWord(repo, part);
    await page.goto(`${base}/admin/#/collections/${collection}`);
    await entryLinks(collection).first().waitFor({ timeout: 60_000 });
    const listSeconds = (performance.now() - started) / 1000;
    const listed = await entryLinks(collection).count();
    // Requests the list makes once its entries show (the rest of the first page's data).
    await page.waitForLoadState('networkidle');
    const listRead = await listing.stop();

    const search = page.getByPlaceholder(/Cari/).first();
    await search.fill(query);
    started = performance.now();
    await search.press('Enter');
    await page.getByText(`Hasil pencarian untuk "${query}"`).waitFor({ timeout: 60_000 });
    await entryLinks(collection).first().waitFor({ timeout: 60_000 });
    const searchSeconds = (performance.now() - started) / 1000;
    const found = await entryLinks(collection).count();

    // A mentor whose business is in the directory, opened in a fresh CMS (nothing cached): its
    // business is chosen by regency (admin/widgets/PartRelation.tsx), so this reads one regency.
    const mentor = mentorWithBusiness(repo);
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await login(fresh);
    const opened = meter(fresh);
    started = performance.now();
    await fresh.goto(`${base}/admin/#/collections/mentors/entries/${mentor}`);
    // The first of them: Decap may show the form twice (each language side by side).
    await fresh
      .getByText(/^\d+ usaha di /)
      .first()
      .waitFor({ timeout: 60_000 });
    const mentorSeconds = (performance.now() - started) / 1000;
    const mentorRead = await opened.stop();
    return {
      entries: countBusinesses(repo),
      collection,
      collectionEntries: partEntries,
      collectionFiles: readdirSync(resolve(repo, 'content/businesses', part), { recursive: true }).filter((f) =>
        String(f).endsWith('.md'),
      ).length,
      listed,
      listSeconds,
      listRequests: listRead.requests,
      listActions: listRead.actions,
      listBytes: listRead.bytes,
      mentorSeconds,
      mentorBytes: mentorRead.bytes,
      query,
      found,
      searchSeconds,
    };
  } finally {
    await browser.close();
    // The server's process group; a pid of NaN (the server never started) makes process.kill throw.
    process.kill(-Number(server.pid));
  }
}

/**
 * Counts the backend requests of a page from now until `stop()`, by decap-server action, and their bytes.
 * @param {Page} page
 */
function meter(page) {
  let requests = 0;
  let bytes = 0;
  /** @type {Record<string, number>} */
  const actions = {};
  /** @type {Promise<void>[]} */
  const pending = [];
  const count = (/** @type {import('@playwright/test').Response} */ response) => {
    const request = response.request();
    // The request as routed: to decap-server's port here, or the default one.
    if (![CMS_PORT, PORT].some((port) => request.url().includes(`:${port}/`))) return;
    requests++;
    // decap-server's API is one POST endpoint; the body names the action.
    const action = /"action":"(\w+)"/.exec(request.postData() ?? '')?.[1] ?? request.method();
    actions[action] = (actions[action] ?? 0) + 1;
    pending.push(
      // The declared length when the body is gone (the page moved on before it was read).
      response.body().then(
        (data) => void (bytes += data.length),
        () => void (bytes += Number(response.headers()['content-length'] ?? 0)),
      ),
    );
  };
  page.on('response', count);
  return {
    async stop() {
      page.off('response', count);
      await Promise.all(pending);
      return { requests, actions, bytes };
    },
  };
}

/** The slug of the first mentor (by file name) whose business is in the directory. @param {string} repo */
function mentorWithBusiness(repo) {
  const dir = resolve(repo, 'content/mentors', ENTRY_DIR);
  const file = readdirSync(dir)
    .sort()
    .find((name) => /^business: \S/m.test(readFileSync(resolve(dir, name), 'utf8')));
  if (!file) throw new Error(`${dir}: no mentor names a business`);
  return file.replace(/\.md$/, '');
}

/** The businesses of each regency folder (content/businesses/<regency>/id/). @param {string} repo */
function partSizes(repo) {
  const root = resolve(repo, 'content/businesses');
  return readdirSync(root).map((part) => ({ part, size: readdirSync(resolve(root, part, ENTRY_DIR)).length }));
}

/** @param {string} repo */
const countBusinesses = (repo) => partSizes(repo).reduce((sum, { size }) => sum + size, 0);

/**
 * The commonest first word of the names in a regency folder.
 * @param {string} repo @param {string} part
 */
function commonestWord(repo, part) {
  const dir = resolve(repo, 'content/businesses', part, ENTRY_DIR);
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const file of readdirSync(dir)) {
    // YAML may quote the name either way (the CMS writes double quotes, the corpus single ones).
    const word = /^name: ["']?([^\s"']+)/m.exec(readFileSync(resolve(dir, file), 'utf8'))?.[1];
    if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const [top] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!top) throw new Error(`${dir}: no business name to search for`);
  return top[0];
}

/** The regency with the most businesses (the slowest collection to open). @param {string} repo */
function largestPart(repo) {
  const sizes = partSizes(repo).sort((a, b) => b.size - a.size);
  if (!sizes[0]) throw new Error(`${repo}/content/businesses holds no regency folder`);
  return sizes[0];
}
