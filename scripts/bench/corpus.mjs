// @ts-check
// The synthetic corpus: businesses with products, class sessions (half dated classes, half weekly
// timetables of 20 sessions each), mentors and programmes as
// Markdown files shaped like content/<collection>/id/*.md. Pure: the same seed and sizes give the
// same files, byte for byte. Settings and partners come from the real content/ (see write.mjs).
import { dump } from 'js-yaml';
import { REGENCIES, regencyLabel } from '../../src/taxonomy/regencies.ts';
import { SECTORS } from '../../src/taxonomy/sectors.ts';
import { rng, slugify } from './random.mjs';
import {
  CLASS_TOPICS,
  FIRST_NAMES,
  LAST_NAMES,
  NAME_WORDS,
  PROFILE_SENTENCES,
  PROGRAMME_TOPICS,
  SECTOR_WORDS,
  STREETS,
  VILLAGES,
} from './words.mjs';
/** @import { Regency } from '../../src/taxonomy/regencies.ts' */
/** @import { Sizes } from './types.d.ts' */
/** @typedef {ReturnType<typeof rng>} Rng */
/** @typedef {ReturnType<typeof uniqueSlugs>} SlugOf */

/** Sizes of the full benchmark (issue #8); `scaled()` shrinks them for a quick run. */
export const FULL = { businesses: 10_000, classes: 2_000, mentors: 200, programmes: 50 };

/**
 * @param {number} factor
 * @returns {Sizes}
 */
export function scaled(factor) {
  const n = (/** @type {number} */ count, /** @type {number} */ min) => Math.max(min, Math.round(count * factor));
  return {
    businesses: n(FULL.businesses, 1),
    classes: n(FULL.classes, 1),
    mentors: n(FULL.mentors, 1),
    programmes: n(FULL.programmes, 1),
  };
}

for (const sector of SECTORS) {
  if (!SECTOR_WORDS[sector.id]) throw new Error(`scripts/bench/words.mjs has no words for sector "${sector.id}"`);
}

const MARKETPLACES = ['tokopedia', 'shopee', 'lazada', 'blibli', 'tiktok-shop'];
const SCALES = ['mikro', 'mikro', 'mikro', 'kecil', 'kecil', 'menengah'];
const PILLARS = ['srawung', 'mbangun', 'melesat'];
const AUDIENCES = ['umkm', 'pelaku-kreatif', 'pelajar-smk', 'mahasiswa', 'komunitas', 'umum'];
const FORMATS = ['kelas', 'kelas', 'seminar', 'workshop', 'diskusi'];
const ATTENDANCE = ['luring', 'luring', 'luring', 'daring', 'hibrida'];

/**
 * `list[i]` for an index known to be in range (an index modulo the length of a list that is never empty).
 * @template T @param {readonly T[]} list @param {number} i @returns {T}
 */
const at = (list, i) => /** @type {T} */ (list[i]);

/** @param {string} template @param {Record<string, string | number>} values */
const fill = (template, values) =>
  template.replace(/\{(\w+)\}/g, (_, /** @type {string} */ key) => String(values[key]));
// Every string quoted, with js-yaml 5's default single quotes (its 4.x option `quotingType`, which
// this passed as '"', is gone and had no effect; `quoteStyle: 'double'` would change the corpus).
/** @param {unknown} data @param {string} body */
const md = (data, body) => `---\n${dump(data, { lineWidth: -1, forceQuotes: true })}---\n\n${body.trim()}\n`;
const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');

/** A slug not used before in this collection (the real content names files by slug). */
function uniqueSlugs() {
  /** @type {Set<string>} */
  const used = new Set();
  const slugOf = (/** @type {string} */ text) => {
    const base = slugify(text);
    let slug = base;
    for (let i = 2; used.has(slug); i++) slug = `${base}-${i}`;
    used.add(slug);
    return slug;
  };
  slugOf.taken = (/** @type {string} */ text) => used.has(slugify(text));
  return slugOf;
}

/** Weeks of opening hours as editors write them (src/places/hours-parse.ts), one drawn per business. */
const week = (/** @type {string[]} */ ...days) =>
  Object.fromEntries(
    ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'].map((d, k) => [d, days[k] ?? 'tutup']),
  );
/** @param {number} n @param {string} text */
const same = (n, text) => Array.from({ length: n }, () => text);
const HOURS = [
  week(...same(5, '08.00–16.00'), '08.00–12.00'),
  week(...same(7, '07.00–21.00')),
  week(
    '08.00–12.00, 13.00–16.00',
    '08.00–12.00, 13.00–16.00',
    '08.00–12.00, 13.00–16.00',
    '08.00–12.00, 13.00–16.00',
    '08.00–11.30, 13.00–16.00',
    '08.00–14.00',
  ),
  week(...same(5, 'janji temu'), '09.00–15.00', 'janji temu'),
  week(...same(6, '16.00–01.00'), '16.00–24.00'),
];

/** @param {Rng} r @param {number} i @param {SlugOf} slugOf */
function business(r, i, slugOf) {
  // Round-robin over sectors and regencies so every one appears, shuffled by the seed otherwise.
  const sector = at(SECTORS, i % SECTORS.length);
  const regency = at(REGENCIES, r.chance(0.8) ? (i * 11) % REGENCIES.length : r.int(0, REGENCIES.length - 1));
  const words = SECTOR_WORDS[sector.id];
  const place = regency.place;
  // The site rejects two businesses of the same name in one regency (see src/lib/site.ts).
  /** @type {string} */
  let name;
  do name = `${r.pick(words.kinds)} ${r.pick(NAME_WORDS)} ${r.chance(0.5) ? r.pick(NAME_WORDS) + ' ' : ''}${place}`;
  while (slugOf.taken(name));
  const slug = slugOf(name);
  const sectors = [sector.id, ...(r.chance(0.3) ? [r.pick(SECTORS).id] : [])].filter(
    (id, k, all) => all.indexOf(id) === k,
  );
  const handle = slug.replace(/-/g, '.').slice(0, 30).replace(/\.$/, '');
  /** @type {{ whatsapp: string, email?: string, instagram?: string, website?: string }} */
  const contact = { whatsapp: `+628${r.int(11, 99)}${r.int(1000000, 9999999)}` };
  if (r.chance(0.4)) contact.email = `halo@${slug.slice(0, 40)}.example`;
  if (r.chance(0.6)) contact.instagram = handle;
  if (r.chance(0.2)) contact.website = `https://${slug.slice(0, 40)}.example`;
  const products = r.some(words.products, r.int(1, 6)).map(([product, min, max]) => {
    /** @type {{ name: string, price?: number, description?: string }} */
    const item = { name: product };
    if (r.chance(0.9)) item.price = Math.round(r.int(min, max) / 1000) * 1000;
    if (r.chance(0.7))
      item.description = `${product} buatan ${name}, dikerjakan di ${place}. Bisa dipesan dalam jumlah banyak.`;
    return item;
  });
  const data = {
    name,
    sectors,
    scale: r.pick(SCALES),
    regency: regency.id,
    address: `${r.pick(STREETS)} No. ${r.int(1, 250)}, ${r.pick(VILLAGES)}, ${regencyLabel(regency)}`,
    founded: r.int(1975, 2025),
    listedOn: isoDay(new Date(Date.UTC(2024, 8, 1) + r.int(0, 800) * 86_400_000)),
    summary: `${name} ${words.work}. Melayani pembeli di ${regencyLabel(regency)} dan sekitarnya.`.slice(0, 280),
    ...(r.chance(0.5) ? { kbli: String(r.int(10000, 99999)) } : {}),
    contact,
    ...(r.chance(0.5)
      ? {
          marketplaces: r.some(MARKETPLACES, r.int(1, 2)).map((platform) => ({
            platform,
            url: `https://www.${platform.replace('-', '')}.example/${slug.slice(0, 40)}`,
          })),
        }
      : {}),
    products,
  };
  const values = { name, place: regencyLabel(regency), work: words.work, year: data.founded, n: r.int(2, 40) };
  const paragraphs = [0, 1, 2].map(() =>
    r
      .some(PROFILE_SENTENCES, r.int(2, 3))
      .map((s) => fill(s, values))
      .join(' '),
  );
  // Drawn last, so every other value is the one the corpus had before places and hours existed.
  const [lat, lng] = regency.centre;
  const offset = () => r.int(-800, 800) / 10_000;
  const located = r.chance(0.8) ? { location: `${(lat + offset()).toFixed(5)}, ${(lng + offset()).toFixed(5)}` } : {};
  const hours = r.chance(0.7) ? { hours: r.pick(HOURS) } : {};
  return { collection: 'businesses', slug, data: { ...data, ...located, ...hours }, body: paragraphs.join('\n\n') };
}

/** @param {Rng} r @param {number} i @param {SlugOf} slugOf @param {ReturnType<typeof business>[]} businessList */
function mentor(r, i, slugOf, businessList) {
  const name = `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
  const own = at(businessList, (i * 37) % businessList.length);
  // A business's regency is one of REGENCIES.
  const regency = /** @type {Regency} */ (REGENCIES.find((reg) => reg.id === own.data.regency));
  const data = {
    name,
    headline: `Pendiri ${own.data.name}`.slice(0, 120),
    businessName: own.data.name,
    ...(r.chance(0.7) ? { business: own.slug } : {}),
    sectors: own.data.sectors,
    regency: own.data.regency,
    summary:
      `Membangun ${own.data.name} dari usaha rumahan di ${regencyLabel(regency)}. Berbagi pengalaman mengelola produksi, harga, dan pemasaran di Hetero Space.`.slice(
        0,
        280,
      ),
    links: [{ kind: 'instagram', url: `https://www.instagram.com/${own.slug.slice(0, 30)}` }],
  };
  const body = [
    `${name} memulai usahanya tanpa pengalaman dagang. Pesanan pertama datang dari tetangga, lalu dari mulut ke mulut sampai ke kota lain.`,
    `Masa sulit datang ketika bahan baku naik dan pembeli berkurang. ${name.split(' ')[0]} belajar menghitung ulang harga pokok, memperbaiki foto produk, dan membuka lapak daring.`,
    `Kini ${own.data.name} dikenal di ${regencyLabel(regency)} dan sekitarnya. Di Hetero Space, ${name.split(' ')[0]} mendampingi pelaku usaha muda yang sedang merintis.`,
  ].join('\n\n');
  return { collection: 'mentors', slug: slugOf(name), data, body };
}

/** @param {Rng} r @param {number} i @param {SlugOf} slugOf @param {string[]} partnerIds */
function programme(r, i, slugOf, partnerIds) {
  const topic = at(CLASS_TOPICS, i % CLASS_TOPICS.length);
  const title = `${r.pick(PROGRAMME_TOPICS)} ${topic}`;
  const data = {
    title,
    pillar: PILLARS[i % PILLARS.length],
    summary: `Rangkaian kegiatan ${topic.toLowerCase()} bagi pelaku industri kreatif dan UMKM Jawa Tengah, bersama mentor yang sudah berhasil.`,
    sectors: r.some(SECTORS, r.int(0, 3)).map((s) => s.id),
    audiences: r.some(AUDIENCES, r.int(1, 3)),
    partners: r.some(partnerIds, r.int(0, 2)),
    order: (i + 1) * 10,
  };
  const body = `## Tujuan\n\nPeserta pulang dengan keterampilan ${topic.toLowerCase()} yang langsung bisa dipakai di usahanya.\n\n## Kegiatan\n\nSetiap sesi berupa praktik langsung dengan contoh dari usaha peserta sendiri, lalu dibahas bersama mentor.`;
  return { collection: 'programmes', slug: slugOf(title), data, body };
}

/**
 * @param {Rng} r @param {number} i @param {number} count @param {SlugOf} slugOf
 * @param {ReturnType<typeof programme>[]} programmeList @param {ReturnType<typeof mentor>[]} mentorList
 */
function sessionOf(r, i, count, slugOf, programmeList, mentorList) {
  // Spread over two years around the benchmark's SITE_NOW (2026-11-27): past and upcoming.
  const day = new Date(Date.UTC(2025, 11, 1) + Math.floor((i / count) * 730) * 86_400_000);
  const date = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
  const hour = r.pick([9, 13, 15, 19]);
  const prog = at(programmeList, i % programmeList.length);
  const topic = r.pick(CLASS_TOPICS);
  const title = `${topic}: Sesi ${r.int(1, 8)}`;
  const attendance = r.pick(ATTENDANCE);
  const status = r.chance(0.9) ? 'terjadwal' : r.pick(['penuh', 'dibatalkan', 'ditunda']);
  const data = {
    title,
    programme: prog.slug,
    format: r.pick(FORMATS),
    start: `${date}T${pad(hour)}:00:00+07:00`,
    end: `${date}T${pad(hour + 2)}:30:00+07:00`,
    attendance,
    ...(attendance === 'luring' ? {} : { onlineUrl: `https://meet.example/hetero-${i}` }),
    mentors: r.some(mentorList, r.int(0, 2)).map((m) => m.slug),
    sectors: r.some(SECTORS, r.int(0, 2)).map((s) => s.id),
    capacity: r.pick([20, 25, 30, 40, 60]),
    fee: r.chance(0.6) ? 0 : r.pick([25000, 35000, 50000, 75000]),
    registration: r.chance(0.5)
      ? `https://forms.example/hetero/${i}`
      : `+628${r.int(11, 99)}${r.int(1000000, 9999999)}`,
    status,
    // Rooms rotate so that no two in-person sessions share a room at the same time (the build
    // refuses that): sessions eight apart are days apart.
    room: classroomSlug(i % CLASSROOMS),
    ...(status === 'dibatalkan'
      ? { statusNote: 'Dibatalkan karena mentor berhalangan; peserta terdaftar dihubungi lewat WhatsApp.' }
      : {}),
    summary: `Belajar ${topic.toLowerCase()} lewat praktik langsung bersama mentor Hetero Space.`,
    announced: announcedBefore(day),
  };
  const body = `Sesi ini membahas ${topic.toLowerCase()} dengan contoh nyata dari usaha peserta.\n\n## Yang perlu dibawa\n\n- Ponsel atau laptop.\n- Contoh produk atau data usaha sendiri.`;
  return { collection: 'classes', slug: slugOf(`${date}-${title}`), data, body };
}

/** Classrooms the single classes rotate through; each weekly series has a studio of its own. */
const CLASSROOMS = 8;
const classroomSlug = (/** @type {number} */ i) => `ruang-kelas-${i + 1}`;
const studioSlug = (/** @type {number} */ k) => `studio-seri-${k + 1}`;
const ROOM_HOURS = Object.fromEntries(
  ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'].map((day) => [day, '07.00–22.00']),
);

/**
 * The rooms the sessions are held in.
 * @param {number} series
 */
function roomsOf(series) {
  const room = (/** @type {string} */ slug, /** @type {string} */ name, /** @type {string} */ kind) => ({
    collection: /** @type {const} */ ('rooms'),
    slug,
    data: {
      name,
      kind,
      summary: `${name}: ruang untuk kelas, lokakarya, dan pertemuan di gedung Hetero Space.`,
      capacity: 60,
      facilities: ['wifi', 'proyektor', 'ac'],
      hours: ROOM_HOURS,
    },
    body: `${name} dipakai kelas terjadwal dan bisa dipesan di luar jadwalnya.`,
  });
  return [
    ...Array.from({ length: CLASSROOMS }, (_, i) => room(classroomSlug(i), `Ruang Kelas ${i + 1}`, 'ruang-kelas')),
    ...Array.from({ length: series }, (_, k) => room(studioSlug(k), `Studio Seri ${k + 1}`, 'studio')),
  ];
}

const WEEKDAY_IDS = ['minggu', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu'];
const isoDay = (/** @type {Date} */ date) => date.toISOString().slice(0, 10);
/** Announced three weeks before a day, as editors do. */
const announcedBefore = (/** @type {Date} */ day) => isoDay(new Date(day.getTime() - 21 * 86_400_000));

/** Sessions per weekly series in the corpus. */
export const SERIES_LENGTH = 20;

/**
 * A weekly series of SERIES_LENGTH sessions, one holiday among them, in a room of its own.
 * @param {Rng} r @param {number} k @param {number} count @param {SlugOf} slugOf
 * @param {ReturnType<typeof programme>[]} programmeList @param {ReturnType<typeof mentor>[]} mentorList
 */
function seriesOf(r, k, count, slugOf, programmeList, mentorList) {
  const first = new Date(Date.UTC(2025, 11, 1) + Math.floor((k / count) * 600) * 86_400_000);
  // One more week than sessions: the holiday takes one week out.
  const last = new Date(first.getTime() + SERIES_LENGTH * 7 * 86_400_000);
  const holiday = new Date(first.getTime() + 4 * 7 * 86_400_000);
  const hour = r.pick([9, 13, 15, 19]);
  const topic = r.pick(CLASS_TOPICS);
  const attendance = r.pick(ATTENDANCE);
  const data = {
    title: `Kelas Mingguan ${topic}`,
    programme: at(programmeList, k % programmeList.length).slug,
    format: 'kelas',
    weekdays: [WEEKDAY_IDS[first.getUTCDay()]],
    startTime: `${pad(hour)}:00`,
    endTime: `${pad(hour + 2)}:00`,
    firstDate: isoDay(first),
    lastDate: isoDay(last),
    attendance,
    room: studioSlug(k),
    ...(attendance === 'luring' ? {} : { onlineUrl: `https://meet.example/hetero-seri-${k}` }),
    mentors: r.some(mentorList, r.int(1, 2)).map((m) => m.slug),
    sectors: r.some(SECTORS, r.int(0, 2)).map((s) => s.id),
    capacity: r.pick([20, 25, 30]),
    fee: r.chance(0.7) ? 0 : r.pick([25000, 50000]),
    registration: `https://forms.example/hetero/seri-${k}`,
    summary: `Setiap pekan: ${topic.toLowerCase()} dari dasar sampai mahir.`,
    announced: announcedBefore(first),
    exceptions: [{ date: isoDay(holiday), reason: 'Libur nasional' }],
    overrides: [
      { date: isoDay(first), topic: 'Perkenalan dan pemetaan kebutuhan peserta' },
      { date: isoDay(new Date(first.getTime() + 7 * 86_400_000)), status: 'penuh' },
    ],
  };
  const body = `Seri mingguan tentang ${topic.toLowerCase()}. Setiap sesi dibuka dengan praktik, lalu dibahas bersama mentor.`;
  return { collection: 'timetables', slug: slugOf(`seri-${topic}`), data, body };
}

/**
 * How `sizes.classes` sessions split into weekly series and single classes.
 * @param {number} classes
 */
export function sessionSplit(classes) {
  const series = Math.floor(classes / 2 / SERIES_LENGTH);
  return { series, singles: classes - series * SERIES_LENGTH };
}

/**
 * Every entry of the corpus, as { collection, slug, data, body }.
 * @param {{ seed: number, sizes: Sizes, partnerIds: string[] }} options
 */
export function generateEntries({ seed, sizes, partnerIds }) {
  const r = rng(seed);
  const slugs = {
    businesses: uniqueSlugs(),
    mentors: uniqueSlugs(),
    programmes: uniqueSlugs(),
    classes: uniqueSlugs(),
    timetables: uniqueSlugs(),
  };
  const businessList = Array.from({ length: sizes.businesses }, (_, i) => business(r, i, slugs.businesses));
  const mentorList = Array.from({ length: sizes.mentors }, (_, i) => mentor(r, i, slugs.mentors, businessList));
  const programmeList = Array.from({ length: sizes.programmes }, (_, i) =>
    programme(r, i, slugs.programmes, partnerIds),
  );
  const split = sessionSplit(sizes.classes);
  const classList = Array.from({ length: split.singles }, (_, i) =>
    sessionOf(r, i, split.singles, slugs.classes, programmeList, mentorList),
  );
  const seriesList = Array.from({ length: split.series }, (_, k) =>
    seriesOf(r, k, split.series, slugs.timetables, programmeList, mentorList),
  );
  return [...businessList, ...mentorList, ...programmeList, ...classList, ...seriesList, ...roomsOf(split.series)];
}

/** Where Indonesian entries sit in a collection folder (localeDir('id') in src/lib/translations.ts). */
export const ENTRY_DIR = 'id';

/**
 * The Markdown file of an entry, relative to the content folder; businesses are filed by regency
 * (`partition` in src/schema/businesses.ts, entryDir in src/lib/translations.ts).
 * @param {{ collection: string, slug: string, data: unknown, body: string }} entry
 */
export function toFile(entry) {
  const part = entry.collection === 'businesses' ? `${/** @type {{ regency: string }} */ (entry.data).regency}/` : '';
  return { path: `${entry.collection}/${part}${ENTRY_DIR}/${entry.slug}.md`, text: md(entry.data, entry.body) };
}
