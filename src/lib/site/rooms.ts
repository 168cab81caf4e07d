/**
 * What takes a room, and when: in-person sessions held in it and confirmed bookings. The build
 * fails on two of them at once (naming both files), the room pages show the coming weeks from
 * it, and the booking form checks requests against it in the browser, all with the overlap
 * logic of src/places/slots.ts.
 */
import { clashes, type Slot } from '../../places/slots';
import { byStart } from '../schedule';
import { fileOf } from './checks';
import { SITE_NAME } from '../../i18n';
import type { Booking, ClassSession, Room } from './types';

/** The building every room is in, after a room's name in a session's place. */
export const BUILDING = `${SITE_NAME}, UMKM Center Jawa Tengah, Banyumanik, Kota Semarang`;

/** The session with its place in words (`SessionData.place`). */
export function withPlace(session: ClassSession, room: (id: string) => Room): ClassSession {
  const { data } = session;
  const place = data.room ? `${room(data.room.id).data.name}, ${BUILDING}` : data.venue;
  return { ...session, data: { ...data, place } };
}

export interface Occupied extends Slot {
  room: string;
  /** The session holding the room, or the booking (whose holder is never shown). */
  by: { session: ClassSession } | { booking: Booking };
}

/** Whether a session takes its room: held in the building, in person, and neither cancelled nor postponed. */
export const takesRoom = (session: ClassSession) =>
  session.data.room !== undefined &&
  session.data.attendance !== 'daring' &&
  session.data.status !== 'dibatalkan' &&
  session.data.status !== 'ditunda';

/** Everything that takes a room, sessions first at equal starts (as the schedule orders them). */
export function occupancy(sessions: readonly ClassSession[], bookings: readonly Booking[]): Occupied[] {
  const held = [...sessions]
    .filter(takesRoom)
    .sort((a, b) => byStart(a.data, b.data))
    .map((session) => ({
      room: session.data.room!.id,
      start: session.data.start.getTime(),
      end: session.data.end.getTime(),
      by: { session },
    }));
  const booked = bookings
    .filter((booking) => booking.data.status === 'terkonfirmasi')
    .sort((a, b) => a.data.start.getTime() - b.data.start.getTime())
    .map((booking) => ({
      room: booking.data.room.id,
      start: booking.data.start.getTime(),
      end: booking.data.end.getTime(),
      by: { booking },
    }));
  return [...held, ...booked];
}

/** How a clash names what to fix: the file and field, and for a series which session. */
function describe(occupied: Occupied): { file: string; field: string; what: string } {
  if ('booking' in occupied.by) return { file: fileOf(occupied.by.booking), field: 'start', what: 'this booking' };
  const { session } = occupied.by;
  return session.series
    ? { file: fileOf(session.source), field: 'startTime', what: `the session of ${session.series.date}` }
    : { file: fileOf(session.source), field: 'start', what: 'this class' };
}
const named = (occupied: Occupied) => {
  const { file } = describe(occupied);
  return 'session' in occupied.by && occupied.by.session.series
    ? `${file} (session of ${occupied.by.session.series.date})`
    : file;
};

/**
 * Two sessions or bookings in one room at overlapping times are a typo in a time, a date or a
 * room; the later one named is the one to fix.
 */
export function checkRoomClashes(occupied: readonly Occupied[]): void {
  const byRoom = new Map<string, Occupied[]>();
  for (const item of occupied) byRoom.set(item.room, [...(byRoom.get(item.room) ?? []), item]);
  const problems = [...byRoom.entries()].flatMap(([room, items]) =>
    clashes(items).map(([earlier, later]) => {
      const { file, field, what } = describe(later);
      return `${file}: field "${field}": ${what} overlaps ${named(earlier)} in the same room "${room}". Change a time, the room, or add an exception.`;
    }),
  );
  if (problems.length > 0) throw new Error(`Sessions clash in a room:\n${problems.join('\n')}`);
}

/** A session cannot take more people than its room holds: a typo in either number, or the wrong room. */
export function checkRoomCapacity(sessions: readonly ClassSession[], room: (id: string) => Room): void {
  const problems = new Set<string>();
  for (const session of sessions) {
    const { capacity } = session.data;
    if (!takesRoom(session) || capacity === undefined) continue;
    const held = room(session.data.room!.id);
    if (capacity > held.data.capacity)
      problems.add(
        `${fileOf(session.source)}: field "capacity": ${capacity} people do not fit in ${held.data.name}, which holds ${held.data.capacity}. Lower the capacity or choose a larger room.`,
      );
  }
  if (problems.size > 0) throw new Error(`Sessions larger than their room:\n${[...problems].join('\n')}`);
}
