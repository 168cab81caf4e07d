/** Every content type of the site, in the order the CMS lists them. */
import { businesses } from './businesses';
import { classes } from './classes';
import type { ContentType } from './define';
import type { CollectionName } from './fields';
import { mentors } from './mentors';
import { partners } from './partners';
import { programmes } from './programmes';
import { timetables } from './timetables';
import { rooms } from './rooms';
import { bookings } from './bookings';

export const CONTENT_TYPES = [classes, timetables, programmes, mentors, businesses, partners, rooms, bookings] as const;
export { bookings, businesses, classes, mentors, partners, programmes, rooms, timetables };
export { contentSchema, contentCmsFields, plainContext } from './define';

const byName = new Map<string, ContentType>(CONTENT_TYPES.map((type) => [type.name, type]));

/**
 * A content type by its collection name, in the general form that code for any type takes.
 * Every collection name has one; other names (e.g. the CMS's settings collection) give undefined.
 */
export function contentType(name: CollectionName): ContentType;
export function contentType(name: string): ContentType | undefined;
export function contentType(name: string): ContentType | undefined {
  return byName.get(name);
}

/** The CMS collection of one part of a partitioned type: `businesses-kab-klaten`. */
export const partCollectionName = (type: Pick<ContentType, 'name'>, part: string) => `${type.name}-${part}`;

const byCmsName = new Map<string, ContentType>(
  CONTENT_TYPES.flatMap((type) =>
    type.partition
      ? type.partition.values.map((part) => [partCollectionName(type, part.id), type] as const)
      : [[type.name, type] as const],
  ),
);

/**
 * The content type a CMS collection edits: the type of the same name, or for a partitioned type
 * (`partition`) the type each of its part collections edits.
 */
export function contentTypeOfCollection(name: string): ContentType | undefined {
  return byCmsName.get(name);
}
