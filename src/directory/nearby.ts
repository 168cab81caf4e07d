/**
 * The directory by distance (see src/places/nearest.ts for the search): asks for the visitor's
 * position, which stays in the browser, loads the nearest regencies' files of businesses until
 * the first page is certain, and lists them with their distance, in place of the page's list.
 * With permission refused or no position, the visitor picks a regency to sort from its centre.
 */
import type { Point } from '../places/geo';
import {
  entryPoint,
  formatKm,
  Nearest,
  type Loadable,
  type NearbyArea,
  type NearbyEntry,
  type NearbyIndex,
  type Ranked,
} from '../places/nearest';

interface Config {
  index: string;
  scope: { sector?: string; regency?: string };
  /** This page's locale, as an index into the files' per-locale lists. */
  locale: number;
  tag: string;
  pageSize: number;
  replaces: string;
  phrases: Record<
    | 'locating'
    | 'loading'
    | 'denied'
    | 'unavailable'
    | 'failed'
    | 'fromPosition'
    | 'fromRegency'
    | 'none'
    | 'distance'
    | 'approximate',
    string
  >;
}

interface Item {
  entry: NearbyEntry;
  area: NearbyArea;
}

const fetchJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
};
/** `load` once, or again after it failed (a dropped connection is worth a retry). */
const memo = <T>(load: () => Promise<T>) => {
  let promise: Promise<T> | undefined;
  return () => {
    promise ??= load().catch((error: unknown) => {
      promise = undefined;
      throw error;
    });
    return promise;
  };
};

/** The controls of one listing's sorter, wired once. */
class Sorter {
  readonly config: Config;
  readonly #root: HTMLElement;
  readonly #status: HTMLElement;
  readonly #origin: HTMLFormElement;
  readonly #select: HTMLSelectElement;
  readonly #results: HTMLElement;
  readonly #list: HTMLElement;
  readonly #more: HTMLButtonElement;
  readonly #template: HTMLTemplateElement;
  readonly #index: () => Promise<NearbyIndex>;
  readonly #areaFiles = new Map<string, () => Promise<NearbyEntry[]>>();
  #search: Nearest<Item> | undefined;
  #shown = 0;
  /** Set for each new sort, so an answer to an earlier one is dropped. */
  #run = 0;

  constructor(root: HTMLElement) {
    const part = <T extends Element>(name: string) => root.querySelector<T>(`[data-nearby-${name}]`)!;
    this.#root = root;
    this.config = JSON.parse(root.dataset['nearby'] ?? '') as Config;
    this.#status = part('status');
    this.#origin = part<HTMLFormElement>('origin');
    this.#select = this.#origin.querySelector('select')!;
    this.#results = part('results');
    this.#list = part('list');
    this.#more = part<HTMLButtonElement>('more');
    this.#template = part<HTMLTemplateElement>('item');
    this.#index = memo(() => fetchJson<NearbyIndex>(this.config.index));
    this.#origin.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#fromRegency(this.#select.value);
    });
    this.#more.addEventListener('click', () => void this.#show(this.#run));
    part('reset').addEventListener('click', () => this.#reset());
  }

  #say(text: string) {
    this.#status.textContent = text;
  }

  async fromPosition() {
    const run = ++this.#run;
    this.#say(this.config.phrases.locating);
    let origin: Point;
    try {
      origin = await locate();
    } catch (error) {
      if (run !== this.#run) return;
      const denied = error instanceof Error && error.message === 'denied';
      this.#say(denied ? this.config.phrases.denied : this.config.phrases.unavailable);
      await this.#offerRegencies();
      return;
    }
    await this.#sort(run, origin, this.config.phrases.fromPosition);
  }

  async #fromRegency(id: string) {
    const run = ++this.#run;
    try {
      const area = (await this.#index()).areas.find((a) => a.id === id);
      if (!area) return;
      await this.#sort(run, area.centre, this.config.phrases.fromRegency.replace('{regency}', this.#name(area)));
    } catch {
      this.#say(this.config.phrases.failed);
    }
  }

  #name(area: NearbyArea) {
    return area.names[this.config.locale] ?? area.id;
  }

  async #offerRegencies() {
    try {
      const { areas } = await this.#index();
      if (this.#select.options.length <= 1) {
        const collator = new Intl.Collator(this.config.tag);
        const sorted = [...areas].sort((a, b) => collator.compare(this.#name(a), this.#name(b)));
        this.#select.append(...sorted.map((area) => new Option(this.#name(area), area.id)));
      }
      this.#origin.hidden = false;
      this.#select.focus();
    } catch {
      this.#say(this.config.phrases.failed);
    }
  }

  /** The areas of this listing's scope, each loading its businesses in the scope. */
  #areas(index: NearbyIndex): Loadable<Item>[] {
    const { sector, regency } = this.config.scope;
    const sectorIndex = sector === undefined ? -1 : index.sectors.findIndex((s) => s.id === sector);
    return index.areas
      .filter((area) => (regency ? area.id === regency : sectorIndex < 0 || (area.sectors[sectorIndex] ?? 0) > 0))
      .map((area) => ({
        box: area.box,
        load: async () => {
          let file = this.#areaFiles.get(area.file);
          if (!file) this.#areaFiles.set(area.file, (file = memo(() => fetchJson<NearbyEntry[]>(area.file))));
          return (await file())
            .filter((entry) => sectorIndex < 0 || entry[2].includes(sectorIndex))
            .map((entry) => ({ item: { entry, area }, ...entryPoint(entry, area) }));
        },
      }));
  }

  async #sort(run: number, origin: Point, done: string) {
    this.#say(this.config.phrases.loading);
    try {
      const index = await this.#index();
      if (run !== this.#run) return;
      this.#search = new Nearest(origin, this.#areas(index));
      this.#shown = 0;
      this.#list.replaceChildren();
      await this.#show(run, index);
      if (run !== this.#run) return;
      this.#say(this.#shown > 0 ? done : this.config.phrases.none);
      this.#origin.hidden = true;
      this.#replaced(true);
    } catch {
      if (run === this.#run) this.#say(this.config.phrases.failed);
    }
  }

  /** The next page of the nearest. */
  async #show(run: number, index?: NearbyIndex) {
    const search = this.#search;
    if (!search) return;
    const labels = (index ?? (await this.#index())).sectors.map((s) => s.labels[this.config.locale] ?? s.id);
    const { items, more } = await search.first(this.#shown + this.config.pageSize);
    if (run !== this.#run) return;
    this.#list.append(...items.slice(this.#shown).map((ranked) => this.#card(ranked, labels)));
    this.#shown = items.length;
    this.#more.hidden = !more;
  }

  #card({ item: { entry, area }, km, approximate }: Ranked<Item>, labels: readonly string[]) {
    const { phrases, locale, tag } = this.config;
    const card = this.#template.content.cloneNode(true) as DocumentFragment;
    const [name, urls, sectors] = entry;
    const link = card.querySelector<HTMLAnchorElement>('[data-name]')!;
    link.href = urls[locale] ?? urls[0] ?? '';
    link.textContent = name;
    card.querySelector('[data-km]')!.textContent = phrases.distance.replace('{km}', formatKm(km, tag));
    card.querySelector('[data-approximate]')!.textContent = approximate
      ? `(${phrases.approximate.replace('{regency}', this.#name(area))})`
      : '';
    card.querySelector('[data-where]')!.textContent =
      `${sectors.map((i) => labels[i] ?? '').join(', ')} · ${this.#name(area)}`;
    return card;
  }

  /** Shows the sorted list in place of the page's, or the page's again. */
  #replaced(sorted: boolean) {
    this.#results.hidden = !sorted;
    const page = document.getElementById(this.config.replaces);
    if (page) page.hidden = sorted;
    for (const tool of this.#root.ownerDocument.querySelectorAll<HTMLElement>('[data-open-filter]'))
      tool.hidden = sorted;
  }

  #reset() {
    this.#run++;
    this.#say('');
    this.#replaced(false);
  }
}

/** The visitor's position, or why there is none: 'denied' or 'unavailable'. */
function locate(): Promise<Point> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new Error('unavailable'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => resolve({ lat: coords.latitude, lng: coords.longitude }),
      (error) => reject(new Error(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable')),
      { timeout: 20_000, maximumAge: 300_000 },
    );
  });
}

const sorters = new WeakMap<HTMLElement, Sorter>();

/** "Urutkan dari yang terdekat" was pressed (nearby-start.ts). */
export function sortFromPosition(root: HTMLElement): Promise<void> {
  let sorter = sorters.get(root);
  if (!sorter) sorters.set(root, (sorter = new Sorter(root)));
  return sorter.fromPosition();
}
