/**
 * <hs-search>: the search page on Pagefind's JS API (its default UI cannot browse by filter
 * without a query, nor OR values within a filter). Enhances a plain GET form: typing searches
 * as you go, checkboxes filter with live counts, and the URL always holds the state.
 *
 * Its messages come from the page (`data-msg-*` on <hs-search>, rendered from the UI table at
 * build time): importing src/i18n would ship every page's strings to the browser for six lines.
 */
import { FILTER_NAMES, type FilterName } from './filters';
import { hasFilters, pagefindFilters, parseState, toParams, type SearchState } from './state';
import { pageMessage } from '../i18n/page-messages';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindSearch {
  results: { data(): Promise<PagefindResult> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

// Each result shown costs a request for its Pagefind fragment: a phone screen holds about four
// cards, so the first batch is small (the search budget is 15 requests, see docs/performance.md)
// and "Tampilkan lebih banyak" then adds a screenful or few (each one more request).
const FIRST_BATCH = 4;
const MORE_BATCH = 24;
const DEBOUNCE_MS = 250;
let pagefind: Promise<Pagefind> | undefined;

/** On a page in another language, the site language's index is searched too (see searchScope). */
function loadPagefind(sourceLanguage?: string): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 24 });
    await module.init();
    // The same bundle in the other language (Pagefind skips a merge of its own path as written,
    // so the absolute URL), for the entries this language has no page for.
    if (sourceLanguage)
      await module.mergeIndex(new URL('/pagefind/', location.href).href, { language: sourceLanguage });
    // search() loads only the filter chunks its own filters name and counts the other groups
    // as 0; loading them all once up front gives every group its counts from the first search.
    await module.filters();
    return module;
  });
  return pagefind;
}

/** Copies Pagefind's excerpt keeping only text and <mark>, so nothing from the index runs as HTML. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

type MessageName = 'prompt' | 'noResults' | 'noResultsFiltered' | 'resultCount' | 'resultCountFor' | 'unknownFilters';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

class HsSearch extends HTMLElement {
  private form!: HTMLFormElement;
  private query!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private notice!: HTMLElement;
  private run = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: PagefindSearch['results'] = [];
  /** Filter values as this page's language names them (the checkboxes' labels). */
  private labels = new Map<string, string>();

  /** The pages this language's search keeps, a Pagefind filter (`searchScope` in filters.ts), if any. */
  private scope(): Record<string, { none: string[] }> | undefined {
    const scope = this.dataset['scope'];
    return scope ? (JSON.parse(scope) as Record<string, { none: string[] }>) : undefined;
  }

  /** The page's message `name` (`data-msg-<name>`) with its `{placeholders}` filled in. */
  private say(name: MessageName, values: Record<string, string> = {}): string {
    return pageMessage(this, name, values);
  }

  connectedCallback() {
    this.form = this.querySelector('form')!;
    this.query = this.form.querySelector('input[name="q"]')!;
    this.status = this.querySelector('[data-status]')!;
    this.list = this.querySelector('[data-results]')!;
    this.more = this.querySelector('[data-more]')!;
    this.notice = this.querySelector('[data-notice]')!;
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const text = box.parentElement?.querySelector('[data-label]')?.textContent;
      if (text) this.labels.set(`${box.name}:${box.value}`, text);
    }
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.commit('push');
    });
    this.query.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.commit('replace'), DEBOUNCE_MS);
    });
    this.form.addEventListener('change', (event) => {
      if (event.target !== this.query) this.commit('push');
    });
    this.more.addEventListener('click', () => void this.showMore());
    window.addEventListener('popstate', () => this.load());
    this.load();
  }

  /** Reads the URL into the form and searches. */
  private load() {
    const state = parseState(new URLSearchParams(location.search));
    this.query.value = state.q;
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = state.filters[box.name as FilterName]?.includes(box.value) ?? false;
    }
    const sort = this.form.querySelector<HTMLSelectElement>('select[name="urut"]');
    if (sort) sort.value = state.sort;
    this.notice.hidden = state.ignored.length === 0;
    this.notice.textContent = state.ignored.length
      ? this.say('unknownFilters', { filters: state.ignored.join(', ') })
      : '';
    void this.search(state);
  }

  /** Writes the form into the URL (a new history entry for deliberate changes) and searches. */
  private commit(mode: 'push' | 'replace') {
    // The form is read whole, so a typed search still waiting for its debounce is part of this
    // one; left pending it would run again later and reset the results while they are read.
    clearTimeout(this.timer);
    const state = parseState(new URLSearchParams(new FormData(this.form) as unknown as Record<string, string>));
    const query = toParams(state).toString();
    const url = query ? `${location.pathname}?${query}` : location.pathname;
    if (url !== `${location.pathname}${location.search}`)
      history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    this.notice.hidden = true;
    void this.search(state);
  }

  private async search(state: SearchState) {
    const run = ++this.run;
    const pf = await loadPagefind(this.dataset['otherLang']);
    const scope = this.scope();
    const term = state.q || null;
    const browsing = !term && !hasFilters(state);
    const sort = state.sort === 'tanggal' ? { sort: { mulai: 'asc' } } : {};
    const [main, ...perGroup] = await Promise.all([
      browsing ? null : pf.search(term, { filters: { ...pagefindFilters(state), ...scope }, ...sort }),
      // Counts for each group ignore that group's own choices, so values read as "OR".
      ...FILTER_NAMES.map((name) =>
        term || hasFilters(state, name) || scope
          ? pf.search(term, { filters: { ...pagefindFilters(state, name), ...scope } }).then((s) => s?.filters ?? {})
          : pf.filters(),
      ),
    ]);
    if (run !== this.run) return;
    FILTER_NAMES.forEach((name, i) => this.renderCounts(name, perGroup[i]?.[name] ?? {}));
    this.list.replaceChildren();
    this.pending = main?.results ?? [];
    const total = this.pending.length;
    // The first cards are in place before the count is announced, so the two never disagree.
    await this.showMore(run, Boolean(term), FIRST_BATCH);
    if (run !== this.run) return;
    if (browsing) {
      this.status.textContent = this.say('prompt');
    } else if (total === 0) {
      this.status.textContent = this.say(hasFilters(state) ? 'noResultsFiltered' : 'noResults');
    } else {
      const count = String(total);
      this.status.textContent = term
        ? this.say('resultCountFor', { count, query: term })
        : this.say('resultCount', { count });
    }
  }

  private async showMore(run = this.run, highlight = Boolean(this.query.value.trim()), size = MORE_BATCH) {
    const batch = this.pending.splice(0, size);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (run !== this.run) return;
    for (const result of data) this.list.append(this.card(result, highlight));
    this.more.hidden = this.pending.length === 0;
  }

  private card(result: PagefindResult, highlight: boolean): HTMLLIElement {
    const item = el('li', 'result');
    if (result.meta['image']) {
      const image = el('img', 'result-image');
      Object.assign(image, { src: result.meta['image'], alt: '', width: 56, height: 56, loading: 'lazy' });
      item.append(image);
    }
    const label = (name: string, value: string | undefined) =>
      value === undefined ? undefined : (this.labels.get(`${name}:${value}`) ?? value);
    const facts = [
      label('jenis', result.filters['jenis']?.[0]),
      result.meta['tanggal'] ?? label('wilayah', result.meta['wilayah']),
      (result.filters['sektor'] ?? []).map((value) => label('sektor', value)).join(', '),
    ];
    item.append(el('p', 'result-type', facts.filter(Boolean).join(' · ')));
    const heading = el('h3', 'result-title');
    const link = el('a', '', result.meta['title'] ?? result.url);
    link.href = result.url;
    heading.append(link);
    const excerpt = el('p', 'result-excerpt');
    if (highlight) excerpt.append(...excerptNodes(result.excerpt));
    else excerpt.textContent = result.meta['ringkasan'] ?? '';
    // A result from another language's pages (an untranslated entry) reads in that language.
    const prefix = this.dataset['prefix'];
    if (prefix && !result.url.startsWith(prefix)) heading.lang = excerpt.lang = this.dataset['otherLang'] ?? '';
    item.append(heading, excerpt);
    return item;
  }

  private renderCounts(name: FilterName, counts: Record<string, number>) {
    for (const box of this.form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) {
      const count = counts[box.value] ?? 0;
      const output = box.parentElement?.querySelector('[data-count]');
      if (output) output.textContent = String(count);
      box.parentElement?.classList.toggle('empty', count === 0 && !box.checked);
    }
  }
}

customElements.define('hs-search', HsSearch);
