/**
 * Reads the content folder the way the site does (frontmatter only), so browser tests compute
 * what to expect from the content instead of hard-coding it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { expandTimetable, type Timetable, type TimetableOverride } from '../../src/lib/timetable';
import { partitionField } from '../../src/lib/translations';

const root = new URL('../../content/', import.meta.url).pathname;

export interface Entry {
  id: string;
  data: Record<string, unknown>;
}

function read(collection: string, file: string): Entry {
  const text = readFileSync(join(root, collection, file), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match?.[1]) throw new Error(`No frontmatter in ${collection}/${file}`);
  return { id: file.replace(/\.md$/, ''), data: load(match[1]) as Entry['data'] };
}

/** A collection's files in one language: content/<collection>/<locale>/, or in every part's folder. */
function inLocale(collection: string, locale: 'id' | 'en'): Entry[] {
  const dirs = partitionField(collection)
    ? readdirSync(join(root, collection)).map((part) => `${collection}/${part}/${locale}`)
    : [`${collection}/${locale}`];
  return dirs
    .flatMap((dir) => {
      let files: string[];
      try {
        files = readdirSync(join(root, dir));
      } catch {
        return []; // a part with no translations yet
      }
      return files.filter((file) => file.endsWith('.md')).map((file) => read(dir, file));
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The entries of a collection (`id/<slug>.md`). */
export const entries = (collection: string) => inLocale(collection, 'id');

/** The entries of a collection kept in one language, straight in its folder (room bookings). */
export const records = (collection: string): Entry[] =>
  readdirSync(join(root, collection))
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => read(collection, file));

/** The English translations of a collection's entries (`en/<slug>.md`), by the slug they translate. */
export const translations = (collection: string) => inLocale(collection, 'en');

export const time = (value: unknown) => new Date(value as string | Date).getTime();

/**
 * Every dated session as the site lists it: the single classes, and each weekly timetable
 * expanded (exceptions removed, per-session overrides applied). `title` is the name the site
 * shows ("Series: topic" for a session with a topic).
 */
export function sessions(): Entry[] {
  const singles = entries('classes');
  const series = entries('timetables').flatMap(({ id, data }) => {
    const { weekdays, startTime, endTime, firstDate, lastDate, exceptions = [], overrides = [], ...shared } = data;
    const timetable = {
      weekdays,
      startTime,
      endTime,
      firstDate,
      lastDate,
      exceptions,
      overrides,
    } as unknown as Timetable<Record<string, unknown> & TimetableOverride>;
    return expandTimetable(timetable).map(({ date, start, end, override }) => {
      const changes: Record<string, unknown> = override ?? {};
      const own = (key: string) => changes[key] ?? shared[key];
      const overridden = Object.fromEntries(
        ['venue', 'status', 'rescheduledTo', 'attendees']
          .map((key): [string, unknown] => [key, own(key)])
          .filter(([, value]) => value !== undefined),
      );
      const statusNote = changes['statusNote'] ?? (changes['status'] ? undefined : shared['statusNote']);
      const mentors = (changes['mentors'] as string[] | undefined)?.length ? changes['mentors'] : shared['mentors'];
      const topic = changes['topic'] as string | undefined;
      return {
        id: `${id}-${date}`,
        data: {
          ...shared,
          ...overridden,
          ...(statusNote ? { statusNote } : { statusNote: undefined }),
          mentors,
          title: topic ? `${String(shared['title'])}: ${topic}` : shared['title'],
          start: start.toISOString(),
          end: end.toISOString(),
          series: id,
        },
      };
    });
  });
  return [...singles, ...series].sort((a, b) => time(a.data['start']) - time(b.data['start']));
}

/** When a session stops being upcoming: its end, or the end at its new date when postponed. */
export function endsAt({ data }: Entry): number {
  const length = time(data['end']) - time(data['start']);
  return data['rescheduledTo'] ? Math.max(time(data['end']), time(data['rescheduledTo']) + length) : time(data['end']);
}

/** Sessions not over at `now` (a session postponed to a known date lasts until its new date ends). */
export function upcomingSessions(now: number): Entry[] {
  return sessions().filter((entry) => endsAt(entry) > now);
}
