// Shapes of the benchmark's measurements and of the results object run.mjs gathers, writes as
// report JSON and hands to budgets.mjs and report.mjs. Types only (JSDoc `@import`s them).

/** Corpus sizes (corpus.mjs `FULL` and `scaled()`). */
export interface Sizes {
  businesses: number;
  classes: number;
  mentors: number;
  programmes: number;
}

/** One step of `npm run build` as a process to run (build.mjs `buildSteps()`). */
export interface BuildStep {
  env: Record<string, string>;
  args: string[];
}

/** One build process as build.mjs `measureBuild()` measures it. */
export interface BuildMeasure {
  seconds: number;
  cpuSeconds: number;
  peakBytes: number;
  astroPeakBytes: number;
  pagefindPeakBytes: number;
  pagefindSeconds: number | null;
  /** Pagefind's share spent reading and parsing the pages (the rest writes the bundle). */
  pagefindReadSeconds: number | null;
  contentSyncSeconds: number | null;
  renderSeconds: number | null;
  output: string;
}

/** The steps of a build together (build.mjs `measureSteps()`). */
export interface StepsMeasure extends BuildMeasure {
  steps: number;
}

/** A build measurement without its log, as the results keep it. */
export type BuildFigures<T extends BuildMeasure = BuildMeasure> = Omit<T, 'output'>;

export interface ColdBuild extends BuildFigures<StepsMeasure> {
  ok: boolean;
  defaultHeap: boolean;
  heapLimitBytes: number;
}

export interface WarmBuild extends BuildFigures<StepsMeasure> {
  cacheReused: boolean;
  /** Slug of the business edited (or added) before this build. */
  changed: string;
  /** The build's clock (SITE_NOW): a minute after the previous build's. */
  siteNow?: string;
  /** Pages Astro copied from the previous build (incremental build). */
  restoredPages: number;
  /** Pages and files Astro rendered again. */
  renderedFiles?: number;
  changes: DistChanges;
}

/** The files of dist a rebuild changed (changes.mjs `compare()`). */
export interface DistChanges {
  /** Added, changed or removed. */
  files: number;
  removed: number;
  /** Entry pages (business, mentor, class, programme) added or changed, as paths. */
  entryPages: string[];
  /** Listings and every other HTML page. */
  otherPages: number;
  /** Pagefind's files. */
  searchIndex: number;
  otherFiles: number;
}

export interface ConcurrencyBuild extends BuildFigures<StepsMeasure> {
  concurrency: number;
}

/** Bytes raw and compressed (pages.mjs). */
export interface CompressedSizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Compressed weight of one page (pages.mjs `pageWeight()`). */
export interface PageWeight {
  path: string;
  html: CompressedSizes;
  css: CompressedSizes;
  firstRoundTrip: CompressedSizes;
  js: CompressedSizes;
  cspMetaBytes: number;
}

export interface Listings {
  count: number;
  heaviest: PageWeight[];
}

export interface DistTotals {
  files: number;
  bytes: number;
  byFolder: Record<string, number>;
  bytesByFolder?: Record<string, number>;
  /** HTML pages per language, and how many are entry pages (indexed for search). */
  pages?: Record<'id' | 'en', { all: number; entries: number }>;
}

export interface NetworkTotals {
  requests: number;
  bytes: number;
}

export interface RequestDetail {
  path: string;
  bytes: number;
}

export interface SearchStep {
  all: NetworkTotals;
  pagefind: NetworkTotals;
  requests: RequestDetail[];
}

/** search.mjs `measureSearch()`. */
export interface SearchMeasure {
  sector: string;
  query: string;
  /** The status line once results show. */
  results: string | null;
  firstFilteredSearch: SearchStep;
  followUpQuery: SearchStep;
}

/** nearby.mjs `measureNearby()`: one sort by distance. */
export interface NearbyMeasure {
  name: string;
  path: string;
  /** Businesses listed once the first page of the nearest shows. */
  shown: number;
  /** Everything on the wire from the press to that moment (body as encoded, plus headers). */
  bytes: number;
  /** Regency files loaded (the index apart). */
  areaFiles: number;
  requests: RequestDetail[];
}

/** One Lighthouse run of a page with one throttling method. */
export interface LighthouseRun {
  /** Category id → score 0-100. */
  scores: Record<string, number>;
  /** Ids of the audits that cost points. */
  failed: string[];
  cls: number;
  lcpMs: number | undefined;
  tbtMs: number | undefined;
}

export type Throttling = 'simulate' | 'devtools';

/** lighthouse.mjs `measureLighthouse()`: the simulated run at the top level, every run under `throttling`. */
export interface LighthousePage extends LighthouseRun {
  name: string;
  path: string;
  throttling: Record<Throttling, LighthouseRun>;
}

/** cms.mjs `measureCms()`. */
export interface CmsMeasure {
  /** Businesses in the corpus, in all regencies. */
  entries: number;
  /** The collection measured: the largest regency's (admin/config.ts, partCollections). */
  collection: string;
  collectionEntries: number;
  /**
   * Files in that collection's folder, every language: what a Git Gateway or GitHub backend
   * reads to list it (Decap reads an i18n collection whole), one API request each on first open.
   */
  collectionFiles: number;
  listed: number;
  listSeconds: number;
  /** Backend requests while the business list opens, by decap-server action, and their bytes. */
  listRequests: number;
  listActions: Record<string, number>;
  listBytes: number;
  query: string;
  found: number;
  searchSeconds: number;
  /** Opening a mentor, in a fresh CMS, until its business picker lists its regency's businesses. */
  mentorSeconds?: number;
  mentorBytes?: number;
}

/** One budget and its outcome (budgets.mjs `evaluate()`). */
export interface BudgetRow {
  id: string;
  label: string;
  measured: number | string;
  limit: number | string;
  unit: string;
  pass: boolean;
  deterministic: boolean;
  /** Why this stack cannot meet the budget (budgets.mjs `UNREACHABLE`), on failing rows only. */
  unreachable?: string;
}

/** The results of `npm run bench` (run.mjs), written as the report JSON. */
export interface BenchResults {
  command: string;
  date: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryBytes: number;
    freeMemoryBytesAtStart: number;
    node: string;
    os: string;
  };
  seed: number;
  sizes: Sizes;
  siteNow: string;
  skipped: string[];
  notes: string[];
  // Filled in as the run goes; a skipped measurement stays absent.
  corpusBytes?: number;
  buildSteps?: number;
  cold?: ColdBuild;
  pagesBuilt?: number;
  dist?: DistTotals;
  pages?: Record<string, PageWeight>;
  listings?: Listings;
  search?: SearchMeasure;
  nearby?: NearbyMeasure[];
  lighthouseVersion?: string;
  chromium?: string;
  lighthouse?: LighthousePage[];
  warm?: WarmBuild;
  /** The build after one business was added (after `warm`). */
  added?: WarmBuild;
  /** A rebuild with no content changed: the floor of a warm build. */
  unchanged?: WarmBuild;
  concurrency?: ConcurrencyBuild;
  baseline?: BuildFigures;
  cms?: CmsMeasure;
  budgets?: BudgetRow[];
}

/** What budgets.mjs `evaluate()` reads of the results; every measurement may be missing (skipped). */
export interface BudgetInput {
  sizes: { businesses: number };
  cold?: { ok: boolean; defaultHeap: boolean; seconds: number; cpuSeconds: number; peakBytes: number };
  warm?: { seconds: number; cpuSeconds: number; changed: string; changes?: DistChanges };
  added?: { changed: string; changes?: DistChanges };
  baseline?: { seconds: number; cpuSeconds: number };
  pages?: Record<string, { firstRoundTrip: { brotli: number }; js: { brotli: number } }>;
  listings?: { heaviest?: { path: string; firstRoundTrip: { brotli: number } }[] };
  nearby?: { name: string; bytes: number }[];
  search?: {
    firstFilteredSearch: { pagefind: NetworkTotals };
    followUpQuery: { pagefind: { bytes: number } };
  };
  dist?: { files: number; bytes: number; byFolder?: Record<string, number>; pages?: DistTotals['pages'] };
  /** Older results hold the simulated run alone at the top level, without `throttling`. */
  lighthouse?: (BudgetLighthouseRun & { name: string; throttling?: Record<string, BudgetLighthouseRun> })[];
  cms?: Pick<
    CmsMeasure,
    | 'entries'
    | 'collection'
    | 'collectionEntries'
    | 'collectionFiles'
    | 'listSeconds'
    | 'searchSeconds'
    | 'mentorSeconds'
  >;
}

export interface BudgetLighthouseRun {
  scores: Record<string, number>;
  cls: number;
}
