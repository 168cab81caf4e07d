/**
 * Turns what people type into spreadsheets into the values the schema stores. Each normaliser
 * recognises the common ways of writing a value and otherwise passes the text on unchanged, so
 * the schema (the one the build uses) refuses it with its own message; only what the schema could
 * not explain (an ambiguous regency, a description whose first sentence is too long) is refused
 * here. Pure functions, tested table by table in tests/unit/import-normalise.test.ts.
 */
import { REGENCIES, SCALES, SECTORS } from '../../taxonomy';
import { pointText, readPoint } from '../../places/geo';
import { say } from './messages';
import { LOCALE_TAG } from '../../i18n';

/** A spreadsheet cell: CSV gives text, XLSX also numbers, dates and booleans. */
export type Cell = string | number | boolean | Date | null | undefined;

export type Result<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const refuse = <T>(message: string): Result<T> => ({ ok: false, message });

/**
 * A cell as text: trimmed, no-break spaces as spaces, and without the leading apostrophe Excel
 * uses to mark text (and the refused-rows CSV adds before formula characters).
 */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell
    .replace(/\u00a0/g, ' ')
    .trim()
    .replace(/^'/, '')
    .trim();
}

/** Empty, or a dash standing for "nothing" as office sheets often write it. */
export const isBlank = (cell: Cell) => /^[-–—]*$/.test(cellText(cell));

/** One line of text: runs of spaces and line breaks become one space. */
export const oneLine = (cell: Cell) => cellText(cell).replace(/\s+/g, ' ');

/** Lower case, punctuation and "&" folded, single spaces: how names of terms are compared. */
const termKey = (text: string) =>
  text
    .normalize('NFKC')
    .toLocaleLowerCase(LOCALE_TAG)
    .replace(/&/g, ' dan ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const squash = (text: string) => termKey(text).replace(/ /g, '');

// Regencies -------------------------------------------------------------------------------------

const KIND_WORDS: Record<string, 'kabupaten' | 'kota'> = {
  kab: 'kabupaten',
  kabupaten: 'kabupaten',
  regency: 'kabupaten',
  kota: 'kota',
  kotamadya: 'kota',
  kodya: 'kota',
  city: 'kota',
};

/** Everyday names of a place that differ from its official one. */
export const PLACE_ALIASES: Readonly<Record<string, string>> = { solo: 'Surakarta' };

/**
 * "Kab. Klaten", "KABUPATEN KLATEN", "kab klaten", "Klaten", "Kota Semarang", "Semarang City" or
 * the id itself. A bare name that is both a kabupaten and a kota is refused, never guessed.
 */
export function normaliseRegency(text: string): Result<string> {
  const words = termKey(text)
    .replace(/( provinsi)?( jawa tengah| jateng)$/, '')
    .split(' ')
    .filter(Boolean);
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  let kind: 'kabupaten' | 'kota' | undefined;
  if (KIND_WORDS[first] && words.length > 1) [kind, words[0]] = [KIND_WORDS[first], ''];
  else if (KIND_WORDS[last] && words.length > 1) [kind, words[words.length - 1]] = [KIND_WORDS[last], ''];
  const place = words.filter(Boolean).join(' ');
  const official = PLACE_ALIASES[place] ?? place;
  const matches = REGENCIES.filter(
    (regency) => termKey(regency.place) === termKey(official) && (!kind || regency.kind === kind),
  );
  if (matches.length === 1) return ok(matches[0]!.id);
  if (matches.length > 1) return refuse(say.ambiguousRegency(text, matches[0]!.place));
  return ok(text);
}

// Sectors and scales ----------------------------------------------------------------------------

/** Everyday names of sectors (besides their names in Indonesian and English, and their ids). */
export const SECTOR_ALIASES: Readonly<Record<string, string>> = {
  kerajinan: 'kriya',
  'kerajinan tangan': 'kriya',
  makanan: 'kuliner',
  'makanan dan minuman': 'kuliner',
  mamin: 'kuliner',
  fashion: 'fesyen',
  dkv: 'desain-komunikasi-visual',
  game: 'pengembang-permainan',
  'tv dan radio': 'televisi-radio',
  'non kreatif': 'umkm-umum',
};

const sectorByKey = new Map<string, string>([
  ...SECTORS.flatMap((s) => [s.id, s.name, s.en.name].map((name) => [squash(name), s.id] as const)),
  ...Object.entries(SECTOR_ALIASES).map(([name, id]) => [squash(name), id] as const),
]);

/**
 * Sectors separated by ";", "/", "," or line breaks, by name (any case, with or without the
 * commas of "Film, Animasi, dan Video"), English name, alias or id. Pieces are read greedily:
 * the longest run of pieces that names a sector wins, so "Fesyen, Film, Animasi, dan Video" is
 * two sectors. A piece that names none is kept as written, for the schema to refuse by name.
 */
export function normaliseSectors(text: string): string[] {
  const pieces = text
    .replace(/[[\]"]/g, '')
    .split(/[;/,\n]/)
    .map((piece) => piece.trim())
    .filter(Boolean);
  const found: string[] = [];
  for (let i = 0; i < pieces.length;) {
    let j = pieces.length;
    while (j > i && !sectorByKey.has(squash(pieces.slice(i, j).join(' ')))) j--;
    if (j === i) found.push(pieces[i++]!);
    else {
      found.push(sectorByKey.get(squash(pieces.slice(i, j).join(' ')))!);
      i = j;
    }
  }
  return [...new Set(found)];
}

const scaleByKey = new Map<string, string>(
  SCALES.flatMap((s) => [s.id, s.name, s.en.name].map((name) => [squash(name), s.id] as const)),
);

/** "Mikro", "usaha mikro", "UMKM Mikro", "Micro", or the id. */
export function normaliseScale(text: string): string {
  const key = squash(text.replace(/^\s*(usaha|umkm|ukm)\b/i, ''));
  return scaleByKey.get(key) ?? text;
}

// Contact -------------------------------------------------------------------------------------

/**
 * Indonesian numbers as E.164 (+62…): "0812-2500-1234", "62 812…", "+62 (812) …", "+62 0812…",
 * and a number that Excel turned into a number and so lost its leading zero (81225001234).
 * Area codes of landlines follow the same rule ("(024) 760 1234" is +62247601234).
 */
export function normalisePhone(cell: Cell): string {
  const text = cellText(cell);
  if (!/^\+?[\d\s().\-–]+$/.test(text)) return text;
  const digits = text.replace(/\D/g, '');
  if (digits.startsWith('62')) return `+62${digits.slice(2).replace(/^0/, '')}`;
  if (digits.startsWith('0')) return `+62${digits.slice(1)}`;
  if (text.startsWith('+')) return text;
  return /^[1-9]\d{7,12}$/.test(digits) ? `+62${digits}` : text;
}

/** "@nama", "nama", "instagram.com/nama/", "https://www.instagram.com/nama?igsh=…" → "nama". */
export function normaliseInstagram(text: string): string {
  const url = /^(?:https?:\/\/)?(?:www\.|m\.)?(?:instagram\.com|instagr\.am)\/([^/?#\s]+)/i.exec(text);
  const handle = (url ? url[1]! : text).replace(/^@/, '');
  // instagram.com/p/… and the like are posts, not profiles.
  if (url && /^(p|reels?|stories|explore|tv)$/i.test(handle)) return text;
  return /^[A-Za-z0-9._]+$/.test(handle) ? handle.toLowerCase() : text;
}

/** A bare domain gets https:// ("www.batik.id" → "https://www.batik.id"). */
export function normaliseWebsite(text: string): string {
  return /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(text) ? `https://${text}` : text;
}

/** Without "mailto:", in lower case. */
export const normaliseEmail = (text: string) => text.replace(/^mailto:/i, '').toLowerCase();

// Numbers -------------------------------------------------------------------------------------

const MULTIPLIERS: Record<string, number> = { rb: 1e3, ribu: 1e3, k: 1e3, jt: 1e6, juta: 1e6 };

/**
 * Rupiah as a whole number: "Rp 25.000", "Rp25.000,00", "25000", "25,000", "25 rb", "1,5 jt";
 * undefined when there is no price ("-", "hubungi penjual"). Anything else stays as text and the
 * schema refuses it.
 */
export function normalisePrice(cell: Cell): number | string | undefined {
  if (typeof cell === 'number') return cell;
  const text = cellText(cell);
  if (/^(-+|hubungi.*|nego.*|tanya.*)$/i.test(text) || text === '') return undefined;
  const match = /^(?:rp\.?|idr)?\s*([\d.,\s]+?)\s*(rb|ribu|k|jt|juta)?\s*(?:,-|\.-)?$/i.exec(text);
  if (!match) return text;
  const figure = match[1]!.replace(/\s/g, '');
  const multiplier = MULTIPLIERS[(match[2] ?? '').toLowerCase()] ?? 1;
  // Indonesian grouping (25.000,50), English grouping (25,000.50), or none; a lone separator
  // before one or two digits is a decimal one.
  let value: number;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(figure)) value = Number(figure.replace(/\./g, '').replace(',', '.'));
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(figure)) value = Number(figure.replace(/,/g, ''));
  else if (/^\d+([.,]\d{1,2})?$/.test(figure)) value = Number(figure.replace(',', '.'));
  else return text;
  return Math.round(value * multiplier * 100) / 100;
}

/** A year as a number: 2015, "2015", " 2 015 ". */
export function normaliseYear(cell: Cell): number | string {
  if (typeof cell === 'number') return cell;
  const text = cellText(cell).replace(/\s/g, '');
  return /^\d{4}$/.test(text) ? Number(text) : text;
}

/** A KBLI code as five digits; a number from Excel gets back the leading zeros it lost. */
/**
 * A point as the site stores it (`-7.05120, 110.43810`) when the text reads as one: coordinates
 * or a Google Maps link. Anything else stays as written, for the schema to refuse by column.
 */
export function normaliseLocation(text: string): string {
  const read = readPoint(text);
  return read.ok ? pointText(read.point) : text;
}

/** One coordinate from its own cell: a number, or text with a decimal comma as Indonesian Excel writes it. */
export function coordinate(cell: Cell): string {
  return typeof cell === 'number' ? String(cell) : cellText(cell).trim().replace(',', '.');
}

export function normaliseKbli(cell: Cell): string {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 0) return String(cell).padStart(5, '0');
  return cellText(cell).replace(/[\s.]/g, '');
}

// Products and shops --------------------------------------------------------------------------

export interface ProductRow {
  name: string;
  price?: number | string;
}

/** "Nama, Rp25.000", "Nama - 25000", "Nama: 25 rb": the price after the last such separator. */
function productLine(line: string): ProductRow {
  const match = /^(.*\S)\s*(?:,\s|\s[-–—]\s|:\s*|\t|\s=\s|\s\|\s)\s*(\S.*)$/.exec(line);
  if (match) {
    const [, name = '', figure = ''] = match;
    const price = normalisePrice(figure);
    if (typeof price === 'number') return { name: name.trim(), price };
  }
  return { name: line };
}

/**
 * Products, one per line (the registration form's "Kain batik tulis, Rp450.000"), with the prices
 * of a separate price column: one price for one product, or one per line.
 */
export function parseProducts(products: Cell, prices: Cell): Result<ProductRow[]> {
  const items = cellText(products)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !isBlank(line))
    .map(productLine);
  const priceLines =
    typeof prices === 'number' || prices instanceof Date
      ? [prices]
      : cellText(prices)
          .split(/\r?\n/)
          .filter((line) => line.trim());
  if (priceLines.length === 0) return ok(items);
  if (priceLines.length !== items.length) return refuse(say.pricesDoNotMatch(items.length, priceLines.length));
  return ok(
    items.map((item, i) => {
      const price = normalisePrice(priceLines[i]);
      return price === undefined ? item : { ...item, price };
    }),
  );
}

const PLATFORM_HOSTS: readonly [RegExp, string][] = [
  [/(^|\.)tokopedia\.(com|link)$/, 'tokopedia'],
  [/(^|\.)shopee\.(co\.id|com)$/, 'shopee'],
  [/(^|\.)lazada\.(co\.id|com)$/, 'lazada'],
  [/(^|\.)blibli\.com$/, 'blibli'],
  [/(^|\.)tiktok\.com$/, 'tiktok-shop'],
];

/** Shop addresses, one per line (or separated by ";" or spaces), with the platform from the host. */
export function parseMarketplaces(text: string): { platform: string; url: string }[] {
  return text
    .split(/[\s;]+/)
    .filter(Boolean)
    .map((address) => {
      const url = /^https?:\/\//i.test(address) ? address : `https://${address}`;
      let host = '';
      try {
        host = new URL(url).hostname.toLowerCase();
      } catch {
        return { platform: 'lainnya', url: address };
      }
      const platform = PLATFORM_HOSTS.find(([pattern]) => pattern.test(host))?.[1] ?? 'lainnya';
      return { platform, url };
    });
}

// Descriptions --------------------------------------------------------------------------------

export interface Description {
  summary: string;
  /** The whole text, when it is longer than a summary may be. */
  body?: string;
}

/**
 * A description within `max` characters is the summary. A longer one is kept whole (as the
 * profile, for a new entry) and its leading sentences, as many as fit, become the summary;
 * it is refused when even the first sentence does not fit, as cutting it would change its sense.
 */
export function splitDescription(cell: Cell, max: number): Result<Description> {
  const whole = cellText(cell)
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
  const flat = whole.replace(/\s+/g, ' ');
  if (flat.length <= max) return ok({ summary: flat });
  let summary = '';
  for (const sentence of flat.split(/(?<=[.!?…])\s+/)) {
    const longer = summary ? `${summary} ${sentence}` : sentence;
    if (longer.length > max) break;
    summary = longer;
  }
  return summary ? ok({ summary, body: whole }) : refuse(say.firstSentenceTooLong(max));
}
