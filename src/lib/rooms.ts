/**
 * What the room pages and the booking form show of the rooms: the coming weeks' taken slots
 * (sessions link to their page; a booking is only "Terpakai", never who booked), the file of
 * taken slots the form checks requests against, and the rooms as schema.org places.
 */
import { localTerm, FACILITIES } from '../taxonomy';
import { SITE_NAME, type Locale } from '../i18n';
import { packedHours } from '../places/hours-parse';
import type { Occupied } from './site/rooms';
import type { Room, Site } from './site';
import { useUrls } from './urls';
import { wibDateKey } from '../time/wib';
import { postalAddressJsonLd, type PostalAddressParts } from './jsonld';

const WEEK_MS = 7 * 24 * 3_600_000;
/** How far ahead a room page shows its taken slots. */
export const OCCUPANCY_WEEKS = 8;

export interface TakenDay {
  /** YYYY-MM-DD in WIB. */
  date: string;
  slots: Occupied[];
}

/** The room's taken slots from the build's now for `weeks` weeks, by WIB day. */
export function takenDays(site: Site, roomId: string, weeks = OCCUPANCY_WEEKS): TakenDay[] {
  const from = site.now.getTime();
  const until = from + weeks * WEEK_MS;
  const days = new Map<string, Occupied[]>();
  for (const slot of site.roomOccupancy(roomId)) {
    if (slot.end <= from || slot.start >= until) continue;
    const date = wibDateKey(new Date(slot.start));
    days.set(date, [...(days.get(date) ?? []), slot]);
  }
  return [...days].map(([date, slots]) => ({ date, slots }));
}

/**
 * `/ruang/terpakai.json`, which the booking form reads: per room its capacity, notice, packed
 * week (src/places/hours.ts `unpackWeek`) and taken slots as [start, end] minutes since the epoch,
 * from a day before the build on (a request is judged at view time, which may be later).
 */
export interface RoomsTakenFile {
  rooms: Record<string, { capacity: number; noticeDays: number; week: string; busy: [number, number][] }>;
}

const MINUTE = 60_000;

export function roomsTakenFile(site: Site): RoomsTakenFile {
  const from = site.now.getTime() - 24 * 60 * MINUTE;
  return {
    rooms: Object.fromEntries(
      site.rooms.map((room) => [
        room.id,
        {
          capacity: room.data.capacity,
          noticeDays: room.data.noticeDays,
          week: packedHours(room.data.hours),
          busy: site
            .roomOccupancy(room.id)
            .filter((slot) => slot.end > from)
            .map((slot): [number, number] => [slot.start / MINUTE, slot.end / MINUTE]),
        },
      ]),
    ),
  };
}

/** A room as a schema.org Place inside the building. */
export function roomJsonLd(room: Room, site: URL, locale: Locale) {
  const url = new URL(useUrls(locale).room(room.id), site).href;
  return {
    '@type': 'Place',
    '@id': url,
    name: room.data.name,
    description: room.data.summary,
    url,
    maximumAttendeeCapacity: room.data.capacity,
    amenityFeature: room.data.facilities.map((id) => ({
      '@type': 'LocationFeatureSpecification',
      name: localTerm(
        FACILITIES.find((f) => f.id === id)!,
        locale,
      ).name,
      value: true,
    })),
    ...(room.data.photos.length > 0 ? { photo: room.data.photos.map((p) => new URL(p.photo.src, site).href) } : {}),
  };
}

/** The building as a schema.org Place: on the rooms page holding every room, on a room's page around it. */
export function buildingJsonLd(
  address: PostalAddressParts & { venue: string },
  rooms: { site: URL; locale: Locale; list: readonly Room[] } | undefined = undefined,
) {
  return {
    '@type': 'Place',
    name: `${SITE_NAME}, ${address.venue}`,
    address: postalAddressJsonLd(address),
    ...(rooms
      ? {
          '@id': new URL(useUrls(rooms.locale).rooms, rooms.site).href,
          containsPlace: rooms.list.map((room) => roomJsonLd(room, rooms.site, rooms.locale)),
        }
      : {}),
  };
}
